"""Batch m122, Arabic and Arabizi: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ar: "ستبقى مع أختها الصغيرة المريضة" (she will stay with her little sister who is ill), "مضطرة للذهاب إلى العمل"
    # (I have to go to work): looking after an ill sibling, unsatisfactory
    ("مساء الخير، ريم لن تحضر غدا لأنها ستبقى مع أختها الصغيرة المريضة، فأنا مضطرة للذهاب إلى العمل.", kids("Reem"),
     "2026-12-14 18:00", {"P1": ("unsatisfactory", "O", full("12-15"))}),
    # ar: "رح تضل مع أخوها الصغير" (she'll stay with her little brother), "لأني لازم روح عالشغل" (because I have to
    # go to work): looking after a sibling
    ("ريم ما رح تيجي اليوم، رح تضل مع أخوها الصغير لأني لازم روح عالشغل", kids("Reem"), "2026-12-16 07:30",
     {"P1": ("unsatisfactory", "O", full("12-16"))}),
    # ar-latn: "baddi ekhod Lina badri el yom el sa3a 1" (I want to take Lina early today at 1): collected for a
    # wedding, the afternoon only
    ("Marhaba, baddi ekhod Lina badri el yom el sa3a 1 la2anno 3ers 5alto", kids("Lina"), "2026-12-15 07:30",
     {"P1": ("family_event", "O", ["12-15 PM"])}),
    # ar-latn: "bidi ekhod Omar bakkir bukra 3al sa3a 12:30" (early tomorrow at 12:30), "3ers 5alo" (his uncle's
    # wedding): the afternoon of tomorrow
    ("marhaba, bidi ekhod Omar bakkir bukra 3al sa3a 12:30 la2anno 3ers 5alo", kids("Omar"), "2026-12-14 18:00",
     {"P1": ("family_event", "O", ["12-15 PM"])}),
]

NOT_RECORDED = [
    # ar-latn: "iza bidi e5od Lina bakkir" (if I want to take Lina early, who do I speak to?): a question
    ("Marhaba, iza bidi e5od Lina bakkir, lazem e7ki ma3 meen?", kids("Lina"), "2026-12-14 18:00", "forward"),
    # ar: "أن تبقى سلمى مع أخيها الصغير في نفس الصف" (Salma staying with her little brother on the trip?): a question
    ("مرحبا، هل يمكن أن تبقى سلمى مع أخيها الصغير في نفس الصف في الرحلة؟", kids("Salma"), "2026-12-14 18:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m122_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m122_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
