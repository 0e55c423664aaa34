"""Batches m79-m80, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn (romanised): "aj jabe" (goes in today), "puro din" (all day), "absent thakbe" (will be absent): the second
    # child is in today and away only tomorrow
    ("Tania r pet kharap, aj ashbe na. Rayan aj jabe, kintu kal or dentist appointment ache, tai kal puro din absent"
     " thakbe.", kids("Tania", "Rayan"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("medical", "M", full("12-08"))}),
    # ar: "سلمى وأختها نور مرضانات" (Salma and her sister Noor are ill, Levantine "مرضانات"): both children
    ("مرحبا، سلمى وأختها نور مرضانات، ما رح يجوا اليوم", kids("Salma", "Nour"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("illness", "I", full("12-07"))}),
]

CLARIFIED = [
    # ar: "سلمى وأختها ريم مرضانات" (Salma and her sister Reem are ill): Reem is not a linked child
    ("مرحبا، سلمى وأختها ريم مرضانات، ما رح يجوا اليوم", kids("Salma", "Nour"), "2026-12-07 07:40"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m79_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFIED)
def test_m79_bnar_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert (result.action, result.reports) == ("clarify", ()), result.explanation
