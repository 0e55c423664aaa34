"""Batches m121 and m122, Polish, Romanian, Lithuanian and Ukrainian: the phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "będą w szkole za chwilę": there shortly (late, no time given, after the register closed)
    ("Przepraszam, zaspalismy, Natalia i Olek beda w szkole za chwile.", kids("Natalia", "Olek"), "2026-12-14 09:40",
     {"P1": ("late", "U", ["12-14 AM"]), "P2": ("late", "U", ["12-14 AM"])}),
    # pl: "za moment będzie", "lada chwila": the adverb before the verb, and its other words
    ("Korki, Natalia za moment będzie w szkole.", kids("Natalia"), "2026-12-15 09:30",
     {"P1": ("late", "U", ["12-15 AM"])}),
    ("Natalia bedzie lada chwila, autobus sie spoznil.", kids("Natalia"), "2026-12-15 08:55",
     {"P1": ("late", "L", ["12-15 AM"])}),
    # pl: "odbiorę Maję o 11:45": Maja in the accusative; "zostaje do końca lekcji": the other child is in all day
    ("Dzien dobry, odbiore dzis Maje o 11:45 na szczepienie. Tymek zostaje do konca lekcji.", kids("Maja", "Tymon"),
     "2026-12-10 07:40", {"P1": ("medical", "M", ["12-10 PM"])}),
    # pl: "zabieram dzisiaj Tymka o 12:00 do dentysty": the day between the verb and the child; "do dentysty"
    ("Zabieram dzisiaj Tymka o 12:00 do dentysty, Maja zostanie w szkole do końca zajęć.", kids("Maja", "Tymon"),
     "2026-12-09 08:00", {"P2": ("medical", "M", ["12-09 PM"])}),
    # pl: "odbieram jutro Tymka o 12:30 do lekarza": the next day's collection, to the doctor
    ("Odbieram jutro Tymka o 12:30 do lekarza.", kids("Tymon"), "2026-12-08 16:30",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # ro: "a scăpat autobuzul, îl aduc acuma": missed the bus, bringing him in now (Romanian by its own words)
    ("Scuze, Matei a scapat autobuzul, il aduc acuma.", kids("Matei"), "2026-12-03 09:40",
     {"P1": ("late", "U", ["12-03 AM"])}),
    ("Ioana a ratat autobuzul, o duc eu imediat la scoala.", kids("Ioana"), "2026-12-03 09:05",
     {"P1": ("late", "L", ["12-03 AM"])}),
    # lt: "bus mokykloje, bet vėliau, apie 10 val.": in school but later (late); "vedu Joną pas gydytoją": the
    # errand for the ill child
    ("Labas rytas, Jonas serga ir neateis. Ugnė bus mokykloje, bet vėliau, apie 9:50, nes vedu Joną pas gydytoją.",
     kids("Jonas", "Ugnė"), "2026-12-10 08:10",
     {"P1": ("illness", "I", full("12-10")), "P2": ("late", "U", ["12-10 AM"])}),
    # uk: "мені терміново треба їхати в лікарню до тата": a parent called to a relative in hospital (family emergency)
    ("Доброго дня, мені терміново треба їхати в лікарню до тата, заберу Остапа о 12:00.", kids("Ostap"),
     "2026-12-14 10:15", {"P1": ("exceptional", "C", ["12-14 PM"])}),
    # uk: the same in Latin letters
    ("Dobryi den, meni terminovo treba yikhaty v likarniu do mamy, zaberu Ostapa o 12:00.", kids("Ostap"),
     "2026-12-14 10:15", {"P1": ("exceptional", "C", ["12-14 PM"])}),
    # uk: "лікарка сказала Марійці посидіти вдома": a pet name in "-йка" in the dative
    ("Добрий вечір, лікарка сказала Марійці 3 дні посидіти вдома, у неї бронхіт. Тарас піде в школу.",
     kids("Mariia", "Taras"), "2026-12-07 18:30", {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # pl: "zostaje dziś do końca lekcji": in school all day, collected after school (no absence)
    ("Dzien dobry, Natalia zostaje dzis do konca lekcji, odbierze ja babcia o 15:20.", kids("Natalia"),
     "2026-12-08 08:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m121_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m121_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
