"""Collections told in more ways, a doctor's advice followed by the days off, hopes for tomorrow, evening journeys,
visits that make a child late and a day still to be told: one case per rule, each sentence written for this file."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # "I'll be getting X at 1:10": a collection before the afternoon register
    ("I'll be getting Rory at 1:10 today, he has a hearing test at 2 and won't be back", kids("Rory"),
     "2026-11-26 11:05", {"P1": ("medical", "M", ["11-26 PM"])}),
    # "pick X and Y up at 12.45": two children between the verb and "up"
    ("I need to pick Maya and Finn up at 12.45 as we're flying to Tenerife tonight. Back Monday", kids("Maya", "Finn"),
     "2026-12-03 09:45", {"P1": ("holiday", "G", ["12-03 PM", "12-04 AM", "12-04 PM"]),
                          "P2": ("holiday", "G", ["12-03 PM", "12-04 AM", "12-04 PM"])}),
    # learners' "I take X at 12h30 today"
    ("Hello, I take Lucien at 12:30 today because we go to Lyon for the holidays, he will not be at school tomorrow "
     "also", kids("Lucien"), "2026-12-17 10:10", {"P1": ("holiday", "G", ["12-17 PM", "12-18 AM", "12-18 PM"])}),
    # "on my way to get X": collected now, in the school day
    ("on my way to get Poppy, school rang to say she's got a temperature, there in 15 mins", kids("Poppy"),
     "2026-12-08 12:20", {"P1": ("illness", "I", ["12-08 PM"])}),
    # the doctor's advice, then the days off it means
    ("Zara has tonsillitis, the GP said at least 3 days off so she won't be in on Monday or Tuesday", kids("Zara"),
     "2026-11-26 17:40", {"P1": ("illness", "I", full("11-30", "12-01"))}),
    # the advice alone still counts its days
    ("Zara won't be in today, the GP says she needs 3 days off with her chest infection", kids("Zara"),
     "2026-12-01 07:40", {"P1": ("illness", "I", full("12-01", "12-02", "12-03"))}),
    # "Tomorrow I hope he is better.": a hope, not a day off
    ("Good morning. Artem had a high fever in the night, today he stay at home. Tomorrow I hope he is better.",
     kids("Artem"), "2026-12-01 07:20", {"P1": ("illness", "I", full("12-01"))}),
    # a corrected range, then an evening flight on the first date: the date is not a day off
    ("We would like leave for Jaya from Monday 14th to Friday 18th December (sorry I mean Tuesday 15th to Friday "
     "18th, we fly on the 14th in the evening) to visit family in Kerala", kids("Jaya"), "2026-12-02 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # "late as we're at the doctors with her ear": the visit makes her late
    ("Nell will be late as we're at the doctors with her ear, should be in for about 10.15", kids("Nell"),
     "2026-12-02 08:15", {"P1": ("medical", "M", ["12-02 AM"])}),
    # "'s got a temperature after school": ill, not an after-school club
    ("Ezra's got a temperature after school, he won't be in. Ada is fine", kids("Ezra", "Ada"), "2026-12-15 17:15",
     {"P1": ("illness", "I", full("12-16"))}),
]

# terse messages, corrections and collections (b170)
RECORDED += [
    # "Dad is coming for X at 12.30": a collection
    ("Dad is coming for Rafa at 12.30, he has the dentist, please have him ready. He will not come back.",
     kids("Rafael"), "2026-12-14 08:30", {"P1": ("medical", "M", ["12-14 PM"])}),
    # "grabbing X at dinner time": collected at lunch
    ("Nana's grabbing Keisha at dinner time for her appointment at the eye hospital, she'll not be back in after.",
     kids("Keisha"), "2026-12-17 08:30", {"P1": ("medical", "M", ["12-17 PM"])}),
    # "Dad will bring him tomorrow": in tomorrow
    ("Omar won't be in today, he has a hospital appointment at 11.30 and we won't be back in time. Dad will bring him "
     "tomorrow.", kids("Omar"), "2026-12-10 07:30", {"P1": ("medical", "M", full("12-10"))}),
    # "because we travel back late": the family's journey, not a late arrival
    ("Noor will be out on Thursday for her uncle wedding. And sorry also Friday because we travel back late.",
     kids("Noor"), "2026-11-30 18:00", {"P1": ("family_event", "O", full("12-03", "12-04"))}),
    # "back on Wednesday, no wait sorry he said Thursday, I wrote it down wrong": the corrected return
    ("Tiana's off with a virus, the doctor said back on Wednesday, no wait sorry he said Thursday, I wrote it down "
     "wrong.", kids("Tiana"), "2026-11-30 18:00", {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # "not in school from that day ... back for the new term": from the day named, to the end of term
    ("Lucia is going with her grandparents to Colombia for Christmas, they leave on Monday 14th so she will not be in "
     "school from that day. She is back for the new term.", kids("Lucia"), "2026-12-08 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
]

# secondary parents (b171)
RECORDED += [
    # "as soon as were done": back after the appointment
    ("Evie's got a GP appointment at 8:30 about her wrist, I'll bring her in as soon as were done hopefully before 10",
     kids("Evie"), "2026-11-26 07:30", {"P1": ("medical", "M", ["11-26 AM"])}),
    # "then he's coming in" and "then I'll drop her at school": back after the visit
    ("Declan has a swollen face, we've got an emergency dentist appt at 9.10 then he's coming in.", kids("Declan"),
     "2026-12-01 07:45", {"P1": ("medical", "M", ["12-01 AM"])}),
    ("Layla has a CAMHS appointment tomorrow at 9:00 then I'll drop her at school, she'll be in for period 3.",
     kids("Layla"), "2026-12-06 18:00", {"P1": ("medical", "M", ["12-07 AM"])}),
    # "she'll go in this afternoon instead": the morning only
    ("caitlins got a bad toothache, the emergency dentist can see her at 11.20, so she'll go in this afternoon instead",
     kids("Caitlin"), "2026-11-30 08:00", {"P1": ("medical", "M", ["11-30 AM"])}),
    # "take her brothers / the boys to the doctor first": the siblings' visit makes her late
    ("Fatima will be late because I have to take her brothers to the doctor first, I'll drop her by 9.45",
     kids("Fatima"), "2026-12-08 07:30", {"P1": ("late", "U", ["12-08 AM"])}),
    ("Fatima will be late because I have to take the boys to the doctor first, in by 9.45", kids("Fatima"),
     "2026-12-08 07:30", {"P1": ("late", "U", ["12-08 AM"])}),
]

NOT_RECORDED = [
    # the surgery will ring back to say which day
    ("Isla needs a blood test this week, the surgery are calling me back to say which day. She'll miss the morning",
     kids("Isla"), "2026-12-07 08:00", "clarify"),
    # a blood test "next week" with no day: cannot be placed
    ("Harry needs a blood test at the hospital next week, they're sending us the time. He'll miss the morning.",
     kids("Harry"), "2026-12-02 08:00", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
