"""Batch m123, Bengali, Arabic and Arabizi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "মঙ্গলবার পর্যন্ত বাসায় থাকতে, বুধবার থেকে স্কুলে আসবে": home up to Tuesday, comes to school from Wednesday
    # (the day of return, with a space before "থেকে")
    ("রিয়ার জ্বর হয়েছে। ডাক্তার বলেছে মঙ্গলবার পর্যন্ত বাসায় থাকতে, বুধবার থেকে স্কুলে আসবে।", kids("Riya"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # bn: "শুক্রবার থেকে আবার ক্লাসে যেতে পারবে": can go to class again from Friday (back on Friday)
    ("নাদিয়ার কাশি আর জ্বর, আজ আসবে না। শুক্রবার থেকে আবার ক্লাসে যেতে পারবে।", kids("Nadia"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # ar: "بدي آخد سلمى ... الساعة ١٢ ونص": I want to take Salma at 12:30 (collected before the afternoon register)
    ("السلام عليكم، بدي آخد سلمى بكرا الساعة ١٢ ونص عندها موعد أسنان", kids("Salma"), "2026-12-09 16:30",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # ar: "لازم آخذ يوسف": I have to take Yousef (the same collection, in the fuller spelling)
    ("لازم آخذ يوسف اليوم الساعة 1 عنده موعد بالمستشفى", kids("Yousef"), "2026-12-10 08:00",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # ar: "بدي آخد إجازة لآدم": I want to take leave for Adam (a request for leave, not a collection)
    ("بدي آخد إجازة لآدم يوم الجمعة عنا عرس", kids("Adam"), "2026-12-02 17:00",
     {"P1": ("family_event", "O", full("12-04"))}),
    # ar: "بهداك اليوم" (on that day): the day named before, not today
    ("ليلى عندها موعد دكتور يوم الثلاثاء وما رح تقدر تجي بهداك اليوم", kids("Layla"), "2026-12-03 17:00",
     {"P1": ("medical", "M", full("12-08"))}),
    # ar: "الثلاثاء صباحاً ... في ذلك اليوم": an event on Tuesday morning, and away all that day
    ("لدى سارة مقابلة في مدرسة ثانوية يوم الثلاثاء صباحاً، ولن تحضر إلى المدرسة في ذلك اليوم.", kids("Sara"),
     "2026-12-03 17:00", {"P1": ("interview", "J1", full("12-08"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # ar: "الأسبوع الجاي ... بذاك اليوم": an event next week with no day, "that day" is not today: ask
    ("عمر عنده مقابلة بمدرسة ثانية الأسبوع الجاي وما رح يجي بذاك اليوم", kids("Omar"), "2026-12-03 17:00", "clarify"),
    ("مساء الخير، جود عندها موعد بالمستشفى الأسبوع القادم ولن تحضر في ذلك اليوم", kids("Joud"), "2026-12-08 18:00",
     "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m123_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m123_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
