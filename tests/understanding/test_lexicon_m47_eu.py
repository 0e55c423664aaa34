"""Batch m47/m48, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "15, 16 i 17 grudnia": each day of a list in one month (the first one too)
    ("Dzień dobry, Zosia jedzie z nami do Polski na święta, nie będzie jej w szkole 15, 16 i 17 grudnia.",
     kids("Zosia"), "2026-12-03 18:00", {"P1": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
    # ro: "de marți 15 până joi 17 decembrie": a span of dates, both ends included
    ("Bună ziua, plecăm în România de sărbători, Maria va lipsi de marți 15 până joi 17 decembrie.",
     kids("Maria"), "2026-12-04 19:00", {"P1": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
    # ro: "ne-a lăsat mașina", "așteptăm tractarea", "nu mai avem cum să ajungem": a breakdown, transport
    ("Bună dimineața, ne-a lăsat mașina pe drum și așteptăm tractarea, nu mai avem cum să ajungem. Ioana lipsește azi.",
     kids("Ioana"), "2026-12-02 08:20", {"P1": ("transport", "O", full("12-02"))}),
    # ro: "s-a stricat mașina de spălat", "nicio uniformă curată": the washing machine (not the car), no clean uniform
    ("Bună ziua, s-a stricat mașina de spălat și nu avem nicio uniformă curată, așa că îl las pe Andrei acasă azi.",
     kids("Andrei"), "2026-12-03 07:50", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # lt: "po pietų neis", "pakilo temperatūra", "pasiimsiu per pietų pertrauką": the afternoon only
    ("Laba diena, Ugnė po pietų neis į mokyklą, jai pakilo temperatūra, pasiimsiu ją per pietų pertrauką.",
     kids("Ugnė"), "2026-11-24 10:30", {"P1": ("illness", "I", ["11-24 PM"])}),
    # lt: "prižiūrėti sergančią sesutę": looking after an ill sibling (not ill herself)
    ("Sveiki, šiandien Gabija liks namuose, nes turiu prižiūrėti jos sergančią sesutę.", kids("Gabija"),
     "2026-11-26 07:50", {"P1": ("unsatisfactory", "O", full("11-26"))}),
    # lt: "važiuoja į ligoninę pas neurologą", "visą dieną": a specialist appointment at hospital (not a trip)
    ("Sveiki, Matas rytoj važiuoja į ligoninę pas neurologą, nebus visą dieną.", kids("Matas"), "2026-12-08 20:00",
     {"P1": ("medical", "M", full("12-09"))}),
    # uk: "після обіду його не буде": out for the afternoon
    ("Добрий день, у четвер у Тараса співбесіда о 13:30, тому після обіду його не буде.", kids("Тарас"),
     "2026-12-07 16:00", {"P1": ("interview", "J1", ["12-10 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m47_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
