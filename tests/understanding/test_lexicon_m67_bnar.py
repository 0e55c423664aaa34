"""Batches m67-m69, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn: "বাস দেরিতে চলছে" (the bus is running late), "৯:৩০-এর মধ্যে ... পৌঁছে যাবে" (will get there by 9:30): late
    ("বাস দেরিতে চলছে, সাদিয়া ৯:৩০-এর মধ্যে স্কুলে পৌঁছে যাবে। দুঃখিত।", kids("Sadia"), "2026-11-24 08:40",
     {"P1": ("late", "U", ["11-24 AM"])}),
    # bn: "মাইগ্রেনের ব্যথা" (migraine pain): illness
    ("আরিফের আজ সকাল থেকে মাইগ্রেনের ব্যথা, ও আজ স্কুলে আসবে না।", kids("Arif"), "2026-11-25 07:20",
     {"P1": ("illness", "I", full("11-25"))}),
    # bn: "ছোটদের দেখার কেউ নেই" (no one to look after the little ones), "বাড়িতে থেকে ভাইবোনদের দেখবে" (stays at home
    # and looks after her brothers and sisters): kept home to mind them
    ("আমাকে আজ অফিসে যেতে হবে, ছোটদের দেখার কেউ নেই, তাই মিম বাড়িতে থেকে ভাইবোনদের দেখবে।", kids("Mim"),
     "2026-12-02 07:30", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # bn: "দেরিতে ঘুম থেকে উঠেছি" (we got up late), "এখন স্কুলে যাচ্ছে" (is on the way to school now): late
    ("দুঃখিত, আজ আমরা অনেক দেরিতে ঘুম থেকে উঠেছি, সামির এখন স্কুলে যাচ্ছে।", kids("Samir"), "2026-12-07 09:30",
     {"P1": ("late", "U", ["12-07 AM"])}),
    # bn: "দাদুবাড়িতে" (to grandad's house), "জানুয়ারিতে ছুটির পর ফিরবে" (back in January after the holidays): the
    # weekday named is the first day away, not the return
    ("আমরা বুধবার ভারতে যাচ্ছি দাদুবাড়িতে, নীলা জানুয়ারিতে ছুটির পর ফিরবে।", kids("Nila"), "2026-12-11 16:10",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # bn: "আজ সকালে মারা গেছেন" (passed away this morning): the day of the death, not a day off
    ("আমার শাশুড়ি আজ সকালে মারা গেছেন। কাল জানাজা, তাই তানভীর কাল স্কুলে আসবে না।", kids("Tanvir"),
     "2026-12-07 19:00", {"P1": ("exceptional", "C", full("12-08"))}),
    # ar: "لدي موعد" (I have an appointment: the parent's own), "لا يوجد أحد يوصلهم" (no one to take them): kept home
    ("لدي موعد في البنك صباح الغد ولا يوجد أحد يوصلهم إلى المدرسة، لذلك لن تحضر سارة وعلي غداً.",
     kids("Sara", "Ali"), "2026-11-25 19:00",
     {"P1": ("unsatisfactory", "O", full("11-26")), "P2": ("unsatisfactory", "O", full("11-26"))}),
    # ar: "امتحان قبول في مدرسة ثانوية" (an entrance exam at a secondary school): interview
    ("يوم الخميس عند سلمى امتحان قبول في مدرسة ثانوية، ولن تحضر في ذلك اليوم.", kids("Salma"), "2026-11-30 07:30",
     {"P1": ("interview", "J1", full("12-03"))}),
    # ar: "تسعل" (she coughs), "حرارتها عالية" (her temperature is high), "لن تأتي إلى المدرسة" (won't come to
    # school), no day, in the evening: the next school day
    ("مساء الخير، سارة تسعل كثيراً وحرارتها عالية، لن تأتي إلى المدرسة.", kids("Sara"), "2026-11-25 18:00",
     {"P1": ("illness", "I", full("11-26"))}),
    # ar: "في عطلة نهاية الأسبوع" (at the weekend): not a holiday
    ("صباح الخير، عمر انكسر معصمه في عطلة نهاية الأسبوع، وسيعود إلى المدرسة يوم الأربعاء.", kids("Omar"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # ar: "ما سمعنا المنبه" (we didn't hear the alarm), "ستصل هدى إلى المدرسة" (Huda will get to school): late
    ("عذراً، ما سمعنا المنبه، ستصل هدى إلى المدرسة الساعة 9:40.", kids("Huda"), "2026-11-24 08:50",
     {"P1": ("late", "U", ["11-24 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m67_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m67_bn_collection_after_school_is_forwarded() -> None:
    # bn: "স্কুল ছুটির পর ... নিতে আসবেন" (after school ... will come to pick him up): no absence
    result = parse("আজ স্কুল ছুটির পর রাফিকে ওর খালা নিতে আসবেন। ধন্যবাদ।", kids("Rafi"), "2026-12-10 10:00")
    assert result.action == "forward"


def test_m67_ar_sister_not_linked_is_clarified() -> None:
    # ar: "ليلى وأختها نور مصابتان بالحمى" (Layla and her sister Noor have a fever): Noor is not linked
    result = parse("ليلى وأختها نور مصابتان بالحمى ولن تأتيا اليوم.", kids("Layla"), "2026-12-14 07:35")
    assert result.action == "clarify"
    assert not result.reports
