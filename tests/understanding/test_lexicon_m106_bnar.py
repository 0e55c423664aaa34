"""Batch m106, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "Kal theke normal" (as normal from tomorrow): back tomorrow, not away from tomorrow
    ("Salam, Rafi er aj dentist appointment ache 2:30 e, tai 1:15 e school theke niye jabo. Kal theke normal.",
     kids("Rafi"), "2026-12-03 07:40",
     {"P1": ("medical", "M", ["12-03 PM"])}),
    # bn (romanised): "gaye holud" (the ceremony before a wedding); "Monday theke abar normal" (as normal again from
    # Monday): back on Monday
    ("Assalamu alaikum, amar bhagni er gaye holud Friday te, tai Nabil Friday school e ashbe na. Monday theke abar"
     " normal.", kids("Nabil"), "2026-12-09 19:00",
     {"P1": ("family_event", "O", full("12-11"))}),
    # bn (romanised): "14, 15 ar 16 tarikh" (on the 14th, the 15th and the 16th): every day of the list
    ("Salam miss, amra Bangladesh e nanur bari jacchi, tai Inaya 14, 15 ar 16 tarikh school e ashbe na.",
     kids("Inaya"), "2026-12-09 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # bn (romanised): "9-11 tarikh" (the 9th to the 11th): both ends
    ("Salam, amra Sylhet e dadur bari jacchi, Arif 9-11 tarikh school e ashbe na.", kids("Arif"),
     "2026-12-04 18:30",
     {"P1": ("holiday", "G", full("12-09", "12-10", "12-11"))}),
    # bn: "১৪, ১৫ ও ১৬ তারিখে" (on the 14th, the 15th and the 16th): a list of days before one "তারিখ"
    ("আসসালামু আলাইকুম, আমরা দেশে যাচ্ছি, তাই সামিয়া ১৪, ১৫ ও ১৬ তারিখে স্কুলে আসবে না।", kids("Samia"),
     "2026-12-09 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # bn: "কাল থেকে স্বাভাবিক" (as normal from tomorrow): back tomorrow
    ("রাইয়ানের আজ জ্বর, তাই স্কুলে আসবে না। কাল থেকে স্বাভাবিক।", kids("Raiyan"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # ar: "أبوهم أخدوه عالطوارئ" (they took their father to A&E), "بخبركم بكرا كيف الوضع" (I'll let you know tomorrow
    # how things are): a family emergency, today only
    ("صباح الخير، أبوهم أخدوه عالطوارئ الفجر بالإسعاف، وأنا معه بالمستشفى هلق. سامي وليلى ما رح يجوا اليوم."
     " بخبركم بكرا كيف الوضع.", kids("Sami", "Layla"), "2026-12-09 07:50",
     {"P1": ("exceptional", "C", full("12-09")), "P2": ("exceptional", "C", full("12-09"))}),
    # ar: "آخر يوم إلها بالمدرسة الأربعاء" (her last day at school is Wednesday), "عالمغرب" (to Morocco): away from
    # the next day
    ("مسا الخير، حابب خبركم إنو رح نسافر عالمغرب نزور أهلي. آخر يوم إلها بالمدرسة الأربعاء ١٦/١٢. بعتذر عن الغياب.",
     kids("Lina"), "2026-12-07 19:00",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m106_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
