"""Batch m130, Polish, Romanian, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "złamała wczoraj nogę": the day word between the verb and the limb (a past injury, the days off after it)
    ("Dzień dobry, Zosia złamała wczoraj nogę, dzisiaj zostaje w domu.", kids("Zofia"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # pl: "jedziemy rano z Kubą do szpitala": the time of day after the verb; the brother's x-ray makes her late
    ("Dzień dobry, Kuba skręcił wczoraj kostkę, dzisiaj zostaje w domu. Hania się dzisiaj spóźni, bo jedziemy rano"
     " z Kubą do szpitala na prześwietlenie, będzie ok 9:50.", kids("Jakub", "Hanna"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "U", ["12-08 AM"])}),
    # ro: "trebuie să stau cu Luca și n-am cum s-o duc la școală": the sibling kept home (unsatisfactory)
    ("Buna ziua, Luca are febra si ramane acasa azi. Sofia ramane si ea acasa, trebuie sa stau cu Luca si n-am cum"
     " s-o duc la scoala.", kids("Luca", "Sofia"), "2026-12-08 08:00",
     {"P1": ("illness", "I", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # uk: "Оксана з Сергієм": a name in "-ій" in the instrumental (both children away)
    ("Добрий день, Оксана з Сергієм сьогодні й завтра не прийдуть, у них температура.",
     kids("Oksana", "Serhii"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08", "12-09")), "P2": ("illness", "I", full("12-08", "12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m130_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
