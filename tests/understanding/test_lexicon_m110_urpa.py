"""Batch m110, Urdu and Punjabi (romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa: "baad ch school lai aavangi" (I will bring her to school afterwards): in after the appointment
    ("Sat Sri Akal, aj Amrit da dentist appointment hai 10 vaje, baad ch school lai aavangi", kids("Amrit"),
     "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # ur: "uske baad school le aaungi" (after that I will bring him to school): in after the check-up
    ("Assalam o alaikum, Ali ka aaj 9 baje hospital mein checkup hai, uske baad school le aaungi", kids("Ali"),
     "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # pa: "15 tarik nu wapas aavega" (back on the 15th): off every school day before it
    ("SSA ji, Jaspreet nu bukhar te khangh hai, doctor ne aram karan nu keha. 15 tarik nu wapas aavega",
     kids("Jaspreet"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11", "12-14"))}),
    # ur: "14 tareekh ko wapas school aa jayegi" (back in school on the 14th)
    ("AoA, Zara ko chicken pox ho gaya hai. 14 tareekh ko wapas school aa jayegi", kids("Zara"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # pa: "16 tarik nu school nahi aavegi" (won't come to school on the 16th): that day only
    ("Sat Sri Akal, Harleen 16 tarik nu school nahi aavegi, gurdwara vich viah hai", kids("Harleen"),
     "2026-12-09 18:00",
     {"P1": ("family_event", "O", full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m110_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
