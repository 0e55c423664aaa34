"""Batch m110, Polish, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "wróci we wt 15.12": a weekday's short form after "we" with its date, the day back (not a day off)
    ("Dzień dobry, Kuba ma grypę, nie będzie w szkole do piątku. Wróci we wt 15.12.", kids("Jakub"),
     "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10", "12-11", "12-14"))}),
    # pl: "czw. 17.12 i pt. 18.12": short weekday forms with a dot before their dates, both days off
    ("Witam, Zosia nie przyjdzie w czw. 17.12 i pt. 18.12, jedziemy na ślub kuzynki.", kids("Zofia"),
     "2026-12-09 20:00",
     {"P1": ("family_event", "O", full("12-17", "12-18"))}),
    # pl: "w śr" without diacritics ("w sr"): back on Wednesday, so off until then
    ("Marta ma anginę, zostaje w domu, wroci w sr.", kids("Marta"), "2026-12-14 07:20",
     {"P1": ("illness", "I", full("12-14", "12-15"))}),
    # lt: "nuo 7 iki 9 d.": a range of days with no month, both ends included
    ("Laba diena, Ona nuo 7 iki 9 d. nebus mokykloje, išvykstame atostogų.", kids("Ona"), "2026-12-02 08:00",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    # lt: "nuo 15 iki 17 dienos imtinai": the same range with "dienos" and "imtinai"
    ("Sveiki, Matas nuo 15 iki 17 dienos imtinai bus pas senelius Lietuvoje, atostogaujam.", kids("Matas"),
     "2026-12-09 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
]

NOT_RECORDED = [
    # uk: "скажіть, коли буде останній навчальний день у школі?": a question about the last day of term
    ("Доброго дня, скажіть будь ласка, коли буде останній навчальний день у школі?", kids("Polina"),
     "2026-12-09 16:00", "forward"),
    # uk: "коли останній день перед зимовими канікулами?": the same question with the holidays named
    ("Вітаю! Підкажіть, коли останній день перед зимовими канікулами? Дякую", kids("Ostap"), "2026-12-07 19:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m110_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m110_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
