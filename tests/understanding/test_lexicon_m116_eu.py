"""Batch m116, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ro: "probabil nu vine nici mâine": not in tomorrow either, so today is off as well
    ("Bună dimineața, Andrei are otită, probabil nu vine nici mâine la școală.", kids("Andrei"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # ro: "nici mâine nu vine": the same with the day first
    ("Maria are febră mare de azi-noapte, nici mâine nu vine, cred.", kids("Maria"), "2026-12-08 07:10",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # ro: "nu am cu cine să-l duc la școală": no one to take him, kept home with an ill sister (O)
    ("Bianca are varicelă, iar Tudor rămâne și el acasă azi, nu am cu cine să-l duc la școală.",
     kids("Bianca", "Tudor"), "2026-12-03 07:40",
     {"P1": ("illness", "I", full("12-03")), "P2": ("unsatisfactory", "O", full("12-03"))}),
    # lt: "ar galėtumėt jam priminti ...?": a request to pass on, not a question about the absence
    ("Laba diena, Jonas šiandien serga, karščiuoja. Rokas ateis kaip įprasta, ar galėtumėt jam priminti"
     " atsinešti knygą? Ačiū", kids("Jonas", "Rokas"), "2026-12-01 07:20",
     {"P1": ("illness", "I", full("12-01"))}),
    # uk: "Завтра спробуємо прийти": we'll try to be back tomorrow (not another day off)
    ("Добрий ранок, у Софії сильний нежить, сьогодні залишаємо вдома. Завтра спробуємо прийти.", kids("Sofiia"),
     "2026-12-04 07:45",
     {"P1": ("illness", "I", full("12-04"))}),
    # uk: "всі троє" and "і хлопці теж": all three, the boys as well as the child named
    ("Вітаю, всі троє сьогодні не прийдуть: у Марії кашель і температура, і хлопці теж захворіли.",
     kids("Mariia", "Ivan", "Petro"), "2026-12-10 07:15",
     {"P1": ("illness", "I", full("12-10")), "P2": ("illness", "I", full("12-10")),
      "P3": ("illness", "I", full("12-10"))}),
]

NOT_RECORDED = [
    # uk: "потрібно буде забрати ... на один день до консульства, поки не знаємо коли": a day out, date unknown
    ("Добрий вечір, нам потрібно буде забрати Данила на один день до консульства, поки не знаємо коли саме.",
     kids("Danylo"), "2026-12-01 18:30", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m116_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m116_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
