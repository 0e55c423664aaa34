"""Corrections that move a day or name another child, events placed in a week whose dates are given, and a sibling
late because of another's appointment: one case per rule, each sentence written for this file."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # "Sorry not Monday, it is Tuesday" after a collection: the new day takes the old one's place, with its half
    ("Hana has the orthodontist on Monday at 2.15, I will collect her from school at 1. Sorry not Monday, it is"
     " Tuesday", kids("Hana"), "2026-12-03 07:40", {"P1": ("medical", "M", ["12-08 PM"])}),
    ("Leo's got the dentist Wednesday afternoon so I'll pick him up at 12.30. Sorry I mean Thursday!", kids("Leo"),
     "2026-12-07 18:10", {"P1": ("medical", "M", ["12-10 PM"])}),
    # a sentence-final correction of a whole day keeps working
    ("Maisie has a temperature, she'll be off today. Sorry, I mean tomorrow", kids("Maisie"), "2026-12-08 07:10",
     {"P1": ("illness", "I", full("12-09"))}),
    # "Sorry, I mean Theo!": the child is corrected, the days stand
    ("Ruby won't be in tomorrow or Thursday. Sorry, I mean Theo!", kids("Ruby", "Theo"), "2026-12-07 07:40",
     {"P2": ("unknown", "N", full("12-08", "12-10"))}),
    # the event "is next week", and the dates in the next clause are the days off
    ("My sister's wedding is next week, so Amir won't be in on 10 and 11 December.", kids("Amir"),
     "2026-12-03 18:40", {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # "his brother An have dentist ..., they come together at 9:45": the brother's appointment, his own lateness
    ("Tuan late today because his brother An have dentist at 8.30, they come together at 9:45", kids("Tuan", "An"),
     "2026-12-03 07:40", {"P1": ("late", "U", ["12-03 AM"]), "P2": ("medical", "M", ["12-03 AM"])}),
    # learners' present tense for the arrival after an appointment
    ("Kiana has eye test at 8.45, she come at 10:15", kids("Kiana"), "2026-12-03 07:40",
     {"P1": ("medical", "M", ["12-03 AM"])}),
    # voice to text: "... tomorrow Ana she will go to school normal": the name restated by a pronoun starts a sentence
    ("hi Duarte is sick he stay home today and tomorrow Ines she will go to school normal", kids("Duarte", "Ines"),
     "2026-12-03 07:40", {"P1": ("illness", "I", full("12-03", "12-04"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
