"""Batches m97 and m98, Bengali, Arabic and Arabizi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "১২টার সময় স্কুল থেকে নিয়ে যাব": collected from school at that time (the afternoon only)
    ("আজ তানভীরের হাসপাতালে অ্যাপয়েন্টমেন্ট আছে, আমি ১২টার সময় স্কুল থেকে নিয়ে যাব", kids("Tanvir"),
     "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # bn: "চোখের ডাক্তার": an eye doctor's appointment (medical), brought in after it
    ("নুসরাতের আজ সকাল ৯টায় চোখের ডাক্তার, তারপর স্কুলে দিয়ে যাব", kids("Nusrat"), "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # bn: "আজ সকালে মারা গেছেন": the time of the death, not the day away; an evening message means tomorrow
    ("আপা, তানিয়ার নানা আজ সকালে মারা গেছেন। আমরা জানাজায় যাচ্ছি, তানিয়া স্কুলে আসতে পারবে না।", kids("Tania"),
     "2026-12-08 19:30",
     {"P1": ("exceptional", "C", full("12-09"))}),
    # bn: "নানুকে দেখতে চট্টগ্রাম যাচ্ছি" and "ছুটি শুরু পর্যন্ত": a family visit up to the Christmas holidays
    ("আমরা নানুকে দেখতে চট্টগ্রাম যাচ্ছি। রাফি বুধবার থেকে ছুটি শুরু পর্যন্ত স্কুলে আসবে না।", kids("Rafi"),
     "2026-12-14 07:30",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ar: "قبل الغدا": back before lunch (the morning only)
    ("مريم عندها موعد أسنان الساعة ٩ الصبح، وبعد الموعد برجعها على المدرسة قبل الغدا", kids("Maryam"),
     "2026-12-09 07:15",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # ar: "ما رح يرجع ... قبل عطلة الميلاد": not back before the Christmas holidays (off to the end of term)
    ("توفي جد الولاد امبارح، ويوسف ما رح يرجع على المدرسة قبل عطلة الميلاد.", kids("Yousef"), "2026-12-15 07:10",
     {"P1": ("exceptional", "C", full("12-15", "12-16", "12-17", "12-18"))}),
    # ar: "ما حدا فاق" (nobody woke up) and "رح تضل لين بالبيت" (Leen stays home): overslept, the day missed
    ("آسفين كتير، ما حدا فاق الصبح، فرح تضل لين بالبيت اليوم.", kids("Leen"), "2026-12-10 08:40",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # arabizi: "ba3dein b2arrje3ha 3al madrase": brought back to school after the appointment (the morning only)
    ("Lina 3anda dentist el sa3a 9, ba3dein b2arrje3ha 3al madrase", kids("Lina"), "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # arabizi: "ra7 a5odha 3al 12:45": collected at that time for an appointment (the afternoon only)
    ("Maya ra7 tiji bas ra7 a5odha 3al 12:45 la2anno 3anda maw3ad 3and el doctor", kids("Maya"), "2026-12-09 07:50",
     {"P1": ("medical", "M", ["12-09 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m97_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
