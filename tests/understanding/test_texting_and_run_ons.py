"""Phrasings from the eighth round of fresh batches: texting shorthand and voice-to-text, run-on messages with no
punctuation, lower-case names of children who are not linked, questions about marks, and reasons that are easy to
confuse (a car broken into, a boiler that blew, tiredness after a party, someone else's flight home)."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import full, kids, marks, parse
from understanding.types import Child

ONE_CHILD = [
    # shorthand: drs, a point meant, chest in fiction, to day, bro, gonna, after dinner, hols, centre parcs
    ("erin has drs at 9.20 will drop her in after thx", "2026-11-25 07:23", ("medical", "M", ["11-25 AM"])),
    ("Hi Erin has a doctor's a point meant at 9 30 this morning she'll be in about half 10", "2026-12-14 07:06",
     ("medical", "M", ["12-14 AM"])),
    ("Erin won't be in to day or tomorrow she's got a chest in fiction", "2026-12-10 07:05",
     ("illness", "I", full("12-10", "12-11"))),
    ("need to keep erin home 2day to look after her little bro while i go to work sorry", "2026-12-01 08:06",
     ("unsatisfactory", "O", full("12-01"))),
    ("been stuck on the m62 for an hour theres been a crash, not gonna get erin in this morning at all, will bring "
     "her after dinner", "2026-11-25 08:49", ("transport", "O", ["11-25 AM"])),
    ("erin off from tmrw we r going to jamaica to see family for xmas, back after the hols", "2026-12-06 20:09",
     ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17",
                           "12-18"))),
    ("hi weve booked centre parcs so erin will be off thurs 17th n fri 18th x", "2026-12-11 08:13",
     ("holiday", "G", full("12-17", "12-18"))),
    ("zara has an entrance assesment at st marys on monday 7th its all day so she wont be in", "2026-12-03 07:14",
     ("interview", "J1", full("12-07"))),
    ("erin overslept n is being a nightmare this morning so shes having the day at home", "2026-12-07 08:51",
     ("unsatisfactory", "O", full("12-07"))),
    ("just got the call erin feels sick, ill be there in 20 to get her", "2026-12-10 12:02",
     ("illness", "I", ["12-10 PM"])),
    ("erin has been really strugling with her mental health and wont be in 2day, were waiting to hear from camhs",
     "2026-12-01 07:46", ("illness", "I", full("12-01"))),
    # reasons easy to confuse
    ("Erin won't be in today, the washing machine's broken and she hasn't got a clean shirt", "2026-12-09 08:25",
     ("unsatisfactory", "O", full("12-09"))),
    ("Erin's having a rest day today, she's absolutely shattered after the Christmas concert last night and then "
     "her cousin's party.", "2026-12-11 07:15", ("unsatisfactory", "O", full("12-11"))),
    ("Our car was broken into overnight and the windscreen smashed, so I've no way of getting Erin to school today",
     "2026-11-26 08:15", ("transport", "O", full("11-26"))),
    ("Our boiler has blown and we've had to leave the house while the gas board sort it, Erin won't be in today",
     "2026-12-07 07:30", ("exceptional", "C", full("12-07"))),
    ("I'm taking Erin out tomorrow to go Christmas shopping with her nan, it's the only day her nan can do before she "
     "flies back to Spain", "2026-11-30 19:50", ("unsatisfactory", "O", full("12-01"))),
    ("car broke down on the way in, erin wont make it this morning, ill get her there for afternoon registration",
     "2026-12-10 08:05", ("transport", "O", ["12-10 AM"])),
    ("Erin's got a migraine, I'll bring her in this afternoon if she's ok", "2026-12-18 08:20",
     ("illness", "I", ["12-18 AM"])),
    ("Good morning, Erin will be absent on Wednesday 16th December as our church is holding a day of fasting and "
     "prayer which the whole family will attend", "2026-12-14 07:20", ("religious", "R", full("12-16"))),
    ("Hi, just checking the office got my message this morning about Erin? She's at home with a temperature",
     "2026-12-14 10:20", ("illness", "I", full("12-14"))),
    # round three: dotted date ranges, brackets, "after she go school", ETA, kept back, whole-day hospital tests
    ("Hello, Erin will not be in school 14.12 - 18.12, we go to Poland for Christmas. Thank you", "2026-12-03 20:50",
     ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))),
    ("Salam sir. Erin she have doctor appointment today 10 o clock. After she go school. Thank you",
     "2026-12-07 07:15", ("medical", "M", ["12-07 AM"])),
    ("The trains are all cancelled so I'm driving Erin in, ETA 9.50", "2026-12-09 08:45", ("late", "U", ["12-09 AM"])),
    ("Erin was sick at home straight after breakfast so I've kept her back today, sorry for not letting you know "
     "sooner", "2026-11-25 10:15", ("illness", "I", full("11-25"))),
    ("Erin had her tonsils out yesterday and the hospital says she needs 5 days off school to recover",
     "2026-12-04 07:20", ("illness", "I", full("12-04", "12-07", "12-08", "12-09", "12-10"))),
    ("Erin has tonsillitis again, the GP says she won't be fit for school before the Christmas holidays",
     "2026-12-15 07:30", ("illness", "I", full("12-15", "12-16", "12-17", "12-18"))),
    ("Erin's bus has been cancelled AGAIN and I have no way of getting her there this morning. I'll bring her in when "
     "my husband is back with the car at lunchtime", "2026-12-03 08:20", ("transport", "O", ["12-03 AM"])),
    ("Erin is stuck at home, the road out of our street is flooded and there's no way out by car or bus, so she won't "
     "be in today", "2026-11-30 09:10", ("transport", "O", full("11-30"))),
    ("Erin's off today, she has an appointment at the hospital at 11 for her allergy tests and it takes most of the "
     "day", "2026-12-03 07:30", ("medical", "M", full("12-03"))),
    ("Good morning, Erin has a two day assessment at Alder Hey starting today, so she will be off today and tomorrow.",
     "2026-11-25 07:30", ("medical", "M", full("11-25", "11-26"))),
    ("Can I take Erin out at 1 today? She has a hearing aid fitting at 1.45", "2026-12-10 12:00",
     ("medical", "M", ["12-10 PM"])),
    ("we're heading off early for christmas so Erin won't be in Thursday or Friday", "2026-12-16 20:00",
     ("holiday", "G", full("12-17", "12-18"))),
    ("Erin's woken up with a temperature so sad to miss the Christmas jumper day and party. Hope everyone has a lovely "
     "break", "2026-12-18 07:20", ("illness", "I", full("12-18"))),
    ("Erin won't be in today or tomorrow, thank you and have a lovely Christmas", "2026-12-17 07:30",
     ("unknown", "N", full("12-17", "12-18"))),
    # a training day named beside a return does not start the absence
    ("Erin has tonsillitis again, the GP said she needs 48 hours off at least. With the training day tomorrow and "
     "the weekend she should be fine to come back on Tuesday.", "2026-11-26 07:00",
     ("illness", "I", full("11-26", "11-30"))),
]


@pytest.mark.parametrize(("text", "when", "expected"), ONE_CHILD)
def test_one_child(text: str, when: str, expected: tuple[str, str, list[str]]) -> None:
    result = parse(text, kids("Erin"), when)
    assert list(marks(result).values()) == [expected], result.explanation


def test_a_possessive_without_its_apostrophe_names_the_child() -> None:
    assert marks(parse("Masons going to be late, car wont start!! we'll be there about 9.40", kids("Mason"),
                       "2026-11-23 08:41")) == {"P1": ("late", "U", ["11-23 AM"])}


@pytest.mark.parametrize(("text", "when", "expected"), [
    # a run-on message in lower case: the second child's sentence starts at their name
    ("rosie is off shes got a chesty cough n temp daisy will be in as normal", "2026-11-26 07:51",
     {"P1": ("illness", "I", full("11-26"))}),
    ("sorry kids r gonna be late, 9.15", "2026-12-04 08:39",
     {"P1": ("late", "L", ["12-04 AM"]), "P2": ("late", "L", ["12-04 AM"])}),
])
def test_two_children(text: str, when: str, expected: dict[str, object]) -> None:
    assert marks(parse(text, kids("Rosie", "Daisy"), when)) == expected


@pytest.mark.parametrize("text", [
    "hi zoe and sam have the flu they wont be in tmrw",  # a child named in lower case who is not linked
    "zoe n oscar both got temps wont b in 2day",
    "Hi Alice has got a temperature she won't be in tomorrow thank you",  # a greeting, then a child not linked
])
def test_a_child_not_linked_is_asked_about(text: str) -> None:
    assert parse(text, kids("Zoe"), "2026-12-15 07:00").action == "clarify"


@pytest.mark.parametrize("text", [
    "Hi, was Charlie marked absent this morning? I dropped him at the gate at 8.45 so he should have been in",
    "Is Charlie's absence last Thursday going to count against his attendance? He was genuinely ill",
    "charlie has got an interview at tesco for a saturday job tmrw at 4.30 so he will be leaving straight after "
    "school",
])
def test_questions_about_marks_and_after_school_interviews_are_forwarded(text: str) -> None:
    assert parse(text, kids("Charlie"), "2026-12-07 12:30").action == "forward"


@pytest.mark.parametrize(("text", "children", "when", "expected"), [
    # "her brother" counts one sibling: with two unnamed brothers, which one?
    ("Amelia and her brother are both off today with heavy colds", kids("Amelia", "Oliver", "Jack"),
     "2026-11-23 07:55", None),
    ("Tom and Georgia both have the sickness bug so neither of them will be in today. Noah has escaped it so far so "
     "he'll be in (fingers crossed!)", kids("Tom", "Georgia", "Noah"), "2026-11-25 07:15",
     {"P1": ("illness", "I", full("11-25")), "P2": ("illness", "I", full("11-25"))}),
    ("Mila has a cold and is staying off today. Tom's begged to stay home and keep her company so I've said yes just "
     "this once. Noah's fine and in as normal.", kids("Tom", "Noah", "Mila"), "2026-12-15 07:10",
     {"P1": ("unsatisfactory", "O", full("12-15")), "P3": ("illness", "I", full("12-15"))}),
])
def test_three_children(text: str, children: list[Child], when: str, expected: dict[str, object] | None) -> None:
    result = parse(text, children, when)
    if expected is None:
        assert result.action == "clarify"
    else:
        assert marks(result) == expected, result.explanation


def test_a_name_in_another_script_with_x_written_ks() -> None:
    result = parse("Good evening, Александр has high temperature, he will not come to school tomorrow. Thank you",
                   kids("Alexander"), "2026-11-24 17:20")
    assert marks(result) == {"P1": ("illness", "I", full("11-25"))}


def test_a_child_named_like_a_hospital_is_the_child() -> None:
    result = parse("Evelina will be late, about 9:30, the car doors are frozen", kids("Evelina"), "2026-12-08 08:40")
    assert marks(result) == {"P1": ("late", "U", ["12-08 AM"])}


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("Erin won't be in today, she has a cold. tomorrow will be in school.", "2026-12-08 07:00",
     {"P1": ("illness", "I", full("12-08"))}),
    ("Erin has the dentist at 9 so she will be in before lunch", "2026-12-08 07:00",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # a place after a preposition in another language is not a child: "din Coventry", "la Londra"
    ("Bună ziua, Erin nu vine mâine, biserica noastră din Coventry are hramul.", "2026-11-29 18:00",
     {"P1": ("religious", "R", full("11-30"))}),
])
def test_returns_and_places(text: str, when: str, expected: dict[str, object]) -> None:
    assert marks(parse(text, kids("Erin"), when)) == expected


def test_an_appointment_after_school_is_not_a_day_off() -> None:
    text = ("Erin has been really low and struggling with her mental health, she won't be in today or tomorrow. "
            "We've got a GP appointment on Wednesday after school to talk about it.")
    assert marks(parse(text, kids("Erin"), "2026-12-07 07:30")) == {"P1": ("illness", "I", full("12-07", "12-08"))}


def test_sick_on_the_way_in_and_taken_home_is_not_late() -> None:
    text = ("Lexi was sick in the car on the way in so I've turned round and taken her home. Alfie's going to be late "
            "because of it, probably about half 9")
    assert marks(parse(text, kids("Alfred", "Alexis"), "2026-12-07 08:40")) == {
        "P1": ("late", "U", ["12-07 AM"]), "P2": ("illness", "I", full("12-07"))}


@pytest.mark.parametrize(("text", "when", "expected"), [
    # an event's own day is not the absence when the absence names its day
    ("my brother's wedding is this week, the mehndi is tomorrow and the wedding is on friday. erin won't be in on "
     "friday", "2026-12-01 19:00", ("family_event", "O", full("12-04"))),
    ("erin was up until all hours last night at a wedding and couldn't wake up today, staying home today",
     "2026-12-01 07:30", ("unsatisfactory", "O", full("12-01"))),
    # a weekday that falls on a closed day, beside a later date, is in that date's week
    ("Christening for my baby cousin on Thursday 3 Dec in Ireland - Erin will be off Thurs & Fri", "2026-11-26 07:50",
     ("family_event", "O", full("12-03", "12-04"))),
    ("We're away skiing the last week of term, Erin will be back 5th Jan", "2026-12-03 20:15",
     ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))),
    ("Erin's off with a tummy bug, back hopefully Monday", "2026-12-16 07:15",
     ("illness", "I", full("12-16", "12-17", "12-18"))),
    ("rnning l8 sry, erin in 5 mins", "2026-12-09 08:50", ("late", "L", ["12-09 AM"])),
    ("Could I request term time leave for Erin on 17 and 18 December please, we're travelling to Poland to see her "
     "grandparents", "2026-12-01 19:00", ("holiday", "G", full("12-17", "12-18"))),
    ("Hi, I'm keeping Erin home today as she's shattered after we got back really late from visiting relatives last "
     "night", "2026-12-01 07:30", ("unsatisfactory", "O", full("12-01"))),
])
def test_round_four(text: str, when: str, expected: tuple[str, str, list[str]]) -> None:
    result = parse(text, kids("Erin"), when)
    assert list(marks(result).values()) == [expected], result.explanation


def test_a_request_for_the_leave_form_is_forwarded() -> None:
    text = "What do I need to do to request term time leave for Erin in February? Is there a form?"
    assert parse(text, kids("Erin"), "2026-12-01 19:00").action == "forward"


def test_doubt_before_two_days_asks_which() -> None:
    assert parse("Erin has an appointment, not sure yet, thursday or friday next week", kids("Erin"),
                 "2026-12-01 19:00").action == "clarify"
    assert marks(parse("Erin won't be in thursday or friday, she has a chest infection", kids("Erin"),
                       "2026-12-01 19:00")) == {"P1": ("illness", "I", full("12-03", "12-04"))}
