"""Batch m130, Urdu, Punjabi and Roman Urdu/Punjabi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa: "ਭਰਾ ਦੀ ਕਾਨਵੋਕੇਸ਼ਨ": a brother's graduation (a family event)
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਸਿਮਰਨ ਦੇ ਭਰਾ ਦੀ ਕਾਨਵੋਕੇਸ਼ਨ ਹੈ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ, ਉਹ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ", kids("Simran"),
     "2026-12-08 08:30", {"P1": ("family_event", "O", full("12-11"))}),
    # ur: "بڑی بہن کی گریجویشن": an older sister's graduation (a family event)
    ("السلام علیکم، کل سمرن کی بڑی بہن کی گریجویشن ہے، اس لیے سمرن کل اسکول نہیں آئے گی", kids("Simran"),
     "2026-12-08 19:30", {"P1": ("family_event", "O", full("12-09"))}),
    # pa: "ਗੱਡੀ ਰਸਤੇ ਵਿੱਚ ਖਰਾਬ ਹੋ ਗਈ": the car broke down on the way (a place between car and broke down)
    ("ਸਾਡੀ ਗੱਡੀ ਰਸਤੇ ਵਿੱਚ ਖਰਾਬ ਹੋ ਗਈ, ਸਿਮਰਨ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆ ਸਕੇਗੀ", kids("Simran"), "2026-12-08 08:30",
     {"P1": ("transport", "O", full("12-08"))}),
    # roman: "12 vaje Harjot te Ayaan nu lain aavange": the children named after the time, collected then
    ("SSA, asi 12 vaje Harjot te Ayaan nu lain aavange, doctor di appointment hai 12:30 te", kids("Harjot", "Ayaan"),
     "2026-12-09 08:10", {"P1": ("medical", "M", ["12-09 PM"]), "P2": ("medical", "M", ["12-09 PM"])}),
    # roman: "school chhod dun gi": the future written in two words (dropped at school at that time)
    ("AoA, aaj usko 10:30 baje school chhod dun gi. Shukriya", kids("Bilal"), "2026-12-09 08:10",
     {"P1": ("late", "U", ["12-09 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m130_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
