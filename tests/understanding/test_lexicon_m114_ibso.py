"""Batch m114, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "o carro não pega e não podemos levar": no way to get him in after a car failure (transport, not a day off)
    ("Olá, o nosso carro não pega e não podemos levar o Tomás hoje, pedimos desculpa.", kids("Tomás"),
     "2026-12-02 07:40",
     {"P1": ("transport", "O", full("12-02"))}),
    # pt: "a festa da nossa igreja": a church festival with a possessive (religious, not a party)
    ("Boa tarde, amanhã a Beatriz vem connosco à festa da nossa igreja, não vai à escola. Obrigada", kids("Beatriz"),
     "2026-12-09 18:00",
     {"P1": ("religious", "R", full("12-10"))}),
    # pt: "não podem vir à escola esta semana": the plural "podem", off for the rest of the week
    ("Bom dia, o Duarte e a Leonor têm gripe e não podem vir à escola esta semana.", kids("Duarte", "Leonor"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10", "12-11")),
      "P2": ("illness", "I", full("12-08", "12-09", "12-10", "12-11"))}),
    # es: "tiene laringitis": a throat infection by its Spanish name
    ("Hola, Lucía tiene laringitis y hoy no va al colegio.", kids("Lucía"), "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24"))}),
    # es: "tiene faringitis", "le ha recomendado reposo hasta el jueves incluido": illness, rest up to Thursday
    ("Buenos días, Carlos tiene faringitis, la pediatra le ha recomendado reposo hasta el jueves incluido.",
     kids("Carlos"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03"))}),
    # es: "si continúa mal mañana les vuelvo a escribir": an update to come, not a day off tomorrow
    ("Marta tiene vómitos, hoy se queda en casa. Si continúa mal mañana les vuelvo a escribir.", kids("Marta"),
     "2026-12-03 07:20",
     {"P1": ("illness", "I", full("12-03"))}),
    # es: "hasta que acabe el trimestre": until the end of term
    ("Nos vamos a Argentina por Navidad, Hugo faltará desde el lunes 14 hasta que acabe el trimestre.", kids("Hugo"),
     "2026-12-09 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # es: "hasta el final del trimestre": "final" for "fin", the same end of term
    ("Hola, Inés no irá desde el miércoles 16 hasta el final del trimestre, viajamos a Perú.", kids("Inés"),
     "2026-12-10 19:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # so: "aniga ayaa la jooga walaasheed isbitaalka", "qof kale oo ay la joogto ma jiro": the parent is at hospital
    # with a sibling and no one else can mind her (kept home, not a medical appointment)
    ("Hodan maanta ma imaanayso, aniga ayaa la jooga walaasheed isbitaalka, qof kale oo ay la joogto ma jiro.",
     kids("Hodan"), "2026-12-02 07:30",
     {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # tr: "Elif yarın normal gelecek": the other child in tomorrow as normal (on a Sunday, no report for her)
    ("Mert grip oldu, cuma okula döner. Elif yarın normal gelecek.", kids("Mert", "Elif"), "2026-12-06 10:00",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10"))}),
]

NOT_RECORDED = [
    # tr: "yarın her zamanki gibi okula gelecek": in tomorrow as usual, no absence at all
    ("Merhaba, Elif yarın her zamanki gibi okula gelecek, teşekkürler.", kids("Elif"), "2026-12-06 10:00", "forward"),
    # es: "si sigue igual os vuelvo a escribir": a promise of an update, no absence reported
    ("Hola, si sigue igual os vuelvo a escribir. Gracias", kids("Pablo"), "2026-12-06 10:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m114_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m114_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
