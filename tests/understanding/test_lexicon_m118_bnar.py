"""Batch m118, Bengali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, kids
from understanding.types import Child

RECORDED = [
    # bn: "লাঞ্চের পর রাইসাকে নিয়ে যাবো" (after lunch I'll take Raisa): taken out of school, the afternoon only
    ("Salam, লাঞ্চের পর রাইসাকে নিয়ে যাবো, ওর খালার বিয়ে।", kids("Raisa"), "2026-12-10 07:40",
     {"P1": ("family_event", "O", ["12-10 PM"])}),
    # bn: "দুপুরের খাবারের পর আমি ওকে নিয়ে যাব" (after lunch I'll take him) to a funeral: the afternoon only
    ("আজ দুপুরের খাবারের পর আমি ওকে নিয়ে যাব, দাদুর জানাজা আছে।", kids("Rayan"), "2026-12-10 07:40",
     {"P1": ("exceptional", "C", ["12-10 PM"])}),
]

NOT_RECORDED = [
    # bn: "লাঞ্চের পর ... কি কিছু নিয়ে যেতে হবে?" (does she need to take anything after lunch?): a question, no absence
    ("লাঞ্চের পর ক্লাবের জন্য কি কিছু নিয়ে যেতে হবে?", kids("Rayan"), "2026-12-10 16:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m118_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m118_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
