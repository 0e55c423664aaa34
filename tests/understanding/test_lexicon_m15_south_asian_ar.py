"""Batch m15: Arabic, Urdu, Punjabi and Bengali (native script and romanised) lexicon rules."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

REEM, NOUR, HADI, SALMA = Child("P1", "Reem"), Child("P1", "Nour"), Child("P2", "Hadi"), Child("P1", "Salma")
HARNOOR, IBRAHIM, MARYAM = Child("P1", "Harnoor"), Child("P1", "Ibrahim"), Child("P2", "Maryam")
INAYA, ZAYAN, RAFI, NABILA = Child("P1", "Inaya"), Child("P2", "Zayan"), Child("P1", "Rafi"), Child("P2", "Nabila")
TASNIM, RAYHAN = Child("P1", "Tasnim"), Child("P2", "Rayhan")
FARHAN, ARIBA = Child("P1", "Farhan"), Child("P2", "Ariba")

CASES = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # Arabic: "I'll come to collect her/him" before the afternoon register: PM only
    ("مساء الخير، عند ريم موعد عند الدكتور بكرة الساعة ٢:٣٠ ظهراً، سآتي لأخذها من المدرسة الساعة ١٢:٤٥", [REEM],
     "2026-11-24 18:00", {"P1": ("medical", "M", ["11-25 PM"])}),
    ("عند ريم موعد أسنان اليوم الساعة ٢ الظهر، رح إجي آخدها من المدرسة الساعة ١", [REEM], "2026-11-25 07:40",
     {"P1": ("medical", "M", ["11-25 PM"])}),
    # "must rest until the end of the week", "back on Monday", with a question tucked in
    ("سلمى عندها رشح قوي، والدكتور قال لازم ترتاح لنهاية الأسبوع. رح ترجع يوم الاثنين. ممكن تبعتولها الواجبات؟",
     [SALMA], "2026-12-01 07:15", {"P1": ("illness", "I", full("12-01", "12-02", "12-03", "12-04"))}),
    # "until Tuesday, Tuesday included"
    ("نور وهادي عندهم انفلونزا، رح يضلوا بالبيت حتى يوم الثلاثاء بما في ذلك", [NOUR, HADI], "2026-12-04 07:20",
     {"P1": ("illness", "I", full("12-04", "12-07", "12-08")),
      "P2": ("illness", "I", full("12-04", "12-07", "12-08"))}),
    # Punjabi (romanised): "chuk lavangi/lavanga" (I'll pick her/him up) before the afternoon register
    ("Sat sri akal, Tuesday nu Harnoor di doctor appointment aa 2 vaje, main ohnu 12:45 vaje school ton chuk lavanga",
     [HARNOOR], "2026-11-26 19:15", {"P1": ("medical", "M", ["12-01 PM"])}),
    # Urdu (romanised): "jab tak" is "until" (not a jab); "Monday 14 December ko wapas school aayenge": back then
    ("AoA, dono bachon ko chicken pox hai, jab tak theek na hon ghar pe rahenge. Monday 7 December ko wapas school"
     " aayenge.", [IBRAHIM, MARYAM], "2026-12-03 07:00",
     {"P1": ("illness", "I", full("12-03", "12-04")), "P2": ("illness", "I", full("12-03", "12-04"))}),
    # "Zayan aayega." at the end of a clause: that child is in
    ("Inaya ka kal hospital mein appointment hai, woh kal school nahi aayegi. Zayan aayega.", [INAYA, ZAYAN],
     "2026-12-08 07:55", {"P1": ("medical", "M", full("12-09"))}),
    # Bengali (romanised): a flooded flat, a fallen ceiling, no electricity
    ("kal raate bathroom er pipe theke pani leak kore puro basha pani, current o nai. Rafi ar Nabila aj school e"
     " jete parbe na", [RAFI, NABILA], "2026-12-16 07:10",
     {"P1": ("exceptional", "C", full("12-16")), "P2": ("exceptional", "C", full("12-16"))}),
    ("amader ghorer ceiling bhenge poreche, Rafi aj school e ashbe na", [RAFI], "2026-12-16 07:10",
     {"P1": ("exceptional", "C", full("12-16"))}),
    # Bengali: "পাঠাচ্ছি না" (not sending him), "রায়হান যাবে" (Rayhan goes: in)
    ("তাসনিমের জ্বর, তাই আজ ওকে স্কুলে পাঠাচ্ছি না। রায়হান স্কুলে যাবে।", [TASNIM, RAYHAN], "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30"))}),
    ("ফারহানের জলবসন্ত হয়েছে, ও ৩ দিন স্কুলে আসবে না। আরিবা আসবে।", [FARHAN, ARIBA], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m15_south_asian_ar(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # thanks to a teacher with a holiday wish is not an absence
    ("شكراً جزيلاً لـ Miss Amal على كل جهودها مع ريم هذا الفصل. عطلة سعيدة للجميع", [REEM], "2026-12-17 15:45"),
    ("شكرا كتير ل Mrs Jones، ريم بتحب المدرسة كثير. إجازة سعيدة", [REEM], "2026-12-17 15:45"),
])
def test_m15_ar_thanks_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
