"""Batch m127, Urdu, Punjabi and romanised Urdu/Punjabi/Hindi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # roman: "shaadi ki shopping" (shopping for a wedding): a shopping trip, not the wedding
    ("Salam, aaj Hira ghar pe rahegi, humein shaadi ki shopping ke liye Leeds jana hai.", kids("Hira", "Omar"),
     "2026-12-08 07:40", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # roman: "shaadi ke liye shopping", "Eid ki shopping": the same, other word orders and feasts
    ("Hira aaj school nahi aayegi, shaadi ke liye shopping karni hai", kids("Hira"), "2026-12-09 07:50",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    ("Omar aaj nahi aayega, Eid ki shopping karni hai", kids("Omar"), "2026-12-09 07:50",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa: "ਵਿਆਹ ਦੀ ਸ਼ਾਪਿੰਗ", "ਖਰੀਦਦਾਰੀ" (wedding shopping, shopping): a shopping trip
    ("ਅੱਜ ਜਸਲੀਨ ਘਰ ਰਹੇਗੀ, ਵਿਆਹ ਦੀ ਸ਼ਾਪਿੰਗ ਲਈ ਜਾਣਾ ਹੈ", kids("Jasleen"), "2026-12-08 07:40",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # Shahmukhi: "چھٹی تک رہے گی" (stays until home time): the other child is in school, only the collected one is out
    ("السلام علیکم، اج ساڈی نانی جی دا جنازہ اے، میں عمر نوں بارہ وجے سکول توں لے جاواں گا۔ مریم چھٹی تک رہے گی۔",
     kids("Omar", "Maryam"), "2026-12-08 07:50", {"P1": ("exceptional", "C", ["12-08 PM"])}),
    # ur: "چھٹی تک اسکول میں رہے گا" (stays in school until home time)
    ("آج دادی کا جنازہ ہے، میں مریم کو بارہ بجے اسکول سے لے جاؤں گی۔ بلال چھٹی تک اسکول میں رہے گا۔",
     kids("Maryam", "Bilal"),
     "2026-12-09 07:50", {"P1": ("exceptional", "C", ["12-09 PM"])}),
    # roman: "chhutti tak rahega" (stays until home time)
    ("Aaj nani ka janaza hai, Hira ko 12 baje le jaungi. Omar chhutti tak rahega.", kids("Hira", "Omar"),
     "2026-12-09 07:50", {"P1": ("exceptional", "C", ["12-09 PM"])}),
    # pa: "ਛੁੱਟੀ ਹੋਣ ਤੱਕ ਸਕੂਲ ਵਿੱਚ ਰਹੇਗੀ" (stays in school until home time)
    ("ਅੱਜ ਸਾਡੇ ਚਾਚਾ ਜੀ ਦਾ ਸਸਕਾਰ ਹੈ, ਮੈਂ ਹਰਜੋਤ ਨੂੰ ਸਾਢੇ ਬਾਰਾਂ ਵਜੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗਾ। ਸਿਮਰ ਛੁੱਟੀ ਹੋਣ ਤੱਕ ਸਕੂਲ ਵਿੱਚ ਰਹੇਗੀ।",
     kids("Harjot", "Simar"), "2026-12-10 07:50", {"P1": ("exceptional", "C", ["12-10 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m127_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
