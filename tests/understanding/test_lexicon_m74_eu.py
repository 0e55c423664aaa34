"""Batches m74-m75, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # pl: "muszę dziś odebrać Zosię o 12:15": an early pick-up, the afternoon only
    ("Dzień dobry, muszę dziś odebrać Zosię o 12:15, bo ma wizytę u dentysty.", kids("Zosia"), "2026-12-02 09:40",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # pl: "tylko", "ale": each child's clause keeps its own days
    ("Dzień dobry, Ola i Kuba mają gorączkę. Kuba zostaje w domu tylko dzisiaj, ale Ola do końca tygodnia.",
     kids("Ola", "Kuba"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11")),
      "P2": ("illness", "I", full("12-07"))}),
    # pl: "będzie chodził do szkoły normalnie": that child is in as usual
    ("Dzień dobry, moja mama nagle trafiła do szpitala. Ania jedzie ze mną i nie będzie jej do piątku. Staś "
     "zostaje z tatą i będzie chodził do szkoły normalnie.", kids("Ania", "Stas"), "2026-12-07 18:00",
     {"P1": ("exceptional", "C", full("12-08", "12-09", "12-10"))}),
    # pl: "muszę najpierw zorganizować opiekę dla Oli": arranging care for the ill child, the other one late
    ("Ola ma gorączkę i zostaje dziś w domu. Kuba się spóźni, bo muszę najpierw zorganizować opiekę dla Oli, będzie "
     "ok. 9:15.", kids("Ola", "Kuba"), "2026-12-08 07:45",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # ro: "nu se simte bine", picked up before the afternoon register
    ("Bună ziua, Ioana nu se simte bine, vin s-o iau acasă la 12:20.", kids("Ioana"), "2026-12-02 11:50",
     {"P1": ("illness", "I", ["12-02 PM"])}),
    # ro: "e prea mic, rămâne cu bunica": the other child stays with someone and comes in as usual
    ("Bună ziua. Bunica copiilor a murit, înmormântarea este joi. Maria vine cu noi și va lipsi joi. Radu e prea mic, "
     "rămâne cu bunica și vine la școală normal.", kids("Maria", "Radu"), "2026-12-07 07:45",
     {"P1": ("exceptional", "C", full("12-10"))}),
    # lt: "tuoj atvyks": on the way, no time, after the register closed
    ("Atsiprašau, pramiegojome. Gabija tuoj atvyks į mokyklą.", kids("Gabija"), "2026-12-03 09:35",
     {"P1": ("late", "U", ["12-03 AM"])}),
    # lt: "susilaužė koją, šiandien operacija": the injury's treatment, an illness
    ("Laba diena, Matas vakar susilaužė koją, šiandien jam operacija ligoninėje. Į mokyklą grįš penktadienį.",
     kids("Matas"), "2026-12-08 07:35", {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # uk: "за п'ятнадцять хвилин": arriving in fifteen minutes
    ("Вибачте, Софія проспала, будемо в школі за п'ятнадцять хвилин.", kids("Sofiia"), "2026-12-03 09:40",
     {"P1": ("late", "U", ["12-03 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m74_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m74_eu_connectors() -> None:
    # pl: "tylko" (only), "ale" (but); ro: "iar" (while)
    day = dt.date(2026, 12, 7)
    assert "only today, but" in canonical("Kuba tylko dzisiaj, ale Ola dłużej.", "pl", day)
    assert ", while ana" in canonical("David lipsește luni, iar Ana marți.", "ro", day)


def test_m74_eu_minutes_in_words() -> None:
    # uk: the minutes before "за" as well as after it
    assert "in 20 minutes" in canonical("Будемо хвилин за двадцять.", "uk", dt.date(2026, 12, 7))
