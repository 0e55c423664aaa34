"""Batch m138, Urdu and Punjabi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur (romanised): "GP ke paas le jana hai" with the day and time between the child and "GP": a medical
    # appointment, in after it
    ("Zainab ko Thursday subah 9 baje GP ke paas le jana hai, uske baad school chhor dungi", kids("Zainab"),
     "2026-12-01 18:00", {"P1": ("medical", "M", ["12-03 AM"])}),
    # ur (romanised): "GP ke pass le ja rahi hoon" (I am taking her to the GP), in by 11: medical, not late
    ("Aaj Zainab ko GP ke pass le ja rahi hoon, 11 baje tak aa jaye gi", kids("Zainab"), "2026-12-01 07:50",
     {"P1": ("medical", "M", ["12-01 AM"])}),
    # ur (romanised): "Assalam o alaikum sir Bilal ka ...": "sir" addresses the teacher (Bilal is the child, not
    # "Sir Bilal"); "time pe aa jaye gi": the sibling is in on time
    ("Assalam o alaikum sir Bilal ka optician ka appointment hai aaj 9:15 baje, uske baad le aaungi. Ayesha time pe"
     " aa jaye gi", kids("Bilal", "Ayesha"), "2026-12-02 07:40", {"P1": ("medical", "M", ["12-02 AM"])}),
    # pa (romanised): "Sat sri akal miss Jaspreet nu ...": the greeting's "miss" is the teacher, not part of a name
    ("Sat sri akal miss Jaspreet nu bukhar aa, aaj nahi aauga. Harleen time te aa jaugi", kids("Jaspreet", "Harleen"),
     "2026-12-02 07:40", {"P1": ("illness", "I", full("12-02"))}),
    # ur (romanised): "Slm miss Hamza ...": the same after "slm"; a late arrival by 9:10
    ("Slm miss Hamza aaj thora late hoga, 9:10 tak aa jayega, Sana time pe aa jaye gi", kids("Hamza", "Sana"),
     "2026-12-02 08:40", {"P1": ("late", "L", ["12-02 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m138_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
