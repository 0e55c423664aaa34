"""Batch m118, romanised Urdu and Punjabi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur (romanised): "Tuesday ko pakka aaye ga" (will surely come on Tuesday): back that day, not another day off
    ("Salam miss, Ayesha ko zukaam hai, aaj ghar pe hai. Tuesday ko pakka aaye gi", kids("Ayesha"),
     "2026-12-14 07:40",
     {"P1": ("illness", "I", full("12-14"))}),
    # ur (romanised): "Thursday ko zaroor aayega": the same with "zaroor" (certainly)
    ("AoA, Omar ko bukhar hai, aaj aur kal nahi aa sakega, Thursday ko zaroor aayega.", kids("Omar"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # pa (romanised): "kal da main dass dungi" (I'll tell you about tomorrow): only today is reported
    ("Jasleen nu bukhar ae, aj ghar rahegi, kal da main dass dungi.", kids("Jasleen"), "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16"))}),
    # ur (romanised): "kal ka hum bata denge" (we'll let you know about tomorrow)
    ("Hassan ki tabiyat kharab hai, aaj school nahi aayega, kal ka hum bata denge.", kids("Hassan"),
     "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m118_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
