"""Batch m115, Polish, Romanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "najpierw muszę zawieźć Marka do dziadków": an errand for the ill child, so only the other one is late
    ("Dzień dobry, Marek ma grypę i zostaje w domu. Ewa będzie trochę później, bo najpierw muszę zawieźć Marka do "
     "dziadków – dojedziemy ok. 9:05.", kids("Marek", "Ewa"), "2026-12-08 08:15",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # pl: "do końca przyszłego tygodnia": until the end of next week, its Friday included
    ("Witam, Hubert ma zapalenie płuc, lekarz kazał leżeć. Nie będzie go w szkole do końca przyszłego tygodnia.",
     kids("Hubert"), "2026-12-05 10:00",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # ro: "trebuie să rămân acasă cu el", "e plecat în delegație", "stă și Ana acasă": the sibling kept home too
    ("Bună dimineața, Sorin are febră și trebuie să rămân acasă cu el, soțul e plecat în delegație. Așa că stă și "
     "Ana acasă azi.", kids("Sorin", "Ana"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
    # ro: "Elena vine, o aduce bunica": a bare "vine" closing the clause, that child is in
    ("Bună dimineața, Tudor are gripă și nu vine azi. Elena vine, o aduce bunica.", kids("Tudor", "Elena"),
     "2026-12-03 07:40",
     {"P1": ("illness", "I", full("12-03"))}),
    # uk: "спочатку завезу Богдана до дідуся": an errand for the ill child, so only the other one is late
    ("Добрий день. Богдан кашляє і має температуру, сьогодні вдома. Соломія запізниться – спочатку завезу Богдана "
     "до дідуся, будемо о 9:10.", kids("Bohdan", "Solomiia"), "2026-12-07 08:10",
     {"P1": ("illness", "I", full("12-07")), "P2": ("late", "L", ["12-07 AM"])}),
]

NOT_RECORDED = [
    # ro: "Carla vine": the child is in, nothing to record
    ("Bună ziua, Carla vine, nu vă faceți griji. Mulțumesc pentru anunțul despre serbare.", kids("Carla"),
     "2026-12-08 16:00", "forward"),
    # pl: "czy mogę najpierw zawieźć Tymka do przedszkola": a question, no absence reported
    ("Dzień dobry, czy mogę najpierw zawieźć Tymka do przedszkola i przyjść z nim później?", kids("Tymon"),
     "2026-12-08 07:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m115_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m115_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
