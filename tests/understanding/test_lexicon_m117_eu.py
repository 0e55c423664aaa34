"""Batch m117, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ro: "îl aduce tatăl lui mai târziu ... după ce o duce pe X la medic": the brother late, the sister ill
    ("Bună ziua. Ioana are febră și rămâne acasă azi. Pe Matei îl aduce mama lui mai târziu, pe la 9:10, după ce o"
     " duce pe Ioana la medic.", kids("Ioana", "Matei"), "2026-12-09 08:15",
     {"P1": ("illness", "I", full("12-09")), "P2": ("late", "L", ["12-09 AM"])}),
    # ro: "îl aduce bunica ei mai târziu": a carer with a possessive, brought in later
    ("Bună dimineața, pe Sofia o aduce bunica ei mai târziu, pe la 9:05.", kids("Sofia"), "2026-12-10 08:00",
     {"P1": ("late", "L", ["12-10 AM"])}),
    # lt: "paimsiu ją per pietus 12:45": collected at lunchtime, at that time (the afternoon off)
    ("Laba diena, Gabija jaučiasi blogai, skauda galvą, paimsiu ją per pietus 12:45.", kids("Gabija"),
     "2026-12-09 10:30", {"P1": ("illness", "I", ["12-09 PM"])}),
    # uk (Latin letters): "ne pryide v ponedilok": not coming on Monday, no reason given
    ("Maksym ne pryide v ponedilok.", kids("Maksym"), "2026-12-05 15:00",
     {"P1": ("unknown", "N", full("12-07"))}),
    # uk (Latin letters): "ne pryide v pyatnytsiu": not coming on Friday, with a weekday the marker list now knows
    ("Sofiia ne pryide v pyatnytsiu, vona khvora.", kids("Sofiia"), "2026-12-09 18:00",
     {"P1": ("illness", "I", full("12-11"))}),
]

NOT_RECORDED = [
    # lt: "ar galiu pasiimti ją per pietus?": a question about collecting at lunchtime, nothing said of an absence
    ("Sveiki, ar galiu kada nors pasiimti ją per pietus pasikalbėti su mokytoja?", kids("Ugnė"), "2026-12-09 16:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m117_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m117_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
