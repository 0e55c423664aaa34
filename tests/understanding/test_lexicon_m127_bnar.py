"""Batch m127, Bengali, Arabic and Arabizi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED: list[tuple[str, list[Child], str, dict]] = [
    # bn: "তানিয়াকে আমি দুপুর ১টায় নিয়ে যাব" (I'll take Tania at 1 midday): a named child collected, PM only; and
    # "জানাজা।" (funeral.) keeps its full stop, so the reason reaches the collected child's sentence too
    ("আসসালামু আলাইকুম, আমার নানা গতকাল মারা গেছেন, আজ জানাজা। রাফি আজ স্কুলে যাবে না, আর তানিয়াকে আমি দুপুর"
     " ১টায় নিয়ে যাব।", kids("Rafi", "Tania"), "2026-12-16 07:40",
     {"P1": ("exceptional", "C", full("12-16")), "P2": ("exceptional", "C", ["12-16 PM"])}),
    # bn: the time first, "দুপুর ১২:৩০-এ আমি সামিকে নিয়ে যাব" (at 12:30 I'll take Sami): collected, PM only
    ("আজ দুপুর ১২:৩০-এ আমি সামিকে নিয়ে যাব, আমার বোনের বিয়ে।", kids("Sami"), "2026-12-15 07:40",
     {"P1": ("family_event", "O", ["12-15 PM"])}),
    # bn: an hour in words, "মিমকে আজ সাড়ে বারোটায় নিয়ে যাব" (I'll take Mim at half past twelve today)
    ("মিমকে আজ সাড়ে বারোটায় নিয়ে যাব, ওর খালার বিয়ে।", kids("Mim"), "2026-12-15 07:40",
     {"P1": ("family_event", "O", ["12-15 PM"])}),
    # ar: "هل يمكنني أن آخذ ريم الساعة 1 ظهراً؟" (may I take Reem at 1 pm?): asking to collect her, PM only
    ("السلام عليكم، هل يمكنني أن آخذ ريم الساعة 1 ظهراً؟ عندنا عرس أخوها. عمر يداوم عادي.", kids("Reem", "Omar"),
     "2026-12-09 07:40", {"P1": ("family_event", "O", ["12-09 PM"])}),
    # ar: "ممكن آخد سلمى الساعة ١٢ ونص اليوم؟" (can I take Salma at 12:30 today?) for a dentist's appointment
    ("ممكن آخد سلمى الساعة ١٢ ونص اليوم؟ عندها موعد عند دكتور الأسنان", kids("Salma"), "2026-12-09 07:40",
     {"P1": ("medical", "M", ["12-09 PM"])}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # ar: "هل يمكنني أن آخذ موعد مع المعلمة؟" (can I get an appointment with the teacher?): a question, not a collection
    ("هل يمكنني أن آخذ موعد مع المعلمة؟", kids("Salma"), "2026-12-09 07:40", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m127_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m127_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
