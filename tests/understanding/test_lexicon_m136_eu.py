"""Batch m136, Polish, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "przyjdzie do szkoły dopiero po południu": in only for the afternoon, so the morning is out
    ("Zosia ma rano wizytę u dentysty, przyjdzie do szkoły dopiero po południu.", kids("Zofia"), "2026-12-09 07:30",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # pl: "uroczystość Niepokalanego Poczęcia": a holy day of obligation (religious), in for the afternoon
    ("Dziś jest uroczystość Niepokalanego Poczęcia, Kuba idzie z nami rano na mszę i będzie w szkole po południu.",
     kids("Jakub"), "2026-12-08 07:30", {"P1": ("religious", "R", ["12-08 AM"])}),
    # pl: "nie może na nią stanąć": can't put weight on it (an injury; the capital "Nie" after it is no child's name)
    ("Dzień dobry, Staś skręcił kostkę, nie może na nią stanąć. Nie będzie go dziś i jutro.", kids("Stanisław"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # pl: "jutro dam znać co dalej": an update promised tomorrow, not a day off tomorrow
    ("Babcia trafiła do szpitala, muszę do niej jechać. Lena dziś zostaje w domu, jutro dam znać co dalej.",
     kids("Lena"), "2026-12-09 07:30", {"P1": ("exceptional", "C", full("12-09"))}),
    # lt: "penktadienį turbūt jau eis": probably back on that day (the day first, then the hedge)
    ("Labas rytas, Rokas serga, šiandien ir rytoj liks namie, penktadienį turbūt jau eis.", kids("Rokas"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # lt: "paguldytas į reanimaciją": a relative in intensive care (exceptional, not the trip to see him)
    ("Labas vakaras, rytoj Ieva neis į mokyklą, jos senelis paguldytas į reanimaciją, važiuojam pas jį.",
     kids("Ieva"), "2026-12-09 18:00", {"P1": ("exceptional", "C", full("12-10"))}),
    # lt: "viduriuoja": has diarrhoea (illness)
    ("Matui viduriuoja, šiandien liks namie.", kids("Matas"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    # uk: "ой, перепрошую, не в середу, а в четвер": a self-correction, the day after "не" withdrawn
    ("Вибачте, Соня не буде в школі в середу, у нас весілля. Ой, перепрошую, не в середу, а в четвер.",
     kids("Sonia"), "2026-12-07 07:30", {"P1": ("family_event", "O", full("12-10"))}),
    # uk: "повернеться до школи 6-го": back on that day of the month (after the Christmas closure)
    ("Ми їдемо до Польщі з 16 грудня, Марко повернеться до школи 6-го.", kids("Marko"), "2026-12-14 07:30",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18", "01-05"))}),
    # uk: "буде тільки після обіду ... приведу його до школи до 12:45": in by the afternoon, the morning out
    ("Остап сьогодні буде тільки після обіду, зранку у нього стоматолог. Приведу його до школи до 12:45.",
     kids("Ostap"), "2026-12-15 07:30", {"P1": ("medical", "M", ["12-15 AM"])}),
]

NOT_RECORDED = [
    # pl: "był wczoraj w domu ... dziś już był w szkole": yesterday's absence explained, back today: nothing to mark
    ("Przepraszam, zapomniałam wczoraj dać znać – Kuba był wczoraj w domu, bo bolał go brzuch. Dziś już był w szkole.",
     kids("Jakub"), "2026-12-09 15:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m136_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m136_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
