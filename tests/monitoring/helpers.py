"""Building schools, pupils and marks for the monitoring tests (bulk inserts, no history lines)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlmodel import Session

from models import AttendanceMark, ClosedDay, Contact, Pupil, PupilContact, School
from models.attendance import MarkStatus

NOW = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)  # Monday evening, after registers


def school(db: Session, slug: str = "oak", closed: Iterable[dt.date] = ()) -> School:
    s = School(name="Oak Primary", slug=slug)
    db.add(s)
    db.flush()
    for day in closed:
        db.add(ClosedDay(school_id=s.id, day=day))
    db.flush()
    return s


def pupil(db: Session, s: School, first: str = "Jack", last: str = "Hall", *, year: str = "Year 3",
          form: str = "3B", language: str | None = None, mobile: str | None = "+447700900123", **flags) -> Pupil:
    p = Pupil(school_id=s.id, mis_id=f"{first}{last}", legal_first_name=first, legal_last_name=last,
              year_group=year, form=form, **flags)
    db.add(p)
    db.flush()
    c = Contact(title="Mrs", first_name="Ann", last_name=last, mobile=mobile, language=language)
    db.add(c)
    db.flush()
    db.add(PupilContact(pupil_id=p.id, contact_id=c.id, priority=1))
    db.flush()
    return p


def marks(db: Session, p: Pupil, entries: Iterable[tuple[dt.date, str, str]]) -> None:
    """(day, half, code) entries as confirmed marks."""
    db.add_all(AttendanceMark(school_id=p.school_id, pupil_id=p.id, day=d, half=h, code=c,
                              status=MarkStatus.confirmed, created_at=NOW, updated_at=NOW) for d, h, c in entries)
    db.flush()


def days(first: dt.date, last: dt.date, closed: Iterable[dt.date] = ()) -> list[dt.date]:
    shut = set(closed)
    out, d = [], first
    while d <= last:
        if d.weekday() < 5 and d not in shut:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def full_days(ds: Iterable[dt.date], am: str = "/", pm: str = "\\") -> list[tuple[dt.date, str, str]]:
    return [e for d in ds for e in ((d, "AM", am), (d, "PM", pm))]
