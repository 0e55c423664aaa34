"""Batch m49/m50, Polish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "jutro dam znać, jak będzie": an update promised tomorrow, today only (not a day off tomorrow)
    ("Dzień dobry, Marta ma kaszel i gorączkę, dziś zostaje w domu. Jutro dam znać, jak się czuje.", kids("Marta"),
     "2026-12-03 07:10", {"P1": ("illness", "I", full("12-03"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m49_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
