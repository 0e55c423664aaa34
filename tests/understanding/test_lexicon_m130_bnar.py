"""Batch m130, Arabic and Bengali: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ar: "لأنني سآخذ ليلى إلى الطبيب أولاً" (because I'm taking Layla to the doctor first): the other child is late
    ("صباح الخير، ليلى مريضة ولن تحضر اليوم. أما يوسف فسيتأخر لأنني سآخذ ليلى إلى الطبيب أولاً، "
     "وسيصل حوالي الساعة العاشرة.",
     kids("Layla", "Youssef"), "2026-12-02 07:40",
     {"P1": ("illness", "I", full("12-02")), "P2": ("late", "U", ["12-02 AM"])}),
    # ar: Egyptian "هيتأخر" (will be late) and "هيوصل الساعة عشرة" (will arrive at ten)
    ("كريم هيتأخر النهارده عشان عربيتنا عطلانة، هيوصل الساعة عشرة.", kids("Karim"), "2026-12-02 07:40",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # bn: "ami eka" (I'm on my own, "achi" unsaid), "Rafi ke rekhe ber hote parbo na" (I can't go out leaving Rafi)
    ("Rafi r jor, aj school e jabe na. Mitu keo aj bashay rakhlam, ami eka, Rafi ke rekhe ber hote parbo na.",
     kids("Rafi", "Mitu"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")), "P2": ("unsatisfactory", "O", full("12-07"))}),
    # bn: "1tay eshe niye jabo" (I'll come at one and take her): collected before the afternoon register
    ("Salam, Mitu r pet betha, school theke phone korechilo. Ami 1tay eshe niye jabo.", kids("Mitu"),
     "2026-12-09 10:30", {"P1": ("illness", "I", ["12-09 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m130_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
