"""Batches m79-m80, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # pl: "dam znać, gdyby jutro musiał zostać w domu": in today, a later day off only if it comes to it
    ("Dzień dobry, Kuba ma katar i zostaje w domu do piątku. Staś trochę kicha, ale dzisiaj przyjdzie – dam znać, "
     "gdyby jutro musiał zostać w domu.", kids("Kuba", "Staś"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # ro: "revine mâine": back tomorrow, absent today only
    ("Bună dimineața, Ioana nu vine azi la școală, are febră. Revine mâine.", kids("Ioana"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08"))}),
    # ro: "împlinește 70 de ani", "la petrecere": a birthday party in the family (not a holiday)
    ("Bună seara, bunicul împlinește 70 de ani și mergem în Italia la petrecere. Ana va lipsi vineri.", kids("Ana"),
     "2026-12-08 19:00", {"P1": ("family_event", "O", full("12-11"))}),
    # lt: "X ateis, bet 11:30 jį pasiimsiu – jam vizitas pas ortodontą": in, collected for the orthodontist (PM)
    ("Laba diena, Gabija serga, šiandien neateis. Jonas ateis, bet 11:30 jį pasiimsiu – jam vizitas pas ortodontą.",
     kids("Gabija", "Jonas"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("medical", "M", ["12-09 PM"])}),
    # lt: "13 val. ją pasiimsiu, nes jai vizitas pas dantistą": the time, the pronoun, then the verb
    ("Sveiki, Urtė ateis, bet 13 val. ją pasiimsiu, nes jai vizitas pas dantistą.", kids("Urtė", "Matas"),
     "2026-12-09 07:30", {"P1": ("medical", "M", ["12-09 PM"])}),
    # lt: "lūžo koja" (the leg broke): an injury
    ("Sveiki, Matui šeštadienį lūžo koja, šiandien ir rytoj jis bus namie.", kids("Matas", "Urtė"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # uk (Latin letters): "yidemo na graduation": a sibling's graduation, named in English (a family event)
    ("Dobryi den, zavtra Sofiia ne pryide do shkoly, my yidemo na graduation yii brata.", [Child("P1", "Sofiia")],
     "2026-12-08 19:00", {"P1": ("family_event", "O", full("12-09"))}),
]

NOT_RECORDED = [
    # uk: "точний день ще уточнюється": the day of the appointment is not fixed yet
    ("Добрий день, Назар не прийде в четвер або в п'ятницю, у нього прийом у лікаря, точний день ще уточнюється.",
     [Child("P1", "Nazar")], "2026-12-07 07:30", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m79_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m79_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)


def test_m79_eu_phrases() -> None:
    day = dt.date(2026, 12, 7)
    # pl: the condition first, "gdyby w piątek ..., dam znać"
    assert "not sure about friday" in canonical("Gdyby w piątek musiała zostać w domu, dam znać.", "pl", day)
    # ro: a big birthday, a party
    assert "has a big birthday" in canonical("Mama mea împlinește 60 de ani.", "ro", day)
    # lt: "ateis, bet vėliau" (she comes, but later) is late; "jai vizitas": she has an appointment
    assert "will be late" in canonical("Ieva ateis, bet vėliau.", "lt", day)
    assert "she has an appointment with the" in canonical("Jai vizitas pas gydytoją.", "lt", day)
    # uk: the graduation in Cyrillic
    assert "graduation" in canonical("Ми їдемо на випускний старшої сестри.", "uk", day)
    assert "we don't know which day yet" in canonical("Ще не знаємо, який день.", "uk", day)
