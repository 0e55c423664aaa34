"""What happens when a session's register closes (or a register arrives after its close): the
register-not-taken and bulk-send guards, then a chase for every unexplained pupil."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import and_, func, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.calendar import Session as RegisterSession
from models.attendance import AttendanceMark, RegisterTaken
from models.chase import BulkHold, ChaseStep, HoldState, StepKind
from models.people import Pupil
from models.tasks import raise_task
from scheduler.context import SchoolContext
from scheduler.ladder import pupil_task, start_chases


def close_key(school_id: int, session: RegisterSession) -> str:
    return f"close:{school_id}:{session.day.isoformat()}:{session.half}"


def ensure_close_step(db: Session, ctx: SchoolContext, session: RegisterSession, *, lock: bool = False) -> ChaseStep:
    """The school's close step for a session, created if missing; `lock` holds its row until commit so a
    late register and the close itself never run at the same time."""
    key = close_key(ctx.school_id, session)
    query = select(ChaseStep).where(ChaseStep.key == key)
    step = db.exec(query.with_for_update() if lock else query).first()
    if step is not None:
        return step
    step = ChaseStep(key=key, school_id=ctx.school_id, kind=StepKind.session_close, day=session.day,
                     half=session.half, due_at=ctx.close_of(session))
    try:
        with db.begin_nested():
            db.add(step)
            db.flush()
    except IntegrityError:
        step = db.exec(query.with_for_update() if lock else query).one()
    return step


def run_session_close(db: Session, ctx: SchoolContext, session: RegisterSession, now: dt.datetime) -> str:
    """The school-wide close: flag untaken registers, chase the taken ones, and raise the day's
    `confirm_o` tasks at the AM close."""
    if not ctx.calendar.is_open(session.day):
        return "closed day"
    at = ctx.close_of(session)
    on_roll = and_(or_(col(Pupil.on_roll_from).is_(None), col(Pupil.on_roll_from) <= session.day),
                   or_(col(Pupil.on_roll_until).is_(None), col(Pupil.on_roll_until) >= session.day))
    forms = set(db.exec(select(Pupil.form).where(Pupil.school_id == ctx.school_id, Pupil.form != "", on_roll)
                        .distinct()).all())
    taken = {r.form: r for r in db.exec(select(RegisterTaken).where(
        RegisterTaken.school_id == ctx.school_id, RegisterTaken.day == session.day,
        RegisterTaken.half == session.half, col(RegisterTaken.taken_at) <= now))}
    for form in sorted(forms - set(taken)):
        raise_task(db, school_id=ctx.school_id, kind="register_not_taken", form=form, day=session.day, now=now,
                   dedupe_key=f"register_not_taken:{ctx.school_id}:{form}:{session}",
                   title=f"Register not taken: {form} {session}", details={"session": str(session)})
    started = close_forms(db, ctx, session, sorted(taken), now, {f: max(at, r.taken_at) for f, r in taken.items()})
    confirmed = raise_confirm_o(db, ctx, session.day, now) if session.half == "AM" else 0
    return f"registers={len(taken)} missing={len(forms - set(taken))} chases={started} confirm_o={confirmed}"


def close_forms(db: Session, ctx: SchoolContext, session: RegisterSession, forms: list[str], now: dt.datetime,
                at: dict[str, dt.datetime]) -> int:
    """Chase the unexplained pupils on the given classes' registers, holding any class (or the whole
    school) whose share of unexplained absence is over the policy's limit. Returns chases started."""
    if not forms or (session.half == "PM" and not ctx.chase.chase_pm_sessions):
        return 0
    taken_forms = select(RegisterTaken.form).where(
        RegisterTaken.school_id == ctx.school_id, RegisterTaken.day == session.day, RegisterTaken.half == session.half)
    counts = (select(Pupil.form, AttendanceMark.code, func.count())
              .join(AttendanceMark, col(AttendanceMark.pupil_id) == Pupil.id)
              .where(AttendanceMark.school_id == ctx.school_id, AttendanceMark.day == session.day,
                     AttendanceMark.half == session.half, Pupil.school_id == ctx.school_id,
                     col(Pupil.form).in_(taken_forms))
              .group_by(Pupil.form, AttendanceMark.code))
    on_register: Counter[str] = Counter()
    unexplained: Counter[str] = Counter()
    for form, code, n in db.exec(counts):
        on_register[form] += n
        unexplained[form] += n if code == "N" else 0
    wanted = set(forms)
    pupils = list(db.exec(select(Pupil).join(AttendanceMark, col(AttendanceMark.pupil_id) == Pupil.id).where(
        AttendanceMark.school_id == ctx.school_id, AttendanceMark.day == session.day,
        AttendanceMark.half == session.half, AttendanceMark.code == "N", Pupil.school_id == ctx.school_id,
        col(Pupil.form).in_(wanted))))
    holds = _holds(db, ctx, session, on_register, unexplained, wanted, now)
    held = {p.id: holds[p.form] if p.form in holds else holds[None] for p in pupils
            if p.form in holds or None in holds}
    return len(start_chases(db, ctx, pupils, session, at, now, held))


