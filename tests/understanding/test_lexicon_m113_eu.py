"""Batch m113, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "mąż miał wypadek ... jesteśmy na pogotowiu": a parent's accident and A&E with him, an emergency (not illness)
    ("Dzień dobry, Lena i Igor dzisiaj nie przyjdą, mój mąż miał wypadek samochodowy i jesteśmy z nim na pogotowiu.",
     kids("Lena", "Igor"), "2026-12-09 07:40",
     {"P1": ("exceptional", "C", full("12-09")), "P2": ("exceptional", "C", full("12-09"))}),
    # pl: "od rana siedzimy na SOR-ze" with the child's own fever: still the child's illness
    ("Kuba ma wysoką gorączkę, od rana siedzimy na SOR-ze, dzisiaj nie przyjdzie.", kids("Jakub"), "2026-12-09 08:10",
     {"P1": ("illness", "I", full("12-09"))}),
    # pl: "we wtorek o 11:45 odbieram Zosię ze szkoły": the time before the verb, collected before the afternoon
    ("Dobry wieczór, we wtorek o 11:45 odbieram Zosię ze szkoły, ma wizytę u dentysty o 12:30.", kids("Zofia"),
     "2026-12-07 19:00",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # pl: "w czwartek Filip będzie już w szkole": back on that day with the child's name between
    ("Filip ma grypę i zostaje w domu. W czwartek Filip będzie już w szkole.", kids("Filip"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # pl: "22-ka nie przyjechała", "będzie najpóźniej o 9:15": a bus by its number, in by that time
    ("Dzień dobry, 22-ka nie przyjechała, Julia będzie najpóźniej o 9:15.", kids("Julia"), "2026-12-14 08:50",
     {"P1": ("late", "L", ["12-14 AM"])}),
    # ro: "să stea acasă cu sora ei mică, care e bolnavă": minding an ill sister, not the pupil ill
    ("Bună dimineața, Ioana nu vine azi, trebuie să stea acasă cu sora ei mică, care e bolnavă.", kids("Ioana"),
     "2026-12-07 07:45",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # ro: "vă anunț mâine cum se simte": an update promised for tomorrow, today only
    ("Mihai are febră și rămâne acasă azi. Vă anunț mâine cum se simte.", kids("Mihai"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    # lt: "grįžęs ketvirtadienį" (written "grizes"): back on that day
    ("Kajus serga, šiandien ir rytoj nebus mokykloje. Grizes ketvirtadieni.", kids("Kajus"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # lt: "praleis rytą", "atvešiu ją iki pietų": the morning missed for an appointment, in before lunch
    ("Sveiki, Gabija šiandien praleis rytą, 8:30 turi vizitą pas odontologą. Atvešiu ją iki pietų.", kids("Gabija"),
     "2026-12-10 07:40",
     {"P1": ("medical", "M", ["12-10 AM"])}),
    # uk: "хлопці не прийдуть": the boys, every linked child
    ("Добрий день. Хлопці сьогодні не прийдуть, у них висока температура.", kids("Taras", "Ivan"), "2026-12-09 07:35",
     {"P1": ("illness", "I", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
    # uk: "дівчата": the girls, every linked child
    ("Дівчата сьогодні не прийдуть, у них температура.", kids("Olena", "Daryna"), "2026-12-09 07:35",
     {"P1": ("illness", "I", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
]

NOT_RECORDED = [
    # lt: "kitą savaitę ... praleis rytą": a morning missed for an appointment next week, no day given
    ("Laba diena, kitą savaitę Emilija turi vizitą pas gydytoją, praleis rytą.", kids("Emilija"), "2026-12-08 18:00",
     "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m113_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m113_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
