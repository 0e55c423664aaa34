"""Batch m87, Urdu and Punjabi (Shahmukhi and romanised): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa (Shahmukhi): "ہن بہت دیر ہو گئی اے" (it has got too late now) after oversleeping: a missed day, not a late mark
    ("ساڈی اکھ ای نئیں کھلی، ہن بہت دیر ہو گئی اے۔ زینب اج سکول نئیں آوے گی۔", kids("Zainab"), "2026-12-09 10:10",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ur: "اب کافی دیر ہو چکی ہے" (it is rather late now), the same in Urdu
    ("ہم سب سوتے رہ گئے، اب کافی دیر ہو چکی ہے، زینب آج اسکول نہیں آئے گی", kids("Zainab"), "2026-12-09 10:00",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ur: "بہت دیر ہو گئی ہے" without "now", with an arrival time: still a late arrival
    ("آج بہت دیر ہو گئی ہے، زینب دس بجے پہنچے گی", kids("Zainab"), "2026-12-09 09:05",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # romanised pa: "akh hi nahi khuli" (we didn't wake), "hun bahut der ho gayi ae" (too late now): a missed day
    ("Sorry ji, akh hi nahi khuli te hun bahut der ho gayi ae, Jasleen aj school nahi aayegi", kids("Jasleen"),
     "2026-12-09 10:20", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # romanised pa: "11 vaje tak school chhad deyange" (we'll drop her at school by 11) after an appointment: AM only
    ("Jasleen da aaj 9 vaje dentist appointment hai, 11 vaje tak school chhad deyange", kids("Jasleen"),
     "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m87_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
