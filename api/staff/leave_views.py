"""Leave-of-absence requests: the headteacher grants or refuses, the marks follow, and the parent
is told on the channel they asked on."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session, col, select

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffContext, StaffDep
from api.staff.csrf import check_csrf
from api.staff.scope import school_calendar, school_row
from api.staff.templating import render
from bot import texts
from bot.outbox import enqueue
from core.calendar import Session as RegisterSession
from models.attendance import PRESENT_CODES, AttendanceMark, MarkSource, MarkStatus, write_mark
from models.audit import AuditEvent
from models.leave import LeaveRequest, LeaveStatus
from models.messages import Message, MessageKind
from models.people import Contact, Pupil, Role

router = APIRouter(prefix="/staff", include_in_schema=False, dependencies=[Depends(check_csrf)])
DECIDERS = (Role.headteacher, Role.admin)


def leave_sessions(db: Session, staff: StaffContext, leave: LeaveRequest) -> list[RegisterSession]:
    """The sessions a request covers: those it names, else every session of its open days."""
    if leave.sessions:
        return [RegisterSession.parse(s) for s in leave.sessions]
    cal = school_calendar(db, staff.school)
    return list(cal.sessions(cal.open_days(leave.first_day, leave.last_day)))


def leave_kind(leave: LeaveRequest) -> str:
    """The reason's category ("holiday", "religious", "exceptional") from "category: the parent's words"."""
    return leave.reason.partition(":")[0].strip().lower()


def _span(leave: LeaveRequest) -> str:
    first, last = leave.first_day.strftime("%a %-d %b"), leave.last_day.strftime("%a %-d %b")
    return first if first == last else f"{first} to {last}"


def _apply(db: Session, staff: StaffContext, leave: LeaveRequest, granted: bool, now: dt.datetime) -> None:
    """Granted: the sessions become authorised (R for religious observance, else C). Refused: any
    absence already recorded for them becomes unauthorised (G for a holiday, else O)."""
    sessions = leave_sessions(db, staff, leave)
    existing = {(m.day, m.half): m for m in db.exec(select(AttendanceMark).where(
        AttendanceMark.pupil_id == leave.pupil_id, AttendanceMark.day >= leave.first_day,
        AttendanceMark.day <= leave.last_day))}
    kind = leave_kind(leave)
    code = ("R" if kind == "religious" else "C") if granted else ("G" if kind == "holiday" else "O")
    verb = "granted" if granted else "refused"
    for session in sessions:
        mark = existing.get((session.day, session.half))
        if not granted and (mark is None or mark.code in PRESENT_CODES):
            continue
        write_mark(db, school_id=leave.school_id, pupil_id=leave.pupil_id, session=session, code=code,
                   status=MarkStatus.confirmed if granted else MarkStatus.provisional, source=MarkSource.staff,
                   actor=staff.actor, reason=f"leave request {verb}", now=now)


@router.get("/leave")
def leave_list(request: Request, db: DbDep, staff: StaffDep) -> Response:
    rows = list(db.exec(select(LeaveRequest, Pupil).join(Pupil, Pupil.id == LeaveRequest.pupil_id)
                        .where(LeaveRequest.school_id == staff.school.id)
                        .order_by(col(LeaveRequest.status) != LeaveStatus.requested, LeaveRequest.first_day)))
    contact_ids = {r.contact_id for r, _ in rows if r.contact_id}
    message_ids = {r.message_id for r, _ in rows if r.message_id}
    contacts = ({c.id: c for c in db.exec(select(Contact).where(col(Contact.id).in_(contact_ids)))}
                if contact_ids else {})
    messages = ({m.id: m for m in db.exec(select(Message).where(col(Message.id).in_(message_ids)))}
                if message_ids else {})
    return render(request, "staff/leave.html", active="leave", rows=rows, contacts=contacts, messages=messages,
                  can_decide=staff.has(*DECIDERS), span=_span, kind=leave_kind)


@router.post("/leave/{leave_id}/decide")
def decide(request: Request, leave_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
           decision: Annotated[str, Form()], note: Annotated[str, Form(max_length=1000)] = "") -> Response:
    staff.require(*DECIDERS)
    leave = school_row(db, staff, LeaveRequest, leave_id)
    if decision not in ("grant", "refuse"):
        raise HTTPException(422, "Grant or refuse.")
    if leave.status != LeaveStatus.requested:
        return RedirectResponse("/staff/leave", status_code=303)
    now, granted = clock.now(), decision == "grant"
    pupil = db.get(Pupil, leave.pupil_id)
    assert pupil is not None
    leave.status = LeaveStatus.granted if granted else LeaveStatus.refused
    leave.decided_by_id, leave.decided_at, leave.decision_note = staff.user.id, now, note.strip()
    db.add(leave)
    _apply(db, staff, leave, granted, now)
    origin = db.get(Message, leave.message_id) if leave.message_id else None
    if origin is not None:
        contact = db.get(Contact, leave.contact_id) if leave.contact_id else None
        language = texts.reply_language(contact.language if contact else None, origin.language)
        body = texts.leave_decision(school=staff.school.name, child=pupil.first_name, first_day=leave.first_day,
                                    last_day=leave.last_day, granted=granted, language=language)
        if note.strip():
            body += f" {note.strip()}"
        enqueue(db, channel=origin.channel, address=origin.address, body=body, now=now, kind=MessageKind.staff,
                school_id=staff.school.id, contact_id=leave.contact_id, pupil_id=pupil.id, language=language,
                in_reply_to_id=origin.id)
    db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action=f"leave_{decision}",
                      subject=f"pupil:{pupil.id}", details={"leave_id": leave.id, "note": note.strip()}, at=now))
    db.commit()
    return RedirectResponse("/staff/leave?flash=decided", status_code=303)
