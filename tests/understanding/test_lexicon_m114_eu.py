"""Batch m114, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "będą jutro": the verb before "jutro", so back tomorrow (today only)
    ("Dzień dobry, Ola i Staś mają wymioty, dzisiaj zostają w domu. Będą jutro.", kids("Ola", "Stanisław"),
     "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01")), "P2": ("illness", "I", full("12-01"))}),
    # pl: "będzie jutro w szkole na pewno": the same with the place and an adverb after the day
    ("Witam, Bartek ma gorączkę, nie będzie dziś w szkole. Będzie jutro w szkole na pewno.", kids("Bartosz"),
     "2026-12-02 07:15",
     {"P1": ("illness", "I", full("12-02"))}),
    # pl: "Kubusia": Kubuś (a pet form of Kuba, Jakub) in the genitive
    ("Dzień dobry, Kubusia nie będzie dziś w szkole, ma zapalenie gardła.", kids("Jakub"), "2026-12-03 07:30",
     {"P1": ("illness", "I", full("12-03"))}),
    # ro: "vă explic mai târziu": the reason is to follow, so absent with no reason given
    ("Bună ziua, Ioana nu poate veni azi la școală, vă explic mai târziu.", kids("Ioana"), "2026-12-07 07:45",
     {"P1": ("unknown", "N", full("12-07"))}),
    # lt: "grįžtam pirmadienį": the present "we return" with a day, the day back
    ("Laba diena, Jonas nebus mokykloje nuo trečiadienio, išvykstame į Lietuvą. Grįžtam pirmadienį.", kids("Jonas"),
     "2026-11-30 08:00",
     {"P1": ("holiday", "G", full("12-02", "12-03", "12-04"))}),
    # uk: "в Інни": the genitive of a short name with a doubled consonant (Інна)
    ("Доброго ранку, в Інни температура, сьогодні буде вдома.", kids("Inna"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08"))}),
    # uk (Latin letters): "Annu": the accusative of Anna
    ("Dobryi den, Annu sohodni zalyshaiemo vdoma, u nei kashel i temperatura.", kids("Anna"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    # uk: "а потім уже канікули": the holidays start after the days off (not a holiday trip)
    ("Добрий день. Оксана захворіла, до кінця тижня буде вдома, а потім уже канікули.", kids("Oksana"),
     "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # lt: "grįžtam namo vakare": home in the evening, no day back named; a question, not an absence
    ("Laba diena, ar galite pasakyti, kada baigiasi pamokos penktadienį? Grįžtam namo vakare.", kids("Ieva"),
     "2026-12-09 12:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m114_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m114_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
