"""Batch m135, Polish and Lithuanian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # lt: "atsiprašau, suklydau – ne penktadienį, o ketvirtadienį": a self-correction with a dash after the apology,
    # the day after "ne" withdrawn
    ("Laba diena, Gabija penktadienį nebus mokykloje, turi vizitą pas odontologą. Atsiprašau, suklydau – ne"
     " penktadienį, o ketvirtadienį.", kids("Gabija"), "2026-12-07 07:30",
     {"P1": ("medical", "M", full("12-10"))}),
    # pl: "zaspała": overslept, and coming in after the register closes (late, U)
    ("Zosia zaspała, będziemy ok. 9:40, przepraszam", kids("Zofia"), "2026-12-08 08:55",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # pl: "sorry, pomyłka – tylko w środę": a self-correction narrowing the days named before to that one
    ("Kuba nie będzie w szkole w środę i w czwartek, mamy ślub w rodzinie. Sorry, pomyłka – tylko w środę.",
     kids("Jakub"), "2026-12-07 07:30", {"P1": ("family_event", "O", full("12-09"))}),
    # pl: "w czwartek rano już będzie w szkole": in from that morning, so back on that day
    ("Lena ma anginę i zostaje w domu, w czwartek rano już będzie w szkole.", kids("Lena"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # pl: "muszę zostać w domu z chorym maluchem": the parent minds the little one (kept off for a sibling, O)
    ("Antek dziś nie przyjdzie, bo muszę zostać w domu z chorym maluchem.", kids("Antoni"), "2026-12-08 07:30",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pl: "muszę zająć się młodszą córką": minding the younger sister (O)
    ("Antek dziś nie przyjdzie, bo muszę zająć się młodszą córką, mąż jest w pracy.", kids("Antoni"),
     "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m135_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
