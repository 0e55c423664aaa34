"""Batch m135, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # so: "berri maaha, laakiin waa Jimcaha": not tomorrow but Friday (a correction: the day before "maaha" withdrawn)
    ("Cabdi berri ma imaan karo, dhakhtar ballan ayuu leeyahay. Berri maaha, laakiin waa Jimcaha.", kids("Cabdi"),
     "2026-12-09 07:30", {"P1": ("medical", "M", full("12-11"))}),
    # tr: "cuma umarım okulda olur": back on Friday, with a hope between the day and the verb (a day of return)
    ("Elif bugün gelmeyecek, babaannesi vefat etti, cenaze yarın. Cuma umarım okulda olur.", kids("Elif"),
     "2026-12-02 07:30", {"P1": ("exceptional", "C", full("12-02", "12-03"))}),
    # tr: "özür dilerim yanlış yazmışım, randevu cuma": I wrote it wrong (a correction: the day it names next replaces
    # the one before)
    ("Deniz yarın gelmeyecek, diş randevusu var. Özür dilerim yanlış yazmışım, randevu cuma! Yarın okula geliyor.",
     kids("Deniz"), "2026-12-07 07:30", {"P1": ("medical", "M", full("12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m135_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
