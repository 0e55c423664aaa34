"""Batch m123, Urdu, Punjabi and romanised Urdu/Punjabi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

_DEC_10_18 = full("12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18")

RECORDED = [
    # ur: "چھٹیوں کے بعد جنوری میں واپس آئیں گے" (back after the holidays, in January): off to the end of term
    ("السلام علیکم، ہم پاکستان جا رہے ہیں۔ عمر اور مریم 10 دسمبر سے اسکول نہیں آئیں گے، چھٹیوں کے بعد جنوری میں واپس"
     " آئیں گے۔", kids("Umar", "Maryam"), "2026-12-01 18:00",
     {"P1": ("holiday", "G", _DEC_10_18), "P2": ("holiday", "G", _DEC_10_18)}),
    # ur: "نئے سال میں واپس آئے گی" (back in the new year)
    ("عائشہ 16 دسمبر سے دبئی جا رہی ہے، نئے سال میں واپس آئے گی", kids("Ayesha"), "2026-12-01 18:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # Shahmukhi: "جنوری وچ واپس آوے گا" (comes back in January)
    ("حمزہ 14 دسمبر توں سکول نئیں آوے گا، اسیں پاکستان جا رہے آں۔ جنوری وچ واپس آوے گا۔", kids("Hamza"),
     "2026-12-02 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa: "ਛੁੱਟੀਆਂ ਤੋਂ ਬਾਅਦ ਜਨਵਰੀ ਵਿੱਚ ਵਾਪਸ ਆਵੇਗੀ" (back after the holidays, in January)
    ("ਗੁਰਲੀਨ 11 ਦਸੰਬਰ ਤੋਂ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ, ਅਸੀਂ ਭਾਰਤ ਜਾ ਰਹੇ ਹਾਂ। ਛੁੱਟੀਆਂ ਤੋਂ ਬਾਅਦ ਜਨਵਰੀ ਵਿੱਚ ਵਾਪਸ ਆਵੇਗੀ।",
     kids("Gurleen"), "2026-12-01 18:00",
     {"P1": ("holiday", "G", full("12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa: "ਨਵੇਂ ਸਾਲ ਵਿੱਚ ਸਕੂਲ ਆਵੇਗੀ" (comes to school in the new year)
    ("ਗੁਰਲੀਨ 15 ਦਸੰਬਰ ਤੋਂ ਕੈਨੇਡਾ ਜਾ ਰਹੀ ਹੈ, ਨਵੇਂ ਸਾਲ ਵਿੱਚ ਸਕੂਲ ਆਵੇਗੀ।", kids("Gurleen"), "2026-12-01 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # romanised: "naye saal mein wapas aayenge" (back in the new year)
    ("Salam, Zara aur Yusuf 9 December se Pakistan ja rahe hain, naye saal mein wapas aayenge", kids("Zara", "Yusuf"),
     "2026-12-01 18:00", {"P1": ("holiday", "G", full("12-09") + _DEC_10_18),
                          "P2": ("holiday", "G", full("12-09") + _DEC_10_18)}),
    # romanised: "January vich wapis ayegi" (back in January), a one-"a" spelling of the verb
    ("Simran 16 December ton India ja rahi hai, January vich wapis ayegi", kids("Simran"), "2026-12-01 18:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # ur: "جنوری میں واپس آئیں گے" in a question about books: no absence
    ("کیا ہم جنوری میں واپس آئیں گے تو نئی کتابیں ملیں گی؟", kids("Umar"), "2026-12-08 07:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m123_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m123_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
