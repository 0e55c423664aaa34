"""Batch m87, Arabic and Arabizi: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ar: "رح ناخد X من المدرسة الساعة ١٢" (we'll take X from school at 12): collected before the afternoon, PM only
    ("مرحبا، رح ناخد ريم من المدرسة الساعة ١٢ اليوم لأنو عنا عرس بنت خالتها.",
     kids("Reem"), "2026-12-15 08:00", {"P1": ("family_event", "O", ["12-15 PM"])}),
    # ar: "نعسان" (sleepy) after getting back in the small hours: tired, kept home (unsatisfactory)
    ("صباح الخير، كريم نعسان كتير لأنو رجعنا من عند جدو الساعة ٢ بالليل، رح يضل بالبيت اليوم.",
     kids("Karim"), "2026-12-15 07:50", {"P1": ("unsatisfactory", "O", full("12-15"))}),
    # arabizi: "3ando assessment b secondary school" (an assessment at a secondary school) and "ra7 yiji 3al madrase
    # ba3d el dohor" (he'll come to school after midday, "dohor" spelt with two vowels): J1 for that morning only
    ("Hi, Omar 3ando assessment b secondary school bokra el sa3a 10, ra7 yiji 3al madrase ba3d el dohor.",
     kids("Omar"), "2026-12-14 18:00", {"P1": ("interview", "J1", ["12-15 AM"])}),
]

NOT_RECORDED = [
    # ar: "أشكركم على حفل عيد الميلاد" (I thank you for the Christmas show): thanks, no absence
    ("مساء الخير، حبيت أشكركم على حفل عيد الميلاد الحلو اليوم، ليلى انبسطت كتير.",
     kids("Layla"), "2026-12-15 17:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m87_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m87_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
