"""Batch m115, Urdu and Punjabi (romanised and in their scripts): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "uske baad le aaungi school": brought in after the appointment, the school named after the verb (not
    # "after school")
    ("Salam miss, Zainab ka dentist appointment 9 baje hai, uske baad le aaungi school, 10:30 tak.", kids("Zainab"),
     "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # pa: "nu ohdi mummy ne pehlan hi chhad dita": that sibling was already dropped off, no mark for them
    ("Sat sri akal, Gurpreet nu bukhar hai, aj ghar rahega. Harleen nu ohdi mummy ne pehlan hi chhad dita.",
     kids("Gurpreet", "Harleen"), "2026-12-10 07:45",
     {"P1": ("illness", "I", full("12-10"))}),
    # ur: "ko uske abbu school chhor aaye hain": has been dropped at school, no mark for that child
    ("Assalam o alaikum, Maryam der se aayegi, bus nahi aayi. Ayaan ko uske abbu school chhor aaye hain.",
     kids("Ayaan", "Maryam"), "2026-12-10 08:40",
     {"P2": ("late", "L", ["12-10 AM"])}),
    # ur: "koi nahi jo ... ko school chhod aaye": nobody to take him is not "already dropped off" (he is absent too)
    ("Aoa, Sana ko ulti ho rahi hai, aaj ghar pe rahegi. Mere paas koi nahi jo Omar ko school chhod aaye, is liye "
     "Omar bhi aaj ghar pe hai.", kids("Sana", "Omar"), "2026-12-07 07:35",
     {"P1": ("illness", "I", full("12-07")), "P2": ("unsatisfactory", "O", full("12-07"))}),
    # pa script: "ਕਾਰ ਸਟਾਰਟ ਨਹੀਂ ਹੋ ਰਹੀ" (the car won't start) and "ਨੂੰ ... ਨੇ ਸਕੂਲ ਛੱਡ ਦਿੱਤਾ ਸੀ" (was dropped at school)
    ("ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਕਾਰ ਸਟਾਰਟ ਨਹੀਂ ਹੋ ਰਹੀ, ਮਨਪ੍ਰੀਤ ਅੱਜ ਨਹੀਂ ਆ ਸਕੇਗੀ। ਸਿਮਰਨ ਨੂੰ ਉਹਦੇ ਚਾਚਾ ਜੀ ਨੇ ਸਕੂਲ ਛੱਡ ਦਿੱਤਾ ਸੀ।",
     kids("Manpreet", "Simran"), "2026-12-14 08:30",
     {"P1": ("transport", "O", full("12-14"))}),
]

NOT_RECORDED = [
    # ur: "pehle hi school chhor aaye hain" and a question: the only child named is in already
    ("Aoa miss, Hamza ko uske abbu pehle hi school chhor aaye hain, bas yeh poochna tha ke kya aaj swimming hai?",
     kids("Hamza"), "2026-12-09 09:00", "forward"),
    # pa: "nu ohde papa ne pehlan hi school chhad dita si" and a question: the same in Punjabi
    ("Sat sri akal, Navjot nu ohde papa ne pehlan hi school chhad dita si, ki ajj PE hai?", kids("Navjot"),
     "2026-12-09 09:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m115_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m115_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
