"""Batches m76-m77, Urdu and Punjabi: the vocabulary and phrasing their misses showed (a child in until a weekday and
leaving after it, "back from tomorrow", resting at home, an afternoon collection for the dentist, a late child whose
sibling is taken to the doctor first, a child kept home to look after a sister while the parent goes to work)."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "منگل تک اسکول آئے گا" (comes in until Tuesday), "ہم بدھ کو جائیں گے" (we leave on Wednesday): the days after
    ("میرے والد کا انتقال ہو گیا ہے۔ زینب کل سے اسکول نہیں آئے گی۔ عمر منگل تک اسکول آئے گا، ہم بدھ کو جائیں گے۔"
     " دونوں بچے پیر 14 دسمبر کو اسکول واپس آئیں گے۔",
     kids("Zainab", "Umar"), "2026-12-06 18:00",
     {"P1": ("exceptional", "C", full("12-07", "12-08", "12-09", "12-10", "12-11")),
      "P2": ("exceptional", "C", full("12-09", "12-10", "12-11"))}),
    # ur: "گھر پر آرام کرے گی" (will rest at home), "کل سے اسکول آئے گی" (comes in from tomorrow: back tomorrow)
    ("سارہ کی کھانسی بہتر ہے لیکن وہ آج بھی گھر پر آرام کرے گی، کل سے اسکول آئے گی۔"
     " احمد کو بخار ہو گیا ہے، وہ آج اور کل نہیں آئے گا۔",
     kids("Sara", "Ahmed"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("illness", "I", full("12-02", "12-03"))}),
    # ur: "آج دوپہر" (this afternoon), "دانتوں کے ڈاکٹر" (the dentist), "اسکول سے لے لوں گا" (I will collect him)
    ("آج دوپہر ڈیڑھ بجے میں یوسف کو دانتوں کے ڈاکٹر کے پاس لے جانے کے لیے اسکول سے لے لوں گا۔",
     kids("Yusuf"), "2026-12-08 08:00", {"P1": ("medical", "M", ["12-08 PM"])}),
    # ur: "مجھے کام پر جانا ہے" (I have to go to work), "اپنے بھائی کا خیال رکھنا ہے" (look after his brother)
    ("علی کو فلو ہے، وہ آج نہیں آئے گا۔ حمزہ بھی آج گھر پر رہے گا، مجھے کام پر جانا ہے اور اسے"
     " اپنے بھائی کا خیال رکھنا ہے۔",
     kids("Ali", "Hamza"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # pa: "ਥੋੜ੍ਹਾ ਲੇਟ" (a bit late), "ਕਿਉਂਕਿ ਪਹਿਲਾਂ ਮੈਂ X ਨੂੰ ਡਾਕਟਰ ਕੋਲ ਲੈ ਕੇ ਜਾਣਾ ਹੈ" (because first I take X to the doctor)
    ("ਸਿਮਰਨ ਨੂੰ ਖੰਘ ਅਤੇ ਬੁਖਾਰ ਹੈ, ਉਹ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ। ਅਰਜਨ ਆਵੇਗਾ ਪਰ ਥੋੜ੍ਹਾ ਲੇਟ, ਲਗਭਗ 9:05 ਵਜੇ, ਕਿਉਂਕਿ ਪਹਿਲਾਂ ਮੈਂ"
     " ਸਿਮਰਨ ਨੂੰ ਡਾਕਟਰ ਕੋਲ ਲੈ ਕੇ ਜਾਣਾ ਹੈ।",
     kids("Arjan", "Simran"), "2026-12-01 07:45",
     {"P1": ("late", "L", ["12-01 AM"]), "P2": ("illness", "I", full("12-01"))}),
    # pa: "ਮੈਨੂੰ ਕੰਮ ਤੇ ਜਾਣਾ ਹੈ" (I have to go to work), "ਆਪਣੇ ਛੋਟੇ ਭਰਾ ਦਾ ਧਿਆਨ ਰੱਖਣਾ ਹੈ" (look after his little brother)
    ("ਹਰਮਨ ਨੂੰ ਫਲੂ ਹੋ ਗਿਆ ਹੈ, ਉਹ ਅੱਜ ਨਹੀਂ ਆਵੇਗਾ। ਨਵਜੋਤ ਵੀ ਅੱਜ ਘਰ ਰਹੇਗੀ, ਮੈਨੂੰ ਕੰਮ ਤੇ ਜਾਣਾ ਹੈ ਤੇ ਉਸਨੇ ਆਪਣੇ ਛੋਟੇ ਭਰਾ ਦਾ"
     " ਧਿਆਨ ਰੱਖਣਾ ਹੈ।",
     kids("Harman", "Navjot"), "2026-12-10 07:35",
     {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m76_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
