"""Batch m42/m43, Urdu and Punjabi (both scripts and romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur, romanised: "uska chhota bhai bimar hai" (his little brother is ill): the named child is kept home for it
    ("Salam, aaj Hamza ko ghar rakhna hai, uska chhota bhai bimar hai aur usko school chhorne wala koi nahi.",
     kids("Hamza"), "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pa, romanised: "ohdi nikki bhen di tabiyat kharab ae" (his little sister is unwell)
    ("Sat sri akal, ohdi nikki bhen di tabiyat kharab ae, Arjun nu school chhaddan wala koi nahi, aj ghar rahega.",
     kids("Arjun"), "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pa, romanised: "Tejpal theek hai" (Tejpal is fine): that child is not reported
    ("Sat sri akal ji, Harleen nu bukhar hai, aj te kal ghar rahegi. Jasleen theek hai, oh school aaugi.",
     kids("Harleen", "Jasleen"), "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # ur, romanised: "school se lena hoga" (I have to collect her from school) at a time before the afternoon register
    ("Salam, aaj shaam cousin ki shadi hai, mujhe Hira ko 1 baje school se lena hoga.", kids("Hira"),
     "2026-12-08 07:30", {"P1": ("family_event", "O", ["12-08 PM"])}),
    # pa, romanised: "17 December nu savere" (on the morning of the 17th), "uston baad" (after that) in school
    ("Sat sri akal, Simran di Thursday 17 December nu savere 10 vaje college vich interview hai. Uston baad oh school "
     "aa jaavegi.", kids("Simran"), "2026-12-10 18:00", {"P1": ("interview", "J1", ["12-17 AM"])}),
    # ur: "سارہ ٹھیک ہے، وہ آئے گی" (Sara is fine, she will come): only the ill child is reported
    ("السلام علیکم، علی کو بخار ہے، وہ آج اسکول نہیں آئے گا۔ زینب ٹھیک ہے، وہ آئے گی۔", kids("Ali", "Zainab"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m42_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
