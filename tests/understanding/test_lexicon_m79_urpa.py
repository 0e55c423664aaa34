"""Batches m79-m80, Urdu and Punjabi: the vocabulary and phrasing their misses showed (a child brought in by a time
after an appointment, "until the holidays", a condition on tomorrow that is not a report, Punjabi "par" (but)
between two children's clauses, an alarm that did not go off, "dair ho gayi" (running late))."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "میں اسے گیارہ بجے تک اسکول لے آؤں گا" (I will bring him in by eleven): the appointment is the morning only
    ("یوسف کی آج ڈاکٹر کے ساتھ اپائنٹمنٹ ہے، میں اسے گیارہ بجے تک اسکول لے آؤں گا۔",
     kids("Yusuf"), "2026-12-08 07:40", {"P1": ("medical", "M", ["12-08 AM"])}),
    # ur: "پرسوں سے چھٹیوں تک" (from the day after tomorrow until the holidays): up to the end of term
    ("ہم دبئی جا رہے ہیں، مریم پرسوں سے چھٹیوں تک اسکول نہیں آئے گی۔",
     kids("Maryam"), "2026-12-14 07:30", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # pa: "ਜੇ ਕੱਲ੍ਹ ਵੀ ਠੀਕ ਨਾ ਹੋਇਆ ਤਾਂ ਦੱਸਾਂਗੇ" (if he is not better tomorrow either, we will tell you): today only
    ("ਅਰਜਨ ਨੂੰ ਖੰਘ ਤੇ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ। ਜੇ ਕੱਲ੍ਹ ਵੀ ਠੀਕ ਨਾ ਹੋਇਆ ਤਾਂ ਦੱਸਾਂਗੇ।",
     kids("Arjan"), "2026-12-09 07:20", {"P1": ("illness", "I", full("12-09"))}),
    # ur (romanised): "11:30 tak school aa jayega" after a doctor's appointment: in by then, the morning only
    ("Salam, Hamza ki subah 10 baje doctor ki appointment hai. 11:30 tak school aa jayega.",
     kids("Hamza"), "2026-12-10 07:30", {"P1": ("medical", "M", ["12-10 AM"])}),
    # pa (romanised): ", par" (but) splits the two children's clauses; "aam vaang aavegi" (comes in as usual)
    ("Simran kal aam vaang aavegi, par Thursday nu usdi dentist appointment hai te oh us din nahi aavegi.",
     kids("Simran"), "2026-12-07 19:00", {"P1": ("medical", "M", full("12-10"))}),
    # ur (romanised): "alarm nahi baja" (the alarm didn't go off): overslept, missing the day
    ("Sorry miss, alarm hi nahi baja, Zara aaj school nahi aa rahi.",
     kids("Zara"), "2026-12-09 09:45", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa (romanised): "dair ho gayi" (running late) with the alarm and an arrival time: late, not the day missed
    ("Sorry ji, Gurveer nu dair ho gayi, alarm nahi vajya. 9:15 tak pahunch javange.",
     kids("Gurveer"), "2026-12-09 08:40", {"P1": ("late", "L", ["12-09 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m79_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
