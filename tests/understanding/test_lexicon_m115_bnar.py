"""Batch m115, Bengali (script and romanised) and Arabizi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "10 tar dike school e ashbe" with a space before "tar": in around 10 after the dentist, AM only
    ("Salam miss, aj Rafi ke dentist er kache niye jabo, o 10 tar dike school e ashbe.", kids("Rafi"),
     "2026-12-07 07:45",
     {"P1": ("medical", "M", ["12-07 AM"])}),
    # bn: "গাড়ি আজ সকালে পথে খারাপ হয়ে গেছে": words between the car and the breakdown, still the car broke down
    ("সালাম, আমাদের গাড়ি আজ সকালে পথে খারাপ হয়ে গেছে। রিয়া আজ স্কুলে আসতে পারবে না।", kids("Riya"), "2026-12-10 08:05",
     {"P1": ("transport", "O", full("12-10"))}),
    # bn: "গাড়িটা মাঝপথে বিকল হয়ে গেছে": broke down half way there
    ("নমস্কার, গাড়িটা মাঝপথে বিকল হয়ে গেছে, অর্ক আজ আর স্কুলে যেতে পারবে না।", kids("Arko"), "2026-12-03 08:30",
     {"P1": ("transport", "O", full("12-03"))}),
    # ar (Arabizi): "nishtri hdaya el krismas": buying Christmas presents, shopping (not the holiday itself)
    ("Marhaba, Adam ma ra7 yiji bukra, ra7 nishtri hdaya el krismas ma3 teta.", kids("Adam"), "2026-12-14 19:00",
     {"P1": ("unsatisfactory", "O", full("12-15"))}),
    # ar (Arabizi): "nishtri aghrad" (to buy things): shopping
    ("Sabah el kheir, Yara mish jaye el yom, lazem nishtri aghrad lal bet. Shukran", kids("Yara"), "2026-12-02 07:40",
     {"P1": ("unsatisfactory", "O", full("12-02"))}),
]

NOT_RECORDED = [
    # ar (Arabizi): "shu lazem nishtri aghrad lal krismas party": a question about what to buy, no absence
    ("Marhaba miss, shu lazem nishtri aghrad lal krismas party bel saff?", kids("Karim"), "2026-12-09 16:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m115_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m115_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
