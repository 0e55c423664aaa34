"""Late arrivals: L at or before the morning register close (or no time and the message is before it), else U."""

from __future__ import annotations

import datetime as dt

import pytest

from core.calendar import SchoolCalendar
from tests.understanding.conftest import SCHOOL, marks, parse


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
