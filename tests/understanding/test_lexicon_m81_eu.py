"""Batches m81-m82, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # pl: "musi pojechać z nami, bo nie ma kto go odebrać": taken along, no one to collect him (unsatisfactory)
    ("Dzień dobry, Ola ma dziś wizytę u ortopedy w szpitalu, nie będzie jej cały dzień. Kuba musi pojechać z nami, "
     "bo nie ma kto go odebrać.", kids("Ola", "Kuba"), "2026-12-09 07:40",
     {"P1": ("medical", "M", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # pl: "przywiozę go, jak wrócę z Zosią od dentysty": the other child named only as company, not late
    ("Dzień dobry, Zosia ma gorączkę i zostaje w domu. Antek będzie trochę później, przywiozę go, jak wrócę z Zosią "
     "od lekarza.", kids("Zosia", "Antek"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("late", "L", ["12-09 AM"])}),
    # pl: "skręcił nadgarstek", "prześwietlenie": a sprain (an injury), the x-ray for it
    ("Dzień dobry, Bartek skręcił wczoraj nadgarstek na treningu, dziś idziemy na prześwietlenie. "
     "Nie będzie go dzisiaj.",
     kids("Bartek"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # lt: "pas šeimos gydytoją" is the GP (not a family visit); "užpūliavo ausis": an ear infection
    ("Laba diena, Ugnei užpūliavo ausį, einam pas šeimos gydytoją, šiandien neateis.", kids("Ugnė"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # ro: "am rămas în pană", "nu mai ajunge la școală": the car broke down, the day missed
    ("Bună dimineața, am rămas în pană cu mașina pe drum spre Londra. Ioana nu mai ajunge azi la școală.",
     kids("Ioana"), "2026-12-09 07:40", {"P1": ("transport", "O", full("12-09"))}),
    # ro: "absența lui Matei și a Mariei": a girl's name in the genitive
    ("Bună seara, vă rog să aprobați absența lui Matei și a Mariei vineri, plecăm în vacanță în Spania.",
     kids("Matei", "Maria"), "2026-12-08 19:00",
     {"P1": ("holiday", "G", full("12-11")), "P2": ("holiday", "G", full("12-11"))}),
]

NOT_RECORDED = [
    # pl: a sprain given only as the reason for a PE note ("zwolnienie z WF-u"): no absence
    ("Dzień dobry, Ania skręciła nogę na nartach i ma zwolnienie z WF-u na tydzień. Zaświadczenie jest w plecaku.",
     kids("Ania"), "2026-12-09 07:30", "forward"),
    # uk: "його забере зі школи тато о 15:20": collected at home time by someone else, no absence
    ("Доброго ранку! Сьогодні Максима забере зі школи тато о 15:20. Дякую", [Child("P1", "Maksym")],
     "2026-12-09 07:50", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m81_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m81_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)


def test_m81_eu_phrases() -> None:
    day = dt.date(2026, 12, 9)
    # pl: taken along, no one to collect; "jak wróci z Natalią": with (the child is company)
    assert "has to come with us" in canonical("Franek musi jechać z nami.", "pl", day)
    assert "there's no one to collect him" in canonical("Nie ma kto go odebrać.", "pl", day)
    assert "when he gets back with natalia" in canonical("Mąż go przywiezie, jak wróci z Natalią.", "pl", day)
    assert "sprained his ankle" in canonical("Gosia skręciła kostkę.", "pl", day)
    # lt: the GP, an eye infection
    assert "visiting family" not in canonical("Važiuojam pas šeimos gydytoją.", "lt", day)
    assert "has an eye infection" in canonical("Nojui užpūliavo akis.", "lt", day)
    # ro: the genitive, the breakdown, not getting in
    assert "a ana" in canonical("Absența lui Cristian și a Anei.", "ro", day)
    assert "car broke down" in canonical("Ne-a rămas mașina în pană.", "ro", day)
    assert "won't be in today at all" in canonical("Luca nu mai ajunge azi la școală deloc.", "ro", day)
    # uk: someone else collects her from school
    assert "will collect from school" in canonical("Поліну забере зі школи бабуся.", "uk", day)
