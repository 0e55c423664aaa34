"""Batch m108, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # so: "maanta iyo berriba": both today and tomorrow ("-ba" on the last day of the pair)
    ("Salaan, Hodan waxay qabtaa qandho, maanta iyo berriba iskuulka ma imaanayso.", kids("Hodan"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # so: "berri iyo maantaba": the pair in the other order
    ("Subax wanaagsan, Cabdi waa buka, berri iyo maantaba dugsiga ma imanayo.", kids("Cabdi"),
     "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # so: "berritoba": tomorrow too, after a day already off
    ("Ayaan shalay way jirranayd, maanta ma imanayso, berritoba ma imanayso.", kids("Ayaan"),
     "2026-12-08 07:45",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m108_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
