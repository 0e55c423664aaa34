"""Batches m74-m75, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "আমরা এখন রওনা দিচ্ছি" (we are setting off now) after oversleeping, sent after the register closed: late
    ("দুঃখিত, রিয়া ঘুম থেকে দেরিতে উঠেছে, আমরা এখন রওনা দিচ্ছি।", kids("Riya"), "2026-12-02 09:40",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # bn: "ভালো বোধ করছে না" (is not feeling well)
    ("সামির আজ ভালো বোধ করছে না, বাসায় থাকবে।", kids("Samir"), "2026-12-02 07:40",
     {"P1": ("illness", "I", full("12-02"))}),
    # bn: "গতকাল হাসপাতালে অপারেশন হয়েছে" (had an operation in hospital yesterday): recovering, illness
    ("তাসনিমের গতকাল হাসপাতালে অপারেশন হয়েছে, সে এই সপ্তাহে আর স্কুলে আসবে না।", kids("Tasnim"),
     "2026-12-02 07:40", {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # bn: "নানুর জন্মদিনের অনুষ্ঠান" (grandma's birthday party), "দুপুর ১টায় ওকে নিয়ে যাব" (I'll take him at 1 pm)
    ("রাফি অসুস্থ, আজ বাসায় থাকবে। আয়ান স্কুলে আসবে, কিন্তু আজ ওর নানুর জন্মদিনের অনুষ্ঠান, তাই দুপুর ১টায় ওকে"
     " নিয়ে যাব।", kids("Rafi", "Ayaan"), "2026-12-02 07:40",
     {"P1": ("illness", "I", full("12-02")), "P2": ("family_event", "O", ["12-02 PM"])}),
    # ar: "فقط" (only), "أما ... ف" (as for ...), "التهاب رئوي" (pneumonia), "لن يعود ... قبل" (not back before)
    ("سامي وليلى مريضان. ليلى ستغيب اليوم فقط، أما سامي فعنده التهاب رئوي ولن يعود إلى المدرسة قبل يوم الخميس.",
     kids("Sami", "Layla"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30", "12-01", "12-02")), "P2": ("illness", "I", full("11-30"))}),
    # ar: "عمل عملية أمس" (had an operation yesterday) after a broken arm: illness, not an appointment
    ("يوسف وقع بالتمرين وكسر ذراعه وعمل عملية أمس، لذلك لن يحضر إلى المدرسة هذا الأسبوع.", kids("Youssef"),
     "2026-11-30 07:30", {"P1": ("illness", "I", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    # ar: "بينما" (while), "٢ و٣ ديسمبر" (the 2nd and 3rd of December)
    ("مريم وسارة ستحضران عرس خالتهما. مريم ستغيب يوم الخميس فقط بينما سارة ستغيب يومي الأربعاء والخميس ٢ و٣ ديسمبر.",
     kids("Maryam", "Sara"), "2026-11-30 07:30",
     {"P1": ("family_event", "O", full("12-03")), "P2": ("family_event", "O", full("12-02", "12-03"))}),
    # ar: "للتسوق قبل السفر" (shopping before the trip): shopping, not the holiday
    ("زينب لن تحضر غداً لأننا سنذهب للتسوق قبل السفر.", kids("Zainab"), "2026-11-30 07:30",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # ar: "لكنه سيتأخر قليلاً" (but he will be a little late), "لأننا سنوصل ... أولاً" (because we take ... first)
    ("سلمى عندها اليوم مقابلة قبول في مدرسة ثانوية وستغيب طوال اليوم. ياسر سيأتي كالعادة لكنه سيتأخر قليلاً لأننا"
     " سنوصل سلمى أولاً، سيصل حوالي ٩:١٠.", kids("Salma", "Yasser"), "2026-12-02 07:40",
     {"P1": ("interview", "J1", full("12-02")), "P2": ("late", "L", ["12-02 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m74_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
