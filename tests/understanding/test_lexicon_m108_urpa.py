"""Batch m108, Urdu and Punjabi (romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur (romanised): "nana sahab ko ... hospital" (a grandparent, with the honorific "sahab", taken to hospital): the
    # family's emergency, not a medical appointment
    ("Assalam o alaikum, hamare nana sahab ko kal raat hospital le gaye, Zainab aaj school nahi aayegi.",
     kids("Zainab"), "2026-12-08 07:20",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # ur (romanised): "abbu ko subah heart attack hua hai" (a parent's heart attack, no hospital named): an emergency
    ("Mere abbu ko subah heart attack hua hai, Hamza aur Noor aaj school nahi aa sakenge.", kids("Hamza", "Noor"),
     "2026-12-08 07:30",
     {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", full("12-08"))}),
    # pa (romanised): "dada ji nu raat stroke hoya" (grandad had a stroke in the night): an emergency
    ("Sat Sri Akal ji, saade dada ji nu raat stroke hoya, Jaspreet aj school nahi aavegi.", kids("Jaspreet"),
     "2026-12-08 07:10",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # pa (romanised): "viaah" (a wedding, with a long a), "14 te 15 December nu" (on the 14th and the 15th)
    ("Sat Sri Akal, mere bhra da viaah hai, Simran 14 te 15 December nu school nahi aavegi.", kids("Simran"),
     "2026-12-08 19:00",
     {"P1": ("family_event", "O", full("12-14", "12-15"))}),
    # ur (romanised): "15, 16 aur 17 December ko" (on each of the three days)
    ("Aoa, Ayaan 15, 16 aur 17 December ko school nahi aayega, khala ki shaadi hai.", kids("Ayaan"),
     "2026-12-08 18:30",
     {"P1": ("family_event", "O", full("12-15", "12-16", "12-17"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m108_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
