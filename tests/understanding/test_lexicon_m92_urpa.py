"""Batch m92, Urdu and Punjabi (script and romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "اس کے بعد ... اسکول لے آؤں گی" (after that I'll bring them in) closes the appointment child's morning;
    # "اس لیے" (so) opens the sibling's late clause
    ("السلام علیکم، زینب کا صبح نو بجے ہسپتال میں چیک اپ ہے۔ اس کے بعد دونوں بچوں کو اسکول لے آؤں گی، تقریباً"
     " گیارہ بجے، اس لیے احمد بھی دیر سے آئے گا۔", kids("Ahmed", "Zainab"), "2026-12-10 07:40",
     {"P2": ("medical", "M", ["12-10 AM"]), "P1": ("late", "U", ["12-10 AM"])}),
    # pa (Shahmukhi): "ڈاکٹر کول لے کے جانا اے" (has to be taken to the doctor), "فیر اوہنوں سکول چھڈ دیاں گے"
    # (then we'll drop him at school): a morning appointment
    ("سلام، علی نوں کل سویرے دس وجے ڈاکٹر کول لے کے جانا اے، فیر اوہنوں سکول چھڈ دیاں گے۔",
     kids("Ali"), "2026-12-07 18:00", {"P1": ("medical", "M", ["12-08 AM"])}),
    # roman ur: "kal bhi ghar pe rahega" (stays home tomorrow too) and "inshallah kal aa jayegi" (back tomorrow)
    ("Salam, Hamza aur Iqra dono ko bukhar hai. Aaj dono school nahi ayenge. Hamza kal bhi ghar pe rahega, Iqra "
     "inshallah kal aa jayegi.", kids("Hamza", "Iqra"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08", "12-09")), "P2": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m92_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
