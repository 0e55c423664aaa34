"""Batch m137, Bengali: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "amar shoshur ... heart attack korechen, hospital e bhorti": a grandparent's (here a
    # parent-in-law's) heart attack and admission to hospital is a family emergency, not the child's illness
    ("Slm miss, amar shoshur aj bhore heart attack korechen, hospital e bhorti hoyechen. Nabil aj school e ashbe na",
     kids("Nabil"), "2026-12-09 07:40", {"P1": ("exceptional", "C", full("12-09"))}),
    # bn (romanised): "dadu ... brain stroke korse hospital e bhorti korse, amra ekhono hospital e achi": a
    # grandparent's stroke, the family at the hospital with him; both days
    ("Assalamualaikum, Nabil er dadu gotokal bikele brain stroke korse hospital e bhorti korse, amra ekhono hospital e"
     " achi. Nabil aj ar kal school e ashbe na", kids("Nabil"), "2026-12-09 07:40",
     {"P1": ("exceptional", "C", full("12-09", "12-10"))}),
    # bn (romanised): "abbu ... stroke korse" with no hospital named: still the family's emergency
    ("amar abbu aj sokale stroke korse. Nabil aj ashbe na", kids("Nabil"), "2026-12-09 07:40",
     {"P1": ("exceptional", "C", full("12-09"))}),
    # bn: "আমার শ্বশুর ... স্ট্রোক করেছেন" (my father-in-law had a stroke): the family's emergency
    ("আমার শ্বশুর গতকাল রাতে স্ট্রোক করেছেন, তাই নাবিল আজ স্কুলে আসবে না।", kids("Nabil"), "2026-12-09 07:40",
     {"P1": ("exceptional", "C", full("12-09"))}),
    # bn (romanised): "Sylhet e shoshur bari jacchi" (going to the in-laws' house in Sylhet): a trip abroad to family
    ("Nabil aj ar kal school e jabe na, amra Sylhet e shoshur bari jacchi", kids("Nabil"), "2026-12-09 07:40",
     {"P1": ("holiday", "G", full("12-09", "12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m137_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
