"""Batches m71-m72, Urdu and Punjabi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "رشتے داروں سے ملنے ... جا رہے ہیں" (going to see relatives) in India, "نہیں آ سکے گی" (won't be able to come)
    ("ہم 14 دسمبر سے 16 دسمبر تک انڈیا رشتے داروں سے ملنے جا رہے ہیں، اس دوران سارہ اسکول نہیں آ سکے گی۔",
     kids("Sara"), "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-14") + full("12-15") + full("12-16"))}),
    # ur: "late" in Latin letters, "بس نکل گئی" (the bus left: "نکل" is not "کل", yesterday)
    ("بلال آج تھوڑا late ہو جائے گا، اسکول کی بس نکل گئی۔",
     kids("Bilal"), "2026-12-08 08:40", {"P1": ("late", "L", ["12-08 AM"])}),
    # ur: "بدھ سے اسکول آئے گا" (comes in from Wednesday): back on Wednesday
    ("حمزہ کو تیز بخار ہے۔ ان شاء اللہ بدھ سے اسکول آئے گا۔",
     kids("Hamza"), "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07") + full("12-08"))}),
    # ur: "سسر کی طبیعت ... بگڑ گئی اور ... ہسپتال لے جانا پڑا" (father-in-law taken ill, to hospital): an emergency
    ("رات کو میرے سسر کی طبیعت اچانک بگڑ گئی اور ہمیں انہیں ایمبولینس میں ہسپتال لے جانا پڑا، علی آج نہیں آئے گا۔",
     kids("Ali"), "2026-12-09 07:10", {"P1": ("exceptional", "C", full("12-09"))}),
    # ur: "ولیمے سے بہت دیر سے گھر پہنچے" (got home very late from the reception): tired, not a late arrival
    ("کل رات ہم ولیمے سے بہت دیر سے گھر پہنچے، مریم بہت تھکی ہوئی ہے، آج وہ گھر پر آرام کرے گی۔",
     kids("Maryam"), "2026-12-08 07:45", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur: "پیر کو دیکھیں گے" (we'll see about Monday): Monday is not recorded
    ("عائشہ کو بخار ہے، آج اور کل گھر پر رکھیں گے، پیر کو دیکھیں گے۔",
     kids("Ayesha"), "2026-12-10 07:50", {"P1": ("illness", "I", full("12-10") + full("12-11"))}),
    # pa: "ਵਿਆਹ ਤੋਂ ਦੇਰ ਨਾਲ ਘਰ ਪਹੁੰਚੇ" (got home late from the wedding): tired, not a late arrival
    ("ਕੱਲ੍ਹ ਰਾਤ ਅਸੀਂ ਵਿਆਹ ਤੋਂ ਕਾਫ਼ੀ ਦੇਰ ਨਾਲ ਘਰ ਪਹੁੰਚੇ, ਸਿਮਰਨ ਬਹੁਤ ਥੱਕੀ ਹੋਈ ਹੈ। ਅੱਜ ਉਹ ਘਰ ਆਰਾਮ ਕਰੇਗੀ।",
     kids("Simran"), "2026-12-09 07:40", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa: "ਮੰਗਲਵਾਰ ਨੂੰ ਵੇਖਾਂਗੇ" (we'll see about Tuesday): only today
    ("ਗੁਰਨੂਰ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਘਰ ਰੱਖਾਂਗੇ, ਮੰਗਲਵਾਰ ਨੂੰ ਵੇਖਾਂਗੇ।",
     kids("Gurnoor"), "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07"))}),
    # roman pa: "somvar dekhange" (we'll see about Monday)
    ("Jasleen nu bukhar hai, aj te kal ghar rakhange, somvar dekhange.",
     kids("Jasleen"), "2026-12-10 07:50", {"P1": ("illness", "I", full("12-10") + full("12-11"))}),
    # roman ur: "Lahore rishtedaron se milne ja rahe hain" (going to Lahore to see relatives): a trip abroad
    ("Hum 14 december se 16 december tak Lahore rishtedaron se milne ja rahe hain, Hassan school nahi aa sakega.",
     kids("Hassan"), "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-14") + full("12-15") + full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m71_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
