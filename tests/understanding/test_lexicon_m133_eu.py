"""Batch m133, Polish and Romanian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "ostatni dzień w szkole będzie miał 15 grudnia": the last day in before the absence ("będzie miał")
    ("Dobry wieczor, prosze o zgode, lecimy do Polski 16.12 rano, wiec Kuba ostatni dzien w szkole bedzie mial"
     " 15 grudnia.", kids("Jakub"), "2026-12-03 20:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # pl: "wracamy w środę wieczorem ... do szkoły przyjdzie w czwartek": home that evening, back the next day
    ("Dobry wieczor, we wtorek Zosi nie bedzie, jedziemy na pogrzeb babci. Wracamy w srode wieczorem, wiec do szkoly"
     " przyjdzie w czwartek.", kids("Zofia"), "2026-12-07 18:00", {"P1": ("exceptional", "C", full("12-08", "12-09"))}),
    # pl: "ma fizjoterapię": physiotherapy, a medical appointment (collected before the afternoon register)
    ("Dzien dobry, Ola ma dzis o 13:30 fizjoterapie, odbiore ja ze szkoly o 12:45.", kids("Aleksandra"),
     "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 PM"])}),
    # ro: "ședință de kinetoterapie": physiotherapy, a medical appointment
    ("Buna ziua, Ana are azi dupa-amiaza sedinta de kinetoterapie la 14:00, o iau de la scoala la 12:50.", kids("Ana"),
     "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m133_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
