"""Batch m29, Urdu, Punjabi, Bengali and Arabic: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

CASES = [
    # Urdu "کل دوپہر سے" (since yesterday afternoon): a symptom that started then, not tomorrow
    ("عمر کو کل دوپہر سے بخار ہے، آج اسکول نہیں آئے گا۔", kids("Umar"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # Urdu "ہسپتال میں داخل" (admitted to hospital); "تکلیف" holds neither "کل" nor "تک"
    ("عمر کو پیٹ کی تکلیف تھی، اسے ہسپتال میں داخل کر دیا گیا۔ آج وہ اسکول نہیں آئے گا۔", kids("Umar"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # Urdu "عید کی شاپنگ" (shopping for Eid): a shopping trip
    ("آج ہم عید کی شاپنگ کے لیے برمنگھم جا رہے ہیں، اس لیے عمر آج اسکول نہیں آئے گا۔", kids("Umar"),
     "2026-12-01 07:30", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # Punjabi "ਬਾਕੀ ਹਫ਼ਤਾ" (the rest of the week)
    ("ਜਸਲੀਨ ਨੂੰ ਬੁਖਾਰ ਹੈ। ਬਾਕੀ ਹਫ਼ਤਾ ਘਰ ਹੀ ਰਹੇਗੀ।", kids("Jasleen"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # romanised Punjabi "dada dadi kol ja rahe aan" (visiting the grandparents) in a Punjab city
    ("Sat Sri Akal, asi 14 December nu Ludhiana dada dadi kol ja rahe aan. Simran 5 January nu school vapas aavegi.",
     kids("Simran"), "2026-12-02 19:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # romanised Bengali "3 tai doctor dekhate nibo" (taking him to the doctor at 3), collected at 1
    ("Aj Tamim ke 3 tai doctor dekhate nibo, ami 1:00 e school theke pick korbo.", kids("Tamim"), "2026-12-01 07:30",
     {"P1": ("medical", "M", ["12-01 PM"])}),
    # romanised Bengali "X theke abar school e ashbe" (back at school from X)
    ("Amra 14 December Sylhet jacchi. Tamim 4 January theke abar school e ashbe.", kids("Tamim"), "2026-12-02 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # romanised Bengali "MRI ache" (there is an MRI), not an ache
    ("Tamim er 9/12 hospital e MRI ache, shara din lagbe. Oi din school e ashte parbe na.", kids("Tamim"),
     "2026-12-04 17:00", {"P1": ("medical", "M", full("12-09"))}),
    # Sylheti "borof er lagi" (because of the snow), "bus bondo" (buses cancelled), "aite parto nay" (can't come)
    ("Borof er lagi bus bondo. Aij Tamim school o aite parto nay.", kids("Tamim"), "2026-12-10 07:45",
     {"P1": ("transport", "O", full("12-10"))}),
    # Bengali "হাম" only as a word: "বার্মিংহামে" (in Birmingham) is not measles
    ("আমার ভাইয়ের বিয়ে বার্মিংহামে। তাই তামিম শুক্রবার স্কুলে আসবে না।", kids("Tamim"), "2026-12-01 07:30",
     {"P1": ("family_event", "O", full("12-04"))}),
    # Bengali "আমার শরীর খারাপ" (I am unwell), "বাবুকে দেখার কেউ নেই" (no one to look after the baby)
    ("আমার শরীর অনেক খারাপ, বাবুকে দেখার কেউ নেই। তাই তামিম আজ বাসায় থাকবে।", kids("Tamim"), "2026-12-01 07:30",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # Sudanese "اليوم داك" (that day), "تخريج" (a graduation)
    ("يوم ١٨/١٢ تخريج خالتها من الجامعة، عشان كدا ريم ما حتجي المدرسة اليوم داك.", kids("Reem"), "2026-12-14 18:00",
     {"P1": ("family_event", "O", full("12-18"))}),
    # Egyptian "هاخد ... ١١ ونص" (I'll collect her at 11:30), "مش هترجع" (won't come back)
    ("هاخد ريم الساعة ١١ ونص عشان عندها موعد مع دكتور الأسنان. مش هترجع بعد الضهر.", kids("Reem"), "2026-12-10 08:00",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # Arabizi "ta3ban kteer w nayem" (very tired and asleep): worn out, not ill
    ("Sabah el khair, Omar ta3ban kteer w nayem. Ma ra7 yiji el yom.", kids("Omar"), "2026-12-15 08:00",
     {"P1": ("unsatisfactory", "O", full("12-15"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m29_south_asian_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # romanised Bengali "ek din chuti lagbe" (will need a day off), "date pore janabo" (I'll confirm the date later)
    ("Nanir barshiki te Tamim er ek din chuti lagbe, date pore janabo.", kids("Tamim"), "2026-12-09 19:30"),
])
def test_m29_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
