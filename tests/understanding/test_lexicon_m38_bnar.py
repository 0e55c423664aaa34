"""Batches m38 and m39, Bengali (in its script and romanised) and Arabic (in its script and Arabizi): the vocabulary and
phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn: "১০টার দিকে স্কুলে আসবে" (comes to school around 10): in after the appointment, so the morning only
    ("শুভ সকাল, কাল সকাল ৯টায় তানিয়ার দাঁতের ডাক্তারের অ্যাপয়েন্টমেন্ট আছে। ও ১০টার দিকে স্কুলে আসবে।", kids("Tania"),
     "2026-12-01 18:00", {"P1": ("medical", "M", ["12-02 AM"])}),
    # bn: "আমাকে" (me) is not "মা" (mother) in hospital; "ওর ছোট বোন খুব অসুস্থ": a sister is ill, the pupil kept home
    ("আজ রাহাতকে বাসায় রাখছি, ওর ছোট বোন খুব অসুস্থ, আমাকে ওর সাথে হাসপাতালে থাকতে হবে।", kids("Rahat"),
     "2026-12-08 07:35", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # bn: "তানভীরের বড় ভাই অসুস্থ": a brother is the one who is ill
    ("আজ তানভীরের বড় ভাই অসুস্থ, আমি ওকে স্কুলে নিয়ে যেতে পারছি না, তাই তানভীর আজ বাসায় থাকবে।", kids("Tanvir"),
     "2026-12-08 07:40", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # bn: "ঈদের কেনাকাটা" (Eid shopping): shopping, not the festival itself
    ("কাল জারা স্কুলে আসবে না, আমরা ঈদের কেনাকাটা করতে যাব।", kids("Zara"), "2026-12-08 19:00",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # bn (romanised): "bedaite jacchi" (going on a trip): a holiday
    ("Salam, amra Sylhet e nanur bari bedaite jacchi, Arif 15 theke 18 December school e ashbe na.", kids("Arif"),
     "2026-12-03 19:00", {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # bn (romanised): "Thursday fire ashbe" (comes back on Thursday): absent until then
    ("Mim er khub jor, aj theke school e ashbe na, brihoshpotibar fire ashbe.", kids("Mim"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # bn (romanised): "interview ache" (there is an interview): "ache" is not an ache
    ("Rafi er kal college e interview ache, shara din lagbe, tai kal school e ashbe na.", kids("Rafi"),
     "2026-12-08 19:00", {"P1": ("interview", "J1", full("12-09"))}),
    # bn (romanised): "11tar dike school e ashbe" (comes to school around 11): in after the appointment
    ("Kal sokal 9 tay Sumaiya er dentist appointment ache, 11tar dike school e ashbe.", kids("Sumaiya"),
     "2026-12-08 19:00", {"P1": ("medical", "M", ["12-09 AM"])}),
    # ar (Arabizi): "7ari2 bel matbakh" (a fire in the kitchen), "ma fi kahraba" (no electricity): a family emergency
    ("Marhaba, sar fi 7ari2 bel matbakh mbare7, ma fi kahraba bel bet. Sami mish ra7 yiji el yom.", kids("Sami"),
     "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # ar (Arabizi): "nishtri tyab el 3id" (to buy clothes for Eid): shopping, not the festival itself
    ("Bukra ra7 nrou7 nishtri awa3i el 3id, Yara mish ra7 tiji 3al madrase.", kids("Yara"), "2026-12-08 19:00",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ar: "شب حريق في المطبخ" (a fire broke out in the kitchen): a family emergency
    ("شب حريق في المطبخ امبارح، البيت كله دخان، يوسف ما رح ييجي عالمدرسة اليوم.", kids("يوسف"), "2026-12-08 07:30",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # ar: "نشتري ملابس العيد" (to buy clothes for Eid): shopping, not the festival itself
    ("بكرا رايحين نشتري ملابس العيد، سلمى ما رح تيجي عالمدرسة.", kids("سلمى"), "2026-12-08 19:00",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m38_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # bn: "সামনের সপ্তাহে" (next week) with no day, "তারিখ পরে জানাবো" (I'll confirm the date later): ask
    ("আমার ছেলের সামনের সপ্তাহে ডেন্টিস্টের অ্যাপয়েন্টমেন্ট আছে, সেদিন স্কুলে আসবে না। তারিখ পরে জানাব।",
     kids("Ayaan"), "2026-12-03 16:30"),
])
def test_m38_bnar_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
