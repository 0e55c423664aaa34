"""Batch m28, Polish, Ukrainian, Portuguese and Spanish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pl: "wrócimy dopiero wieczorem": we only get home in the evening (a long day away, not a return to school)
    ("Jutro Kuba jedzie z tatą na badanie do szpitala w Birmingham, wrócimy dopiero późno wieczorem, więc nie będzie "
     "go w szkole.", kids("Jakub"), "2026-12-02 18:30", {"P1": ("medical", "M", full("12-03"))}),
    # uk: "маму забрала швидка": a parent taken to hospital by ambulance; "їдемо в лікарню": going to the hospital;
    # "об 11:45": at 11:45
    ("Заберу Остапа сьогодні об 11:45, маму забрала швидка, їдемо в лікарню до неї.", kids("Ostap"),
     "2026-12-08 09:30", {"P1": ("exceptional", "C", ["12-08 PM"])}),
    # pt: "tenho que cuidar da irmã pequena": sibling care (kept off for the family's reasons)
    ("Bom dia, o Tiago hoje fica em casa, tenho que cuidar da irmã pequena que acordou com febre.", kids("Tiago"),
     "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pt: "só entra na escola depois do almoço": in after lunch, so the morning only
    ("O Rafael tem dentista hoje de manhã, vai entrar na escola depois do almoço.", kids("Rafael"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # pt: "até ao final do período": until the end of term (Friday 18 December); "visitar a família": visiting family
    ("A Beatriz vai faltar a partir de quarta até ao final do período, vamos visitar a família em Angola.",
     kids("Beatriz"), "2026-12-14 19:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # es: "la graduación de su primo": a graduation (a family event)
    ("Hola, el viernes Lucía no irá al colegio, tenemos la graduación de su primo en Manchester.", kids("Lucía"),
     "2026-12-02 20:00", {"P1": ("family_event", "O", full("12-04"))}),
    # es: "falta toda la mañana": she will miss the morning (not "tomorrow")
    ("El jueves Diego falta toda la mañana porque tiene revisión en el oculista.", kids("Diego"),
     "2026-12-01 18:00", {"P1": ("medical", "M", ["12-03 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m28_european_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # es: "si falta toda la mañana" with only "next week": a morning that cannot be placed, to ask about
    ("Buenas, Diego tiene revisión en el oculista la semana que viene, ¿hay problema si falta toda la mañana?",
     kids("Diego"), "2026-12-01 18:00"),
])
def test_m28_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
