"""Phrasings from the b115-b116 rounds: one child's appointment with a collection beside another's return, "dentist
for Lukas" making his sister late, "then we'll come straight in", a relative "in Kyiv" who is ill, a "family day
out" for a birthday, the ill sister's GP visit making her brother late, "taking the children out", "invited for an
assessment day", "we come 9.35", collections with no "at" ("I collect Zara 12.15"), "tomorrow and the next day",
"she's been sick so she won't be in today or tomorrow", a child's own nativity day, a sibling kept off "with Nell
poorly", someone else's school run, and a child given only days beside a sibling's family trip."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # each child's own collection or return, even after "also"
    ("Morning, Leah has the orthodontist at 8.45, she'll be in after. Also Tom has the dentist at 2.15 so I'll pick "
     "him up at 1", kids("Leah", "Tom"), "2026-12-02 07:50",
     {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("medical", "M", ["12-02 PM"])}),
    # "dentist for Oskar": his sister is only late
    ("oskar and mila both late today dentist for oskar at 8.30 then we come in about 9.45", kids("Oskar", "Mila"),
     "2026-12-03 08:00", {"P1": ("medical", "M", ["12-03 AM"]), "P2": ("late", "U", ["12-03 AM"])}),
    # "then we'll come straight in": a return after the appointment
    ("Poppy has a hospital appointment at 9 and then we'll come straight in, about 10.30. Alfie will be in as normal",
     kids("Poppy", "Alfie"), "2026-12-04 07:30", {"P1": ("medical", "M", ["12-04 AM"])}),
    # a relative "in Kyiv" is the one who is ill: the family emergency stands
    ("Taras and Olha won't be in tomorrow, we have a family emergency, my father in Lviv is seriously ill.",
     kids("Taras", "Olha"), "2026-12-09 18:00", {"P1": ("exceptional", "C", full("12-10")),
                                               "P2": ("exceptional", "C", full("12-10"))}),
    # a "family day out" for a birthday is the birthday
    ("Ruby and Lily won't be in on Friday, it's their grandad's 70th and we're having a family day out. Jack will be "
     "in.", kids("Ruby", "Lily", "Jack"), "2026-12-09 19:00",
     {"P1": ("family_event", "O", full("12-11")), "P2": ("family_event", "O", full("12-11"))}),
    # the ill sister's GP visit: her brother is only late
    ("Hi, Zofia is poorly and will be off today. Kuba will be late as I have to take her to the GP at 8.40, I'll bring "
     "him for 9.40", kids("Zofia", "Kuba"), "2026-12-15 07:15",
     {"P1": ("illness", "I", full("12-15")), "P2": ("late", "U", ["12-15 AM"])}),
    # "taking the children out" is an absence
    ("Just to let you know we're taking the kids out on Friday for my brother's wedding.", kids("Niamh", "Sean"),
     "2026-12-07 16:30", {"P1": ("family_event", "O", full("12-11")), "P2": ("family_event", "O", full("12-11"))}),
    # "we come 9.35": a late arrival in plainer English
    ("Sorry, Inaya not ready, we come 9.40", kids("Inaya"), "2026-12-08 09:00", {"P1": ("late", "U", ["12-08 AM"])}),
    # a collection with no "at"
    ("I will collect Yusuf 12:30 today, he have vaccination at the GP. Thank you", kids("Yusuf", "Amal"),
     "2026-11-30 10:00", {"P1": ("medical", "M", ["11-30 PM"])}),
    ("Hello, Amani sister have graduation 2pm, I collect Amani 12.15 to come with us", kids("Amani"),
     "2026-12-11 11:30", {"P1": ("family_event", "O", ["12-11 PM"])}),
    # "tomorrow and the next day", and today kept after "she's been sick so"
    ("She have vomit and diarrhoea. She not come tomorrow and the next day.", kids("Maria"), "2026-11-30 19:30",
     {"P1": ("illness", "I", full("12-01", "12-02"))}),
    ("Mia's been sick so she won't be in today or tomorrow, shame she'll miss the party", kids("Mia"),
     "2026-12-16 07:00", {"P1": ("illness", "I", full("12-16", "12-17"))}),
    # "back when school reopens": the rest of the term
    ("Ahmed won't be in from tomorrow, we are going to Pakistan, he will be back when school reopens in January.",
     kids("Ahmed"), "2026-12-14 17:00", {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # the child's own school event is a day in school, not a day off
    ("Janek has his nativity play on Wednesday, so he will be off only on Thursday and Friday as we fly to Poland for "
     "Christmas.", kids("Janek"), "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-10", "12-11"))}),
    ("We are going to Leeds for my niece's wedding. Zara will not come to school on Thursday and Friday. Adam will "
     "only miss Friday because on Thursday he has his school trip.", kids("Zara", "Adam"), "2026-11-30 18:00",
     {"P1": ("family_event", "O", full("12-03", "12-04")), "P2": ("family_event", "O", full("12-04"))}),
    ("Adam will only miss Friday because he has a school trip on Thursday, we are going to a wedding.", kids("Adam"),
     "2026-11-30 18:00", {"P1": ("family_event", "O", full("12-04"))}),
    # kept off because of the ill sibling, named: "with Nell poorly"
    ("Nell's got a temperature so she's staying home, and I'm keeping Jude off too as I can't do the school run with "
     "Nell poorly", kids("Nell", "Jude"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("unsatisfactory", "O", full("12-07"))}),
    # someone else does the school run: that child is in
    ("My dad was taken into hospital last night. Bilal won't be in today, he is with me. Sana's aunt will drop her at "
     "school.", kids("Bilal", "Sana"), "2026-12-07 07:30", {"P1": ("exceptional", "C", full("12-07"))}),
    # a child given only days, beside a sibling away on the family's trip on those days, is on the trip
    ("We'd like leave for Ola from Wednesday 16th to Friday 18th December as we are flying to Poland for Christmas. "
     "Janek will be absent only on Thursday 17th and Friday 18th.",
     kids("Ola", "Janek"), "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18")),
                                                "P2": ("holiday", "G", full("12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_siblings_errands_and_plain_collections(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_an_assessment_day_next_week_with_no_day_is_asked_about() -> None:
    assert_not_recorded("Good evening, Piotr is invited for an assessment day at the high school next week. I will "
                        "tell you more when I have the letter.", kids("Piotr"), "2026-12-03 21:00", "clarify")
