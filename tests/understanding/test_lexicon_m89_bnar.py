"""Batch m89, Bengali and Arabic: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "January te school khulle abar ashbe": back when school opens in January (the rest of the term)
    ("Salam, amra Sylhet e dadur bari jacchi. Tuesday 15 tarikh theke Rafi school e ashbe na, January te school "
     "khulle abar ashbe.", kids("Rafi"), "2026-12-11 18:30",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # bn (romanised): "ghum theke uthte deri hoye geche": got up too late, so missing the day (overslept)
    ("Sorry, Tania aj school e jabe na, ghum theke uthte khub deri hoye geche.", kids("Tania"), "2026-12-15 09:50",
     {"P1": ("unsatisfactory", "O", full("12-15"))}),
    # bn (romanised): the same oversleeping with a time he is brought in: a late arrival, not a missed day
    ("Assalamu alaikum, Nabil er ghum theke uthte ektu deri hoye geche, 10:15 er dike school e niye ashbo.",
     kids("Nabil"), "2026-12-16 08:20", {"P1": ("late", "U", ["12-16 AM"])}),
    # ar: "ولن يحضر إلى المدرسة في ذلك اليوم": away the whole of the day named, not only its morning
    ("مرحبا، عند سارة اختبار قبول في مدرسة أخرى يوم الأربعاء صباحا، ولن تحضر إلى المدرسة في ذلك اليوم.",
     kids("Sara"), "2026-12-14 08:00", {"P1": ("interview", "J1", full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m89_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
