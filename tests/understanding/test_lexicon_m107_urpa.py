"""Batch m107, Urdu and Punjabi (romanised and in their own scripts): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa (romanised): "thakki hoi aa" (she is worn out: the doubled k of "ਥੱਕੀ"), "ghar aram karugi" (will rest at
    # home: "aram" with one a)
    ("Sat sri akal, Jasleen kal birthday party ton der naal aayi, bahut thakki hoi aa, aj ghar aram karugi.",
     kids("Jasleen"), "2026-12-09 07:40",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa (romanised): "thakeya aa" (is tired, no "hoya"), "ghar te araam karega" (will rest at home)
    ("Sat sri akal ji, Gurpreet bahut thakeya aa, aj ghar te araam karega. Kal aavega.", kids("Gurpreet"),
     "2026-12-08 07:30",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur (romanised): "thaki hai" (is tired), "ghar pe aram kar rahi hai" (is resting at home)
    ("Assalam o alaikum, Hania raat ko shaadi se der se aayi, bohat thaki hai, aaj ghar pe aram kar rahi hai.",
     kids("Hania"), "2026-12-08 07:45",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur: "تھک گئی ہے" (has got tired), "گھر پر ارام کرے گی" (will rest at home: "آرام" without its madda)
    ("السلام علیکم، کل رات شادی سے دیر سے لوٹے، مریم بہت تھک گئی ہے، آج گھر پر ارام کرے گی۔", kids("Maryam"),
     "2026-12-08 07:40",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pa: "ਥਕੀ ਹੋਈ" (tired, without the adhak), "ਘਰ ਅਰਾਮ ਕਰੇਗੀ" (will rest at home: "ਆਰਾਮ" spelt short)
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਨਵਜੋਤ ਬਹੁਤ ਥਕੀ ਹੋਈ ਹੈ, ਅੱਜ ਘਰ ਅਰਾਮ ਕਰੇਗੀ।", kids("Navjot"), "2026-12-08 07:35",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m107_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
