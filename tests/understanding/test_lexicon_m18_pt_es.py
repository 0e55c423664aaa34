"""Batch m18, Portuguese and Spanish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

PORTUGUESE = [
    # "chega à escola por volta das 11h" after an appointment: medical for the morning only
    ("Bom dia, o Rodrigo tem consulta no oftalmologista às 9h30 e chega à escola por volta das 11h.",
     kids("Rodrigo", "Carolina"), "2026-12-01 07:20", {"P1": ("medical", "M", ["12-01 AM"])}),
    ("Amanhã a Beatriz vai ao dentista, só vai chegar lá pelas 10h15.", kids("Beatriz"), "2026-12-02 18:30",
     {"P1": ("medical", "M", ["12-03 AM"])}),
    # "vacina contra o sarampo", "vacina da gripe": a vaccination, not the illness it prevents
    ("O Gustavo e a Alice vão tomar a vacina contra o sarampo hoje de manhã, chegam por volta das 10h30.",
     kids("Gustavo", "Alice", "Pedro"), "2026-12-07 07:40",
     {"P1": ("medical", "M", ["12-07 AM"]), "P2": ("medical", "M", ["12-07 AM"])}),
    ("A Alice vai levar a vacina da gripe amanhã de manhã, depois vai pra escola.", kids("Alice"),
     "2026-12-07 19:00", {"P1": ("medical", "M", ["12-08 AM"])}),
    # "perdemos a hora": overslept (a whole day missed); "desculpem a mensagem atrasada" is not a late arrival
    ("Desculpem a mensagem atrasada, perdemos a hora e o Lucas não vai hoje.", kids("Lucas"), "2026-12-10 09:50",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    ("Peço desculpa pela mensagem tardia, o Lucas está com febre e hoje fica em casa.", kids("Lucas"),
     "2026-12-10 09:45", {"P1": ("illness", "I", full("12-10"))}),
    # "sexta-feira que vem": next Friday (the day of return)
    ("O Lucas está com varicela, só volta na sexta-feira que vem, dia 11.", kids("Lucas"), "2026-12-08 07:15",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    ("O Lucas está com varicela, só volta na próxima segunda, dia 14.", kids("Lucas"), "2026-12-09 07:15",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
]


SPANISH = [
    # "vamos un poco tarde", "el trancón": running late in traffic; "en 10 minutitos": the arrival
    ("Buenos días, vamos un poco tarde por el trancón, Mateo llega en 10 minutitos.", kids("Mateo"),
     "2026-12-02 08:50", {"P1": ("late", "L", ["12-02 AM"])}),
    ("Buenos días, disculpe, Valentina va bastante tarde, estamos ahí en 40 minutos.", kids("Valentina"),
     "2026-12-02 08:55", {"P1": ("late", "U", ["12-02 AM"])}),
    # "que falte", "viajamos a Colombia", "a visitar a sus abuelos": a request for leave, a family visit abroad
    ("Quisiera pedir que Mateo falte el lunes y el martes, viajamos a Colombia.", kids("Mateo"),
     "2026-12-02 19:30", {"P1": ("holiday", "G", full("12-07", "12-08"))}),
    ("Valentina faltará del 9 al 11 de diciembre porque vamos a visitar a sus abuelos.", kids("Valentina"),
     "2026-12-01 19:30", {"P1": ("holiday", "G", full("12-09", "12-10", "12-11"))}),
    # "cuidar a su hermana pequeña, que está mala": looking after an ill sibling
    ("Hoy Lucas no va a ir porque tiene que cuidar a su hermanita, que está malita.", kids("Lucas"),
     "2026-12-03 08:00", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    ("Mañana Lucas se tiene que quedar con su hermana menor, que está enferma.", kids("Lucas"), "2026-12-03 18:00",
     {"P1": ("unsatisfactory", "O", full("12-04"))}),
    # "la vacuna contra el sarampión": a vaccination, not the illness it prevents
    ("Daniela tiene la vacuna de la gripe a las 9 en el centro de salud, llegará sobre las 10:30.",
     kids("Daniela", "Hugo"), "2026-12-09 07:30", {"P1": ("medical", "M", ["12-09 AM"])}),
    # "nos quedamos dormidos", "se nos pegaron las sábanas": overslept, the day missed
    ("Perdón, nos quedamos dormidos y Hugo ya no irá hoy.", kids("Hugo"), "2026-12-09 10:15",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    ("Se nos pegaron las sábanas, hoy Hugo no va a ir al cole.", kids("Hugo"), "2026-12-09 10:15",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*PORTUGUESE, *SPANISH])
def test_m18_pt_es_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
