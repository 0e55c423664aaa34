"""Batch m89, Urdu and Punjabi (romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "January mein jab school khulega tab wapas aayegi": back in January, when school reopens ("jab" is "when",
    # not a jab); the rest of the term from the first day
    ("Salam, hum chhuttiyon mein Lahore ja rahe hain. Zara 15 December se school nahi aayegi, January mein jab school "
     "khulega tab wapas aayegi.", kids("Zara"), "2026-12-11 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # pa: "January vich jadon school khulu odon vapas aavega": the same construction in Punjabi
    ("Sat sri akal ji, asi Amritsar ja rahe haan. Arjan 16 December ton school nahi aavega, January vich jadon school "
     "khulu odon vapas aavega.", kids("Arjan"), "2026-12-14 19:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ur: "January mein school khulne par wapas aayega": back when school opens in January
    ("Assalam o alaikum, hum Dubai ja rahe hain. Bilal 17 December se school nahi aayega, January mein school khulne "
     "par wapas aayega.", kids("Bilal"), "2026-12-14 20:00",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m89_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
