"""Batch m38, Urdu and Punjabi (both scripts, and in Latin letters): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # ur: "اسے آج صبح گھر رکھوں گی" (keeping her home this morning), "لنچ کے بعد اسکول چھوڑ دوں گی" (I will take her
    # to school after lunch): the morning only
    ("احمد کے پیٹ میں درد ہے، اسے آج صبح گھر رکھوں گی، لنچ کے بعد اسکول چھوڑ دوں گی۔", kids("Ahmed"),
     "2026-12-08 07:30", {"P1": ("illness", "I", ["12-08 AM"])}),
    # ur (Latin): "mere abbu ko ... hospital mein admit hain": a parent taken into hospital (a family emergency)
    ("Salam, mere abbu ko kal raat stroke hua, woh hospital mein admit hain. Zara aaj school nahi aayegi.",
     kids("Zara"), "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # ur (Latin): "ammi ke saath hospital appointment": the child's own appointment, with her mother
    ("Zain ko ammi ke saath hospital appointment par jana hai, aaj school nahi aayega", kids("Zain"),
     "2026-12-08 07:30", {"P1": ("medical", "M", full("12-08"))}),
    # pa (Latin): "recovery di udeek kar rahe haan": waiting for the breakdown truck (not getting better)
    ("Gaddi kharab ho gayi, recovery di udeek kar rahe haan. Aaj Harjot school nahi aa sakda.", kids("Harjot"),
     "2026-12-08 08:10", {"P1": ("transport", "O", full("12-08"))}),
    # pa (Latin): "bachi nu" (the girl): the child, not a name
    ("Bachi nu bukhar ae, aj ghar hi rakhange.", kids("Simran"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # pa (Latin): "ni" (not) tells Punjabi from English: "school ni aaugi" (won't come to school)
    ("Harleen aj school ni aaugi", kids("Harleen"), "2026-12-08 07:30", {"P1": ("unknown", "N", full("12-08"))}),
    # pa (Gurmukhi): "ਜ਼ੁਕਾਮ" / "ਜੁਕਾਮ" (a cold), the only reason given
    ("ਹਰਲੀਨ ਨੂੰ ਜੁਕਾਮ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।", kids("Harleen"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m38_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m38_urpa_the_girl_with_two_children_asks() -> None:
    # pa (Latin): "bachi nu" with two linked children: which one?
    assert parse("Bachi nu bukhar ae, aj ghar hi rakhange.", kids("Simran", "Jot"), "2026-12-08 07:30").action \
        == "clarify"


def test_m38_urpa_pair_then_both_with_an_unlinked_name_asks() -> None:
    # pa (Gurmukhi): "ਹਰਲੀਨ ਤੇ ਗੁਰਨੂਰ ... ਦੋਵੇਂ ...": the pair is "both"; Gurnoor is not linked, so ask
    result = parse("ਹਰਲੀਨ ਤੇ ਗੁਰਨੂਰ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਦੋਵੇਂ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ।", kids("Harleen", "Simran"),
                   "2026-12-08 07:30")
    assert result.action == "clarify", result.explanation


def test_m38_urpa_pair_then_both_linked_records() -> None:
    # pa (Gurmukhi): both named children linked: both recorded
    assert_recorded("ਹਰਲੀਨ ਤੇ ਸਿਮਰਨ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਦੋਵੇਂ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ।", kids("Harleen", "Simran"),
                    "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))})
