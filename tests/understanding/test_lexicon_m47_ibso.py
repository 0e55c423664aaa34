"""Batch m47/m48, Portuguese and Somali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # so: "galabta ayaan keeni doonaa": I will bring him in this afternoon (the morning only)
    ("Subax wanaagsan, Cabdi wuxuu qabaa qandho, saaka guriga ayuu joogayaa, galabta waan keeni doonaa iskuulka.",
     kids("Cabdi"), "2026-12-09 07:40", {"P1": ("illness", "I", ["12-09 AM"])}),
    # so: "isbuucan oo dhan": all this week (from today to its end), not today only
    ("Ayaan waxay qabtaa hargab, dhakhtarku wuxuu yiri isbuucan oo dhan guriga ha joogto.", kids("Ayaan"),
     "2026-12-09 07:20", {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m47_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # pt: "para a semana" (European Portuguese) is next week: with no day named, ask
    ("Bom dia, a Inês tem uma consulta no dentista para a semana, depois aviso o dia.", kids("Inês"),
     "2026-12-02 19:00"),
])
def test_m47_ibso_clarify(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
