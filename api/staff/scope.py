"""Lookups confined to the staff member's current school: anything of another school is a 404,
indistinguishable from a row that does not exist."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar
from zoneinfo import ZoneInfo

from fastapi import HTTPException
from sqlmodel import Session, SQLModel, select

from api.staff.auth import StaffContext
from core.calendar import SchoolCalendar
from models.people import Contact, Pupil, PupilContact
from models.school import ClosedDay, School

T = TypeVar("T", bound=SQLModel)


def school_row(db: Session, staff: StaffContext, model: type[T], row_id: int) -> T:
    """A row with a `school_id` column that belongs to the staff member's school, else 404."""
    row = db.get(model, row_id)
    if row is None or getattr(row, "school_id", None) != staff.school.id:
        raise HTTPException(404, "Not found.")
    return row


def pupil_of(db: Session, staff: StaffContext, pupil_id: int) -> Pupil:
    return school_row(db, staff, Pupil, pupil_id)


def contact_of(db: Session, staff: StaffContext, contact_id: int) -> Contact:
    """A contact linked to at least one pupil of the staff member's school, else 404."""
    linked = db.exec(
        select(Contact).join(PupilContact, PupilContact.contact_id == Contact.id)
        .join(Pupil, Pupil.id == PupilContact.pupil_id)
        .where(Contact.id == contact_id, Pupil.school_id == staff.school.id)
    ).first()
    if linked is None:
        raise HTTPException(404, "Not found.")
    return linked


def school_calendar(db: Session, school: School) -> SchoolCalendar:
    return school.calendar(list(db.exec(select(ClosedDay).where(ClosedDay.school_id == school.id))))


def local_now(school: School, now: dt.datetime) -> dt.datetime:
    return now.astimezone(ZoneInfo(school.timezone))


def day_bounds(school: School, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants at which the school's local `day` starts and ends."""
    tz = ZoneInfo(school.timezone)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=1)).astimezone(dt.UTC)
