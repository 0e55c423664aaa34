"""Phrasings from the seventh round of fresh batches, one rule each: corrections that name new days, changes of plan
that replace the reason, short forms shared by two children, "both" of body parts, roads closed by floods, and
things (not children) dropped at the office."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import full, kids, marks, parse

ONE_CHILD = [
    # a correction that names days replaces the days named before it
    ("Jack will be absent on Monday and Tuesday. Sorry, I mean Tuesday and Wednesday! Grandad's funeral in Ireland",
     "2026-12-04 19:00", ("exceptional", "C", full("12-08", "12-09"))),
    ("Jack will be off Monday to Wednesday next week as we're going to Disneyland Paris. Actually, we've changed the "
     "flights so it's Tuesday to Thursday", "2026-12-09 19:00", ("holiday", "G", full("12-15", "12-16", "12-17"))),
    ("Jack will be off tomorrow for his follow-up at the eye hospital at 10. Scratch that, they've just emailed to "
     "move it to Thursday, same time. So he's in tomorrow and off Thursday instead", "2026-12-07 20:10",
     ("medical", "M", full("12-10"))),
    ("Jack will be off Thursday for his cousin's christening. Wait no sorry it's Friday the 4th", "2026-12-01 20:30",
     ("family_event", "O", full("12-04"))),
    # "scratch tomorrow" withdraws that day
    ("Jack's got a horrible cold so he's off today and tomorrow. Actually scratch tomorrow, he's insisting he'll be "
     "in tomorrow", "2026-11-24 07:30", ("illness", "I", full("11-24"))),
    # "too" after the correction adds a day rather than replacing
    ("Jack is off today with a cold. Actually it's tomorrow too, the GP says two days", "2026-11-24 07:30",
     ("illness", "I", full("11-24", "11-25"))),
    # a change of plan replaces the reason: the late mark becomes illness on the whole day
    ("Jack's running late, we'll be there by half 9. Actually no, he's just been sick in the car so I'm taking him "
     "home, sorry", "2026-12-01 08:50", ("illness", "I", full("12-01"))),
    # the clinic running behind is not the child's lateness when he will not come in at all
    ("Jack was meant to come in after his blood test this morning but the clinic is running 2 hours behind so he "
     "won't make it in at all today, sorry", "2026-11-24 09:30", ("medical", "M", full("11-24"))),
    ("Jack has a GP appointment at 8:30 and then he'll come straight in, probably around 9:30", "2026-11-25 07:00",
     ("medical", "M", ["11-25 AM"])),
    # roads closed by a flood or a gas leak: the journey, not a family emergency
    ("The road out of the village is closed due to flooding and the school bus can't get through, so Jack won't be "
     "in today", "2026-12-15 08:00", ("transport", "O", full("12-15"))),
    ("police have closed our road since 6am because of a gas leak and we cant get the car out, so jack wont make it "
     "in today sorry", "2026-11-24 08:15", ("transport", "O", full("11-24"))),
    # back late from a holiday and tired: the tiredness is the reason
    ("Jack is too tired to come in today after getting back late from our holiday last night", "2026-12-08 08:05",
     ("unsatisfactory", "O", full("12-08"))),
    # "she'll be back next week": off to the end of this week; "won't be back until next week" the same
    ("Jack is still poorly, the doctor thinks it's flu. He won't be back until next week.", "2026-12-02 06:55",
     ("illness", "I", full("12-02", "12-03", "12-04"))),
    ("Jack has tonsillitis again, GP says he needs 3 days off so he'll be back next week.", "2026-11-24 06:40",
     ("illness", "I", full("11-24", "11-25", "11-26"))),
    # the first two days of next week
    ("Jack has been poorly with a chest infection since Wednesday night. He'll be off the first two days of next "
     "week.", "2026-11-27 15:00", ("illness", "I", full("11-30", "12-01"))),
    # a return on a weekday after explicit dates is the one after them
    ("Jack will be off from 14/12 to 16/12 inclusive for a wedding. back on thursday", "2026-12-08 07:00",
     ("family_event", "O", full("12-14", "12-15", "12-16"))),
    # a symptom "this morning" is when it started, not the morning session
    ("Jack has a temperature and a cough this morning so won't be in for the last day", "2026-12-18 07:10",
     ("illness", "I", full("12-18"))),
    # a diagnosis "today" in the evening is what happened; "need the whole of next week off" is the absence
    ("Jack's been diagnosed with flu today and the GP reckons he'll need the whole of next week off",
     "2026-12-11 20:15", ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))),
    ("Jack has hand foot and mouth, the GP confirmed it this afternoon so I'll keep him off", "2026-11-26 18:30",
     ("illness", "I", full("11-30"))),
    # "I don't think he will be in" is an absence
    ("Jack was sick all night, I don't think he will be in on Monday", "2026-11-27 10:00",
     ("illness", "I", full("11-30"))),
    # cousins staying for the week do not make the absence a week long
    ("Jack was up till all hours with his cousins who are staying with us for the week, he's too tired so he's "
     "having a day at home", "2026-12-01 07:10", ("unsatisfactory", "O", full("12-01"))),
    # an assessment at a named school is an interview; "won't be in that morning" is the morning
    ("Jack has been invited for an assessment at Nottingham High School on Tuesday 15/12 at 9am. He won't be in "
     "that morning.", "2026-12-12 09:30", ("interview", "J1", ["12-15 AM"])),
    # a hair appointment is not a medical one; a day out in town is the family's choice
    ("Jack is going to miss Monday, he's got a hair appointment in town and then we're having a day out",
     "2026-12-11 14:30", ("unsatisfactory", "O", full("12-14"))),
    ("Taking Jack to London for the day to see the Christmas lights, he'll be back in tomorrow", "2026-12-03 08:00",
     ("unsatisfactory", "O", full("12-03"))),
    # off to the airport: a holiday; "come to the office at 1" is a collection
    ("Jack will be leaving at 1pm tomorrow as we're off to Manchester airport so he won't be in on Friday either",
     "2026-12-16 17:30", ("holiday", "G", ["12-17 PM", *full("12-18")])),
    ("Hi, can you tell Jack to come to the office at 1 please, I'm taking him to the optician at 1:30",
     "2026-12-09 12:50", ("medical", "M", ["12-09 PM"])),
    ("Morning, Jack's got a migrane, I'll bring him in after lunch if he's feeling better", "2026-12-15 07:35",
     ("illness", "I", ["12-15 AM"])),
    ("We're stuck on the M56, accident ahead and nothing's moving at all. Jack won't make it in till after 10",
     "2026-12-01 08:45", ("late", "U", ["12-01 AM"])),
    # on the way to A&E is not a late arrival
    ("Jack slipped on the ice on the way to school and has cut his chin open, we're on our way to A&E",
     "2026-12-11 09:05", ("illness", "I", full("12-11"))),
]


@pytest.mark.parametrize(("text", "when", "expected"), ONE_CHILD)
def test_one_child(text: str, when: str, expected: tuple[str, str, list[str]]) -> None:
    got = marks(parse(text, kids("Jack"), when))
    assert list(got.values()) == [expected], parse(text, kids("Jack"), when).explanation


def test_a_child_named_like_a_country_is_not_a_journey_abroad() -> None:
    text = "There's a rail strike tomorrow so there's no way for Jordan to get in from Hebden Bridge"
    assert marks(parse(text, kids("Jordan"), "2026-12-07 19:30")) == {"P1": ("transport", "O", full("12-08"))}


def test_a_short_form_two_children_share_is_settled_by_the_other_name() -> None:
    result = parse("Freddie and Alfie won't be in tomorrow, they've both got the sickness bug", kids("Frederick",
                   "Alfred"), "2026-11-23 19:00")
    assert set(marks(result)) == {"P1", "P2"}


def test_a_shared_short_form_alone_is_asked_about() -> None:
    assert parse("Alex has a cold, off today", kids("Alexander", "Alexandra")).action == "clarify"


@pytest.mark.parametrize("text", [
    "He's come down with conjunctivitis, both eyes are all gunky, so I'm keeping him off today",
    "She's got a rash on both arms, keeping her home today",
])
def test_both_of_a_body_part_is_not_both_children(text: str) -> None:
    assert parse(text, kids("Harrison", "Jacob")).action == "clarify"


@pytest.mark.parametrize("text", [
    "the twins are poorly and won't be in",
    "both today running late, there about 9:45",
])
def test_the_twins_and_both_today_mean_both_children(text: str) -> None:
    assert set(marks(parse(text, kids("Mahir", "Maisha"), "2026-11-23 08:30"))) == {"P1", "P2"}


def test_glasses_dropped_at_the_office_in_half_an_hour_are_not_a_late_arrival() -> None:
    text = "Hi, can you let Mrs Barker know Liv left her glasses at home, I'll drop them at the office in half an hour"
    assert parse(text, kids("Olivia"), "2026-11-25 13:40").action == "forward"


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("Poppy has a bad cold and cough, she's off today. Jack's going to Nan's after school, she'll pick him up at 3.15",
     "2026-12-02 06:50", {"P2": ("illness", "I", full("12-02"))}),
    ("Poppy's got a sick bug so she's off, and I can't take Jack as I've got no one to sit with Poppy, so he's off "
     "too", "2026-12-07 07:33", {"P1": ("unsatisfactory", "O", full("12-07")), "P2": ("illness", "I", full("12-07"))}),
    ("Poppy's been diagnosed with flu today. Jack is fine so he'll be in on Monday. Jack's been practising his solo "
     "non-stop, even the dog's sick of it", "2026-12-11 20:15",
     {"P2": ("illness", "I", full("12-14"))}),
    ("Sorry, both will be in late this morning, flat battery. Neighbour is jump starting us now, should be there for "
     "9.30ish", "2026-11-30 08:45", {"P1": ("late", "U", ["11-30 AM"]), "P2": ("late", "U", ["11-30 AM"])}),
])
def test_which_children(text: str, when: str, expected: dict[str, object]) -> None:
    assert marks(parse(text, kids("Jack", "Poppy"), when)) == expected


def test_an_elder_sibling_of_the_parent_is_an_adult() -> None:
    text = "Zara won't be in today as we're driving up to Glasgow for my brother Dean's wedding tomorrow"
    assert marks(parse(text, kids("Zara"), "2026-11-26 07:20")) == {"P1": ("family_event", "O", full("11-26"))}
