"""Batch m47/m48, Urdu and Punjabi: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

WEEK = full("12-14", "12-15", "12-16", "12-17", "12-18")

RECORDED = [
    # ur, romanised: "is poore hafte" / "saara hafta" (this whole week)
    ("Salam, Zara ko bukhar hai, woh is poore hafte ghar pe rahegi.", kids("Zara"), "2026-12-14 07:20",
     {"P1": ("illness", "I", WEEK)}),
    ("Ali ko flu hai, saara hafta ghar rahega. Shukriya", kids("Ali"), "2026-12-14 07:20",
     {"P1": ("illness", "I", WEEK)}),
    # pa: "ਪੂਰਾ ਹਫ਼ਤਾ" / "ਸਾਰਾ ਹਫ਼ਤਾ" (this whole week)
    ("ਜੱਸੀ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਉਹ ਪੂਰਾ ਹਫ਼ਤਾ ਘਰ ਰਹੇਗੀ।", kids("Jassi"), "2026-12-14 07:30",
     {"P1": ("illness", "I", WEEK)}),
    # pa: "ਫਲੂ" (flu), with a day of return
    ("ਹਰਮਨ ਨੂੰ ਫਲੂ ਹੈ, ਉਹ ਬੁੱਧਵਾਰ ਨੂੰ ਸਕੂਲ ਵਾਪਸ ਆਵੇਗਾ।", kids("Harman"), "2026-12-14 07:30",
     {"P1": ("illness", "I", full("12-14", "12-15"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m47_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
