"""Batch m108, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # lt: "iki švenčių nebegrįš": not back before the break (every open day left is off)
    ("Laba diena, šiandien pasiimsiu Gabiją 13:00, skrendam atostogų, iki švenčių nebegrįš.", kids("Gabija"),
     "2026-12-16 08:00",
     {"P1": ("holiday", "G", ["12-16 PM", *full("12-17", "12-18")])}),
    # lt: "negrįš iki Kalėdų", the verb first and written without the diacritics
    ("Labas, Matas serga, jau negris iki Kaledu.", kids("Matas"), "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # lt: "ateis tik 10:40": in only at that clock time; "užmigau": I overslept (late)
    ("Atsiprašau, Kajus šiandien ateis tik 10:40, užmigau.", kids("Kajus"), "2026-12-09 08:20",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # lt: "užmigome", without the diacritics, and "tik 11 val."
    ("Atsiprasau, Ugne siandien ateis tik 11 val., uzmigome.", kids("Ugne"), "2026-12-09 08:20",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # uk: "застудився": caught a cold (illness)
    ("Доброго ранку, Максим застудився, сьогодні буде вдома.", kids("Maksym"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    # uk: "простудилася" (the Russian-influenced form): a cold
    ("Софія сильно простудилася, сьогодні і завтра побуде вдома.", kids("Sofiia"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m108_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
