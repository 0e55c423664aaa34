"""Batch m87, Romanian and Lithuanian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ro: "stă astăzi acasă", "am o zi liberă de la muncă, vrem să petrecem ziua împreună": a day off with a parent
    ("Bună, Ioana stă astăzi acasă, eu am o zi liberă de la muncă și vrem să petrecem ziua împreună.",
     kids("Ioana"), "2026-12-08 07:50", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ro: "are o evaluare la un liceu": an entrance assessment at another school (the morning only)
    ("Bună seara, mâine dimineață Matei are o evaluare la un liceu, îl aduc la școală după prânz.",
     kids("Matei"), "2026-12-10 18:00", {"P1": ("interview", "J1", ["12-11 AM"])}),
    # ro: "ajunge astăzi pe la 9:15", "o problemă cu mașina": late with a stated arrival, car trouble
    ("Bună, Daria ajunge astăzi pe la 9:15, am avut o problemă cu mașina.",
     kids("Daria"), "2026-12-09 08:40", {"P1": ("late", "L", ["12-09 AM"])}),
    # lt: "kelias ... užtvindytas", "negalime išvažiuoti": the road flooded, no way out (transport)
    ("Laba diena, kelias į miestelį užtvindytas, negalime išvažiuoti. Jonas šiandien neatvyks.",
     kids("Jonas"), "2026-12-09 07:40", {"P1": ("transport", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m87_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
