"""Batch m83, Urdu and Punjabi: "kal ton / kal se" (since yesterday) before a stomach upset in the present tense ("pet
kharab aa", "ਢਿੱਡ ਖਰਾਬ ਹੈ", "پیٹ خراب ہے") is when the illness began, not the first day off (from tomorrow)."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa (romanised): "kal ton pet kharab aa" (her stomach has been upset since yesterday): off from today
    ("Gurleen da kal ton pet kharab aa, ulti vi aayi. Monday nu wapas aaugi.", kids("Gurleen"), "2026-12-16 07:20",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # pa (script): "ਕੱਲ੍ਹ ਤੋਂ ਢਿੱਡ ਖਰਾਬ ਹੈ" (stomach upset since yesterday); "ਢਿੱਡ" (belly) is the stomach
    ("ਹਰਮਨ ਦਾ ਕੱਲ੍ਹ ਤੋਂ ਢਿੱਡ ਖਰਾਬ ਹੈ, ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਵਾਪਸ ਆਵੇਗਾ।", kids("Harman"), "2026-12-16 07:20",
     {"P1": ("illness", "I", full("12-16", "12-17"))}),
    # ur (script): "کل سے پیٹ خراب ہے" (stomach upset since yesterday)
    ("زینب کا کل سے پیٹ خراب ہے، جمعہ کو واپس آئے گی۔", kids("Zainab"), "2026-12-16 07:20",
     {"P1": ("illness", "I", full("12-16", "12-17"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m83_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
