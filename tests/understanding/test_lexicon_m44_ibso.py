"""Batch m44/m45, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # es: "se ha puesto malo esta tarde ... Mañana no irá": the illness began this afternoon, the absence is tomorrow
    # (in the next sentence)
    ("Hola, Pablo se ha puesto malo esta tarde, tiene fiebre. Mañana no va al colegio.", kids("Pablo"),
     "2026-12-02 17:30", {"P1": ("illness", "I", full("12-03"))}),
    # so: "malaha berrina": probably tomorrow too (hedged spans count)
    ("Asc, Hodan way xanuunsan tahay. Maanta ma imaanayso, malaha berrina.", kids("Hodan"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # tr: "midesi bozuk", "midesi bozuldu": an upset stomach
    ("Merhaba, Elif'in midesi bozuldu, bugün okula gelmeyecek.", kids("Elif"), "2026-11-30 07:40",
     {"P1": ("illness", "I", full("11-30"))}),
    # tr: "12:00'de gelip alacağım" (collected before the afternoon register), "yarın da" (tomorrow too)
    ("Merhaba, Ali'nin ateşi çıkmış, 12:00'de gelip alacağım. Yarın da evde kalacak.", kids("Ali"),
     "2026-12-03 10:30", {"P1": ("illness", "I", ["12-03 PM", "12-04 AM", "12-04 PM"])}),
    # tr: "tatile kadar evde": until the school holidays (not a family holiday), back on a date in January
    ("Günaydın, Ayşe'de su çiçeği var, tatile kadar evde kalacak, 5 Ocak'ta okula dönecek.", kids("Ayşe"),
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # pt: "fisioterapia", collected before the afternoon register: medical, the afternoon only
    ("Bom dia, a Inês tem fisioterapia às 14h, vou buscá-la à escola às 12h30. Obrigada", kids("Inês"),
     "2026-12-10 07:50", {"P1": ("medical", "M", ["12-10 PM"])}),
    # pt: "do dia 14/12 até 18/12": a range of dates, both ends
    ("Olá, vamos viajar para Portugal. O Tiago vai faltar do dia 14/12 até 18/12. Obrigado", kids("Tiago"),
     "2026-11-30 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pt: "de 14 até 16 de dezembro": a range of days before the month, both ends
    ("Olá, o Tiago vai faltar de 14 até 16 de dezembro, vamos viajar. Obrigado", kids("Tiago"),
     "2026-11-30 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # pt: "consulta no pediatra", "já não volta depois": collected before the afternoon register, not returning
    ("Olá, o Rui tem consulta no pediatra hoje às 11h, vou buscá-lo às 10h30 e ele já não volta depois.", kids("Rui"),
     "2026-12-01 07:40", {"P1": ("medical", "M", ["12-01 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m44_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
