"""Batch m22, Bengali and Arabic (native scripts, romanised Bengali, Arabizi): the vocabulary its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

ARABIZI = [
    # "Hala" is a girl's name here, not the greeting "hala" (hi): only she is off, Omar comes in
    ("Hala ma ra7 tiji lyom, 3anda 7arara. Omar ra7 yiji 3adi", kids("Hala", "Omar"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # "ma ra7 ykamel ba3d el dohr": he won't stay for the afternoon (of the day named, not this afternoon)
    ("Masa el kheir, bukra 3anna 3aza, Sami bikoun bel madrase bas ma ra7 ykamel ba3d el dohr", kids("Sami"),
     "2026-12-01 18:00", {"P1": ("exceptional", "C", ["12-02 PM"])}),
    # "3am yista2a men el lel": he has been vomiting since last night
    ("Sabah el kheir, Rami 3am yista2a men el lel, ma ra7 yiji lyom", kids("Rami"), "2026-12-02 07:20",
     {"P1": ("illness", "I", full("12-02"))}),
    # Egyptian "mesh gaya": she is not coming
    ("Nour mesh gaya el madrasa el naharda, 3andaha sokhneya", kids("Nour"), "2026-12-03 07:30",
     {"P1": ("illness", "I", full("12-03"))}),
    # "bukra byiji": he comes in tomorrow (today only)
    ("Sami 3ando rash7 w ma ra7 yiji lyom, bas bukra byiji", kids("Sami"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # "ra7 a5do 3al sa3a 1": I'll take him (out of school) at one
    ("Salam, Rami 3ando maw3ed 3and el daktor, ra7 a5do 3al sa3a 1", kids("Rami"), "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 PM"])}),
]

ARABIC = [
    # "بغداد" (Baghdad) holds "غدا" (tomorrow) but is not it: today only
    ("علي مريض ولن يحضر اليوم. جدته وصلت من بغداد.", kids("Ali"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # "وبتوصل المدرسة الساعة ١٠": she gets to school at 10 (the morning only)
    ("ليلى عندها موعد عند طبيب العيون الساعة ٨:٣٠، وبتوصل المدرسة الساعة ١٠.", kids("Layla"), "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 AM"])}),
    # "أبوهم انتقل إلى المستشفى": their father was taken to hospital (the parent named first)
    ("أبوهم انتقل إلى المستشفى الليلة الماضية، يوسف وسارة لن يحضرا اليوم.", kids("Yousef", "Sara"),
     "2026-12-03 07:30", {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03"))}),
    # "ترجع البنات إلى المدرسة يوم الخميس": the girls are back on Thursday (the ones coming back named between)
    ("توفيت جدة البنات، ترجع البنات إلى المدرسة يوم الخميس إن شاء الله.", kids("Huda", "Mona"), "2026-12-01 07:30",
     {"P1": ("exceptional", "C", full("12-01", "12-02")), "P2": ("exceptional", "C", full("12-01", "12-02"))}),
]

BENGALI = [
    # "একটা" is "a" (not one o'clock); "দুপুরে স্কুলে চলে আসবে": comes in at midday
    ("রাফির একটা ডেন্টিস্ট appointment আছে আজ সকাল দশটায়, দুপুরে স্কুলে চলে আসবে।", kids("Rafi"),
     "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # "১০ থেকে ১১ ডিসেম্বর": the 10th to the 11th of December
    ("তানিয়া ১০ থেকে ১১ ডিসেম্বর বিয়েতে যাবে, স্কুলে আসবে না।", kids("Tania"), "2026-12-01 07:30",
     {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # "আগামীকাল সকালে" (tomorrow morning), "দুপুরে স্কুলে ফিরে আসবে" (back in school at midday)
    ("আগামীকাল সকালে তানিয়ার হাসপাতালে appointment আছে, ও দুপুরে স্কুলে ফিরে আসবে।", kids("Tania"),
     "2026-12-01 18:00", {"P1": ("medical", "M", ["12-02 AM"])}),
    # "দশটার মধ্যে ওকে স্কুলে দিয়ে আসব": I'll drop him at school by ten
    ("আজ সকাল ৯টায় রাফির চোখের ডাক্তারের appointment, দশটার মধ্যে ওকে স্কুলে দিয়ে আসব।", kids("Rafi"),
     "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # "সাড়ে নয়টার দিকে পৌঁছাবে": will get there about half past nine
    ("দুঃখিত, রাস্তায় জ্যাম, তানিয়া সাড়ে নয়টার দিকে পৌঁছাবে।", kids("Tania"), "2026-12-02 08:45",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # "গাড়ি আটকে আছে": the car is stuck
    ("দুঃখিত, গাড়ি আটকে আছে, রাফি দশটার দিকে পৌঁছাবে।", kids("Rafi"), "2026-12-02 08:45",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # the younger girl is ill and nobody can take Imon in: he is kept home for her
    ("ছোট মেয়েটার খুব জ্বর। ইমনকে স্কুলে নিয়ে যাওয়ার কেউ নেই, তাই ও আজ আসবে না।", kids("Imon"),
     "2026-12-02 07:30", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # romanised: "dadu ke hospital e dekhte gechilam" (we went to see grandad in hospital): late, not medical
    ("Imon aj ektu late hobe, dadu ke hospital e dekhte gechilam, 9:10 er moddhe school e pouchabo", kids("Imon"),
     "2026-12-02 08:40", {"P1": ("late", "L", ["12-02 AM"])}),
    # romanised: "pa bhenge geche" (broke a leg), "hand, foot and mouth"
    ("Tania r cricket khelte giye pa bhenge geche, aj school e jabe na", kids("Tania"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
    ("Rafi r hand, foot and mouth hoyeche, aj ashbe na", kids("Rafi"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*ARABIZI, *ARABIC, *BENGALI])
def test_m22_bn_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # ar: thanks to the teacher for her help this term: no absence, passed on
    ("Shukran ktir la Mrs Patel 3al musa3ade ma3 Nour hal term", kids("Nour"), "2026-12-10 15:00", "forward"),
    # bn: "তারিখ এখনো ঠিক হয়নি" (the date is not fixed yet): the days are asked about
    ("কয়েকদিন পরে আমরা দেশে যাব, তারিখ এখনো ঠিক হয়নি, তখন রাফি স্কুলে আসবে না।", kids("Rafi"), "2026-12-02 12:00",
     "clarify"),
])
def test_m22_bn_ar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action
