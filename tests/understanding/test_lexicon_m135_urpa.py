"""Batch m135, Urdu and Punjabi (romanised): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "main usay 12:45 collect kar lungi" (I will collect her at 12:45): a collection before the afternoon register,
    # as "pick kar lungi"
    ("Aaj Zara ki optician appointment hai 1:30 baje, main usay 12:45 collect kar lungi", kids("Zara"),
     "2026-12-08 07:40", {"P1": ("medical", "M", ["12-08 PM"])}),
    # pa: "Noor di 8:30 vaje doctor naal appointment aa" (Noor has a doctor's appointment): the named child's, so the
    # others are only late; "sareyan nu naal le ke jaana" (take them all along) is everyone, not a child called
    # "sareyan"
    ("Teeno bachche aj late aavange. Noor di 8:30 vaje doctor naal appointment aa te mainu sareyan nu naal le ke jaana"
     " pauga. 9:10 tak pahunch jaange.", kids("Noor", "Ravi", "Simar"), "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 AM"]), "P2": ("late", "L", ["12-08 AM"]), "P3": ("late", "L", ["12-08 AM"])}),
    # pa: "nana ji aj guzar gaye" (passed away today) in the evening: the day of the death is not a day off; the days
    # are "kal te parson"
    ("Arjun de nana ji aj guzar gaye. Kal te parson Arjun school nahi aauga.", kids("Arjun"), "2026-12-08 18:30",
     {"P1": ("exceptional", "C", full("12-09", "12-10"))}),
    # pa: "Ekam nu 10:30 vaje school lai aavange" (we will bring Ekam to school at 10:30): in after the appointment
    ("Ekam nu 10:30 vaje school lai aavange, savere ohdi hospital appointment aa", kids("Ekam"), "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # pa: "Jaspreet aa rahi school" (Jaspreet is coming to school, the place after the verb): in as normal, after a
    # correction
    ("Aj Jaspreet nahi aavegi, bimaar aa. Sorry galti ho gayi, Harnoor bimaar aa, ohnu ulti aa rahi aa. Jaspreet aa"
     " rahi school.", kids("Jaspreet", "Harnoor"), "2026-12-08 07:40",
     {"P2": ("illness", "I", full("12-08"))}),
]

# pa: "Miss Evans nu saadi taraf ton bahut dhanvaad" (many thanks from us to Miss Evans): thanks for the teacher, not
# an absence
FORWARDED = [
    ("Miss Evans nu saadi taraf ton bahut bahut dhanvaad, Aman di reading vich bahut madad kitti", kids("Aman"),
     "2026-12-08 15:40"),
    ("Miss Evans nu mera bahut dhanvaad keh dena, Aman nu reading award milya", kids("Aman"), "2026-12-08 15:40"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m135_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m135_urpa_forwarded(text: str, children: list[Child], when: str) -> None:
    assert_not_recorded(text, children, when, "forward")
