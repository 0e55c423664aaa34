"""Batches m97 and m98, Urdu, Punjabi (Shahmukhi) and romanised Urdu: the phrasing the misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "گھر پر رکھیں۔" (keep him home.): the full stop after the verb still ends that child's clause, so the other
    # child's "صرف آج" (today only) is his own
    ("علی کو خسرہ ہے، ڈاکٹر نے کہا ہے پورا ہفتہ گھر پر رکھیں۔ سارہ کو بھی زکام ہے وہ صرف آج چھٹی کرے گی",
     kids("Ali", "Sara"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11")),
      "P2": ("illness", "I", full("12-07"))}),
    # ur: "آنکھوں کے ہسپتال" (the eye hospital) is not "آ" (come in) at that time; collected at twelve, PM only
    ("فاطمہ کی آج دو بجے آنکھوں کے ہسپتال میں اپوائنٹمنٹ ہے، میں اسے ساڑھے بارہ بجے لے جاؤں گی۔", kids("Fatima"),
     "2026-12-08 07:40", {"P1": ("medical", "M", ["12-08 PM"])}),
    # ur: "چھٹیوں کے بعد آئیں گے" (will come after the holidays): off every open day from then to the end of term
    ("السلام علیکم، نانی جان کی طبیعت بہت خراب ہے، ہم پاکستان جا رہے ہیں۔ بلال بدھ سے اسکول نہیں آئے گا، چھٹیوں کے بعد "
     "آئے گا", kids("Bilal"), "2026-12-14 07:30",
     {"P1": ("exceptional", "C", full("12-16", "12-17", "12-18"))}),
    # ur: "ایک بجے چھٹی کرے گا" (will leave at one): leaving before the afternoon register, PM only
    ("عمر کل ایک بجے چھٹی کرے گا، اس کے ماموں کی مہندی ہے", kids("Umar"), "2026-12-08 18:00",
     {"P1": ("family_event", "O", ["12-09 PM"])}),
    # pa (Shahmukhi): "طبیعت ٹھیک نئیں" (unwell), "گھر رہوے گی" (will stay home), "ڈاکٹر کول آئے ہوئے آں" (we are at
    # the doctor's: a late arrival from it is medical for the morning)
    ("مریم دی طبیعت ٹھیک نئیں، اوہ اج گھر رہوے گی۔ بلال نوں دس وجے لے کے آواں گی، ڈاکٹر کول آئے ہوئے آں",
     kids("Maryam", "Bilal"), "2026-12-09 08:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("medical", "M", ["12-09 AM"])}),
    # ur: "منگل کو ان شاء اللہ آ جائے گا" (back on Tuesday, God willing): that day is not off
    ("کل ہماری خالہ کی شادی ہے، اس لیے احمد کل اسکول نہیں آئے گا۔ منگل کو ان شاء اللہ آ جائے گا۔", kids("Ahmed"),
     "2026-12-06 19:00", {"P1": ("family_event", "O", full("12-07"))}),
    # roman ur: "usko chhodne koi nahi ja sakta" (nobody can take him to school): kept home, unsatisfactory
    ("Zara ko bukhar hai. Bilal bhi aaj ghar pe hai kyunke main Zara ke sath hoon aur usko chhodne koi nahi ja sakta",
     kids("Zara", "Bilal"), "2026-12-10 08:00",
     {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m97_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