def _holds(db: Session, ctx: SchoolContext, session: RegisterSession, on_register: Counter[str],
           unexplained: Counter[str], forms: set[str], now: dt.datetime) -> dict[str | None, BulkHold]:
    """The holds that apply to these classes: the whole school's when its share is over the school
    limit, otherwise each class's over the class limit (keyed by form, None for the school)."""
    total, absent = sum(on_register.values()), sum(unexplained.values())
    policy = ctx.chase
    if total and absent * 100 > policy.bulk_hold_school_pct * total:
        found = {None: _hold(db, ctx, session, None, absent, total, now)}
    else:
        found = {form: _hold(db, ctx, session, form, unexplained[form], on_register[form], now)
                 for form in forms if on_register[form] and unexplained[form] * 100 > policy.bulk_hold_class_pct
                 * on_register[form]}
    return {form: hold for form, hold in found.items() if hold is not None}


def _hold(db: Session, ctx: SchoolContext, session: RegisterSession, form: str | None, absent: int, total: int,
          now: dt.datetime) -> BulkHold | None:
    """The session's hold for a class (or the school), raised with its task if new; None once the
    office has released or cancelled it (they have checked this register)."""
    existing = db.exec(select(BulkHold).where(BulkHold.school_id == ctx.school_id, BulkHold.day == session.day,
                                              BulkHold.half == session.half, BulkHold.form == form)).first()
    if existing is not None:
        return existing if existing.state == HoldState.held else None
    hold = BulkHold(school_id=ctx.school_id, day=session.day, half=session.half, form=form, unexplained=absent,
                    on_register=total, created_at=now)
    db.add(hold)
    db.flush()
    where = f"class {form}" if form else "the whole school"
    task = raise_task(db, school_id=ctx.school_id, kind="bulk_hold", form=form, day=session.day, now=now,
                      dedupe_key=f"bulk_hold:{ctx.school_id}:{form or '*'}:{session}",
                      title=f"Check the register before parents are messaged: {where}, {session}",
                      details={"hold_id": hold.id, "unexplained": absent, "on_register": total,
                               "session": str(session)})
    if task is not None:
        hold.task_id = task.id
        db.add(hold)
    return hold


def raise_confirm_o(db: Session, ctx: SchoolContext, day: dt.date, now: dt.datetime) -> int:
    """At the AM close: one `confirm_o` task per pupil with a session still `N` on the open day
    `confirm_o_after_days` before today."""
    then = ctx.nth_open_day_before(day, ctx.chase.confirm_o_after_days)
    pupils = db.exec(select(Pupil).where(col(Pupil.id).in_(
        select(AttendanceMark.pupil_id).where(AttendanceMark.school_id == ctx.school_id, AttendanceMark.day == then,
                                              AttendanceMark.code == "N")))).all()
    for pupil in pupils:
        pupil_task(db, ctx, "confirm_o", pupil, day, now, key_day=then, absent_on=then.isoformat())
    return len(pupils)
