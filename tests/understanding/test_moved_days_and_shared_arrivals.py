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
    # "up to Weds inclusive": a range to the day, included
    ("Gabriel has a temp 38.5, keeping him off today up to weds inclusive sorry", kids("Gabriel"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # "Tomorrow I will inform if he come": tomorrow not decided
    ("Aleksander is ill today, he has cold and cough. Tomorrow I will inform if he come.", kids("Aleksander"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # "Monday at 9.45 - no wait it's Tuesday": the corrected day, with its half
    ("Harry's got a hospital appt on Monday at 9.45 for his knee - no wait it's Tuesday, just checked the letter. He'll"
     " be back in for the afternoon.", kids("Harry"), "2026-12-10 18:00", {"P1": ("medical", "M", ["12-15 AM"])}),
    # "sorry predictive text, today or tomorrow": the autocorrected day withdrawn
    ("Holly has been sick, she won't be in today or Thursday - sorry predictive text, today or tomorrow",
     kids("Holly"), "2026-12-15 07:30", {"P1": ("illness", "I", full("12-15", "12-16"))}),
    # "actually it's Thursday not tomorrow": Thursday takes tomorrow's place, with the return after the visit
    ("Ezra will be at the orthodontist tomorrow from 9 to about 10, I'll drop him at the office after. actually it's "
     "Thursday not tomorrow, sorry", kids("Ezra"), "2026-12-15 18:00", {"P1": ("medical", "M", ["12-17 AM"])}),
    # "back next Thursday (the 10th)": the bracketed date is the same return day
    ("Dom is off sick today, GP signed him off with a chest infection so back next Thursday (the 10th)", kids("Dom"),
     "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03", "12-04", "12-07", "12-08", "12-09"))}),
    # "the same day": the day named before, for the second child's collection
    ("Ollie has a hospital appointment on Monday at 9, we'll bring him in after. Sara has a dentist check up the same "
     "day at 3pm so I'll need to take her out at 1.00.", kids("Ollie", "Sara"), "2026-12-04 08:00",
     {"P1": ("medical", "M", ["12-07 AM"]), "P2": ("medical", "M", ["12-07 PM"])}),
    # voice to text: "... tomorrow Ana she will go to school normal": the name restated by a pronoun starts a sentence
    ("hi Duarte is sick he stay home today and tomorrow Ines she will go to school normal", kids("Duarte", "Ines"),
     "2026-12-03 07:40", {"P1": ("illness", "I", full("12-03", "12-04"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
