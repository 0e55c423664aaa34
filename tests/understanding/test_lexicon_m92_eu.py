"""Batch m92, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "od dnia wylotu nie będzie ich": from each child's own flight day they are off (the pronoun "ich", they)
    ("Dzień dobry, jedziemy na święta do Polski. Kuba leci z babcią we wtorek 15.12, a Ola z nami w czwartek 17.12, "
     "więc od dnia wylotu nie będzie ich w szkole do końca semestru.", kids("Kuba", "Ola"), "2026-12-07 19:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-17", "12-18"))}),
    # ro: "nu am cu cine să-l duc pe X la școală": no one to take the sibling in (kept home, not ill himself)
    ("Bună dimineața, Maria are gripă și stă acasă azi. Nu am cu cine să-l duc pe Tudor la școală, "
     "așa că nici el nu vine azi.", kids("Maria", "Tudor"), "2026-12-03 07:40",
     {"P1": ("illness", "I", full("12-03")), "P2": ("unsatisfactory", "O", full("12-03"))}),
    # lt: "paimsiu jį apie 12 val." then a new sentence: collected at about noon (the dot ends the sentence too)
    ("Laba diena, man paskambino iš mokyklos, kad Jonui skauda galvą ir pakilo temperatūra. Paimsiu jį apie 12 val. "
     "Emilija lieka mokykloje.", kids("Emilija", "Jonas"), "2026-12-09 10:30",
     {"P2": ("illness", "I", ["12-09 PM"])}),
    # uk: "у понеділок ще виступає на концерті": in that day for the school concert, off only from the next day
    ("Добрий день! Ми їдемо до Львова на свята. Марія буде відсутня з понеділка 14 грудня, а Остап у понеділок ще "
     "співає на концерті, тому він відсутній з вівторка 15 грудня.", kids("Mariia", "Ostap"), "2026-12-08 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m92_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
