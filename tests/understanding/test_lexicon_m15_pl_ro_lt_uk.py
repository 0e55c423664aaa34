"""Regression cases for the Romanian and Lithuanian lexicon fixes from batch m15."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.types import Child

CASES = [
    # Lithuanian "nebeateis" (won't come any more) with "šią savaitę": the rest of this week
    ("Laba diena, Matas susirgo gripu, šią savaitę į mokyklą nebeateis.", [Child("P1", "Matas")], "2026-12-15 07:25",
     {"P1": ("illness", "I", full("12-15", "12-16", "12-17", "12-18"))}),
    # "paskutines dvi dienas prieš atostogas" names the days; it is not a count from today
    ("Sveiki, prašau leisti, kad Jonas nelankytų mokyklos paskutines dvi dienas prieš atostogas – ketvirtadienį ir "
     "penktadienį (gruodžio 17–18 d.). Išvykstame pas senelius.", [Child("P1", "Jonas")], "2026-11-26 19:30",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # Romanian "vin să o iau la 12:30": collected before the afternoon register, PM only
    ("Bună ziua, Ioana are febră, m-au sunat de la școală. Vin să o iau la 12:30, deci după-amiază nu mai e la școală.",
     [Child("P1", "Ioana")], "2026-12-02 11:40", {"P1": ("illness", "I", full("12-02")[1:])}),
    # "nu are voie la școală până miercuri": off until Wednesday, with a question tucked in
    ("Bună, Ana are varicelă. Medicul a zis că nu are voie la școală până miercuri. Trebuie să aduc vreo hârtie?",
     [Child("P1", "Ana")], "2026-12-05 10:15", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # "ultima lor zi la școală va fi ..." is a day in; "pe 5 ianuarie se întorc" is the day of return
    ("Vă anunț că plecăm în vacanță. Mihai va lipsi de marți, 15 decembrie. Ultima lui zi la școală va fi luni 14, "
     "iar pe 5 ianuarie se întoarce.", [Child("P1", "Mihai")], "2026-12-09 19:30",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # overslept, no point bringing him in; "vine mâine" is a day in, not off
    ("Bună, m-am trezit prea târziu, n-a sunat ceasul. Nu mai are rost să-l aduc pe Radu azi. Vine mâine.",
     [Child("P1", "Radu")], "2026-12-14 09:45", {"P1": ("unsatisfactory", "O", full("12-14"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m15_ro_lt(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
