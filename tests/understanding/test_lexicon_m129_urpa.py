"""Batch m129, Urdu, Punjabi and Roman Urdu/Punjabi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa: "ਬਰਮਿੰਘਮ ਤੋਂ ਲੇਟ ਮੁੜੇ ਸੀ": got back late from a trip (tired today, not a late arrival)
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਅਸੀਂ ਐਤਵਾਰ ਨੂੰ ਬਰਮਿੰਘਮ ਤੋਂ ਲੇਟ ਮੁੜੇ ਸੀ, ਸਿਮਰਨ ਬਹੁਤ ਥੱਕੀ ਹੋਈ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ",
     kids("Simran"), "2026-12-08 07:40", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pa: "ਦੇਰ ਰਾਤ ਵਾਪਿਸ ਆ ਗਏ": came back late at night (tired, not a late arrival)
    ("ਅਸੀਂ ਕੱਲ੍ਹ ਦੇਰ ਰਾਤ ਵਾਪਿਸ ਆ ਗਏ, ਗੁਰਪ੍ਰੀਤ ਥੱਕਿਆ ਹੋਇਆ ਹੈ, ਅੱਜ ਉਹ ਨਹੀਂ ਆਵੇਗਾ", kids("Gurpreet"),
     "2026-12-09 07:50", {"P1": ("unsatisfactory", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m129_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
