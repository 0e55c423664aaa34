"""Batch m135, Bengali and Arabic: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "amar nanu Sylhet e khub oshustho": her grandma is very ill (a family emergency, not the child's illness)
    ("salam, amar nanu Sylhet e khub oshustho, tai Tanvir aj school e ashbe na", kids("Tanvir"), "2026-12-09 07:40",
     {"P1": ("exceptional", "C", full("12-09"))}),
    # bn: "আমার আম্মা খুব অসুস্থ": my mother is very ill, the same in Bengali script
    ("আমার আম্মা খুব অসুস্থ, তাই Tanvir আজ স্কুলে আসবে না।", kids("Tanvir"), "2026-12-09 07:40",
     {"P1": ("exceptional", "C", full("12-09"))}),
    # bn: "bhul hoye geche ... Sami ashbe": a correction (my mistake), then a clause of a name and "ashbe" (comes in)
    ("Sami aj school e ashbe na, bomi hocche. sorry bhul hoye geche, Sami na, Riya r bomi. Sami ashbe",
     kids("Sami", "Riya"), "2026-12-09 07:30", {"P2": ("illness", "I", full("12-09"))}),
    # ar: "تضل مع يوسف": to stay with Yusuf, who is the object there (his own absence keeps both sessions)
    ("يوسف عنده رشح ومش رح يجي اليوم. سلمى رح تتأخر لأنو لازم استنى خالتها تيجي تضل مع يوسف، بتوصل الساعة ١٠:٠٠",
     kids("Yusuf", "Salma"), "2026-12-09 08:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("late", "U", ["12-09 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m135_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
