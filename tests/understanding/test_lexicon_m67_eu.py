"""Batches m67-m69, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # pl: "będzie w szkole troszkę później": late, the place between the verb and "later"
    ("Dzień dobry, Kuba zaspał, będzie w szkole troszkę później. Przepraszamy.", kids("Kuba"), "2026-12-02 08:40",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # pl: "mniej więcej o 9:10": about that time
    ("Dzień dobry, stoimy w korku, Ola będzie w szkole mniej więcej o 9:10.", kids("Ola"), "2026-12-02 08:35",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # pl: "przyjdzie do szkoły zaraz potem": in straight after the appointment, the morning only
    ("Dzień dobry, Marek ma dziś o 8:40 wizytę u dentysty, przyjdzie do szkoły zaraz potem.", kids("Marek"),
     "2026-12-09 07:30", {"P1": ("medical", "M", ["12-09 AM"])}),
    # pl: "proszę o zwolnienie Oli o 12:30": collected early, the afternoon only
    ("Dzień dobry, proszę o zwolnienie Oli dzisiaj o 12:30, ma wizytę u lekarza o 13:15.", kids("Ola"),
     "2026-12-09 07:50", {"P1": ("medical", "M", ["12-09 PM"])}),
    # ro: "din 14 până pe 16 decembrie inclusiv": a span of dates
    ("Bună ziua, Ioana va lipsi din 14 până pe 16 decembrie inclusiv, mergem la bunici în Italia.", kids("Ioana"),
     "2026-12-07 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # ro: "sunt bolnavă", "nu am cum să-l duc pe Andrei": the parent is ill, the child well
    ("Bună dimineața, sunt bolnavă și nu am cum să-l duc pe Andrei la școală azi.", kids("Andrei"),
     "2026-12-03 07:40", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # lt: "jau pakeliui": on the way in
    ("Atsiprašome, pramigome, Matas jau pakeliui į mokyklą.", kids("Matas"), "2026-12-03 09:35",
     {"P1": ("late", "U", ["12-03 AM"])}),
    # lt: "po pietų ateis į mokyklą": in after lunch, the morning only
    ("Laba diena, Gabija šiandien 10 val. skiepijama poliklinikoje, po pietų ateis į mokyklą.", kids("Gabija"),
     "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 AM"])}),
    # lt: "prižiūrėti jaunesnės sesutės", "auklė serga": looking after a sibling (the childminder ill)
    ("Rytoj Jonas liks namie prižiūrėti jaunesnės sesutės, nes auklė serga.", kids("Jonas"), "2026-12-08 18:00",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # lt: "laidosime močiutę": a relative's funeral
    ("Laba diena, penktadienį laidosime močiutę, todėl Rūta į mokyklą neateis.", kids("Rūta"), "2026-12-08 08:00",
     {"P1": ("exceptional", "C", full("12-11"))}),
    # uk: "у мене співбесіда на роботу": the parent's own job interview, the child late
    ("Добрий день, у мене сьогодні співбесіда на роботу о 9:00, тому Олег прийде до школи близько 10:30.",
     kids("Oleh"), "2026-12-02 07:30", {"P1": ("late", "U", ["12-02 AM"])}),
    # uk: "до обіду її в школі не буде": out for the morning
    ("Доброго ранку, у Марти сьогодні стоматолог о 10:00, до обіду її в школі не буде, після обіду прийде.",
     kids("Marta"), "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # uk: "уже їде до школи": on the way in
    ("Перепрошую, проспали, Оля вже їде до школи.", kids("Olia"), "2026-12-02 09:30",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # uk: "в Україні", "повернеться після канікул": away until the holidays
    ("Добрий вечір. З понеділка, 14 грудня, Марко буде в Україні й повернеться до школи після канікул.",
     kids("Marko"), "2026-12-10 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # uk: "розлад шлунка": a stomach upset
    ("Сьогодні Денис лишиться вдома, у нього розлад шлунка.", kids("Denys"), "2026-12-03 07:30",
     {"P1": ("illness", "I", full("12-03"))}),
    # uk: "тато потрапив у ДТП": a family emergency, not the hospital appointment
    ("Тато потрапив у ДТП, ми зараз їдемо до лікарні, Софія сьогодні не прийде.", kids("Sofiia"),
     "2026-12-03 07:50", {"P1": ("exceptional", "C", full("12-03"))}),
    # uk: "сімейне свято", "ювілей": a family celebration, collected before the afternoon
    ("Сьогодні заберу Андрія о 12:30, у нас родинне свято, ювілей дідуся.", kids("Andrii"), "2026-12-03 08:00",
     {"P1": ("family_event", "O", ["12-03 PM"])}),
    # uk: "Злата йде в школу" (no adverb) is a child who attends, not one on the way
    ("Привіт, Тимофій захворів, сьогодні вдома. Злата йде в школу.", kids("Tymofii", "Zlata"), "2026-12-03 07:30",
     {"P1": ("illness", "I", full("12-03"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m67_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m67_eu_sick_note_is_not_a_release() -> None:
    # pl: "proszę o zwolnienie lekarskie" is a sick note, not a request to leave early
    text = canonical("Dzień dobry, Ola ma grypę, proszę o zwolnienie lekarskie do piątku.", "pl", dt.date(2026, 12, 9))
    assert "leave early" not in text
    assert "leave early" in canonical("Proszę o zwolnienie Oli o 12:30.", "pl", dt.date(2026, 12, 9))
    assert parse("Proszę o zwolnienie Oli o 12:30.", kids("Ola"), "2026-12-09 07:50").action
