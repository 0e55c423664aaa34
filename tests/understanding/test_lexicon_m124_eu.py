"""Batch m124, Polish, Romanian, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # lt: "apsinuodijo maistu", "apsinuodijimas": food poisoning
    ("Laba diena, Rūta apsinuodijo maistu, šiandien ir rytoj liks namie.", kids("Rūta"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    ("Rutai apsinuodijimas, neis i mokykla.", kids("Rūta"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10"))}),
    # pl: "ma zatrucie pokarmowe", "zatruł się": food poisoning (the same in Polish)
    ("Dzien dobry, Bartek ma zatrucie pokarmowe, dzis zostaje w domu.", kids("Bartosz"), "2026-12-11 07:30",
     {"P1": ("illness", "I", full("12-11"))}),
    ("Bartek sie zatrul czyms, nie bedzie go jutro.", kids("Bartosz"), "2026-12-08 18:20",
     {"P1": ("illness", "I", full("12-09"))}),
    # ro: "toxiinfecție alimentară", "s-a intoxicat cu ceva": food poisoning (the same in Romanian)
    ("Buna ziua, Irina are toxiinfectie alimentara, azi nu vine la scoala.", kids("Irina"), "2026-12-15 07:45",
     {"P1": ("illness", "I", full("12-15"))}),
    ("Irina s-a intoxicat cu ceva, ramane acasa azi si maine.", kids("Irina"), "2026-12-09 07:10",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # uk: "я сама з ним і не можу відвести Х до школи": the parent alone with the ill child, so the other is kept home
    # (unsatisfactory for the sibling)
    ("Добрий ранок, у Марійки висока температура, я одна з нею вдома, тому не зможу завезти Тараса в школу сьогодні.",
     kids("Mariia", "Taras"), "2026-12-16 07:15",
     {"P1": ("illness", "I", full("12-16")), "P2": ("unsatisfactory", "O", full("12-16"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # lt: "jau pasveiko po apsinuodijimo, šiandien ji mokykloje": recovered from the food poisoning and in school today
    # (no absence)
    ("Rūta jau pasveiko po apsinuodijimo, šiandien ji mokykloje. Ačiū.", kids("Rūta"), "2026-12-09 08:30", "forward"),
    # pl: "Bartek po zatruciu już się dobrze czuje i dziś jest w szkole": better after it, in school today
    ("Dziekuje, Bartek po zatruciu juz sie dobrze czuje i dzis jest w szkole.", kids("Bartosz"), "2026-12-09 08:30",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m124_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m124_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
