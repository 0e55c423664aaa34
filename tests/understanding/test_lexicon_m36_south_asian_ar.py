"""Batch m36, Urdu, Bengali and Arabic: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # ar: "السلام عليكم ورحمة الله وبركاته": a greeting; "ستغيب مريم وليلى" (verb first: Maryam and Layla will be
    # absent); "جدة" (grandmother), "الله يرحمها" (God rest her soul), "للعزاء" (for the condolences), "وسيعودان إن
    # شاء الله يوم الاثنين" (the two will be back, God willing, on Monday)
    ("السلام عليكم ورحمة الله وبركاته، توفيت جدة الأولاد الله يرحمها، وسنسافر غداً للعزاء. ستغيب مريم وليلى عن "
     "المدرسة غداً، وسيعودان إن شاء الله يوم الاثنين.", kids("Maryam", "Layla"), "2026-12-09 18:00",
     {"P1": ("exceptional", "C", full("12-10", "12-11")), "P2": ("exceptional", "C", full("12-10", "12-11"))}),
    # ar: "سهرت امبارح لوقت متأخر" (stayed up late last night: tired, not a late arrival), "بعرس بنت خالها" (at her
    # cousin's wedding), "ما قدرت تصحى" (couldn't wake up): a day off at home
    ("مساء الخير، ليلى سهرت امبارح لوقت متأخر بعرس بنت خالها وما قدرت تصحى اليوم، رح تضل بالبيت اليوم.",
     kids("Layla"), "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur: "منگل سے بخار اور کھانسی ہے": fever and cough since Tuesday (not absent from Tuesday)
    ("السلام علیکم، احمد کو منگل سے بخار اور کھانسی ہے، آج وہ اسکول نہیں آئے گا۔", kids("Ahmed"),
     "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10"))}),
    # ur (romanised): "school nai aye gi": she won't come to school
    ("aoa Zara aj school nai aye gi", kids("Zara"), "2026-12-10 07:30", {"P1": ("unknown", "N", full("12-10"))}),
    # bn: "৯টা ১০-এর মধ্যে ... পৌঁছে যাবে": will be in by 9:10
    ("দুঃখিত, বাস দেরিতে এসেছে, রিয়া ৯টা ১০-এর মধ্যে স্কুলে পৌঁছে যাবে।", kids("Riya"), "2026-12-10 08:35",
     {"P1": ("late", "L", ["12-10 AM"])}),
    # bn (romanised): "amar choto chele ta ..., tai Rina ke school e dite parbo na": the little one ill is a brother,
    # Rina kept home because nobody can take her (sibling care)
    ("amar choto chele ta bomi korche, tai Rina ke aaj school e dite parbo na", kids("Rina"), "2026-12-10 07:30",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # bn (romanised): "amar choto meye ta jor" with no other child to take: the little daughter is the pupil
    ("amar choto meye ta jor, aaj school e jabe na", kids("Rina"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m36_south_asian_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # ar: "شكراً كتير للمعلمة على حفلة الكريسماس" (thanks to the teacher for the Christmas party), "كان مبسوط كتير"
    # (he really enjoyed it): thanks, not an absence
    ("مرحبا، شكراً كتير للمعلمة على حفلة الكريسماس، عمر كان مبسوط كتير", kids("Omar"), "2026-12-15 16:30"),
])
def test_m36_thanks_are_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
