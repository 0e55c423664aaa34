"""Batches m81-m82, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn (romanised): "Nadia'r" (Nadia's, the possessive after an apostrophe), "kal rat theke" (since last night),
    # "bus ashe nai" (the bus didn't come): the second child is late, not ill
    ("Nadia'r kal rat theke jor, o aj ghore thakbe. Bus ashe nai, tai Imran ke amar husband gari kore niye jacche,"
     " 9:10 er moddhe pouchabe.", kids("Nadia", "Imran"), "2026-12-07 08:05",
     {"P1": ("illness", "I", full("12-07")), "P2": ("late", "L", ["12-07 AM"])}),
    # bn (romanised): "Sami keo sathe nite hocche karon or pick up korar keu nai" (I have to take Sami along too
    # because there is no one to pick him up): the sibling kept off for want of care
    ("Riya r aj 11 tay hospital e appointment ache, shara din lege jabe, o school e ashbe na. Sami keo sathe nite"
     " hocche karon or pick up korar keu nai.", kids("Riya", "Sami"), "2026-12-09 07:50",
     {"P1": ("medical", "M", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # bn: "রাফি সকালে স্কুলে যাবে, আমি ওকে সাড়ে বারোটায় নিয়ে আসব" (Rafi goes to school in the morning, I'll fetch
    # him at half past twelve): the afternoon only
    ("কাল আমার বোনের বিয়ে, তাই নাফিসা কাল স্কুলে যাবে না। রাফি সকালে স্কুলে যাবে, আমি ওকে সাড়ে বারোটায় নিয়ে আসব।",
     kids("Nafisa", "Rafi"), "2026-12-08 19:30",
     {"P1": ("family_event", "O", full("12-09")), "P2": ("family_event", "O", ["12-09 PM"])}),
    # bn (romanised): "Tasnim already school e ache" (Tasnim is already at school): not a pain, not absent
    ("Sorry miss, Rohan overslept, 9:40 er dike school e ashbe. Tasnim already school e ache.",
     kids("Rohan", "Tasnim"), "2026-12-08 08:35", {"P1": ("late", "U", ["12-08 AM"])}),
    # bn (romanised): "amar nijer dentist appointment chilo" (I had my own dentist appointment): the parent's, so the
    # children are late, not at an appointment
    ("ami aaj Arif ke ektu deri kore niye ashbo, sokale amar nijer dentist appointment chilo. 9:10 er moddhe pouche"
     " jabo.", kids("Arif"), "2026-12-08 08:30", {"P1": ("late", "L", ["12-08 AM"])}),
    # bn: "... আজ স্কুলে পাঠাচ্ছি না। কাল আসবে।" (not sending her today. She comes tomorrow.): back tomorrow
    ("নুসরাতের মাথা ব্যথা, তাই আজ স্কুলে পাঠাচ্ছি না। কাল আসবে।", kids("Nusrat"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # ar (Egyptian): "مريم هتيجي النهارده عادي، بس بكره مش هتيجي" (Maryam comes in today as normal, but tomorrow she
    # won't): tomorrow only
    ("يوسف تعبان، هيفضل في البيت النهارده. مريم هتيجي النهارده عادي، بس بكره مش هتيجي عشان عندها ميعاد في المستشفى.",
     kids("Youssef", "Maryam"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("medical", "M", full("12-08"))}),
    # ar (Gulf): "أما سلمى فتداوم بكرة عادي وباخذها الساعة ١٢" (as for Salma, she goes in tomorrow as normal and I'll
    # take her at 12): the afternoon only
    ("توفي جد الأولاد اليوم. خالد ما راح يداوم بكرة لأنه بيسافر معي للدفن، أما سلمى فتداوم بكرة عادي وباخذها الساعة"
     " ١٢ للعزاء.", kids("Khaled", "Salma"), "2026-12-07 19:00",
     {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", ["12-08 PM"])}),
    # ar (Iraqi): "لازم أودّي سلمى للطبيب أول" (I have to take Salma to the doctor first): the errand that makes the
    # other child late, not his appointment
    ("سلمى تعبانة وحرارتها عالية، راح تبقى بالبيت اليوم. ويوسف راح يتأخر لأن لازم أودّي سلمى للطبيب أول، يوصل تقريباً"
     " الساعة عشرة.", kids("Salma", "Youssef"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")), "P2": ("late", "U", ["12-07 AM"])}),
    # ar: "سيعودان بعد عطلة الميلاد" (the two will be back after the Christmas holidays): the span runs to the end of
    # term
    ("سنسافر إلى مصر لزيارة الأهل. مريم لن تحضر إلى المدرسة ابتداءً من يوم الاثنين ١٤ ديسمبر، أما علي فسيغيب يوم"
     " الجمعة ١٨ فقط. سيعودان بعد عطلة الميلاد.", kids("Maryam", "Ali"), "2026-12-10 20:30",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-18"))}),
]

CLARIFIED = [
    # bn (romanised): "Sakib'r kal rat theke jor" (Sakib has had a fever since last night): Sakib is not a linked child
    ("Sakib'r kal rat theke jor, o aj ghore thakbe.", kids("Riya", "Tania"), "2026-12-09 07:50"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m81_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFIED)
def test_m81_bnar_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert (result.action, result.reports) == ("clarify", ()), result.explanation
