"""Batch m86, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "chcielibyśmy prosić o zwolnienie Oli od ... do ... włącznie": a request for leave over a span of dates
    ("Dzień dobry, chcielibyśmy prosić o zwolnienie Oli od wtorku 15.12 do czwartku 17.12 włącznie, lecimy do "
     "Polski. Staś przyjdzie normalnie.", kids("Ola", "Staś"), "2026-12-09 19:30",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
    # pl: "ma jeszcze w poniedziałek jasełka ... będzie nieobecny tylko we wtorek i środę (15-16.12)": in for the
    # school event that day (the event after its day in Polish), absent only on the days bracketed after it
    ("Kacper ma jeszcze w poniedziałek jasełka, więc będzie nieobecny tylko we wtorek i środę (15-16.12), lecimy do "
     "Polski na święta.", kids("Kacper"), "2026-12-09 19:30", {"P1": ("holiday", "G", full("12-15", "12-16"))}),
    # ro: "ajunge cu mine pe la 9:50": arrives with the parent at that time (late, after the register closes)
    ("Bună dimineața, Sorin ajunge cu mine pe la 9:50, am avut o pană.", kids("Sorin"), "2026-12-07 08:30",
     {"P1": ("late", "U", ["12-07 AM"])}),
    # ro: "vin acum să îl iau pe Matei, pe la 12:45": on the way now to collect him (before the afternoon register)
    ("Bună ziua, tatăl meu a fost dus de urgență la spital, vin acum să îl iau pe Matei, pe la 12:45.",
     kids("Matei"), "2026-12-08 12:10", {"P1": ("exceptional", "C", ["12-08 PM"])}),
    # lt: "nuo gruodžio 8 d. iki 10 d. imtinai": a span in one month, "d." after each day
    ("Laba diena, Rokas nuo gruodžio 8 d. iki 10 d. imtinai nelankys mokyklos, skrendame pas senelius.",
     kids("Rokas"), "2026-12-03 18:00", {"P1": ("holiday", "G", full("12-08", "12-09", "12-10"))}),
    # lt: "turi nerimo priepuolių": anxiety attacks (an illness); "jai reikės išeiti 12:45 val. – vizitas pas
    # okulistą": she has to leave at that time for the optician
    ("Labas, Austėja turi nerimo priepuolių, šiandien liks namuose. Gabija ateis, bet ketvirtadienį jai reikės "
     "išeiti 12:45 val. – vizitas pas okulistą.", kids("Austeja", "Gabija"), "2026-12-14 07:40",
     {"P1": ("illness", "I", full("12-14")), "P2": ("medical", "M", ["12-17 PM"])}),
    # uk: "у нас надзвичайна ситуація в сім'ї – маму вранці забрала швидка до лікарні": a family emergency;
    # "залишиться зі мною": at home with the parent; "Тарас у школі": the other child is in
    ("Добрий день, у нас надзвичайна ситуація в сім'ї – маму вранці забрала швидка до лікарні. Марта сьогодні "
     "залишиться зі мною. Тарас у школі, його відвела бабуся.", kids("Marta", "Taras"), "2026-12-02 07:20",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # uk: "святкуємо 70-річчя дідуся": a milestone birthday; "прийде зранку, бо в нього виступ": in for the
    # morning (he has a performance), then collected before the afternoon register
    ("Добрий вечір, завтра святкуємо 70-річчя дідуся, тому Ліза не прийде. Іван прийде зранку, бо в нього виступ, "
     "але я заберу його о 12:30.", kids("Liza", "Ivan"), "2026-12-09 18:00",
     {"P1": ("family_event", "O", full("12-10")), "P2": ("family_event", "O", ["12-10 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m86_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
