"""Pupil search and the pupil page. A view of a pupil's safeguarding details is written to the audit log."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import func, or_
from sqlmodel import select

from api.deps import ClockDep, DbDep, SettingsDep
from api.staff.auth import StaffDep
from api.staff.codes import CODES, code_class
from api.staff.csrf import check_csrf
from api.staff.pupil import (
    FLAG_LABELS,
    academic_year_start,
    attendance_percent,
    contacts_of,
    history_of,
    messages_of,
    month_grid,
    safeguarding_notes,
    visible_flags,
)
from api.staff.scope import local_now, pupil_of, school_calendar
from api.staff.templating import render
from models.attendance import AttendanceMark
from models.audit import AuditEvent
from models.people import SAFEGUARDING_FLAGS, Pupil

router = APIRouter(prefix="/staff", include_in_schema=False, dependencies=[Depends(check_csrf)])


@router.get("/pupils")
def pupils(request: Request, db: DbDep, staff: StaffDep, q: str = "") -> Response:
    query = select(Pupil).where(Pupil.school_id == staff.school.id)
    text = q.strip().lower()
    if text:
        like = f"%{text}%"
        query = query.where(or_(func.lower(Pupil.legal_first_name).like(like),
                                func.lower(Pupil.legal_last_name).like(like),
                                func.lower(func.coalesce(Pupil.preferred_first_name, "")).like(like),
                                func.lower(Pupil.form) == text, func.lower(Pupil.mis_id) == text))
    rows = list(db.exec(query.order_by(Pupil.form, Pupil.legal_last_name, Pupil.legal_first_name).limit(200)))
    return render(request, "staff/pupils.html", active="pupils", pupils=rows, q=q)


@router.get("/pupils/{pupil_id}")
def pupil_page(request: Request, pupil_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
               settings: SettingsDep) -> Response:
    pupil = pupil_of(db, staff, pupil_id)
    now = clock.now()
    today = local_now(staff.school, now).date()
    first = academic_year_start(today)
    marks = list(db.exec(select(AttendanceMark).where(AttendanceMark.pupil_id == pupil.id, AttendanceMark.day >= first)
                         .order_by(AttendanceMark.day, AttendanceMark.half)))
    attended, possible, percent = attendance_percent(marks, today)
    contacts = contacts_of(db, pupil)
    notes = []
    if staff.sees_safeguarding:
        notes = safeguarding_notes(db, pupil)
        db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action="view_safeguarding",
                          subject=f"pupil:{pupil.id}", details={"pupil": pupil.display_name}, at=now))
        db.commit()
    return render(
        request, "staff/pupil.html", active="pupils", pupil=pupil, contacts=contacts, percent=percent,
        attended=attended, possible=possible, months=month_grid(first, max(today, first), marks,
                                                                school_calendar(db, staff.school)),
        messages=messages_of(db, pupil, [c.id for _, c in contacts]),
        history=history_of(db, [m.id for m in marks]), flags=visible_flags(pupil, staff.sees_safeguarding),
        FLAG_LABELS=FLAG_LABELS, SAFEGUARDING_FLAGS=SAFEGUARDING_FLAGS, notes=notes, CODES=CODES,
        code_class=code_class, bot=settings.telegram_bot_username, today=today,
    )
