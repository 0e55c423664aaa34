"""Batch m132, Bengali and Arabic: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "9:50 e school e niye aschi": I'm bringing him to school at 9:50 (late, after the register closes)
    ("aj rafi deri kore ghum theke uthse, 9:50 e school e niye aschi", kids("Rafi"), "2026-12-08 09:00",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # bn: "কাল না, শুক্রবার": not tomorrow, Friday (a correction; only Friday stands)
    ("রাফির কাল দাঁতের ডাক্তারের অ্যাপয়েন্টমেন্ট আছে... দুঃখিত, কাল না, শুক্রবার। সারাদিন লাগবে, তাই শুক্রবার স্কুলে "
     "আসবে না।", kids("Rafi", "Nadia"), "2026-12-08 19:00", {"P1": ("medical", "M", full("12-11"))}),
    # bn: "sorry kal na, sukrobar": the same correction in Banglish
    ("salam, rafi er kal dentist appointment ache. sorry kal na, sukrobar. sara din lagbe, tai sukrobar school e "
     "ashbe na", kids("Rafi"), "2026-12-08 19:40", {"P1": ("medical", "M", full("12-11"))}),
    # ar: "جدها اتوفى": her grandad died (alef maqsura, the dialect's "ا" prefix), travelling for it
    ("مرحبا، جدها اتوفى امبارح بمصر، رح نسافر بكرة. ليلى ما رح تجي للمدرسة لحد الخميس", kids("Layla"),
     "2026-12-08 07:40", {"P1": ("exceptional", "C", full("12-09"))}),
    # ar: "ماتت": she died
    ("السلام عليكم، جدة يوسف ماتت الليلة الماضية، يوسف ما رح يجي اليوم", kids("Yusuf"), "2026-12-09 07:30",
     {"P1": ("exceptional", "C", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m132_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
