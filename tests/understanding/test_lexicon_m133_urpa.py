"""Batch m133, Urdu and Punjabi (both scripts, and romanised): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "ساڑھے بارہ بجے میں عائشہ کو اسکول سے لے جاؤں گی" (at half past twelve I will take Ayesha from school): a
    # named child collected before the afternoon register
    ("السلام علیکم، آج ساڑھے بارہ بجے میں عائشہ کو اسکول سے لے جاؤں گی، ڈینٹسٹ کی اپوائنٹمنٹ ہے", kids("Ayesha"),
     "2026-12-04 08:30", {"P1": ("medical", "M", ["12-04 PM"])}),
    # ur: "ایک بجے ہم بلال اور حمزہ کو اسکول سے لے جائیں گے" (at one we will take Bilal and Hamza from school)
    ("آج ایک بجے ہم بلال اور حمزہ کو اسکول سے لے جائیں گے، ان کی پھوپھو کا نکاح ہے", kids("Bilal", "Hamza"),
     "2026-12-04 09:30", {"P1": ("family_event", "O", ["12-04 PM"]), "P2": ("family_event", "O", ["12-04 PM"])}),
    # ur: "اپنے خاندان سے ملنے" (to see our family) abroad: a holiday
    ("ہم لاہور اپنے خاندان سے ملنے جا رہے ہیں، عائشہ 9 سے 11 دسمبر تک اسکول نہیں آئے گی", kids("Ayesha"),
     "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-09", "12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m133_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
