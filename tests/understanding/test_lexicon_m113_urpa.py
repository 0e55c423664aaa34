"""Batch m113, Urdu and Punjabi (romanised): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "X ki nani ki tabiyat achanak kharab ho gayi aur ambulance unhein hospital le gayi": a grown-up taken to
    # hospital by ambulance, however long the clause before it, is the family's emergency
    ("Assalam o alaikum, Hamza ki nani ki tabiyat raat achanak kharab ho gayi aur ambulance unhein hospital le gayi. "
     "Hamza aaj school nahi aa sakega.", kids("Hamza"), "2026-12-08 07:40",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # ur: "scholarship ka assessment" (the scholarship's assessment): an entrance assessment
    ("Salam, Zainab ka Friday ko grammar school mein scholarship ka assessment hai, is liye woh Friday ko school nahi "
     "aayegi.", kids("Zainab"), "2026-12-07 18:00",
     {"P1": ("interview", "J1", full("12-11"))}),
    # ur: "dakhle ka test" (the admission test): an entrance test
    ("Aoa, kal Ayaan ka dusre school mein dakhle ka test hai, woh kal school nahi aayega.", kids("Ayaan"),
     "2026-12-09 19:00",
     {"P1": ("interview", "J1", full("12-10"))}),
    # pa: "akal chalana kar gaye" (passed away), written with one a
    ("Sat sri akal ji, Jaspreet de nana ji raat akal chalana kar gaye. Aj Jaspreet school nahi aavegi.",
     kids("Jaspreet"), "2026-12-03 07:30",
     {"P1": ("exceptional", "C", full("12-03"))}),
    # pa: "antim sanskar" (the cremation) with no death named
    ("Simran kal school nahi aavegi, kal sade dada ji da antim sanskar hai.", kids("Simran"), "2026-12-01 19:00",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # pa: "baaki hafte bare baad ch dasange" (we'll tell you about the rest of the week later): today only
    ("Aj Manjot school nahi aavega, ohnu tez bukhar hai. Baaki hafte bare baad ch dasange.", kids("Manjot"),
     "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
    # pa: "chhuttiyan ton baad hi school aaugi" (she comes in only after the holidays): off to the end of term
    ("Sat sri akal, Amanpreet nu chicken pox ho gayi hai, hun oh chhuttiyan ton baad hi school aaugi.",
     kids("Amanpreet"), "2026-12-15 07:30",
     {"P1": ("illness", "I", full("12-15", "12-16", "12-17", "12-18"))}),
    # ur: "chhuttiyon ke baad school wapas aayega" (comes back after the holidays): the same in Urdu
    ("Bilal ko bukhar aur khansi hai, doctor ne aaram ka kaha hai. Woh chhuttiyon ke baad school wapas aayega.",
     kids("Bilal"), "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # pa: "naamkaran sanskar" (a naming ceremony) is not a cremation: the reason is asked for
    ("Kal Gurveer school nahi aavega, sade ghar naamkaran sanskar hai.", kids("Gurveer"), "2026-12-01 19:00",
     "clarify"),
    # pa: "chhuttiyan ton baad" in a question about when school reopens: no absence
    ("Ji, chhuttiyan ton baad school kis din khulega?", kids("Arjan"), "2026-12-10 19:00", "forward"),
    # ur: "baaki hafte ke baare mein baad mein batayenge" with the child well: no absence
    ("Baaki hafte ke baare mein baad mein batayenge, abhi Umar ki tabiyat theek hai.", kids("Umar"),
     "2026-12-02 07:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m113_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m113_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
