"""Families whose children are told apart in one message (one ill, one kept home, one late, one in), and the ways a
parent says a child is collected now or on the way in: one case per rule, each sentence written for this file."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # "my husband is on his way to get her now": collected now, the afternoon only
    ("School rang to say Layla has been sick after lunch, my husband is on his way to get her now. Omar stays",
     kids("Omar", "Layla"), "2026-11-26 12:45", {"P2": ("illness", "I", ["11-26 PM"])}),
    # "I am at the school gate to collect X" and "I am at reception now to take X"
    ("Hello, I am at the school gate to collect Ines, she has the orthodontist at 1.40. She not come back.",
     kids("Ines"), "2026-12-16 13:05", {"P1": ("medical", "M", ["12-16 PM"])}),
    ("Hello, I am at reception now to take Milan, he has hospital appointment at 2 o clock.", kids("Milan"),
     "2026-12-07 12:55", {"P1": ("medical", "M", ["12-07 PM"])}),
    # "they've both got the bug X had": the children who are off, the one who is in named in passing
    ("Hi, Ava and Lily are off today, they've both got the sickness bug Noah had last week 🙄 Noah is fine to go in.",
     kids("Noah", "Ava", "Lily"), "2026-11-26 07:45",
     {"P2": ("illness", "I", full("11-26")), "P3": ("illness", "I", full("11-26"))}),
    # a lower-case short form that is a word only in another language ("ben") names the child in English
    ("hi ben is going to be late today he has the dentist at 8.30, should be in for 9.45. ruby on time",
     kids("Benjamin", "Ruby"), "2026-11-30 08:00", {"P1": ("medical", "M", ["11-30 AM"])}),
    # "been on hold to the GP": a phone call, not an appointment; "was complaining ... this morning": when it began
    ("Isla was complaining of a sore throat all night and this morning so she's staying home. Been on hold to the GP"
     " since 8", kids("Isla"), "2026-11-24 08:20", {"P1": ("illness", "I", full("11-24"))}),
    # a run-on: two ill, the third kept home because of them (O)
    ("tom and evie both been sick since 4am jack seems ok but i cant leave the other 2 to take him so hes off too",
     kids("Tom", "Evie", "Jack"), "2026-11-25 06:40",
     {"P1": ("illness", "I", full("11-25")), "P2": ("illness", "I", full("11-25")),
      "P3": ("unsatisfactory", "O", full("11-25"))}),
    # "all 3 are off today, X and Y are poorly": the two named children's clause is theirs
    ("all 3 are off today, Gwen and Osian are poorly with a bug and I've no way of getting Dylan in as I'm stuck at "
     "home with the other two", kids("Dylan", "Gwen", "Osian"), "2026-12-11 07:30",
     {"P2": ("illness", "I", full("12-11")), "P3": ("illness", "I", full("12-11")),
      "P1": ("transport", "O", full("12-11"))}),
    # "I am alone with baby and X": X is the one cared for, the sentence is about the late brother
    ("Good morning, Zeynep she is ill, she stay home. Emir come but little late because I am alone with baby and "
     "Zeynep, he will come with his uncle maybe 9.15", kids("Emir", "Zeynep"), "2026-11-30 07:30",
     {"P1": ("late", "L", ["11-30 AM"]), "P2": ("illness", "I", full("11-30"))}),
    # "X will go to school but I bring him at 9.30": his own late arrival
    ("Good morning. Sofia has temperature, she stays at home. Danylo will go to school but I bring him at 9.30 after"
     " I take Sofia to my mother.", kids("Danylo", "Sofia"), "2026-12-15 07:30",
     {"P1": ("late", "U", ["12-15 AM"]), "P2": ("illness", "I", full("12-15"))}),
    # "I will bring both after around 10": back after their appointment
    ("Hafsa and Ilyas have the dentist this morning at 9, I will bring both after around 10.", kids("Hafsa", "Ilyas"),
     "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("medical", "M", ["12-02 AM"])}),
    # "an emergency repair" shut the road: transport, not a family emergency
    ("The council have shut our road for an emergency repair and there are no buses either, I can't get Jamie in "
     "at all today", kids("Jamie"), "2026-12-02 08:10", {"P1": ("transport", "O", full("12-02"))}),
    # "... so make that Tuesday 15th to Friday 18th": the corrected range
    ("Kyle will be off from Monday 14th to Friday 18th for a holiday. Actually the flights are Tuesday so make that "
     "Tuesday 15th to Friday 18th.", kids("Kyle"), "2026-12-03 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # "we'll be in when we can": late, for each child the sentence is about
    ("Sorry Dexter is refusing to get dressed, we'll be in when we can. Abi is with me so she'll be late too",
     kids("Abigail", "Dexter"), "2026-12-07 09:30",
     {"P1": ("late", "U", ["12-07 AM"]), "P2": ("late", "U", ["12-07 AM"])}),
    # "I'll ring if he's off tomorrow": tomorrow not decided
    ("Logan has a temp so he's staying home today, I'll ring if he's off tomorrow", kids("Logan"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # "might come in this afternoon" while the brother is off all day: her morning only
    ("Robbie and Erin both have a bug. Erin is a bit better and might come in this afternoon but Robbie is off all "
     "day", kids("Erin", "Robbie"), "2026-12-09 07:30",
     {"P1": ("illness", "I", ["12-09 AM"]), "P2": ("illness", "I", full("12-09"))}),
    # terse: "... staying home today kieran in."
    ("maisie has a temp so shes staying home today kieran in. hopefully a 24 hr thing", kids("Maisie", "Kieran"),
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16"))}),
]

# second-language and voice-to-text messages (b166)
RECORDED += [
    # a time's dot is not punctuation: a run-on with "9.30" in it still gets its sentence break before a name
    ("Hi Zoe has her braces fitted today at 9.30 at the orthodontist she will be in school after about 11 Archie is "
     "coming in as normal with his friend thanks", kids("Zoe", "Archie"), "2026-11-30 07:30",
     {"P1": ("medical", "M", ["11-30 AM"])}),
    # "sick about 5 times and daisy has": "times" is not a child's name
    ("hi both kids have a sickness bug alfie has been sick about 5 times and daisy has got a bad tummy too so they wont"
     " be in today", kids("Alfie", "Daisy"), "2026-12-08 07:00",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # "sorry for inform late": the parent's message, not a late arrival
    ("Good morning, both children will be absent tomorrow because their uncle wedding in Leeds. Sorry for inform late.",
     kids("Amir", "Sara"), "2026-11-24 07:50",
     {"P1": ("family_event", "O", full("11-25")), "P2": ("family_event", "O", full("11-25"))}),
    # "I will inform tomorrow": when the parent writes again, not a day off
    ("Good morning mam, Priya have high fever since night, she cannot come today. I will inform tomorrow.",
     kids("Priya"), "2026-12-02 07:15", {"P1": ("illness", "I", full("12-02"))}),
    # "hoping she's better for the last day on Friday": the hoped-for return, not the last day of term off
    ("Ivy's got a temp, she's staying home today and tomorrow, hoping she's better for the last day on Friday",
     kids("Ivy"), "2026-12-16 07:20", {"P1": ("illness", "I", full("12-16", "12-17"))}),
    # "he come back school after": back after the interview
    ("Yusuf he have a interview tomorrow at the college at 9 o clock, he come back school after.", kids("Yusuf"),
     "2026-12-16 17:00", {"P1": ("interview", "J1", ["12-17 AM"])}),
    # "I come now take X from school": collected now
    ("Hello, I come now take Kerem from school, he have dentist at 2 o'clock", kids("Kerem"), "2026-12-16 12:50",
     {"P1": ("medical", "M", ["12-16 PM"])}),
    # "Huda come with her friend mum": in school
    ("Zayd have cough and fever, he stay home today. Huda come with her friend mum.", kids("Zayd", "Huda"),
     "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10"))}),
]

NOT_RECORDED = [
    # "not sure yet if it's the Thursday or the Friday": which day cannot be told
    ("Ava will miss school on the day of her cousin's wedding, not sure yet if its the Thursday or the Friday",
     kids("Ava"), "2026-12-07 07:30", "clarify"),
    # the inhaler sent home, not the child
    ("Please could Oliver's inhaler be sent home tomorrow as we'll need it over the holidays", kids("Oliver"),
     "2026-12-17 08:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
