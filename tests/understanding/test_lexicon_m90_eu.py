"""Batch m90, Polish, Romanian and Lithuanian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "pisze egzamin wstępny": an entrance exam at another school (an interview, not an unknown cause)
    ("Dzień dobry, Oskar jutro nie będzie w szkole, bo pisze egzamin wstępny w innym liceum.",
     kids("Oskar"), "2026-12-09 18:00", {"P1": ("interview", "J1", full("12-10"))}),
    # ro: "nu s-a trezit la timp": didn't wake up in time (overslept, unsatisfactory)
    ("Bună dimineața, Ioana nu s-a trezit la timp, azi nu mai vine la școală. Scuze!",
     kids("Ioana"), "2026-12-08 09:35", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ro: "nu avem cu cine să-l lăsăm pe Vlad": no one to leave the ill sibling with (the other child kept home)
    ("Bună dimineața, Vlad are gripă și stă acasă azi și mâine. Nici Elena nu vine azi, nu avem cu cine să-l lăsăm "
     "pe Vlad.", kids("Vlad", "Elena"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # lt: "turi kraujo tyrimą" (has a blood test), "atvyksime apie 9:40" (we'll be in at that time): the one with the
    # test is out for the morning only, the other late
    ("Labas rytas, Gabija turi kraujo tyrimą ligoninėje 8:40, todėl Matas irgi vėluos, atvyksime apie 9:40.",
     kids("Gabija", "Matas"), "2026-12-08 07:20",
     {"P1": ("medical", "M", ["12-08 AM"]), "P2": ("late", "U", ["12-08 AM"])}),
    # lt: "jų nebus": they won't be in ("jų" the pronoun, not a name)
    ("Sveiki, Kajus ir Ema išvyksta atostogauti. Jų nebus nuo gruodžio 14 d., į mokyklą grįš sausio 4 d.",
     kids("Kajus", "Ema"), "2026-12-04 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # lt: "turi gydytojo konsultaciją": has a doctor's appointment (medical), collected at midday
    ("Laba diena, šiandien po pietų Rokas turi gydytojo konsultaciją, pasiimsiu jį 12:40.",
     kids("Rokas"), "2026-12-08 07:50", {"P1": ("medical", "M", ["12-08 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m90_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
