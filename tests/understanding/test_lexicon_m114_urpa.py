"""Batch m114, Urdu and Punjabi (romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "تینوں بچوں کو بخار ہے" (all three children have a fever): every child, for the days named after it
    ("السلام علیکم، تینوں بچوں کو بخار ہے۔ زینب، علی اور سارہ آج اور کل اسکول نہیں آئیں گے",
     kids("Zainab", "Ali", "Sarah"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08", "12-09")), "P2": ("illness", "I", full("12-08", "12-09")),
      "P3": ("illness", "I", full("12-08", "12-09"))}),
    # ur: "چاروں بچوں کو زکام ہے" (all four children have a cold)
    ("السلام علیکم، چاروں بچوں کو زکام ہے، آج اسکول نہیں آئیں گے", kids("Bilal", "Hamza", "Maryam", "Aiza"),
     "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08")),
      "P3": ("illness", "I", full("12-08")), "P4": ("illness", "I", full("12-08"))}),
    # pa: "ohnu 11 vaje school chhad dange" (we will drop him at school at eleven): in after the appointment
    ("SSA ji, Navjot di 9:15 vaje eye test di appointment hai, ohnu 11 vaje school chhad dange", kids("Navjot"),
     "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # pa: "dopahar de baad school aavegi" (comes to school after midday): the morning only
    ("Sat Sri Akal, kal Jasleen nu hospital lai ke jaana 9 vaje, oh dopahar de baad school aavegi", kids("Jasleen"),
     "2026-12-08 18:10",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # pa: "utha hi der naal" (only woke up late), missing the day: overslept
    ("SSA, Arjun utha hi der naal, ajj nahi aauga, maaf karna", kids("Arjun"), "2026-12-09 08:40",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa: "parso aam wangu aaugi" (the day after tomorrow she comes in as usual): tomorrow only
    ("Sat Sri Akal, kal Gurnoor di chutti chahidi, masi da viah hai Leicester vich. Parso aam wangu aaugi",
     kids("Gurnoor"), "2026-12-08 19:00",
     {"P1": ("family_event", "O", full("12-09"))}),
    # pa: "kal ... gitta mud gaya" (twisted his ankle yesterday): an injury, not an event tomorrow
    ("SSA ji, Ekam da kal cricket kheldeyan gitta mud gaya, ajj ghar rahega", kids("Ekam"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10"))}),
    # pa: "phir chhuttiyan" (then the school holidays) at the end of a clause: the end of term, not a holiday
    ("Sat Sri Akal, Rehmat nu flu ho gaya, baaki da hafta ghar rahegi, phir chhuttiyan. Thank you", kids("Rehmat"),
     "2026-12-16 07:20",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # pa: "phir holidays kado ton ne?" (when do the holidays start then?): a question, not the end of a clause
    ("SSA ji, phir holidays kado ton ne? Dasso ji", kids("Rehmat"), "2026-12-10 17:20", "forward"),
    # pa: "aam wangu aaugi ke nahi, pata nahi" (whether she comes in as usual, not known): nothing decided
    ("Sat Sri Akal ji, Manveer kal aam wangu aaugi ke nahi, pata nahi, ohnu dand vich dard hai", kids("Manveer"),
     "2026-12-10 17:20", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m114_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m114_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
