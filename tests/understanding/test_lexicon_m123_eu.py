"""Batch m123, Polish, Romanian, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "proszę puścić Olę o 11:45": let her go early (picked up before the afternoon register)
    ("Dzień dobry, proszę puścić Olę dziś o 11:45, jedziemy do dentysty.", kids("Aleksandra"), "2026-12-09 07:50",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # pl: "prosimy o wcześniejsze wypuszczenie Tymka o 12:30": the same as a noun, with "prosimy"
    ("Prosimy o wczesniejsze wypuszczenie Tymka o 12:30, ma wizyte u lekarza.", kids("Tymon"), "2026-12-14 08:10",
     {"P1": ("medical", "M", ["12-14 PM"])}),
    # pl: "w pon. i wt.": a short weekday after another in a list ("i wt.")
    ("Franek ma grype, nie bedzie go w czw. i pt.", kids("Franciszek"), "2026-12-09 18:00",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # pl: "od pon. do śr.": short weekdays in a range
    ("Franek jest chory, zostanie w domu od pon. do sr.", kids("Franciszek"), "2026-12-13 17:00",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
    # pl: "w środę powinien już być": back on that day (the clause ends after "być")
    ("Franek ma angine, dzis i jutro zostaje w domu, w czwartek powinien juz byc.", kids("Franciszek"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # ro: "vă rog să o învoiți pe Ana la 12:00", "rog învoirea lui Matei": released early at that time (the same family)
    ("Buna ziua, va rog sa o invoiti pe Ana azi la ora 12:00, are programare la medic.", kids("Ana"),
     "2026-12-10 08:05", {"P1": ("medical", "M", ["12-10 PM"])}),
    # ro: "mergem la medic", "îl duc la stomatolog": taking the child to the doctor or dentist
    ("Matei nu vine azi, mergem la medic.", kids("Matei"), "2026-12-11 07:20",
     {"P1": ("medical", "M", full("12-11"))}),
    ("Va rog sa-l eliberati pe Matei la 11:45, il duc la stomatolog.", kids("Matei"), "2026-12-14 08:00",
     {"P1": ("medical", "M", ["12-14 PM"])}),
    # lt: "prašau išleisti Rūtą 12:15", "išleiskite ją 12 val.": released early at that time (the same family)
    ("Labas, prašau išleisti Gabiją šiandien 12:15 val., turi vizitą pas gydytoją.", kids("Gabija"),
     "2026-12-09 08:05", {"P1": ("medical", "M", ["12-09 PM"])}),
    ("Išleiskite ją šiandien 12 val., važiuojam pas gydytoją.", kids("Gabija"), "2026-12-10 08:05",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # ro: "s-a trezit foarte târziu": overslept (an adverb before "târziu"), missing the day
    ("Buna dimineata, Ana s-a trezit mult prea tarziu si azi nu mai vine.", kids("Ana"), "2026-12-08 09:50",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # uk: "зламала руку", "поламала ногу": a broken limb, the feminine and the "по-" verb
    ("Добрий вечір, Марта зламала руку, завтра і післязавтра не прийде.", kids("Marta"), "2026-12-07 19:00",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    ("Марта поламала ногу, сьогодні вдома.", kids("Marta"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07"))}),
    # uk: the same in Latin letters
    ("Dobryi den, Marta zlamala nohu, sohodni ne bude v shkoli.", kids("Marta"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    # uk: "відпустіть о 12:30", "прошу відпустити Тараса об 11:45": released before the afternoon register
    ("Тараса, будь ласка, відпустіть о 12:00, у нього стоматолог.", kids("Taras"), "2026-12-10 07:45",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    ("Прошу відпустити Тараса сьогодні об 11:45, йдемо до лікаря.", kids("Taras"), "2026-12-11 08:00",
     {"P1": ("medical", "M", ["12-11 PM"])}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # uk: "машина зламалася" is not a broken limb (the car, and no absence)
    ("Машина зламалася, але Марта вже в школі, дякую.", kids("Marta"), "2026-12-08 09:10", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m123_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m123_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
