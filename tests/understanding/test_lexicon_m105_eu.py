"""Batch m105, Polish and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "17.12 i 18.12" with no "od", "dnia" or weekday before it: a list of dates written day.month
    ("Dzień dobry, Zuzia i Kuba nie przyjdą 17.12 i 18.12, jedziemy na ślub kuzynki.", kids("Zuzanna", "Jakub"),
     "2026-12-07 19:00",
     {"P1": ("family_event", "O", full("12-17", "12-18")), "P2": ("family_event", "O", full("12-17", "12-18"))}),
    # pl: "14.12 mamy chrzciny" opening the message: the date of the event, then the day off by its date
    ("14.12 mamy chrzciny w rodzinie, Tymek nie będzie w szkole 14.12.", kids("Tymoteusz"), "2026-12-08 18:30",
     {"P1": ("family_event", "O", full("12-14"))}),
    # pl: "w dniach 15.12 - 17.12": a span of dates with a dash stays a span (its second date is not read alone)
    ("Dzień dobry, Igor będzie nieobecny w dniach 15.12 - 17.12, jedziemy na pogrzeb dziadka.", kids("Igor"),
     "2026-12-08 19:30",
     {"P1": ("exceptional", "C", full("12-15", "12-16", "12-17"))}),
    # pl: "dziś nie poszła do szkoły" after "zapomniałem rano napisać": a past absence reported after the register
    # (the morning is when the parent meant to write), no reason given
    ("Zapomniałem rano napisać, Hania dziś nie poszła do szkoły. Jutro będzie.", kids("Hanna"), "2026-12-09 11:20",
     {"P1": ("unknown", "N", full("12-09"))}),
    # pl: "nie było go dzisiaj w szkole": the same with "było" and the pronoun
    ("Dzień dobry, Kacpra nie było dzisiaj w szkole, bo miał gorączkę.", kids("Kacper"), "2026-12-09 15:00",
     {"P1": ("illness", "I", full("12-09"))}),
    # pl: "jutro normalnie będzie" after an early pick-up: the afternoon off today, back tomorrow
    ("Dzień dobry, Antka odbiorę o 11:45, ma wizytę u ortodonty, jutro normalnie będzie.", kids("Antoni"),
     "2026-12-10 07:40",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # pl: "babcia odbierze Kubę o 12:30": a relative collects one child, the other is home ill
    ("Babcia odbierze Kubę o 12:30, bo ma szczepienie, a Staś zostaje w domu z gorączką.",
     kids("Jakub", "Stanislaw"), "2026-12-10 07:30",
     {"P1": ("medical", "M", ["12-10 PM"]), "P2": ("illness", "I", full("12-10"))}),
    # pl: "Julkę odbierze tata o 11:30": the child named first, the relative after the verb
    ("Dzień dobry, Julkę odbierze tata o 11:30, ma badanie krwi w przychodni.", kids("Julia"), "2026-12-10 07:45",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # uk: "Богдану стало погано": the child (in the dative) feels unwell, collected for the afternoon
    ("Доброго дня, Богдану стало погано на уроці, заберу його о 11:30.", kids("Bohdan"), "2026-12-10 10:20",
     {"P1": ("illness", "I", ["12-10 PM"])}),
    # uk: "Тараса заберу о 12:15": the child named before the verb, collected at that time
    ("Доброго ранку, Олег сьогодні вдома з температурою, а Тараса заберу о 12:15, у нього стоматолог.",
     kids("Oleh", "Taras"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10")), "P2": ("medical", "M", ["12-10 PM"])}),
]

NOT_RECORDED = [
    # uk: "дату нам ще не повідомили": one day off for an interview, its date not known yet
    ("Добрий вечір, Софія пропустить один день через співбесіду в ліцеї, але дату нам ще не повідомили.",
     kids("Sofiia"), "2026-12-02 18:00", "clarify"),
    # uk: "ще не знаємо точної дати": the same with the verb first
    ("Добрий день, Максим пропустить один день, буде вступний тест у коледжі, ще не знаємо точної дати.",
     kids("Maksym"), "2026-12-02 12:00", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m105_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m105_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
