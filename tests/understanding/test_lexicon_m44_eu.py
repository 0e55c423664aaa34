"""Batch m44/m45, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "moja mama miała udar", "leży w szpitalu": the sender's parent had a stroke (a family emergency, not a trip)
    ("Dzień dobry, moja mama miała wczoraj udar i leży w szpitalu w Polsce, lecimy jutro rano. Zosia nie będzie w "
     "szkole do końca tygodnia.", kids("Zosia"), "2026-12-08 20:00",
     {"P1": ("exceptional", "C", full("12-09", "12-10", "12-11"))}),
    # pl: "Ola normalnie będzie w szkole": the sibling is in as normal (the adverb before the verb)
    ("Dzień dobry, Kuba ma gorączkę i zostaje dziś w domu. Ola normalnie będzie w szkole.", kids("Kuba", "Ola"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # ro: "nunta surorii mele" (the sender's sister's wedding), "plecăm joi seara" (leaving after school)
    ("Bună ziua, vineri este nunta surorii mele și plecăm joi seara la Londra, deci Andrei nu va fi la școală vineri.",
     kids("Andrei"), "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-11"))}),
    # lt, no diacritics: "atsiprasom", "veluos", "pramigo" (overslept), "busime apie 9:10"
    ("Atsiprasom, Ugne siandien veluos, pramigo. Busime apie 9:10", kids("Ugne"), "2026-12-08 08:40",
     {"P1": ("late", "L", ["12-08 AM"])}),
    # uk, romanised with English words mixed in: "has a fever", "ne pryide v school"
    ("Dobryi den, Olena has a fever, vona sohodni ne pryide v school. Diakuiu", kids("Olena"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m44_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
