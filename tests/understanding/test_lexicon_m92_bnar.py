"""Batch m92, Bengali and Arabic: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "kal rate ... dhuke geche": with a past verb "kal rate" is last night, not tomorrow night
    ("Assalamualaikum, kal rate amader ranna ghore pani dhuke geche (flood). Nabila aj school e ashte parbe na.",
     kids("Nabila"), "2026-12-03 07:45", {"P1": ("exceptional", "C", full("12-03"))}),
    # bn (romanised): "Sumaiya-r" (Sumaiya's, possessive after a hyphen); "Rafi o deri kore ashbe" (Rafi late too);
    # "duijon ke niye ... school e pouchabo" (I'll bring both of them to school around a time)
    ("Salam, aj Sumaiya-r 8 tay doctor appointment ache, tai Rafi o deri kore ashbe. Duijon ke niye 10 tar dike "
     "school e pouchabo.", kids("Rafi", "Sumaiya"), "2026-12-09 07:20",
     {"P1": ("late", "U", ["12-09 AM"]), "P2": ("medical", "M", ["12-09 AM"])}),
    # ar: "لن يتمكن X وY من الحضور": the verb first, then two names, "و" (and) written onto the second
    ("مساء الخير، بسبب ظرف عائلي طارئ لن يتمكن زياد وعمر من الحضور إلى المدرسة غداً.",
     kids("Ziad", "Omar"), "2026-12-14 18:00",
     {"P1": ("exceptional", "C", full("12-15")), "P2": ("exceptional", "C", full("12-15"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m92_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
