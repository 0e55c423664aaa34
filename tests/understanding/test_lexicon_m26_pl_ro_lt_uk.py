"""Batch m26, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

POLISH = [
    # "w dniach 14–16.12": a span of days in one month, both ends included
    ("Dzień dobry, proszę o zwolnienie Zosi w dniach 14–16.12, wyjeżdżamy na pogrzeb dziadka.", kids("Zofia"),
     "2026-12-02 18:00", {"P1": ("exceptional", "C", full("12-14", "12-15", "12-16"))}),
    # "będą w szkole przed 9:15": in no later than that time (late, before the register closes)
    ("Przepraszamy, nie zadzwonił budzik. Kuba będzie w szkole przed 9:15.", kids("Jakub"), "2026-12-03 08:40",
     {"P1": ("late", "L", ["12-03 AM"])}),
    # "babcia jest w stanie krytycznym": a relative critically ill (a family emergency, not the child's appointment)
    ("Niestety babcia jest w stanie krytycznym w szpitalu, jedziemy do niej. Kuby nie będzie dziś w szkole.",
     kids("Jakub"), "2026-12-03 07:30", {"P1": ("exceptional", "C", full("12-03"))}),
]

ROMANIAN = [
    # "în perioada 14-16.12": a span of days in one month
    ("Bună ziua, Andrei va lipsi în perioada 14-16.12, mergem la nunta verișoarei mele în Iași.", kids("Andrei"),
     "2026-12-03 19:00", {"P1": ("family_event", "O", full("12-14", "12-15", "12-16"))}),
    # "vineri, 11.12": a date written day.month after its weekday
    ("Bună seara, Ioana are programare la dentist vineri, 11.12, nu vine la școală în ziua aceea.", kids("Ioana"),
     "2026-12-03 19:00", {"P1": ("medical", "M", full("12-11"))}),
    # "ultima zi de școală pentru Matei va fi joi": off from the day after until the break
    ("Plecăm în vacanță la bunici în Moldova. Ultima zi de școală pentru Matei va fi joi, 17.12. Mulțumim!",
     kids("Matei"), "2026-12-07 19:00", {"P1": ("holiday", "G", full("12-18"))}),
]

UKRAINIAN = [
    # "завтра напишу, як вона": I will let you know tomorrow how she is (tomorrow is not a day off)
    ("Добрий день, у Марійки температура, сьогодні лишається вдома. Завтра напишу, як вона себе почуває.",
     kids("Mariia"), "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    ("Віра кашляє всю ніч, сьогодні не прийде. Ввечері повідомлю вам, як у неї справи.", kids("Vira"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*POLISH, *ROMANIAN, *UKRAINIAN])
def test_m26_pl_ro_lt_uk_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # pl: "w dniach 10-11.12 lub 14-15.12", not yet confirmed: which days is asked
    ("Kuby nie będzie w szkole w dniach 10-11.12 lub 14-15.12, termin jeszcze nie potwierdzony, dam znać.",
     kids("Jakub"), "2026-12-02 19:00"),
    # ro: "pe 31.11": no such date, asked about
    ("Radu va lipsi pe 31.11, avem o nuntă în familie.", kids("Radu"), "2026-11-23 19:00"),
])
def test_m26_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
