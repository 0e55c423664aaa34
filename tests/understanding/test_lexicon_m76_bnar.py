"""Batches m76-m77, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "সোমবার ১৪ ডিসেম্বর স্কুলে ফিরবে" (back at school on Monday 14 December): the weekday only names the date
    ("নাবিলার জ্বর হয়েছে। ও সোমবার ১৪ ডিসেম্বর স্কুলে ফিরবে।", kids("Nabila"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # bn: "বুধবার পর্যন্ত, বুধবার সহ" (until Wednesday, Wednesday included): one span, Wednesday kept
    ("সাদিয়া আর রাহিম দুজনেরই কাশি। সাদিয়া মঙ্গলবার স্কুলে ফিরবে। রাহিম বুধবার পর্যন্ত, বুধবার সহ, বাসায় থাকবে।",
     kids("Sadia", "Rahim"), "2026-11-30 07:40",
     {"P1": ("illness", "I", full("11-30")), "P2": ("illness", "I", full("11-30", "12-01", "12-02"))}),
    # bn: "শুধু" (only), "বড়দিনের নাটকে অভিনয় করবে" (is acting in the Christmas play), "ওর মা পরে যাবে" (his mother goes
    # later)
    ("আমরা ছুটিতে বাংলাদেশে যাচ্ছি। রুমানা ১৪ থেকে ১৮ ডিসেম্বর স্কুলে আসবে না। ইমরান বড়দিনের নাটকে অভিনয় করবে, তাই"
     " ও আর ওর মা পরে যাবে — ইমরান শুধু ১৬ থেকে ১৮ ডিসেম্বর আসবে না।", kids("Rumana", "Imran"), "2026-12-10 10:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ar: "لم تستيقظ في الوقت المناسب" (didn't wake up on time), "سأوصلها إلى المدرسة في العاشرة إلا ربعاً" (I'll bring
    # her to school at a quarter to ten)
    ("آسفة، ليلى لم تستيقظ في الوقت المناسب، سأوصلها إلى المدرسة في العاشرة إلا ربعاً.", kids("Layla"),
     "2026-12-01 08:45", {"P1": ("late", "U", ["12-01 AM"])}),
    # ar: "استيقظنا متأخرين" (we woke up late), "سأحضره إلى المدرسة في التاسعة والنصف" (at half past nine)
    ("استيقظنا متأخرين اليوم، سأحضره إلى المدرسة في التاسعة والنصف.", kids("Omar"), "2026-12-01 08:40",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # ar: "وبعدها سأحضرها إلى المدرسة" (and after it I'll bring her in): the morning only
    ("هدى عندها موعد أسنان يوم الخميس الساعة التاسعة، وبعدها سأحضرها إلى المدرسة.", kids("Huda"),
     "2026-11-30 18:00", {"P1": ("medical", "M", ["12-03 AM"])}),
    # ar: "وبعد ذلك سنوصله للمدرسة حوالي الساعة الحادية عشرة" (and after that we bring him in at about eleven)
    ("لدى آدم اختبار قبول في مدرسة أخرى يوم الثلاثاء صباحاً، وبعد ذلك سنوصله للمدرسة حوالي الساعة الحادية عشرة.",
     kids("Adam"), "2026-11-30 18:00", {"P1": ("interview", "J1", ["12-01 AM"])}),
    # ar: "حفلة المدرسة" (the school party) is the school's own event, not a family one; "أما" (as for)
    ("سنسافر إلى مصر لزيارة الأهل. سارة ستغيب من ١٤ إلى ١٨ ديسمبر، أما نور فستغيب من ١٦ إلى ١٨ ديسمبر لأن عندها"
     " حفلة المدرسة يوم ١٥.", kids("Sara", "Noor"), "2026-12-07 16:10",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m76_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
