"""Journeys that make children late or miss the morning, updates later in a message, returns said twice or hedged,
and notes that are not absences: one case per rule, each sentence written for this file."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # "I'll drop them in at about 10.15": the children arrive late (not a thing dropped off)
    ("The car wouldn't start and the AA only just left. Lily and Sam are with me, I'll drop them in at about 10.20.",
     kids("Lily", "Sam"), "2026-11-23 09:35", {"P1": ("late", "U", ["11-23 AM"]), "P2": ("late", "U", ["11-23 AM"])}),
    # another adult who "can't leave till 9.15": the child still arrives late
    ("Kai missed the bus, his dad will drive him but he can't leave till 9.15 so he'll be in about 9.40", kids("Kai"),
     "2026-12-09 08:35", {"P1": ("late", "U", ["12-09 AM"])}),
    # "at least 10am": the arrival, after the register closes
    ("Stuck on the A1 behind an accident, Ava will be late, at least 10am I think", kids("Ava"), "2026-11-26 09:00",
     {"P1": ("late", "U", ["11-26 AM"])}),
    # "parked miles away ... there at 9.10, make that 9.25": late, not "away"
    ("Sorry, the school car park is full and I've parked miles away, Ivy and me are walking and will be there at 9.10."
     " Actually make that 9.25", kids("Ivy"), "2026-12-01 09:00", {"P1": ("late", "U", ["12-01 AM"])}),
    # collected today, "hopefully she'll be fine for tomorrow": tomorrow is a hope, not a day off
    ("Mia has been sick at school, I'm collecting her at 12.30. Hopefully she'll be fine for tomorrow.", kids("Mia"),
     "2026-11-24 12:05", {"P1": ("illness", "I", ["11-24 PM"])}),
    # an update that adds a child: "keep them both off"
    ("Noah has a temperature so he's off today. Eve will be in. Update: Eve's just woken up with one too, so keep them"
     " both off please", kids("Eve", "Noah"), "2026-12-01 08:00",
     {"P1": ("illness", "I", full("12-01")), "P2": ("illness", "I", full("12-01"))}),
    # "the GP said Thursday to be safe, back Thursday": the day of return, said twice
    ("Leo has chickenpox so he's off until Wednesday. Sorry, the GP has just said Thursday to be safe, so back"
     " Thursday.", kids("Leo"), "2026-12-04 07:45", {"P1": ("illness", "I", full("12-04", "12-07", "12-08", "12-09"))}),
    # "won't be back until ..., probably Thursday": a hedged day of return
    ("Amy has impetigo, she can't be back until it has healed, probably Thursday.", kids("Amy"), "2026-12-06 18:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # in late one day and collected another, in one sentence
    ("Raf has the dentist on Tuesday at 9 and the hospital on Thursday at 2. He'll be in late on Tuesday after the"
     " dentist and I'll pick him up at 1 on Thursday.", kids("Raf"), "2026-12-04 08:20",
     {"P1": ("medical", "M", ["12-08 AM", "12-10 PM"])}),
    # trying to get a dentist appointment: no visit yet, the toothache is the reason
    ("Ella's face is swollen, it looks like a dental abscess and she's in pain. She won't be in today, I'm trying to"
     " get her an emergency dentist appointment.", kids("Ella"), "2026-12-07 07:10",
     {"P1": ("illness", "I", full("12-07"))}),
    # at the garage with the car, in for the afternoon: the journey, for the morning
    ("Sorry Theo won't make it in this morning, we've been at the garage since 8 with the car. I'll have him there for"
     " the afternoon.", kids("Theo"), "2026-12-09 09:45", {"P1": ("transport", "O", ["12-09 AM"])}),
    ("Hi, Finn's bus never came and he's walked back home. I can't get him there until this afternoon, I'll drop him"
     " off for 1", kids("Finn"), "2026-12-02 09:30", {"P1": ("transport", "O", ["12-02 AM"])}),
    # "sort X out first": an errand for the ill brother makes his sister late
    ("Sam has a rash and a temperature so he won't be in. Lucy's in but she'll be late as I have to sort Sam out first,"
     " there about 9.10", kids("Sam", "Lucy"), "2026-12-10 07:05",
     {"P1": ("illness", "I", full("12-10")), "P2": ("late", "L", ["12-10 AM"])}),
    # "trying to get him in ... as soon as I can": a late arrival, not a collection
    ("Josh missed the school coach, I'm trying to get him in. Will be there as soon as I can, probably 9.10ish.",
     kids("Josh"), "2026-12-17 08:30", {"P1": ("late", "L", ["12-17 AM"])}),
    # "she'll try to come in tomorrow": a hope to attend, not another day off
    ("Maya's anxiety is really bad and she couldn't face coming in today. She'll try to come in tomorrow.",
     kids("Maya"), "2026-12-10 08:20", {"P1": ("illness", "I", full("12-10"))}),
    # "ignore the Monday bit": the day withdrawn
    ("Oscar has a tummy bug so I'm keeping him off today and Monday. Sorry, ignore the Monday bit, I'll see how he is.",
     kids("Oscar"), "2026-12-11 07:00", {"P1": ("illness", "I", full("12-11"))}),
    # a lost thing "was missing": not the other child missing school
    ("Alfie is being sick so he's off today. Rose will be in. Can you tell her teacher Rose's reading book turned up,"
     " it was missing last week!", kids("Rose", "Alfie"), "2026-12-14 08:10", {"P2": ("illness", "I", full("12-14"))}),
    # "there at 9.50 - sorry, I mean 9.10": the corrected arrival time
    ("Zac will be late, we had to go back for his lunchbox. There at 9.50 - sorry, I mean 9.10!", kids("Zac"),
     "2026-11-24 08:40", {"P1": ("late", "L", ["11-24 AM"])}),
    # the morning missed on the road, in for the afternoon: the journey, for the morning
    ("Our car has broken down and we're waiting for recovery. I'll try and get the boys in after lunch but please mark"
     " them both absent for this morning", kids("Tom", "Joe"), "2026-12-07 08:40",
     {"P1": ("transport", "O", ["12-07 AM"]), "P2": ("transport", "O", ["12-07 AM"])}),
    ("We're stuck on the A34 after a crash, I don't think we'll make it in this morning. I'll bring Ava in for the"
     " afternoon", kids("Ava"), "2026-11-26 08:55", {"P1": ("transport", "O", ["11-26 AM"])}),
    # "won't get home until very late": the family's journey, not a late arrival
    ("The car has broken down on the motorway and we're waiting for the AA. We won't get home until very late so Ben"
     " won't make it to school tomorrow.", kids("Ben"), "2026-12-13 19:00", {"P1": ("transport", "O", full("12-14"))}),
    # "it's only X off": a change of mind about the other child
    ("Kit and Rosa are both off today with a cold. Actually Rosa seems brighter so I'll bring her in, it's only Kit"
     " off.", kids("Kit", "Rosa"), "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # "they'll both come in together after": back after the visits
    ("Ana has the GP at 9.10 so she'll be late, in for 10. Leo has an appointment at 9.30 at the same surgery so"
     " they'll both come in together after.", kids("Leo", "Ana"), "2026-12-10 07:10",
     {"P1": ("medical", "M", ["12-10 AM"]), "P2": ("medical", "M", ["12-10 AM"])}),
    # "they will come in today and tomorrow": both days are attended
    ("We are flying to Accra on Wednesday for my father's funeral. The children will be off from Wednesday 2nd and back"
     " on Wednesday 9th December. They will come in today and tomorrow.", kids("Kwame", "Esi"), "2026-11-30 07:00",
     {cid: ("exceptional", "C", full("12-02", "12-03", "12-04", "12-07", "12-08")) for cid in ("P1", "P2")}),
    # "her ankle is still bad": an injury
    ("Erin's ankle is still bad after she fell on the ice, keeping her home again today.", kids("Erin"),
     "2026-12-15 07:50", {"P1": ("illness", "I", full("12-15"))}),
    # "tomorrow is her class party": the event named after its day, after a correction to today alone
    ("Lara has a fever so she won't be in today or tomorrow. Sorry, I mean just today, tomorrow is her class disco and"
     " she'll be better for it!", kids("Lara"), "2026-12-16 07:20", {"P1": ("illness", "I", full("12-16"))}),
    # "he wouldn't miss it for the world": not missing school
    ("Nell has a cough and a temperature so she's home today. Jack's coming in for the party, he wouldn't miss it for"
     " the world!", kids("Nell", "Jack"), "2026-12-18 07:10", {"P1": ("illness", "I", full("12-18"))}),
    # "what Ella had last week": the one who had it, not a child off now; "her eye check at the hospital": a visit
    ("Max has got what Ella had last week, he's off today with a temperature. The girls will both be in. Also I'll be"
     " collecting Ruby at 12.30 on Wednesday for her eye check at the hospital.", kids("Max", "Ella", "Ruby"),
     "2026-12-14 06:45", {"P1": ("illness", "I", full("12-14")), "P3": ("medical", "M", ["12-16 PM"])}),
    # "dentist emergency": an urgent visit, not a family emergency
    ("Ollie will be late in, sorry. Dentist emergency, he cracked a tooth at the weekend and they can see him at 9."
     " We'll be there about 10.30.", kids("Ollie"), "2026-12-07 09:30", {"P1": ("medical", "M", ["12-07 AM"])}),
    # an appointment at an "am" time, off all day: the visit is the reason, whatever it is for
    ("Just to say Reggie has an appointment for his grommets at the hospital on Thursday at 8am, he'll be off all day.",
     kids("Reggie"), "2026-12-02 18:15", {"P1": ("medical", "M", full("12-03"))}),
    # "a few mins behind", "bring him in when I can"
    ("Nina's with me, we're a few mins behind this morning, sorry", kids("Nina"), "2026-11-25 08:50",
     {"P1": ("late", "L", ["11-25 AM"])}),
    ("Ryan won't get out of bed this morning, I'll bring him in when I can", kids("Ryan"), "2026-12-11 09:25",
     {"P1": ("late", "U", ["12-11 AM"])}),
]

NOT_RECORDED = [
    # a Saturday event, "no school missed"
    ("Priya has a music exam on Saturday 5th December, no school missed, just so you know in case she's tired on"
     " Monday!", kids("Priya"), "2026-12-03 17:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
