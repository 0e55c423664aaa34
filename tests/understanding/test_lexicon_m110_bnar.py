"""Batch m110, Bengali and Arabic: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "Tuesday inshallah school e ashbe": back on that day, God willing (not a day off)
    ("Assalamualaikum, Nabil er pet kharap, aj ashbe na. Tuesday inshallah school e ashbe", kids("Nabil"),
     "2026-12-14 07:20",
     {"P1": ("illness", "I", full("12-14"))}),
    # bn (romanised): "sombar insallah asbe": back on Monday, the days before it off
    ("Salam, Riya r jor, aj ar kal ashbe na, sombar insallah asbe", kids("Riya"), "2026-12-10 07:05",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # bn (romanised): "Monday abar ashbe": back on Monday (no "theke")
    ("Tahmid er khub kashi, aj school e jabe na. Monday abar ashbe", kids("Tahmid"), "2026-12-11 07:40",
     {"P1": ("illness", "I", full("12-11"))}),
    # ar: "حفلة عائلية" with no thanks: still a family event the child is away for
    ("صباح الخير، يوسف ما رح يجي اليوم عندنا حفلة عائلية", kids("Yusuf"), "2026-12-09 07:30",
     {"P1": ("family_event", "O", full("12-09"))}),
]

NOT_RECORDED = [
    # ar: "شكرا عالحفلة" (thanks for the party): the school's party, no absence
    ("شكرا عالحفلة الحلوة اليوم، يوسف كان مبسوط كتير", kids("Yusuf"), "2026-12-09 17:00", "forward"),
    # ar: "نشكر المعلمة على حفلة الصف" (we thank the teacher for the class party): no absence
    ("مساء النور، نشكر المعلمة على حفلة الصف اليوم، ليان انبسطت كتير", kids("Layan"), "2026-12-09 18:10",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m110_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m110_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
