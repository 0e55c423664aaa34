"""Batch m138, Romanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ro: "nu a auzit alarma": the alarm not heard, overslept (a whole day missed: unsatisfactory)
    ("Buna ziua, Maria nu a auzit ceasul de dimineata, nu mai vine azi la scoala.", kids("Maria"),
     "2026-12-01 10:05", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # ro: "n-am auzit deșteptătorul": the alarm not heard, then in late before the register closes
    ("Buna dimineata, n-am auzit desteptatorul, Andrei ajunge pe la 9:10.", kids("Andrei"),
     "2026-12-01 08:40", {"P1": ("late", "L", ["12-01 AM"])}),
    # uk (Latin letters): "na tsomu tyzhni" (цьому, the soft sign dropped): this week
    ("Dobryi den. Taras ne pryide na tsomu tyzhni, u nas pokhoron babusi.", kids("Taras"),
     "2026-12-08 07:40", {"P1": ("exceptional", "C", full("12-08", "12-09", "12-10", "12-11"))}),
    # uk: "в середу вона вже піде до школи": by then she is back (the day of return, not another day off)
    ("Доброго ранку, Олі погано, температура. Сьогодні і завтра вдома, в середу вона вже піде до школи.", kids("Olha"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m138_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
