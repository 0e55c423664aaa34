"""Batch m118, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "babci Zosi w Warszawie": a city after "w" beside a child's name (a place, not another child)
    ("Dzień dobry, w czwartek jest pogrzeb babci Zosi w Warszawie, więc Zosia nie będzie w czwartek w szkole.",
     kids("Zofia"), "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-10"))}),
    # pl: "nie będzie w środę w szkole": not in on that day (not back on it)
    ("Kuba nie bedzie w srode w szkole.", kids("Jakub"), "2026-12-07 18:00",
     {"P1": ("unknown", "N", full("12-09"))}),
    # ro: "a avut o criză de astm azi după-amiază, mâine o țin acasă": this afternoon was past, tomorrow off
    ("Bună seara, Ana a avut o criză de astm azi după-amiază, mâine o țin acasă.", kids("Ana"), "2026-12-07 19:00",
     {"P1": ("illness", "I", full("12-08"))}),
    # lt: "nusilaužė ranką": broke his arm (the prefix "nusi-"), off tomorrow
    ("Laba vakara, Jonas vakar nusilauze ranka, rytoj neateis.", kids("Jonas"), "2026-12-06 18:00",
     {"P1": ("illness", "I", full("12-07"))}),
    # lt: "šiandien ryte vyrą išvežė greitoji", "lieka su manimi": the verb before the ambulance; staying with me
    ("Labas rytas, siandien ryte vyra isveze greitoji i ligonine, Ema lieka su manimi ir i mokykla neateis.",
     kids("Ema"), "2026-12-09 07:00", {"P1": ("exceptional", "C", full("12-09"))}),
    # lt: "mergaitės šiandien neateis": the girls, both linked daughters
    ("Labas rytas, musu gatve uzsalusi, autobusai nevaziuoja, mergaites siandien neateis.", kids("Ona", "Ema"),
     "2026-12-15 07:40",
     {"P1": ("transport", "O", full("12-15")), "P2": ("transport", "O", full("12-15"))}),
    # uk: "вона лишається з молодшим братом": staying home to look after a younger brother
    ("Добрий день, Софія сьогодні не прийде, я на роботі, а вона лишається з молодшим братом.", kids("Sofiia"),
     "2026-12-10 08:00", {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # uk: "якщо завтра не полегшає, я напишу": a condition on tomorrow, not a day off tomorrow
    ("Доброго ранку, Тарас захворів, сьогодні вдома. Якщо завтра не полегшає, я напишу.", kids("Taras"),
     "2026-12-08 07:20", {"P1": ("illness", "I", full("12-08"))}),
]

NOT_RECORDED = [
    # pl: "wycieczka do Krakowa": a question about a trip to a city, no absence
    ("Dzień dobry, czy wycieczka do Krakowa w piątek jest nadal aktualna?", kids("Lena"), "2026-12-08 17:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m118_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m118_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
