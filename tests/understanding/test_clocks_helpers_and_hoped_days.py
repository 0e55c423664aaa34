"""Phrasings from the twentieth round: the 24-hour clock ("in at 0930"), a collection "at lunchtime (12.15)" or "go
home at lunchtime", the parent's own scan, a verbless "X late", a day hoped for ("fingers crossed she'll make the
party on Friday"), one child's appointment making a sibling late, "the other two ... might be a few minutes late",
"his sister also not feeling well", a child who will look after an ill sibling, and appointments after school."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.names import matches

RECORDED = [
    # the 24-hour clock: after the register closes
    ("Ronan will be in at 0945, we're waiting on his dad to bring the car back", kids("Ronan"), "2026-11-25 07:40",
     {"P1": ("late", "U", ["11-25 AM"])}),
    # a collection "at lunchtime (12.15)", and "go home at lunchtime"
    ("Morning, I'll be picking Lewis up at lunchtime (12.30) for a half day, it's his grandad's 70th birthday meal",
     kids("Lewis"), "2026-12-01 07:35", {"P1": ("family_event", "O", ["12-01 PM"])}),
    ("Please can Ada go home at lunchtime today, she has an eye test at 1:45", kids("Ada", "Ben"), "2026-12-08 08:05",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # the parent's own scan: the child is late, not at an appointment
    ("Milo will be late in the morning, I have a scan at 8.30 so his nan is bringing him, they'll be there about "
     "ten to ten", kids("Milo"), "2026-11-29 21:30", {"P1": ("late", "U", ["11-30 AM"])}),
    # a verbless "X late": the child, then "late"
    ("tyler late car wont start walking now", kids("Tyler"), "2026-12-01 08:50", {"P1": ("late", "L", ["12-01 AM"])}),
    # a car that has packed in
    ("The car's packed in and we've no way to get there so Wiktor won't be in today", kids("Wiktor"),
     "2026-12-15 07:30", {"P1": ("transport", "O", full("12-15"))}),
    # a day hoped for is not a day off
    ("Ivy has a chest infection so she'll be off up to and including Wednesday, fingers crossed she'll make the "
     "nativity on Thursday", kids("Ivy"), "2026-12-14 07:30",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
    # "doctor said 2 days at home"
    ("Olek is off today with flu, doctor said 3 days at home.", kids("Olek"), "2026-12-01 08:00",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03"))}),
    # one child's appointment makes the sibling late
    ("Amir has a dentist appointment at 8.40 tomorrow so he and Lina will both be late, about 9.45, as I have to take "
     "them both with me.", kids("Amir", "Lina"), "2026-12-09 19:10",
     {"P1": ("medical", "M", ["12-10 AM"]), "P2": ("late", "U", ["12-10 AM"])}),
    ("ella and finn both late, Ella's got a dentist check up at 8.30 and Finn had to come with us, we'll be there by "
     "9.10", kids("Finn", "Ella"), "2026-12-15 08:30",
     {"P1": ("late", "L", ["12-15 AM"]), "P2": ("medical", "M", ["12-15 AM"])}),
    # "the other two will be in but might be a few minutes late"
    ("Maeve has been sick so she's off. The other two will be in but might be a few minutes late as I'm dropping them "
     "at my mum's first, should be there before 9", kids("Aoife", "Cian", "Maeve"), "2026-11-25 06:45",
     {"P1": ("late", "L", ["11-25 AM"]), "P2": ("late", "L", ["11-25 AM"]), "P3": ("illness", "I", full("11-25"))}),
    # "his sister also not feeling well": the other linked child
    ("Wei has a fever, he will stay home today and tomorrow. His sister also not feeling well so she will stay home "
     "today too.", kids("Mei", "Wei"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("illness", "I", full("12-02", "12-03"))}),
    # a child kept home to look after the ill sibling
    ("Tiago is ill with a fever. Lara will also stay home today because I have to go to work and she will look after "
     "him", kids("Tiago", "Lara"), "2026-12-15 07:40",
     {"P1": ("illness", "I", full("12-15")), "P2": ("unsatisfactory", "O", full("12-15"))}),
    # "X has a cold but he's coming in, Y's fine": both in
    ("Nell's got the orthodontist at 2.30 so I'm picking her up at 1. Arlo's got a cold but he's coming in, Rex is "
     "fine", kids("Arlo", "Nell", "Rex"), "2026-12-02 08:20", {"P2": ("medical", "M", ["12-02 PM"])}),
    # a change of plan: late, then ill
    ("Noor overslept, she's getting dressed now, be there by 9.30. Actually scrap that she's just been sick so she's "
     "staying home", kids("Noor"), "2026-11-25 08:58", {"P1": ("illness", "I", full("11-25"))}),
    # ... or still late, for a new cause
    ("We'll be a bit late, there for 9.10. Scrap that, the traffic isn't moving, more like 9.35", kids("Jude"),
     "2026-12-14 08:40", {"P1": ("late", "U", ["12-14 AM"])}),
    # a planned operation is the appointment
    ("Hi, Otis has his tonsils op at the hospital on Wednesday so he'll be off that day", kids("Otis"),
     "2026-11-29 20:30", {"P1": ("medical", "M", full("12-02"))}),
    # "my mam was taken into hospital": the family emergency
    ("Both won't be in today, my mam was taken into hospital last night and I have to get over to Cork",
     kids("Aoife", "Cian"), "2026-12-07 07:02",
     {"P1": ("exceptional", "C", full("12-07")), "P2": ("exceptional", "C", full("12-07"))}),
    # "she is ok now but very tired": well again, still off
    ("Layla is absent today, she had a seizure last night and we were in A&E until 2am. She is ok now but very tired.",
     kids("Layla", "Adam"), "2026-12-08 07:32", {"P1": ("illness", "I", full("12-08"))}),
    # "I will take her at lunchtime 12.15"
    ("Dear Teacher, Safa has the eye hospital at 1.30 today, I will take her at lunchtime 12.15. Thank you",
     kids("Safa"), "2026-12-11 07:45", {"P1": ("medical", "M", ["12-11 PM"])}),
    # Bertie is Albert
    ("Bertie won't be in today, he's got a stomach bug", kids("Albert"), "2026-12-16 07:15",
     {"P1": ("illness", "I", full("12-16"))}),
    # an appointment after school is nothing to record
    ("Dev has a temperature so he's off today. Priya has a dental check up at 3.45 after school so no change for her",
     kids("Dev", "Priya"), "2026-12-04 07:40", {"P1": ("illness", "I", full("12-04"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list, when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_a_booked_appointment_for_the_child_is_still_theirs() -> None:
    """"I've booked a dentist appointment for Jack": the child's appointment, not the parent's."""
    assert_recorded("I've booked a dentist appointment for Jack at 9 so he'll be late back from it, in by 10",
                    kids("Jack"), "2026-11-24 07:30", {"P1": ("medical", "M", ["11-24 AM"])})


def test_a_late_message_is_not_a_late_child() -> None:
    assert_recorded("sorry late msg, sam has d&v wont be in tomorrow", kids("Sam"), "2026-11-25 21:00",
                    {"P1": ("illness", "I", full("11-26"))})


@pytest.mark.parametrize(("word", "name"), [
    ("Kacpra", "Kacper"),  # the Polish genitive: the "e" of "-er" drops out, as in "Antka" of Antek
    ("Kacprem", "Kacper"),
    ("ليث", "Laith"),  # Arabic writes th with tha, read "s" in much of the Arab world
    ("عثمان", "Uthman"),
    ("Bertie", "Albert"),
])
def test_names_in_their_other_forms(word: str, name: str) -> None:
    assert matches(word, name, capitalised=True)


def test_aleksandra_is_a_name_of_her_own() -> None:
    assert not matches("Aleksandra", "Aleksander", capitalised=True)


def test_the_whole_family_going_takes_every_child() -> None:
    """"It's Avneet's birthday and the whole family is going": the sibling goes too, for the same event."""
    assert_recorded("Avneet and Fateh won't be in on Monday, it's Avneet's birthday and the whole family is going to "
                    "Winter Wonderland", kids("Avneet", "Fateh"), "2026-12-10 07:30",
                    {"P1": ("family_event", "O", full("12-14")), "P2": ("family_event", "O", full("12-14"))})
