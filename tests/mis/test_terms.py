"""Term dates and closures from iCalendar files."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
from sqlmodel import Session, select

from mis.terms import TermsFileError, import_terms, parse_terms
from models import ClosedDay, School
from models.school import ClosedKind


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:{i}@test\r\nDTSTAMP:20260101T000000Z\r\n{e.strip()}\r\nEND:VEVENT\r\n"
                   for i, e in enumerate(events))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()


def event(summary: str, start: str, end: str | None = None, extra: str = "") -> str:
    lines = [f"SUMMARY:{summary}", f"DTSTART;VALUE=DATE:{start}"]
    if end:
        lines.append(f"DTEND;VALUE=DATE:{end}")
    return "\r\n".join(lines + ([extra] if extra else []))


CALENDAR = ics(
    event("Autumn Term", "20260901", "20261219"),
    event("Spring Term", "20270104", "20270327"),
    event("INSET day", "20260901", "20260903"),
    event("October Half Term", "20261026", "20261031"),
    event("Staff training", "20270104", extra="CATEGORIES:INSET"),
    event("Winter fair", "20261204", "20261205", extra="CATEGORIES:Holiday"),
    event("Christmas jumper day", "20261211"),
    "SUMMARY:School closed (boiler)\r\nDTSTART;TZID=Europe/London:20261124T090000\r\n"
    "DTEND;TZID=Europe/London:20261124T151500",
    "SUMMARY:Parents' evening\r\nDTSTART:20261110T160000Z\r\nDTEND:20261110T190000Z",
    event("Swimming", "20260907", "20260908", extra="RRULE:FREQ=WEEKLY;COUNT=10"),
)


def test_holidays_inset_closures_and_the_gaps_between_terms():
    dates = parse_terms(CALENDAR)
    closed, skipped = dates.closed, dates.skipped
    assert (dates.first, dates.last) == (dt.date(2026, 9, 1), dt.date(2027, 3, 26))
    d = dt.date
    assert closed[d(2026, 9, 1)][0] == closed[d(2026, 9, 2)][0] == ClosedKind.inset
    assert d(2026, 9, 3) not in closed
    assert [closed[d(2026, 10, day)][0] for day in range(26, 31)] == [ClosedKind.holiday] * 5
    assert d(2026, 10, 31) not in closed and d(2026, 11, 2) not in closed
    assert closed[d(2027, 1, 4)] == (ClosedKind.inset, "Staff training")
    assert closed[d(2026, 12, 4)][0] == ClosedKind.holiday  # by its category
    assert closed[d(2026, 11, 24)] == (ClosedKind.closure, "School closed (boiler)")  # a timed event
    assert closed[d(2026, 12, 21)] == (ClosedKind.holiday, "Holiday between Autumn Term and Spring Term")
    assert closed[d(2026, 12, 31)][0] == ClosedKind.holiday
    assert d(2026, 12, 18) not in closed and d(2027, 1, 5) not in closed
    assert all(day.weekday() < 5 for day in closed)
    assert len(skipped) == 3
    assert any("Christmas jumper day" in s for s in skipped)
    assert any("Parents' evening" in s for s in skipped)
    assert any("recurring" in s for s in skipped)


@pytest.fixture
def school(engine):
    with Session(engine, expire_on_commit=False) as session:
        school = School(name="Test", slug="test")
        session.add(school)
        session.commit()
        yield session, school


def test_import_is_idempotent_and_replace_drops_stale_days(school):
    session, target = school
    first = import_terms(session, target, CALENDAR)
    session.commit()
    assert first.created > 10 and first.updated == first.removed == 0
    again = import_terms(session, target, CALENDAR)
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.created)
    moved = ics(event("Autumn Term", "20260901", "20261219"), event("October Half Term", "20261019", "20261024"))
    kept = import_terms(session, target, moved)
    assert kept.removed == 0 and kept.created == 5
    replaced = import_terms(session, target, moved, replace=True)
    session.commit()
    days = {c.day for c in session.exec(select(ClosedDay).where(ClosedDay.school_id == target.id))}
    assert replaced.removed == 9  # the old half term, INSET days and closures within the autumn term
    assert dt.date(2026, 10, 19) in days and dt.date(2026, 10, 26) not in days and dt.date(2026, 9, 1) not in days
    assert dt.date(2027, 1, 4) in days  # outside the new file's range: kept


def test_the_demo_calendar_gives_190_school_days(school):
    session, target = school
    data = resources.files("mis").joinpath("demo-terms-2026-27.ics").read_bytes()
    import_terms(session, target, data)
    session.commit()
    closed = list(session.exec(select(ClosedDay).where(ClosedDay.school_id == target.id)))
    calendar = target.calendar(closed)
    assert len(calendar.open_days(dt.date(2026, 9, 1), dt.date(2027, 7, 31))) == 190
    assert calendar.is_open(dt.date(2026, 11, 23))
    assert not calendar.is_open(dt.date(2026, 12, 25)) and not calendar.is_open(dt.date(2027, 3, 29))
    assert sum(c.kind == ClosedKind.inset for c in closed) == 5


def test_not_an_icalendar_file():
    with pytest.raises(TermsFileError):
        parse_terms(b"Adno,Surname\n1,Smith\n")
