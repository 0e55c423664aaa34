"""Batch m138, Bengali and Arabic: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "gari ta start hocche na" (the car won't start): transport, the whole day
    ("Salam miss, amader gari ta start hocche na, Tanvir aj school e jete parbe na", kids("Tanvir"),
     "2026-12-09 07:40", {"P1": ("transport", "O", full("12-09"))}),
    # bn (romanised): "kono bus nai" (there is no bus at all): transport
    ("aj amader ekhane kono bus nai tai Tanvir school e jete parbe na", kids("Tanvir"), "2026-12-09 07:40",
     {"P1": ("transport", "O", full("12-09"))}),
    # ar: "وبرجعه عالمدرسة بعد الموعد. مريم جاية عادي": the full stop after "the appointment" still ends the clause, so
    # the sister coming in as normal is not marked
    ("صباح الخير، يوسف عنده موعد عند دكتور العيون الساعة ١٠ وبرجعه عالمدرسة بعد الموعد. مريم جاية عادي",
     kids("Yusuf", "Maryam"), "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 AM"])}),
    # ar (Arabizi): "el etnen 3andhom 7arara" (the two of them have a temperature): "el etnen" is both, not Monday
    ("sabah el kheir, el etnen 3andhom 7arara mn mbare7, mish jayyin el yom", kids("Omar", "Layla"),
     "2026-12-09 07:40", {"P1": ("illness", "I", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
    # ar (Arabizi): "sayyarti t3atlet w mafi bas" (my car broke down and there is no bus): transport ("bas" is the
    # bus here, not "but")
    ("sayyarti t3atlet w mafi bas, yousef mish jayi el yom", kids("Yousef"), "2026-12-09 07:40",
     {"P1": ("transport", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m138_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
