"""Competing cues: the precedence CONVENTIONS.md states, and a question where it states none.

Two reasons in one message (a cause and a consequence, an appointment and a trip) are resolved only where the
conventions say how; otherwise the parser asks for the reason rather than record a guess.
"""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, NOAH, full, marks, parse
from understanding.reasons import classify

TODAY = full("11-23")


@pytest.mark.parametrize(("text", "expected"), [
    # a late arrival caused by a medical appointment is medical for the morning
    ("Jack will be late, he has an appointment at the opticians at 9", ("medical", "M", ["11-23 AM"])),
    ("Jack is going to be late in as he's having his booster jab at the GP at 9.10", ("medical", "M", ["11-23 AM"])),
    # illness with a doctor's check (or an x-ray of the injury) is illness for the whole day
    ("Jack has a temperature and a rash so I'm keeping him home and taking him to the doctors at 11",
     ("illness", "I", TODAY)),
    ("Jack is at home today with a sprained wrist. He has an xray at 11 at the hospital", ("illness", "I", TODAY)),
    # an ill child seen first and then brought in: that is the appointment, in the morning
    ("Jack hurt his wrist last night, we're going for an x-ray at 9 so he'll be late", ("medical", "M", ["11-23 AM"])),
    # an ill child coming in later (no appointment) is late
    ("Jack woke up with conjunctivitis, I'll take him to the pharmacy and then bring him in, should be there by 10",
     ("late", "U", ["11-23 AM"])),
    # picked up before the afternoon register: that reason's code for the afternoon only
    ("Jack has a dentist appt @ 2 today so pickin him up @ 1.15", ("medical", "M", ["11-23 PM"])),
    ("We have a family emergency and I need to take Jack out at lunchtime today, sorry",
     ("exceptional", "C", ["11-23 PM"])),
    ("Jack has a stomach ache so I'm coming to get him at lunch", ("illness", "I", ["11-23 PM"])),
    # in after an appointment: the morning only; "back after 24 hours" is no return that day
    ("Jack has a dentist appointment today at 11 and won't be back in till after lunch",
     ("medical", "M", ["11-23 AM"])),
    ("Jack will be in at lunchtime, he's had a tooth out this morning", ("medical", "M", ["11-23 AM"])),
    ("Jack has scarlet fever, the doctor says he can come back after 24 hours on antibiotics so he'll be back "
     "Wednesday", ("illness", "I", full("11-23", "11-24"))),
    # someone else's illness is not the child's: the parent is ill
    ("I'm really poorly with flu and my husband is working away so I can't get Jack to school today",
     ("unsatisfactory", "O", TODAY)),
    ("Jack overslept and I don't think it's worth bringing him in now, sorry", ("unsatisfactory", "O", TODAY)),
])
def test_resolved_precedence(text: str, expected: tuple[str, str, list[str]]) -> None:
    result = parse(text)
    assert result.action == "record", result.explanation
    assert marks(result) == {"P1": expected}


@pytest.mark.parametrize("text", [
    "Jack has an appointment at the dentist tomorrow morning and then we're going straight on to the airport for our "
    "holiday, so he'll be off tomorrow and Wednesday",
    "Jack won't be in tomorrow, he has a hospital appointment and then we're off on holiday",
    "Jack won't be in on Thursday, he has his interview at the college and then it's his cousin's wedding",
])
def test_unranked_reasons_ask_which(text: str) -> None:
    result = parse(text)
    assert result.action == "clarify" and not result.reports
    assert result.explanation[-1].endswith("which is the reason?")


def test_travel_to_an_event_is_not_a_rival_reason() -> None:
    decision = classify("she will be off on monday for her interview, it's in the morning but we're travelling")
    assert decision.reason == "interview" and decision.rival is None
    assert classify("jack has a dentist appointment then we go on holiday").rival == "holiday"


