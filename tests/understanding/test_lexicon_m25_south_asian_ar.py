"""Batch m25, Urdu, Punjabi and Bengali (native scripts and romanised): the vocabulary its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

URDU = [
    # "منگل 8 دسمبر سے جمعرات 10 دسمبر تک": a weekday before each date, both ends included
    ("ہم خاندان سے ملنے لاہور جا رہے ہیں، عائشہ منگل 8 دسمبر سے جمعرات 10 دسمبر تک اسکول نہیں آئے گی۔", kids("Ayesha"),
     "2026-11-30 19:00", {"P1": ("holiday", "G", full("12-08", "12-09", "12-10"))}),
    # "پیر سے بدھ تک": Monday to Wednesday, Wednesday included
    ("اگلے ہفتے ہم پاکستان جا رہے ہیں، عمر پیر سے بدھ تک اسکول نہیں آئے گا۔", kids("Umar"), "2026-12-02 18:00",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
]

ROMAN = [
    # "kal se ... barh gayi hai": a present perfect, so "kal" is yesterday (not tomorrow)
    ("Salam, Bilal ki khansi kal se bohat barh gayi hai, aaj woh school nahi aa sakega.", kids("Bilal"),
     "2026-12-02 07:45", {"P1": ("illness", "I", full("12-02"))}),
    # "kal theke ... koto din lagbe jani na": from tomorrow, how long not known (the first day only); "aj rate": tonight
    ("Amar nanu khub osustho, amra aj rate Dhaka jacchi emergency te. Kal theke Rafi school e jabe na, koto din lagbe "
     "jani na.", kids("Rafi"), "2026-12-01 20:30", {"P1": ("exceptional", "C", full("12-02"))}),
    # bn: "Dol Purnima", "mondire pujo": a festival and worship at the temple (not a rash)
    ("Kal Dol Purnima, amra mondire pujo korte jabo, tai Anika kal school e ashbe na. Dhonnobad", kids("Anika"),
     "2026-11-30 18:00", {"P1": ("religious", "R", full("12-01"))}),
    # bn: "12tar shomoy school theke niye jabo": collected at 12 for a 12:40 dentist, the afternoon only
    ("Aj Tanvir er 12:40 e dentist appointment ache, ami 12tar shomoy school theke niye jabo.", kids("Tanvir"),
     "2026-12-01 08:00", {"P1": ("medical", "M", ["12-01 PM"])}),
]

BENGALI = [
    # "৯ তারিখ থেকে" (from the 9th), "জানুয়ারির ৬ তারিখে আবার আসবে" (back on the 6th of January: term starts on the 5th)
    ("আমরা ভারতে যাচ্ছি। রিয়া ৯ তারিখ থেকে স্কুলে আসবে না, জানুয়ারির ৬ তারিখে আবার স্কুলে আসবে।", kids("Riya"),
     "2026-12-01 19:00", {"P1": ("holiday", "G", full("12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17",
                                                       "12-18", "01-05"))}),
    # "দুজনেরই": both of them
    ("নুসরাত আর ইমরান আজ স্কুলে আসবে না, দুজনেরই কাশি।", kids("Nusrat", "Imran"), "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01")), "P2": ("illness", "I", full("12-01"))}),
]

PUNJABI = [
    # "ਮੇਰੀ ਸਿਹਤ ਠੀਕ ਨਹੀਂ", "ਛੋਟੀ ਵੀ ਬੀਮਾਰ ਹੈ", "ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਛੱਡ ਸਕਦਾ": the parent cannot bring the child in
    ("ਅੱਜ ਮੇਰੀ ਸਿਹਤ ਖਰਾਬ ਹੈ ਤੇ ਛੋਟੀ ਵੀ ਬੀਮਾਰ ਹੈ, ਇਸ ਲਈ ਜਸਲੀਨ ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਛੱਡ ਸਕਦਾ।", kids("Jasleen"),
     "2026-12-01 07:50", {"P1": ("unsatisfactory", "O", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*URDU, *ROMAN, *BENGALI, *PUNJABI])
def test_m25_south_asian_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # ur: "ایکسرے ... اگلے ہفتے", "تاریخ ابھی طے نہیں ہوئی": an X-ray next week, the day not fixed
    ("مریم کا اگلے ہفتے ہسپتال میں ایکسرے ہے، تاریخ ابھی طے نہیں ہوئی۔", kids("Maryam"), "2026-12-02 17:00"),
    # pa (romanised): "date pakka hoye te dass dawange": we'll tell you the day once it is fixed
    ("Agle hafte Gurleen nu ik din di chutti chahidi, cousin da viah aa, date pakka hoye te dass dawange.",
     kids("Gurleen"), "2026-12-02 17:00"),
])
def test_m25_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
