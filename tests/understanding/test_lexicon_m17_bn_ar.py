"""Batch m17: Bengali (native script) and Arabic (Arabic script and Arabizi) lexicon rules."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.types import Child

RAFI, TANVIR, NADIA, SAKIB = Child("P1", "Rafi"), Child("P1", "Tanvir"), Child("P1", "Nadia"), Child("P1", "Sakib")
OMAR, LAYLA, RAMI, MAYA = Child("P1", "Omar"), Child("P1", "Layla"), Child("P1", "Rami"), Child("P1", "Maya")
KARIM, SALMA, YARA, SAMI = Child("P1", "Karim"), Child("P1", "Salma"), Child("P1", "Yara"), Child("P2", "Sami")

BENGALI = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # "ডাক্তার দেখিয়ে ওকে স্কুলে নিয়ে আসব": having seen the doctor I'll bring him in: AM only
    ("আগামীকাল সকাল ৯টায় রাফির দাঁতের ডাক্তারের অ্যাপয়েন্টমেন্ট। ডাক্তার দেখিয়ে ওকে স্কুলে নিয়ে আসব।", [RAFI],
     "2026-12-08 19:00", {"P1": ("medical", "M", ["12-09 AM"])}),
    # "ইন্টারভিউ শেষে ও স্কুলে চলে আসবে": at the end of the interview he comes to school
    ("আজ সকালে তানভীরের কলেজে ইন্টারভিউ আছে, ইন্টারভিউ শেষে ও স্কুলে চলে আসবে।", [TANVIR], "2026-12-02 07:40",
     {"P1": ("interview", "J1", ["12-02 AM"])}),
    # "একটার সময় ওকে নিয়ে যাব" (I'll take her at one), "বিকেলে স্কুলে থাকবে না" (not in school in the afternoon)
    ("স্কুল থেকে ফোন এসেছিল, নাদিয়ার মাথা ঘুরছে। আমি একটার সময় ওকে নিয়ে যাব, বিকেলে ও স্কুলে থাকবে না।", [NADIA],
     "2026-12-03 11:50", {"P1": ("illness", "I", ["12-03 PM"])}),
    # "কাল বিকেলে" (tomorrow afternoon), "বৃহস্পতিবার বিকেলে" (Thursday afternoon): PM only
    ("কাল বিকেলে সাকিবের দাঁতের ডাক্তারের অ্যাপয়েন্টমেন্ট আছে।", [SAKIB], "2026-12-01 07:30",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    ("বৃহস্পতিবার বিকেলে রাফির হাসপাতালে অ্যাপয়েন্টমেন্ট আছে।", [RAFI], "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # "বাসায় আগুন লেগে গিয়েছিল": a fire at home
    ("গতকাল রাতে আমাদের বাসায় আগুন লেগে গিয়েছিল। সাকিব আজ স্কুলে আসবে না।", [SAKIB], "2026-11-30 07:15",
     {"P1": ("exceptional", "C", full("11-30"))}),
]

ARABIC = [
    # Arabic script: the hour in words, "حوالي تسعة وربع" (about a quarter past nine), before the register closes
    ("آسفين، تعطلت السيارة. عمر رح يوصل حوالي الساعة تسعة وربع", [OMAR], "2026-12-02 08:10",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # "لمدة خمس أيام": for five days, counted in open school days (Tue to the next Mon)
    ("ليلى عندها حرارة والدكتور قال لازم تضل بالبيت لمدة خمس أيام", [LAYLA], "2026-12-01 07:20",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03", "12-04", "12-07"))}),
    # Arabizi: "masa2 el 5eer", "el sa3a 9 el sob7" (9 in the morning, not this morning)
    ("masa2 el 5eer, Rami 3endo maw3ed 3and el daktor bukra el sa3a 9 el sob7, ba3d el maw3ed bjibo 3al madrase",
     [RAMI], "2026-12-09 18:30", {"P1": ("medical", "M", ["12-10 AM"])}),
    # "2 ba3d el dohr": 2 in the afternoon, collected at 1
    ("Maya 3andha maw3ed asnan bukra el sa3a 2 ba3d el dohr, ra7 a5edha mn el madrase el sa3a 1", [MAYA],
     "2026-12-14 18:00", {"P1": ("medical", "M", ["12-15 PM"])}),
    # Egyptian: "el 3arabeya 3atlet" (the car broke down), "7awaly" (about): late, after the register closes
    ("sorry, el 3arabeya 3atlet w Karim hayewsal 7awaly 9:45", [KARIM], "2026-12-07 08:30",
     {"P1": ("late", "U", ["12-07 AM"])}),
    # "fara7 5altha": her aunt's wedding
    ("Salma mesh hatrou7 el madrasa yom el khamis 3ashan fara7 5altha", [SALMA], "2026-12-07 07:30",
     {"P1": ("family_event", "O", full("12-10"))}),
    # a grandmother taken to hospital, "e7na ma3ha bel mustashfa": a family emergency
    ("sitti n2alet 3al mustashfa w e7na ma3ha bel mustashfa, fa Yara w Sami ma ra7 yiju lyom", [YARA, SAMI],
     "2026-12-08 07:05", {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", full("12-08"))}),
    # "ana la7ali" (I'm alone), "ma fi 7ada ywasselha" (no one to take her): the sibling of an ill child
    ("Sami 3ando s5ouneh w ana la7ali bel beit, fa Yara ma ra7 tiji lyom la2enno ma fi 7ada ywasselha 3al madrase",
     [YARA, SAMI], "2026-12-01 07:25",
     {"P1": ("unsatisfactory", "O", full("12-01")), "P2": ("illness", "I", full("12-01"))}),
    # "rje3na mn el 3otle" (we got back from the holiday), "ma nemo", "na3sanin" (sleepy), "yi2a3do bel beit"
    ("rje3na mn el 3otle el sa3a 2 el fajr w el wlad ma nemo mni7, kteer na3sanin. ra7 yi2a3do bel beit lyom",
     [YARA, SAMI], "2026-12-03 07:30",
     {"P1": ("unsatisfactory", "O", full("12-03")), "P2": ("unsatisfactory", "O", full("12-03"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*BENGALI, *ARABIC])
def test_m17_bn_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
