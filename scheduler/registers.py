"""Where absences come from: a class register (staff page, MIS push, CSV) and an office sign-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from core.calendar import Session as RegisterSession
from models.attendance import Actor, AttendanceMark, MarkSource, MarkStatus, RegisterTaken, write_mark
from models.chase import Chase, StepStatus
from models.people import Pupil
from models.school import School
from scheduler.close import close_forms, ensure_close_step
from scheduler.context import load_context
from scheduler.ladder import end_chase

REGISTER_CODES = frozenset({
    "/", "\\", "L", "K", "V", "P", "W", "B", "D", "C", "C1", "C2", "M", "J1", "S", "X", "T", "Q", "E", "I", "R",
    "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "G", "N", "O", "U", "Z", "#",
})
_REGISTER_SOURCES = (MarkSource.register, MarkSource.mis)


class RegisterRefused(ValueError):
    """A register that cannot be recorded (closed day, unknown pupil, unknown code)."""


@dataclass(frozen=True)
class RegisterResult:
    session: str
    form: str
    written: int
    unchanged: int
    kept_reported: int
    chases_started: int
    taken_at: dt.datetime


def record_register(db: Session, *, school: School, form: str, session: RegisterSession, marks: dict[int, str],
                    now: dt.datetime, actor: Actor, source: MarkSource) -> RegisterResult:
    """Record a class's register for a session. A register `N` does not overwrite a reason a parent (or
    the office) already gave, and stays provisional so a parent's reason can replace it. Idempotent:
    the same register again changes nothing. After the session's close the unexplained pupils are
    chased at once; before it the close will do it."""
    ctx = load_context(db, school)
    if not ctx.calendar.is_open(session.day):
        raise RegisterRefused(f"{session.day.isoformat()} is not an open school day")
    bad = sorted({c for c in marks.values() if c not in REGISTER_CODES})
    if bad:
        raise RegisterRefused(f"unknown register codes: {', '.join(bad)}")
    pupils = {p.id: p for p in db.exec(select(Pupil).where(Pupil.school_id == ctx.school_id,
                                                           col(Pupil.id).in_(list(marks))))}
    unknown = sorted(set(marks) - set(pupils))
    if unknown:
        raise RegisterRefused(f"pupils not at this school: {unknown}")
    close = ensure_close_step(db, ctx, session, lock=True)
    existing = {m.pupil_id: m for m in db.exec(select(AttendanceMark).where(
        col(AttendanceMark.pupil_id).in_(list(marks)), AttendanceMark.day == session.day,
        AttendanceMark.half == session.half))}
    written = unchanged = kept = 0
    for pupil_id, code in marks.items():
        old = existing.get(pupil_id)
        if old is not None and code == "N" and old.code != "N" and old.source not in _REGISTER_SOURCES:
            kept += 1
            continue
        if old is not None and old.code == code:
            unchanged += 1
            continue
        write_mark(db, school_id=ctx.school_id, pupil_id=pupil_id, session=session, code=code,
                   status=MarkStatus.provisional if code == "N" else MarkStatus.confirmed, source=source,
                   actor=actor, reason=f"register {form} {session}", now=now)
        written += 1
    taken = db.exec(select(RegisterTaken).where(RegisterTaken.school_id == ctx.school_id, RegisterTaken.form == form,
                                                RegisterTaken.day == session.day,
                                                RegisterTaken.half == session.half)).first()
    if taken is None:
        taken = RegisterTaken(school_id=ctx.school_id, form=form, day=session.day, half=session.half, taken_at=now,
                              source=source)
        db.add(taken)
        db.flush()
    started = 0
    if close.status == StepStatus.done:
        started = close_forms(db, ctx, session, [form], now, {form: now})
    db.flush()
    return RegisterResult(session=str(session), form=form, written=written, unchanged=unchanged, kept_reported=kept,
                          chases_started=started, taken_at=taken.taken_at)


def sign_in_late(db: Session, *, school: School, pupil: Pupil, arrival: dt.time, now: dt.datetime,
                 actor: Actor) -> AttendanceMark:
    """The office signs in a late arrival: `L` up to the session's register close, `U` after it (the
    afternoon session from its start). Ends the pupil's chase for the day."""
    ctx = load_context(db, school)
    cal = ctx.calendar
    day = ctx.today(now)
    half = "PM" if arrival >= cal.pm_start else "AM"
    session = RegisterSession(day, half)  # type: ignore[arg-type]
    code = "L" if arrival <= (cal.am_register_close if half == "AM" else cal.pm_register_close) else "U"
    staff = actor.role != "system"
    mark = write_mark(db, school_id=ctx.school_id, pupil_id=pupil.id or 0, session=session, code=code,
                      status=MarkStatus.confirmed, source=MarkSource.staff if staff else MarkSource.register,
                      actor=actor, reason=f"signed in late at {arrival.strftime('%H:%M')}", now=now, arrival=arrival)
    chase = db.exec(select(Chase).where(Chase.pupil_id == pupil.id, Chase.day == day)).first()
    if chase is not None:
        end_chase(db, chase, now, "signed in")
    return mark