def test_each_child_keeps_their_own_reason() -> None:
    result = parse("Amelia is really poorly with a high temp and Jack has to stay with me as I can't leave her, so "
                   "neither of them will be in today", [JACK, AMELIA])
    assert marks(result) == {"P1": ("unsatisfactory", "O", TODAY), "P2": ("illness", "I", TODAY)}
    result = parse("Jack has a virus so is off today. His brother Noah is going to stay with me as well as I have no "
                   "one to take him to school", [JACK, NOAH])
    assert marks(result) == {"P1": ("illness", "I", TODAY), "P3": ("unsatisfactory", "O", TODAY)}


def test_a_childs_own_unknown_cause_is_asked_about() -> None:
    result = parse("Jack and Amelia will both be off tomorrow, Jack has his grade 5 piano exam and Amelia is going to "
                   "her nan's 60th birthday meal", [JACK, AMELIA])
    assert result.action == "clarify"


def test_late_child_beside_an_absent_one() -> None:
    result = parse("Amelia has a bad cold and won't be in today, Jack will be in but late as he has the opticians at 9",
                   [JACK, AMELIA])
    assert marks(result) == {"P1": ("medical", "M", ["11-23 AM"]), "P2": ("illness", "I", TODAY)}


@pytest.mark.parametrize("text", [
    "Jack has a cold, but he's coming in",
    "Jack has a cold but he'll be in, just a heads up he might be a bit tired",
    "Jack was a bit wobbly this morning with a tummy ache but he insisted on coming in, please ring me if not right",
    "Thanks for letting me know about the nits letter, will check tonight x",
])
def test_attending_or_acknowledging_is_forwarded(text: str) -> None:
    assert parse(text).action == "forward"


def test_attending_sibling_is_left_out() -> None:
    result = parse("Amelia not in 2day, bad cold + high temp. Noah will be in tho", [AMELIA, NOAH])
    assert marks(result) == {"P2": ("illness", "I", TODAY)}


def test_kids_is_not_an_unknown_child() -> None:
    result = parse("Kids off today. Both have colds and I'm not sending them in coughing everywhere", [JACK, AMELIA])
    assert marks(result) == {"P1": ("illness", "I", TODAY), "P2": ("illness", "I", TODAY)}


def test_unknown_future_day_is_not_an_absence() -> None:
    result = parse("Jack's Granny died yesterday. He won't be in today, and we don't know about tomorrow yet")
    assert marks(result) == {"P1": ("exceptional", "C", TODAY)}


def test_afternoon_return_of_both_children() -> None:
    result = parse("Hi, Jack and Amelia won't be in this morning, Jack has a hearing test at the hospital at 9.30 and "
                   "Amelia has to come with us as there is nobody to have her. They'll both be in this afternoon",
                   [JACK, AMELIA])
    assert marks(result) == {"P1": ("medical", "M", ["11-23 AM"]), "P2": ("unsatisfactory", "O", ["11-23 AM"])}


def test_single_appointment_next_week_cannot_be_placed() -> None:
    assert parse("Jack has an eye hospital appt next week").action == "clarify"


@pytest.mark.parametrize("text", ["Jack isn't feeling great, keeping him home today",
                                  "Jack had a fall and banged his head, the hospital said to keep him home today"])
def test_illness_phrases(text: str) -> None:
    assert marks(parse(text)) == {"P1": ("illness", "I", TODAY)}


def test_a_sibling_brought_along_to_anothers_appointment_is_unsatisfactory() -> None:
    result = parse("Jack and Amelia won't be in today, Jack has a temperature and Amelia has to come with me to take "
                   "Jack to the GP", [JACK, AMELIA])
    assert marks(result) == {"P1": ("illness", "I", TODAY), "P2": ("unsatisfactory", "O", TODAY)}


def test_several_children_with_reasons_that_cannot_be_told_apart_ask() -> None:
    result = parse("Jack and Amelia won't be in today, one has a temperature and the other is at the dentist",
                   [JACK, AMELIA])
    assert result.action == "clarify"


def test_d_and_v_spelt_out() -> None:
    assert marks(parse("jack not in today or tomorrow he has d and v x")) == {"P1": ("illness", "I",
                                                                                     full("11-23", "11-24"))}
