"""Batches m71-m72, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn: "বাস বাতিল হয়ে গেছে" (the bus is cancelled), "এগারোটার আগে স্কুলে পৌঁছাতে পারবে না" (can't get to school
    # before eleven): late, after the register closes
    ("বাস বাতিল হয়ে গেছে, নাদিয়া এগারোটার আগে স্কুলে পৌঁছাতে পারবে না।", kids("Nadia"), "2026-12-02 08:10",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # bn: the hour in figures, "আসতে পারবে না" (can't come)
    ("ট্রেন বাতিল হয়েছে, রাফি ১০টার আগে আসতে পারবে না। দুঃখিত।", kids("Rafi"), "2026-11-24 08:15",
     {"P1": ("late", "U", ["11-24 AM"])}),
    # ar: "سنأتي لأخذ ريم من المدرسة" (we'll come to take Reem from school) at 12:30 for the doctor: PM only
    ("سنأتي لأخذ ريم من المدرسة الساعة 12:30 لأن عندها موعد عند الطبيب.", kids("Reem"), "2026-11-26 08:00",
     {"P1": ("medical", "M", ["11-26 PM"])}),
    # ar: "لحفل تخرج أختها" (for her sister's graduation ceremony): a family event
    ("سيغيب زياد يوم الخميس لحفل تخرج أخته من الجامعة.", kids("Ziad"), "2026-11-30 07:30",
     {"P1": ("family_event", "O", full("12-03"))}),
    # ar: "آخر أسبوع قبل العطلة" (the last week before the holidays), the flight on the Monday
    ("سنسافر إلى مصر لزيارة الأهل، رحلتنا صباح 14/12، لذلك ستغيب مريم آخر أسبوع قبل العطلة بالكامل.", kids("Maryam"),
     "2026-12-07 19:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # ar: "عندهما" (the two of them have), both named children
    ("كريم وسارة عندهما زكام ولن يأتيا إلى المدرسة اليوم.", kids("Karim", "Sara"), "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24")), "P2": ("illness", "I", full("11-24"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m71_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # bn: "ওর মামাতো বোন তানিয়া" (her cousin Tania): a child who is not linked
    ("মিম আর ওর মামাতো বোন তানিয়া আজ স্কুলে আসবে না, দুজনেরই সর্দি।", kids("Mim"), "2026-12-01 07:30"),
    # ar: "X وY عندهما" (X and Y have): Y is not linked
    ("يوسف وآدم عندهما حرارة ولن يأتيا إلى المدرسة اليوم.", kids("Yousef", "Lina"), "2026-12-01 07:30"),
])
def test_m71_bnar_unlinked_child_is_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "clarify"
    assert not result.reports
