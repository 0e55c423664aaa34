"""Phrasings from the nineteenth round's later batches: British dialect and texting ("no fit for school the day",
"he ay comin in", "2moz 2"), plans that changed, cancelled appointments, a child sent home earlier, collections
"from 11", returns that depend on time, corrections of the half day, and days still to be fixed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # dialect and texting
    ("Morning, wee Rory's been boakin all night, he's no fit for school the day. Will let yous know the morra.",
     kids("Rory"), "2026-11-23 06:50", {"P1": ("illness", "I", full("11-23"))}),
    ("Our Kayden's got a stinkin cowd, he ay comin in today. Tia's alright, she'll be in.", kids("Kayden", "Tia"),
     "2026-11-24 06:45", {"P1": ("illness", "I", full("11-24"))}),
    ("Hiya, Skye's been up aw night wi a sair heid, she'll no be in the day or the morn.", kids("Skye"),
     "2026-12-10 06:55", {"P1": ("illness", "I", full("12-10", "12-11"))}),
    ("morning, jaxon has d n v, def not in 2day, prob 2moz 2. thx", kids("Jaxon"), "2026-12-03 06:40",
     {"P1": ("illness", "I", full("12-03", "12-04"))}),
    ("Now then, our Ivy's got a right bad chest. Keeping her in today, I'll see how she goes.", kids("Ivy"),
     "2026-12-14 06:50", {"P1": ("illness", "I", full("12-14"))}),
    ("Zane's got his eye test first thing so he'll be along after that, prob by half 9", kids("Zane"),
     "2026-12-07 07:55", {"P1": ("medical", "M", ["12-07 AM"])}),
    # a floor number is not a date; "me and" is not a child; "Mo" for Mohamed
    ("Hiya, Nell's on her way, the lift in our block is broken again and we're on the 12th floor, she'll be there by "
     "9.10", kids("Nell"), "2026-12-10 09:00", {"P1": ("late", "L", ["12-10 AM"])}),
    ("Can't get the car started!! Me and Kobe will get the next bus, should be there by quarter to 10", kids("Kobe"),
     "2026-11-30 08:50", {"P1": ("late", "U", ["11-30 AM"])}),
    ("The car got clamped and there's no buses till after 10, so Mo won't be in this morning. I'll get him there for "
     "the afternoon.", kids("Mohamed"), "2026-12-09 08:30", {"P1": ("transport", "O", ["12-09 AM"])}),
    # "both" with "my youngest": both children; "Olly just today"
    ("Both running late, my youngest lost his shoe, we'll be in for 9.15", kids("Finn", "Cara"), "2026-11-25 08:35",
     {"P1": ("late", "L", ["11-25 AM"]), "P2": ("late", "L", ["11-25 AM"])}),
    ("Alfie and Bea both have a cough. Bea's worse so she'll be off today and tomorrow, Alfie just today.",
     kids("Alfie", "Bea"), "2026-12-01 07:35",
     {"P1": ("illness", "I", full("12-01")), "P2": ("illness", "I", full("12-01", "12-02"))}),
    ("Sam's been sick overnight and my partner has the car so I can't do the school run with him like this. Lucy will "
     "have to stay home as well.", kids("Sam", "Lucy"), "2026-12-04 08:10",
     {"P1": ("illness", "I", full("12-04")), "P2": ("unsatisfactory", "O", full("12-04"))}),
    # plans that changed; a day the school sent the child home
    ("Ava was going to be off today as I had to go to my mum's, but plans have changed so I'll bring her in about 10.",
     kids("Ava"), "2026-12-03 07:30", {"P1": ("late", "U", ["12-03 AM"])}),
    ("Hi, Jay was sent home at lunch with a temperature, he won't be in tomorrow either.", kids("Jay"),
     "2026-12-02 14:00", {"P1": ("illness", "I", full("12-03"))}),
    ("Hi, Ellie has the dentist this afternoon at 2, actually no sorry just checked, it's tomorrow at 2! I'll pick her "
     "up at 1 tomorrow.", kids("Ellie"), "2026-12-02 07:55", {"P1": ("medical", "M", ["12-03 PM"])}),
    # collections and returns
    ("Jonas has the dentist at 11:20 today, after we go home because his mouth will be numb. So he is absent from 11.",
     kids("Jonas"), "2026-12-08 08:10", {"P1": ("medical", "M", ["12-08 PM"])}),
    ("Mia has an audiology appointment tomorrow at 1.45, I'll pick her up at 1 and bring her back after if there's "
     "time.", kids("Mia"), "2026-12-07 15:30", {"P1": ("medical", "M", ["12-08 PM"])}),
    ("Hi, Lucia has her ortho at 9.10 so she'll be in around 10ish", kids("Lucia"), "2026-12-14 08:55",
     {"P1": ("medical", "M", ["12-14 AM"])}),
    # the whole day given up; an emergency with the adult's hospital words; the last week of term
    ("The car's broken down on the way in and we're waiting for recovery. I don't think Joe is going to make it in "
     "today at all, sorry.", kids("Joe"), "2026-12-15 08:05", {"P1": ("transport", "O", full("12-15"))}),
    ("Leila and Sami won't be in today, we've got a family emergency, my husband's been rushed into hospital "
     "overnight.",
     kids("Leila", "Sami"), "2026-11-25 07:25",
     {"P1": ("exceptional", "C", full("11-25")), "P2": ("exceptional", "C", full("11-25"))}),
    ("hi both kids wont be in for the last week, we fly to Lagos on Monday. merry xmas", kids("Tayo", "Bisi"),
     "2026-12-12 13:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
                          "P2": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    ("Sanjay has had a high fever since Saturday and the doctor has advised bed rest, so he will not attend school for "
     "the remaining days of this term.", kids("Sanjay"), "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # "I will write again about Thursday"; "get him right for Monday"
    ("Good evening, Pavel has fever tonight, I think he can not come tomorrow. I will write again about Thursday.",
     kids("Pavel"), "2026-11-24 17:40", {"P1": ("illness", "I", full("11-25"))}),
    ("Dev's full of a cold, I'll keep him off for the rest of the week and get him right for Monday.", kids("Dev"),
     "2026-11-26 07:30", {"P1": ("illness", "I", full("11-26"))}),
    # the adult who does the school run is ill
    ("Hi, his nan who usually takes him to school is ill and I start work early, so Danny won't be in today.",
     kids("Danny"), "2026-11-25 07:00", {"P1": ("unsatisfactory", "O", full("11-25"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # a cancelled appointment: nothing to record
    ("Just to let you know Kofi's appointment on Tuesday has been cancelled so he will be in all day after all.",
     kids("Kofi"), "2026-12-10 07:20", "forward"),
    # a child named who is not linked, with "or"
    ("dont think Ellis or Reggie r going 2 be in 2moro, both got bad colds", kids("Ellis"), "2026-12-06 14:00",
     "clarify"),
    # days still to be fixed
    ("Mason's dad is taking him away for a few days later this month, not sure of the exact dates yet", kids("Mason"),
     "2026-12-04 08:00", "clarify"),
    ("Idris will have to miss a day before the holidays for his passport appointment, we're waiting on the embassy.",
     kids("Idris"), "2026-12-14 07:35", "clarify"),
    ("Ruby will be off one of these days for her cousin's wedding", kids("Ruby"), "2026-12-01 07:30", "clarify"),
])
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
