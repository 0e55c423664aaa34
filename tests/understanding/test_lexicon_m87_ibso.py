"""Batch m87, Portuguese, Spanish and Somali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "regressa à escola a 5 de janeiro": back on a date introduced by "a" (the holidays fall between)
    ("Olá, o Rui vai de férias a Angola a partir de 16 de dezembro e regressa à escola a 5 de janeiro. Obrigada",
     kids("Rui"), "2026-12-02 12:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # pt: "quebrou a perna" (Brazilian for a broken bone), "está com dor" (in pain): an injury
    ("Oi, a Lara quebrou a perna ontem no futebol, está com dor e fica em casa hoje e amanhã.",
     kids("Lara"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # es: "nos vamos el martes después de clase": leaving after school, so that day is not missed
    ("Buenas tardes, el miércoles es la boda de mi prima en Sevilla, nos vamos el martes después de clase. "
     "Lucía faltará el miércoles.", kids("Lucía"), "2026-12-07 19:00",
     {"P1": ("family_event", "O", full("12-09"))}),
    # es: "Mañana sin falta.": a bare day with "without fail" is the day back in, not another day off
    ("Buenos días, Pablo hoy se queda en casa con fiebre. Mañana sin falta.", kids("Pablo"), "2026-12-10 07:45",
     {"P1": ("illness", "I", full("12-10"))}),
    # so: "si ay naga caawiso carruurta yaryar": to help with the little ones; "aniga waan jiranahay": the parent
    # is ill (looking after siblings, not the child's illness)
    ("Asc, Sahra maanta guriga ayay joogaysaa si ay naga caawiso carruurta yaryar, aniga waan jiranahay.",
     kids("Sahra"), "2026-12-10 08:10", {"P1": ("unsatisfactory", "O", full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m87_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
