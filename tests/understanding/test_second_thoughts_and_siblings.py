"""Phrasings from the sixteenth round of fresh batches: second thoughts inside one message ("so only the Friday",
"in on Monday as normal"), a sibling who is fine in a clause shared with the ill ones, collections named on one of
several days, arrival cues that are after-school times, and children who are in school for a jab or for the rest of
the day."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.names import matches
from understanding.types import Child

RECORDED = [
    # a collection on one named day of several: that day's afternoon, the other day whole
    ("The wedding is on Friday, I'll collect her from school Thursday at 12 so we can travel, she won't be in Friday",
     kids("Reem"), "2026-12-09 12:30", {"P1": ("family_event", "O", ["12-10 PM", *full("12-11")])}),
    ("Grandad's funeral is Friday. Please could Tom come out at 12.30 on Thursday so we can drive up, and he'll be "
     "off Friday", kids("Tom"), "2026-12-08 07:40", {"P1": ("exceptional", "C", ["12-10 PM", *full("12-11")])}),
    # the fine sibling in the same clause as the ill ones: the absence after it is theirs
    ("Hi, Ruby and Ava have got the sickness bug, Leo is fine so he'll be in. Off today for both of them",
     kids("Ruby", "Leo", "Ava"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P3": ("illness", "I", full("12-07"))}),
    # "won't make it in today" is the whole day, whatever happened on the way in
    ("The car's broken down on the way in and we're waiting for the AA, Mason won't make it in today",
     kids("Mason"), "2026-12-15 08:40", {"P1": ("transport", "O", full("12-15"))}),
    ("We were on the way in when she was sick all over the car, she won't be in today", kids("Isla"),
     "2026-12-15 08:35", {"P1": ("illness", "I", full("12-15"))}),
    # second thoughts that narrow the days
    ("Finn was going to be off on Monday for my sister's wedding but they've moved it so it's Tuesday now. So he'll "
     "be off Tuesday instead and in on Monday as normal", kids("Finn"), "2026-12-03 07:45",
     {"P1": ("family_event", "O", full("12-08"))}),
    ("We fly to Spain on the 16th so Lola will be off Wednesday to Friday next week. Sorry, I've checked and the "
     "flight is actually the 18th so only the Friday", kids("Lola"), "2026-12-11 07:45",
     {"P1": ("holiday", "G", full("12-18"))}),
    ("Ellie has a temperature so will be off today and tomorrow. Actually her nan can have her tomorrow and will "
     "take her in if she's well, so just today for now", kids("Ellie"), "2026-11-30 08:10",
     {"P1": ("illness", "I", full("11-30"))}),
    # an appointment moved to a day the child is late on: that morning only
    ("I said Maya would be off tomorrow for the hospital but they've moved it to Friday at 9, so she'll be in "
     "tomorrow as normal and late on Friday, about 10.30", kids("Maya"), "2026-12-02 18:00",
     {"P1": ("medical", "M", ["12-04 AM"])}),
    # an apology for yesterday's unreported cold is not today's reason
    ("Hiya, Sam has a hospital appt tomorrow at 11 so he'll be off all day tmrw. Also sorry he was off yesterday "
     "with a cold and I didn't message", kids("Sam"), "2026-11-24 07:30", {"P1": ("medical", "M", full("11-25"))}),
    # well "otherwise" does not undo a collection; in school today does not undo Monday's appointment
    ("Ben has an MRI on Wednesday at 1.30pm so I'll collect him at 12.30. He's fine otherwise!", kids("Ben"),
     "2026-11-24 20:00", {"P1": ("medical", "M", ["11-25 PM"])}),
    ("Mo has a hospital appointment on Monday at 2.30 so I'll collect him at 1. He's in school as normal today",
     kids("Mohammed"), "2026-11-26 07:35", {"P1": ("medical", "M", ["11-30 PM"])}),
    # home now and in for the afternoon: the morning missed
    ("Sorry for the late message, Nadia had a nosebleed this morning that wouldn't stop. We're home now and she's "
     "fine, I'll bring her in for the afternoon", kids("Nadia"), "2026-11-30 10:15",
     {"P1": ("illness", "I", ["11-30 AM"])}),
    # siblings who are in: insisting on coming in, a jab in school, staying for the afternoon
    ("Aimee's got an ear infection so she's off today. Jake would've been off too with his cold but he's insisted "
     "on coming in", kids("Aimee", "Jake"), "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02"))}),
    ("Oscar's off today with a migraine. Poppy has her flu vaccine in school today so please make sure she gets it",
     kids("Oscar", "Poppy"), "2026-11-25 07:25", {"P1": ("illness", "I", full("11-25"))}),
    ("I need to pick Lucy up at 12.45 today for her hospital check-up. Alice stays for the afternoon, I'll collect "
     "her at 3.15 as normal", kids("Lucy", "Alice"), "2026-12-04 12:15", {"P1": ("medical", "M", ["12-04 PM"])}),
    # "drop Evie off" is not Evie being off
    ("Toby's been sick so he won't be in today. I'll drop Evie off after but she'll be late, about 9.40",
     kids("Toby", "Evie"), "2026-12-08 08:45",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "U", ["12-08 AM"])}),
    # "but only Jack" narrows "all three"
    ("Morning, all three have got colds but only Jack is bad enough to stay at home. The girls will be in today",
     kids("Sophie", "Jack", "Emily"), "2026-12-14 07:05", {"P2": ("illness", "I", full("12-14"))}),
    # back from a family visit, exhausted: not a holiday
    ("Ali and Mariam are having a day off today, we got back really late last night from visiting family in London "
     "and they are exhausted", kids("Ali", "Mariam"), "2026-12-08 08:25",
     {"P1": ("unsatisfactory", "O", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # coming in after all
    ("Grace has a bit of a sore throat but she's insisting on coming in, just letting you know", kids("Grace"),
     "2026-11-26 08:30"),
    # an after-school collection time is not a late arrival
    ("Hi please can you let George know his nan is picking him up today not me, she'll be at the gate at 3.15",
     kids("George"), "2026-12-01 12:10"),
])
def test_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert (result.action, result.reports) == ("forward", ()), result.explanation


def test_reminders_name_only_the_ill_children() -> None:
    result = parse("Toby's been sick with a tummy bug, he won't be in today. Evie will be late, about 9.40",
                   kids("Toby", "Evie"), "2026-12-08 08:45")
    assert "keep Toby at home until 48 hours" in result.reply, result.reply


@pytest.mark.parametrize(("word", "name"), [("Funmi", "Olufunmilayo"), ("Yemi", "Oluwayemisi"),
                                            ("Dele", "Ayodele"), ("Tunde", "Babatunde")])
def test_yoruba_short_forms(word: str, name: str) -> None:
    assert matches(word, name, capitalised=True)


def test_yoruba_short_form_needs_the_name_after_the_prefix() -> None:
    assert not matches("Lara", "Olufunmilayo", capitalised=True)
