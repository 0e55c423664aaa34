"""Batch m105, Bengali (native and romanised) and Arabic (script and Arabizi): the phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "10:05 e school e ashbe" (comes to school at 10:05): a late arrival at that time, after the close
    ("Assalamu alaikum, Rafi aj 10:05 e school e ashbe, amader gari start hocche na.", kids("Rafi"),
     "2026-12-10 08:40",
     {"P1": ("late", "U", ["12-10 AM"])}),
    # bn (romanised): "school e 9:10 e ashbe" (the school first): in at that time, before the close
    ("Tania school e 9:10 e ashbe, rastay onek jam.", kids("Tania"), "2026-12-10 08:30",
     {"P1": ("late", "L", ["12-10 AM"])}),
    # bn (romanised): "10:45 er moddhe school e pouche dibo" (I'll have her at school by 10:45): in after the doctor
    ("Nadia ke aj 9 tay doctor er kache niye jabo, 10:45 er moddhe school e pouche dibo.", kids("Nadia"),
     "2026-12-09 07:30",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # bn (romanised): "ajke jabe kintu 1:00 e oke pick up korbo" (goes in but I'll pick her up at 1): the afternoon only
    ("Mim ajke jabe kintu 1:00 e oke pick up korbo, or dentist appointment ache.", kids("Mim", "Ayan"),
     "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # bn (romanised): "school e ashbe, tobe 12:45 e nite ashbo" (comes in, but I'll come for him at 12:45)
    ("Ayan school e ashbe, tobe 12:45 e nite ashbo, hospital e checkup ache.", kids("Mim", "Ayan"),
     "2026-12-08 07:30",
     {"P2": ("medical", "M", ["12-08 PM"])}),
    # bn (romanised): "ammu Dhaka te hospital e bhorti" (her grandmother is in hospital in Dhaka; the place between),
    # "critical obosthay" (in a critical condition), "2/12 theke 4/12 porjonto" (from 2/12 to 4/12, both included),
    # "Monday 7/12 theke abar ashbe" (back on Monday 7/12)
    ("Salam, amar ammu Dhaka te hospital e bhorti, critical obosthay ache. Amra kalke Dhaka jacchi. Rina 2/12 theke "
     "4/12 porjonto school e ashbe na, Monday 7/12 theke abar ashbe.", kids("Rina"), "2026-12-01 19:00",
     {"P1": ("exceptional", "C", full("12-02", "12-03", "12-04"))}),
    # bn: "৩.১২ থেকে ৫.১২ পর্যন্ত" (from 3.12 to 5.12, both included), "সোমবার ৭/১২ স্কুলে ফিরবে" (back on Monday 7/12)
    ("রিমা ৩.১২ থেকে ৫.১২ পর্যন্ত স্কুলে আসবে না, বিয়ের জন্য। সোমবার ৭/১২ স্কুলে ফিরবে।", kids("Rima"),
     "2026-11-30 18:30",
     {"P1": ("family_event", "O", full("12-03", "12-04"))}),
    # bn: "স্কুলে যাবে কিন্তু বারোটায় নিয়ে যাব" (goes in but I'll take her at twelve), "চোখ পরীক্ষা" (an eye test)
    ("রিমা আজ স্কুলে যাবে কিন্তু বারোটায় নিয়ে যাব, চোখ পরীক্ষা আছে।", kids("Rima"), "2026-12-15 07:35",
     {"P1": ("medical", "M", ["12-15 PM"])}),
    # ar: "جدتي في المستشفى وحالتها حرجة" (my grandmother is in hospital in a critical condition): a family emergency
    ("صباح الخير، جدتي في المستشفى وحالتها حرجة، لذلك سلمى لن تأتي إلى المدرسة اليوم.", kids("Salma"),
     "2026-12-02 07:30",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # ar (Arabizi): "ra7 tousal 3al madrase 3al sa3a 10:15" (she'll get to school at 10:15): a late arrival
    ("Marhaba, Lina ra7 tousal lal madrase 3al sa3a 10:15 la2enno el sayyara t3attalet.", kids("Lina"),
     "2026-12-10 08:10",
     {"P1": ("late", "U", ["12-10 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m105_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
