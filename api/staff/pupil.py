"""A pupil's record for staff: contacts and channels, this year's marks as a calendar, attendance
percentage, messages, flags and safeguarding notes (role-restricted), and amendment history."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, col, select

from api.staff.today import SAFEGUARDING_TASKS
from core.calendar import SchoolCalendar
from models.attendance import AttendanceMark, MarkAmendment, MarkStatus
from models.messages import Message
from models.people import SAFEGUARDING_FLAGS, Contact, Pupil, PupilContact
from models.tasks import StaffTask
from monitoring.figures import Figures

FLAG_LABELS = {
    "social_worker": "Social worker", "looked_after": "Looked after", "child_protection_plan": "Child protection plan",
    "child_in_need": "Child in need", "send": "SEND", "ehcp": "EHCP", "fsm": "Free school meals", "eal": "EAL",
    "young_carer": "Young carer", "safeguarding_concern": "Safeguarding concern",
}


def academic_year_start(day: dt.date) -> dt.date:
    return dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def attendance_percent(marks: list[AttendanceMark], until: dt.date) -> tuple[int, int, float | None]:
    """(attended, possible, percentage) over the standing marks up to `until`, by the monitoring rules."""
    figures = Figures.from_codes(m.code for m in marks if m.day <= until and m.status != MarkStatus.withdrawn)
    return figures.attended, figures.possible, figures.percent


@dataclass
class MonthView:
    title: str
    weeks: list[list[tuple[dt.date | None, dict[str, AttendanceMark], bool]]]


def month_grid(first: dt.date, last: dt.date, marks: list[AttendanceMark], cal: SchoolCalendar) -> list[MonthView]:
    """Weekday calendars (Mon-Fri) from `first` to `last`, each day with its AM/PM marks and whether it is open."""
    by_day: dict[dt.date, dict[str, AttendanceMark]] = {}
    for m in marks:
        by_day.setdefault(m.day, {})[m.half] = m
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        weeks = []
        for week in calendar.Calendar().monthdatescalendar(year, month):
            row = [(d if d.month == month else None, by_day.get(d, {}), cal.is_open(d)) for d in week[:5]]
            if any(d for d, _, _ in row):
                weeks.append(row)
        months.append(MonthView(dt.date(year, month, 1).strftime("%B %Y"), weeks))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def contacts_of(db: Session, pupil: Pupil) -> list[tuple[PupilContact, Contact]]:
    return list(db.exec(select(PupilContact, Contact).join(Contact, Contact.id == PupilContact.contact_id)
                        .where(PupilContact.pupil_id == pupil.id).order_by(PupilContact.priority, Contact.id)))


def messages_of(db: Session, pupil: Pupil, contact_ids: list[int], limit: int = 50) -> list[Message]:
    return list(db.exec(select(Message).where(
        or_(Message.pupil_id == pupil.id, col(Message.contact_id).in_(contact_ids or [-1])),
        or_(col(Message.school_id).is_(None), Message.school_id == pupil.school_id),
    ).order_by(col(Message.created_at).desc()).limit(limit)))


def history_of(db: Session, mark_ids: list[int], limit: int = 100) -> list[tuple[MarkAmendment, AttendanceMark]]:
    """Changes to the pupil's marks (not their first recording), newest first."""
    if not mark_ids:
        return []
    return list(db.exec(select(MarkAmendment, AttendanceMark).join(
        AttendanceMark, AttendanceMark.id == MarkAmendment.mark_id).where(
        col(MarkAmendment.mark_id).in_(mark_ids), col(MarkAmendment.previous_code).is_not(None))
        .order_by(col(MarkAmendment.at).desc(), col(MarkAmendment.id).desc()).limit(limit)))


def safeguarding_notes(db: Session, pupil: Pupil) -> list[StaffTask]:
    """Outcomes recorded on the pupil's safeguarding tasks (DSL alerts, social-worker contact)."""
    return list(db.exec(select(StaffTask).where(
        StaffTask.pupil_id == pupil.id, col(StaffTask.kind).in_(SAFEGUARDING_TASKS),
    ).order_by(col(StaffTask.created_at).desc())))


def visible_flags(pupil: Pupil, sees_safeguarding: bool) -> list[str]:
    return [f for f in pupil.flags() if sees_safeguarding or f not in SAFEGUARDING_FLAGS]
