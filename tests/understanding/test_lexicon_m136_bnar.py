"""Batch m136, Bengali and Arabic: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "আজ, কাল" (today, tomorrow): a day word before a comma
    ("নাফিসার খুব জ্বর। আজ, কাল ও বাসায় থাকবে।", kids("Nafisa"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # bn: "ওকে হাসপাতালে ভর্তি করা হয়েছে" (he was admitted to hospital), "কতদিন লাগবে জানি না" (no end known): illness,
    # the first day only
    ("আরিফের শ্বাসকষ্ট হচ্ছিল, গত রাতে ওকে হাসপাতালে ভর্তি করা হয়েছে। কতদিন লাগবে জানি না, আমি আপডেট দেব।",
     kids("Arif"), "2026-12-09 07:20", {"P1": ("illness", "I", full("12-09"))}),
    # bn: "Arif ke kal raate hospital e bhorti korse": the same in Banglish (an illness, not a hospital appointment)
    ("Arif ke kal raate hospital e bhorti korse, kotodin lagbe jani na. ami update dibo", kids("Arif"),
     "2026-12-09 07:20", {"P1": ("illness", "I", full("12-09"))}),
    # ar: "ما رح يرجع قبل يوم الخميس" (he won't be back before Thursday): back on Thursday
    ("سامي عنده استفراغ من مبارح، ما رح يرجع قبل يوم الخميس", kids("Sami"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # ar: "بجيبها عالمدرسة بعدها" (I'll bring her in afterwards): no appointment word beside an interview
    ("ليلى عندها اليوم مقابلة قبول بمدرسة ثانوية الساعة ٩:٣٠، بجيبها عالمدرسة بعدها", kids("Layla"),
     "2026-12-09 07:45", {"P1": ("interview", "J1", ["12-09 AM"])}),
    # ar: "انهار جزء من السقف" (part of the ceiling collapsed), "نستنى الدفاع المدني" (waiting for the civil defence):
    # damage at home, not a fall nor A&E
    ("انهار جزء من السقف بالمطبخ وعم نستنى الدفاع المدني، سامي ما رح يجي اليوم", kids("Sami"), "2026-12-09 07:30",
     {"P1": ("exceptional", "C", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m136_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
