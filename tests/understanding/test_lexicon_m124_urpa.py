"""Batch m124, Urdu, Punjabi and romanised Urdu/Punjabi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # romanised: "main usay akeli nahi chor sakti, is liye ... bhi ghar pe hai" (I can't leave her alone, so the
    # brother is at home too): the sibling kept home
    ("Eshal ko bukhar hai. Main usay akeli nahi chor sakti, is liye Rayan bhi aaj ghar pe hai", kids("Eshal", "Rayan"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # romanised Punjabi: "ohnu kalli chhad ke nahi ja sakdi" (can't go and leave her alone), after a comma
    ("Eshal nu ulti ho rahi hai, main ohnu kalli chhad ke nahi ja sakdi is karke Rayan vi ajj ghar hai",
     kids("Eshal", "Rayan"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # romanised: "usko akela nahi chhod sakti" after a comma
    ("Maryam ko raat se bukhar hai, main usko akeli nahi chhod sakti is liye Umar bhi aaj ghar pe hai",
     kids("Maryam", "Umar"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
    # ur: "میں اسے اکیلی نہیں چھوڑ سکتی اس لیے" (I can't leave her alone, so)
    ("مریم کو رات سے بخار ہے، میں اسے اکیلی نہیں چھوڑ سکتی اس لیے عمر بھی آج گھر پر ہے", kids("Maryam", "Umar"),
     "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
    # Shahmukhi: "اوہنوں کلی نئیں چھڈ سکدی، ایس لئی" (can't leave her alone, so), the "so" past a comma
    ("مریم نوں بخار اے، میں اوہنوں کلی نئیں چھڈ سکدی، ایس لئی عمر وی اج گھر اے", kids("Maryam", "Umar"),
     "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
    # pa: "ਉਸਨੂੰ ਇਕੱਲੀ ਨਹੀਂ ਛੱਡ ਸਕਦੀ" (can't leave her alone)
    ("ਨਵਨੀਤ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਮੈਂ ਉਸਨੂੰ ਇਕੱਲੀ ਨਹੀਂ ਛੱਡ ਸਕਦੀ, ਇਸ ਲਈ ਅਰਜਨ ਵੀ ਅੱਜ ਘਰ ਹੈ", kids("Navneet", "Arjan"),
     "2026-12-11 07:30", {"P1": ("illness", "I", full("12-11")), "P2": ("unsatisfactory", "O", full("12-11"))}),
    # pa: "ਉਸਨੂੰ ਇਕੱਲੀ ਛੱਡ ਕੇ ਨਹੀਂ ਜਾ ਸਕਦੀ" (can't go and leave her alone), "ਇਕੱਲੀ" between the pronoun and the verb
    ("ਨਵਨੀਤ ਨੂੰ ਉਲਟੀਆਂ ਲੱਗੀਆਂ ਨੇ। ਮੈਂ ਉਸਨੂੰ ਇਕੱਲੀ ਛੱਡ ਕੇ ਨਹੀਂ ਜਾ ਸਕਦੀ ਇਸ ਲਈ ਅਰਜਨ ਵੀ ਅੱਜ ਘਰ ਰਹੇਗਾ",
     kids("Navneet", "Arjan"), "2026-12-11 07:30",
     {"P1": ("illness", "I", full("12-11")), "P2": ("unsatisfactory", "O", full("12-11"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # romanised: "usko akela nahi chhod sakti" about "beti" (a daughter) with two linked children: which one?
    ("Beti ko bukhar hai, main usko akela nahi chhod sakti", kids("Zara", "Yusuf"), "2026-12-08 07:30", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m124_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m124_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
