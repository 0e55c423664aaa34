"""Phrasings from the nineteenth round of fresh batches: a sibling who is "fine, but" kept home after all, "although
she'll be a bit late", "X too" after a late arrival, "may be in tomorrow", the parent's own past illness, "on her
way" before school starts, collections "now", arrivals with "-ish" and "till gone 10", returns "till the afternoon"
and "in the new term", and days that are still to be confirmed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # "fine, but" and "although" take the attendance back
    ("Omar has tonsillitis. Sami is fine but I've no one to take him in as I can't leave Omar, so he's off too",
     kids("Omar", "Sami"), "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24")), "P2": ("unsatisfactory", "O", full("11-24"))}),
    ("Ruby and Jude were up all night being sick, they're staying home. Cora is fine and will be in as normal, "
     "although she'll be a bit late as I'm waiting for my sister, there for about 9.10", kids("Ruby", "Jude", "Cora"),
     "2026-11-30 07:20", {"P1": ("illness", "I", full("11-30")), "P2": ("illness", "I", full("11-30")),
                          "P3": ("late", "L", ["11-30 AM"])}),
    ("Theo won't be in tomorrow, he has his fracture clinic appointment at 10.20. Isla will be in but might be a bit "
     "late as I'm taking Theo first, she'll be there by 9.10", kids("Theo", "Isla"), "2026-11-29 20:00",
     {"P1": ("medical", "M", full("11-30")), "P2": ("late", "L", ["11-30 AM"])}),
    # "X too" after a late arrival: the same lateness
    ("Leon will be late, the car won't start, a neighbour is giving us a lift, we'll be there about 9.10. Maja too.",
     kids("Leon", "Maja"), "2026-11-25 08:45", {"P1": ("late", "L", ["11-25 AM"]), "P2": ("late", "L", ["11-25 AM"])}),
    # the three of them; "and" between two names after a run-on sentence
    ("sorry the 3 of them will be late, the car battery is flat, be there by 9:40", kids("Amy", "Ben", "Cal"),
     "2026-11-23 08:55", {"P1": ("late", "U", ["11-23 AM"]), "P2": ("late", "U", ["11-23 AM"]),
                          "P3": ("late", "U", ["11-23 AM"])}),
    ("Hi its Mia's mum so Mia has had a fever all weekend and she's off today and maybe tomorrow as well Zak and Lily "
     "are fine and they'll be in school thank you", kids("Mia", "Zak", "Lily"), "2026-12-14 07:30",
     {"P1": ("illness", "I", full("12-14", "12-15"))}),
    # "may be in tomorrow" is not a day off; the parent's own past illness is not the sibling's
    ("Evie is off with a sickness bug today. She may be in tomorrow depending how she is.", kids("Evie"),
     "2026-12-09 07:40", {"P1": ("illness", "I", full("12-09"))}),
    ("Hi Dylan isn't well, he's got a bad cough. Maisie is going in. I was off with it all last week too.",
     kids("Dylan", "Maisie"), "2026-12-11 07:30", {"P1": ("illness", "I", full("12-11"))}),
    ("Harvey won't be in, he's refusing to get out of bed. Sorry. Lottie is on her way", kids("Harvey", "Lottie"),
     "2026-12-07 08:20", {"P1": ("unsatisfactory", "O", full("12-07"))}),
    ("hello this is Adam dad Adam is sick with a stomach he not come today Ewa is going school okay thank you",
     kids("Adam", "Ewa"), "2026-11-25 07:40", {"P1": ("illness", "I", full("11-25"))}),
    # staying home with a sibling who is ill, in the parent's words
    ("Zainab has woken up poorly so is staying home today, and Idris is staying off as well as I can't take him in "
     "without leaving her on her own", kids("Idris", "Zainab"), "2026-11-24 07:00",
     {"P1": ("unsatisfactory", "O", full("11-24")), "P2": ("illness", "I", full("11-24"))}),
    # a grandparent's "staying with me" says where the ill children are
    ("Grandma here. Both Alfie and Jess have heavy colds and temperatures, they're staying with me today.",
     kids("Alfie", "Jess"), "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16")), "P2": ("illness", "I", full("12-16"))}),
    # "we're away to a funeral": the journey, not a holiday
    ("Ryan and Erin will be off tomorrow and Monday, we're away to a family funeral in Cork. Back Tuesday.",
     kids("Ryan", "Erin"), "2026-12-10 19:30",
     {"P1": ("exceptional", "C", full("12-11", "12-14")), "P2": ("exceptional", "C", full("12-11", "12-14"))}),
    # a grandparent very ill abroad
    ("Kuba and Ola will not be at school tomorrow and Thursday, my father is seriously ill in Poland and we fly there "
     "tonight.", kids("Kuba", "Ola"), "2026-11-24 17:00",
     {"P1": ("exceptional", "C", full("11-25", "11-26")), "P2": ("exceptional", "C", full("11-25", "11-26"))}),
    # collected now, before the afternoon register
    ("My mum has been rushed into hospital, I'm coming to get Ava and Finn now, will be there in 15 mins",
     kids("Ava", "Finn"), "2026-11-25 13:05",
     {"P1": ("exceptional", "C", ["11-25 PM"]), "P2": ("exceptional", "C", ["11-25 PM"])}),
    ("Hi, the office rang, Nia has a migraine, I'm picking her up now, be there in 10", kids("Nia"), "2026-12-01 13:00",
     {"P1": ("illness", "I", ["12-01 PM"])}),
    ("Could you send Tom to the office for 12.15? He has an orthodontist appointment at 1 and won't be back",
     kids("Tom"), "2026-12-02 11:30", {"P1": ("medical", "M", ["12-02 PM"])}),
    # arrivals: "-ish", "later, about 10", "till gone 10", "arriving at around 10am", "comes to school maybe 12"
    ("Morning, Rosa refused to put her shoes on, we'll be there 9.05ish", kids("Rosa"), "2026-12-10 08:45",
     {"P1": ("late", "L", ["12-10 AM"])}),
    ("Hi, car trouble, Jay will be in about 9.15, Kit is with his dad and will be later, about 10", kids("Jay", "Kit"),
     "2026-12-09 08:55", {"P1": ("late", "L", ["12-09 AM"]), "P2": ("late", "U", ["12-09 AM"])}),
    ("The bus has broken down and the next one isn't for an hour so Ellis won't make it in till gone 10, sorry",
     kids("Ellis"), "2026-12-01 08:50", {"P1": ("late", "U", ["12-01 AM"])}),
    ("Obi has a dental check-up at 8.40 today so he will be arriving at around 10am.", kids("Obi"), "2026-11-23 07:40",
     {"P1": ("medical", "M", ["11-23 AM"])}),
    ("Hello Tomas has his entrance test at the grammar school today at 9am, after that he comes to school maybe 12.",
     kids("Tomas"), "2026-12-03 08:20", {"P1": ("interview", "J1", ["12-03 AM"])}),
    ("Rahim has a hospital appointment at 10am tomorrow and won't be back till the afternoon", kids("Rahim"),
     "2026-11-30 16:45", {"P1": ("medical", "M", ["12-01 AM"])}),
    # the appointment given past in an evening message; "scratch that"; "still poorly from Friday"
    ("Tilly has an ear infection, the GP gave her antibiotics this afternoon. She'll be off tomorrow.", kids("Tilly"),
     "2026-11-24 20:30", {"P1": ("illness", "I", full("11-25"))}),
    ("Jonah's been sick so he'll be off today and tomorrow, actually no scratch that, just today", kids("Jonah"),
     "2026-12-02 07:45", {"P1": ("illness", "I", full("12-02"))}),
    ("Morning, Hannah is still poorly from Friday, she'll be off tomorrow and Tuesday according to the GP.",
     kids("Hannah"), "2026-12-06 09:00", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # thrown breakfast back up; a road under water; letting the child have the day off; a few days away
    ("Sorry, Arjun's just thrown his breakfast back up in the car so we've turned round. He won't be in today.",
     kids("Arjun"), "2026-11-25 08:55", {"P1": ("illness", "I", full("11-25"))}),
    ("Our road is under water after the storm and the car can't get out of the close, so Cian won't make it in today. "
     "Hopefully it's gone down by tomorrow.", kids("Cian"), "2026-11-24 08:30",
     {"P1": ("transport", "O", full("11-24"))}),
    ("We've got cousins over from Canada so I'm letting Lola have today off to spend time with them. She'll be in "
     "tomorrow.", kids("Lola"), "2026-12-02 08:30", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    ("Felix will miss Monday and Tuesday next week as we're having a few days away in Devon.", kids("Felix"),
     "2026-11-26 07:30", {"P1": ("holiday", "G", full("11-30", "12-01"))}),
    # back in the new term; "I'll have him in for Thursday afternoon"
    ("We are flying to Lagos to see my mother. Tobi will be out of school from tomorrow and will be returning in the "
     "new term on 5th January.", kids("Tobi"), "2026-12-13 18:30",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    ("Cormac has a consultant appointment in Dublin on Wednesday. He'll miss Wednesday and Thursday morning, I'll "
     "have him in for Thursday afternoon.", kids("Cormac"), "2026-12-07 07:45",
     {"P1": ("medical", "M", ["12-09 AM", "12-09 PM", "12-10 AM"])}),
    # "in at lunch if she's ok" after "at dinner"
    ("Leah is in bed with a headache, she'll be off this morning and I'll bring her in at dinner if she's ok",
     kids("Leah"), "2026-12-04 07:50", {"P1": ("illness", "I", ["12-04 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # a change of plan that leaves nothing to record
    ("I was going to keep Maya off tomorrow for her dentist but I've moved it to 4pm so she'll be in.", kids("Maya"),
     "2026-11-24 20:00", "forward"),
    # a day still to be confirmed
    ("Dear Sir, Priya will be absent for one day for a family wedding in January, I will confirm the date.",
     kids("Priya"), "2026-12-09 17:00", "clarify"),
    ("Noor has to have a tooth out at the hospital, they've said it'll be one morning before Christmas but we're still "
     "waiting on the letter", kids("Noor"), "2026-12-11 08:10", "clarify"),
])
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
