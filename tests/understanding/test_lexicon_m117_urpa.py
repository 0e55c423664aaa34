"""Batch m117, Urdu and Punjabi (script and romanised): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "چھوٹی بیٹی کو بخار ہے اور گھر میں اسے سنبھالنے والا کوئی نہیں": a younger child is ill and the child
    # named stays home to mind her
    ("السلام علیکم، چھوٹی بیٹی کو بخار ہے اور گھر میں اسے سنبھالنے والا کوئی نہیں، آج حمزہ اسکول نہیں آئے گا۔",
     kids("Hamza"), "2026-12-09 07:30",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ur (romanised): "chhota beta bimar hai aur ghar pe usay dekhne wala koi nahi": the same, in Latin letters
    ("AoA, chhota beta bimar hai aur ghar pe usay dekhne wala koi nahi, is liye aaj Hamza school nahi aa sakega.",
     kids("Hamza"), "2026-12-09 07:30",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa (romanised): "kal te agla pura hafta": tomorrow and all of next week
    ("SSA ji, Harleen kal te agla pura hafta school nahi aa sakegi, asi viah te ja rahe haan.", kids("Harleen"),
     "2026-12-03 17:30",
     {"P1": ("family_event", "O", full("12-04", "12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # ur (romanised): "saara agla hafta": all of next week
    ("Salam, Zara saara agla hafta school nahi aayegi, hum Pakistan ja rahe hain.", kids("Zara"),
     "2026-12-03 17:30",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # ur (romanised): "bache ko bukhar hai" (the child has a fever) with one linked child: that child
    ("Salam, bache ko bukhar hai aaj, wo school nahi aayega.", kids("Bilal"), "2026-12-02 07:20",
     {"P1": ("illness", "I", full("12-02"))}),
]

NOT_RECORDED = [
    # ur (romanised): "bache ki tabiyat kharab hai" (one child's health) with two linked children: which one?
    ("AoA miss, bache ki tabiyat kharab hai, aaj school nahi aa sakega.", kids("Bilal", "Usman"), "2026-12-02 07:20",
     "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m117_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m117_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
