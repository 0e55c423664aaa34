"""Batches m83-m84, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "কাল দোল পূর্ণিমা" (tomorrow is Dol Purnima): the festival's name is part of it, not a child's name or a
    # cause the lists do not know
    ("নমস্কার, কাল দোল পূর্ণিমা, আমরা সবাই মন্দিরে পুজো দিতে যাব। তাই তানিয়া আর রাহুল কাল স্কুলে আসবে না।",
     kids("Tania", "Rahul"), "2026-12-08 19:00",
     {"P1": ("religious", "R", full("12-09")), "P2": ("religious", "R", full("12-09"))}),
    # bn (romanised): "Tuesday te dekhi" (we'll see on Tuesday): that day is undecided, today only
    ("Rafi r onek jor, aj ashbe na, Tuesday te dekhi.", kids("Rafi"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07"))}),
    # ar (Arabizi): "la akher el fasel" (to the end of term): the span runs to the end of term
    ("Miss, Adam mesh rah yeeje min el itnein la akher el fasel, msafreen 3al Masr.", kids("Adam"),
     "2026-12-10 20:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m83_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)

