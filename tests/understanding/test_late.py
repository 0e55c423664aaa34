"""Late arrivals: L at or before the morning register close (or no time and the message is before it), else U."""

from __future__ import annotations

import datetime as dt

import pytest

from core.calendar import SchoolCalendar
from tests.understanding.conftest import SCHOOL, marks, parse
from understanding import canon
from understanding.clocktimes import collection_time
from understanding.reasons import is_late


@pytest.mark.parametrize(("text", "when", "code", "arrival"), [
    ("Jack is running late, stuck in traffic, there by 9.10", "2026-11-23 08:40", "L", dt.time(9, 10)),
    ("Jack is running late, we'll be there about 9:45", "2026-11-23 08:40", "U", dt.time(9, 45)),
    ("Jack will arrive by 9:20", "2026-11-23 08:50", "L", dt.time(9, 20)),  # exactly at close
    ("jack running late sorry!!", "2026-11-23 08:58", "L", None),  # no time, before close
    ("jack running late sorry!!", "2026-11-23 09:30", "U", None),  # no time, after close
    ("Running late, we'll be there in 20 mins", "2026-11-23 08:45", "L", dt.time(9, 5)),
    ("Jack missed the bus, he'll be in for 9.30", "2026-11-23 08:30", "U", dt.time(9, 30)),
])
def test_late_code(text: str, when: str, code: str, arrival: dt.time | None) -> None:
    result = parse(text, when=when)
    assert marks(result) == {"P1": ("late", code, ["11-23 AM"])}
    assert result.reports[0].arrival == arrival


def test_register_close_is_the_schools() -> None:
    calendar = SchoolCalendar.from_dict({**SCHOOL, "am_register_close": "09:00"})
    result = parse("Jack is running late, there by 9:10", when="2026-11-23 08:45", calendar=calendar)
    assert marks(result)["P1"][1] == "U"


def test_late_for_an_appointment_is_medical_for_the_morning() -> None:
    result = parse("Jack has a GP appointment at 8:40 so he'll be late in, around 9:45")
    assert marks(result) == {"P1": ("medical", "M", ["11-23 AM"])}


def test_a_late_message_is_not_lateness() -> None:
    result = parse("Sorry for the late message, Jack has a temperature and won't be in today", when="2026-11-23 09:50")
    assert marks(result)["P1"][:2] == ("illness", "I")


@pytest.mark.parametrize(("text", "when", "code", "arrival"), [
    # clock times in words
    ("Sorry, running late, Jack will be there at ten to ten", "2026-11-23 09:05", "U", dt.time(9, 50)),
    ("Jack's running late, he'll be with you at twenty past nine", "2026-11-23 08:45", "L", dt.time(9, 20)),
    ("Jack's running late, he'll be with you at twenty-five to ten", "2026-11-23 08:45", "U", dt.time(9, 35)),
    ("Jack and I will be there at five past nine, the level crossing was down", "2026-11-23 08:52", "L",
     dt.time(9, 5)),
    # approximate and relative times
    ("Jack's gonna be late, stuck on the M6, be there 10ish", "2026-11-23 08:30", "U", dt.time(10, 0)),
    ("Five minutes away! Sorry, Jack had a meltdown over his coat", "2026-11-23 09:05", "L", dt.time(9, 10)),
    ("Jack will arrive approx 09:50 due to heavy traffic", "2026-11-23 08:30", "U", dt.time(9, 50)),
    ("We overslept, bringing Jack in now", "2026-11-23 09:40", "U", None),
    # the time attached to the arrival, not another time in the message
    ("Jack will be late in, I've got to drop the car at the garage at 9 so we'll be there about 9.45",
     "2026-11-23 07:30", "U", dt.time(9, 45)),
])
def test_arrival_in_parents_words(text: str, when: str, code: str, arrival: dt.time | None) -> None:
    result = parse(text, when=when)
    assert marks(result) == {"P1": ("late", code, ["11-23 AM"])}, result.explanation
    assert result.reports[0].arrival == arrival


def test_in_till_a_morning_time_is_late_not_absent() -> None:
    result = parse("Jack won't be in till 10am tomorrow, I've got to take his grandad to the airport",
                   when="2026-11-23 18:20")
    assert marks(result) == {"P1": ("late", "U", ["11-24 AM"])}
    assert result.reports[0].arrival == dt.time(10, 0)


@pytest.mark.parametrize("text", [
    "Jack won't be in until Thursday",
    "Jack won't be in till 26 November",
    "Jack won't be in until the 26th",
])
def test_in_till_a_date_is_still_an_absence(text: str) -> None:
    result = parse(text)
    assert result.action == "record" and all(r.reason != "late" for r in result.reports), result.explanation


@pytest.mark.parametrize("text", [
    "Hi, what time does the morning register close? Just so I know when Jack would be counted as late. Thanks",
    "We got back really late from the airport last night so Jack is shattered, I'm giving him the day off",
    "Jack overslept and I don't think it's worth bringing him in now, sorry",
])
def test_late_words_that_are_not_a_late_arrival(text: str) -> None:
    assert not is_late(canon.canonical(text, "en", dt.date(2026, 11, 23)))


@pytest.mark.parametrize(("text", "collected"), [
    ("Please can Jack be signed out at 12:20 today, he has his interview at the college at 1:30", dt.time(12, 20)),
    ("Jack has an optician's appointment at 2.30, could he be ready at reception for 1pm please?", dt.time(13, 0)),
    ("I'll pick Jack up at 11.45 for his nan's birthday lunch", dt.time(11, 45)),
    ("at 12 collect him", dt.time(12, 0)),  # the verb last, as other languages put it
    # the appointment's time, not the collection's
    ("He has a hearing test at the hospital at 1.45 so I'll pick him up at lunchtime", None),
])
def test_collection_time(text: str, collected: dt.time | None) -> None:
    assert collection_time(canon.canonical(text, "en", dt.date(2026, 11, 23))) == collected


def test_signed_out_before_the_afternoon_register_is_the_afternoon_only() -> None:
    result = parse("Please can Jack be signed out at 12:20 today, he has his interview at the college at 1:30")
    assert marks(result) == {"P1": ("interview", "J1", ["11-23 PM"])}
