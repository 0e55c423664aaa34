"""The rungs of a pupil's chase (CHASE.md steps 1-8) and the test of whether it is still live.

Everything here runs inside the caller's transaction: the step claim in `scheduler.engine`, a late
register in `scheduler.registers`, or a hold release in `scheduler.holds`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, col, select

from bot.identify import contact_address
from bot.outbox import enqueue
from core.calendar import Session as RegisterSession
from models.attendance import AttendanceMark
from models.chase import BulkHold, Chase, ChaseState, ChaseStep, StepKind, StepStatus
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.people import Contact, Pupil, PupilContact
from models.tasks import raise_task
from scheduler.context import SchoolContext
from scheduler.wording import chase_text

CHASE_CHANNELS = frozenset({Channel.telegram, Channel.sms, Channel.whatsapp, Channel.demo})
TASK_KINDS = ("dsl_alert", "social_worker", "phone_call", "attendance_lead", "home_visit", "confirm_o",
              "cme_referral", "register_not_taken", "bulk_hold")


def pupil_task(db: Session, ctx: SchoolContext, kind: str, pupil: Pupil, day: dt.date, now: dt.datetime,
               key_day: dt.date | None = None, **details: object) -> None:
    """Raise a staff task about a pupil, once per rule per pupil per day."""
    raise_task(db, school_id=ctx.school_id, kind=kind, pupil_id=pupil.id, form=pupil.form, day=day, now=now,
               dedupe_key=f"{kind}:{pupil.id}:{(key_day or day).isoformat()}",
               title=f"{kind.replace('_', ' ').capitalize()}: {pupil.display_name} ({pupil.form})",
               details={k: str(v) for k, v in details.items()})


def _contacts(db: Session, pupil_ids: Iterable[int]) -> dict[int, list[tuple[int, Contact]]]:
    """Each pupil's contacts as (priority, contact), best first. The contacts are read-only rows with
    just what a chase message needs (cheaper than entities when a whole school is chased at once)."""
    ids = list(pupil_ids)
    out: dict[int, list[tuple[int, Contact]]] = defaultdict(list)
    if not ids:
        return out
    rows = db.exec(select(PupilContact.pupil_id, PupilContact.priority, Contact.id, Contact.mobile,  # type: ignore[call-overload]
                          Contact.telegram_chat_id, Contact.language, Contact.preferred_channel,
                          Contact.opted_out_channels)
                   .join(Contact, col(Contact.id) == PupilContact.contact_id)
                   .where(col(PupilContact.pupil_id).in_(ids)))
    for row in rows:
        out[row.pupil_id].append((row.priority, row))
    for links in out.values():
        links.sort(key=lambda pc: (pc[0], pc[1].id or 0))
    return out


def _address(contact: Contact) -> tuple[Channel, str] | None:
    """The channel a chase reaches this contact on: their preferred one, else Telegram when linked,
    else SMS; never one they opted out of."""
    opted_out = set(contact.opted_out_channels or [])
    for name in (contact.preferred_channel, Channel.telegram, Channel.sms):
        if not name or name in opted_out or name not in CHASE_CHANNELS:
            continue
        address = contact_address(contact, Channel(name))
        if address:
            return Channel(name), address
    return None


def send_chase_messages(db: Session, ctx: SchoolContext, pupil: Pupil, priority: int, now: dt.datetime,
                        contacts: list[tuple[int, Contact]] | None = None, *, flush: bool = True) -> int:
    """Enqueue the chase message to every contact of `priority`; returns how many were written."""
    links = contacts if contacts is not None else _contacts(db, [pupil.id or 0])[pupil.id or 0]
    not_before = ctx.open_for_messages(now)
    written = 0
    for prio, contact in links:
        target = _address(contact) if prio == priority else None
        if target is None:
            continue
        enqueue(db, channel=target[0], address=target[1], now=now, kind=MessageKind.chase,
                body=chase_text(pupil.first_name, contact.language, pupil.gender), school_id=ctx.school_id,
                contact_id=contact.id, pupil_id=pupil.id, language=contact.language,
                not_before=None if not_before == now else not_before, flush=flush)
        written += 1
    return written


def unexplained_day_runs(db: Session, ctx: SchoolContext, pupil_ids: list[int], day: dt.date,
                         limit: int = 40) -> dict[int, int]:
    """For each pupil, how many consecutive open days up to `day` they were unexplained at the AM close
    (a chase was started by an AM register that day, held or not)."""
    since = day - dt.timedelta(days=limit * 2)
    am_days: dict[int, set[dt.date]] = defaultdict(set)
    if pupil_ids:
        for pupil_id, chase_day in db.exec(select(Chase.pupil_id, Chase.day).where(
                col(Chase.pupil_id).in_(pupil_ids), Chase.half == "AM", col(Chase.day) >= since,
                col(Chase.day) <= day)):
            am_days[pupil_id].add(chase_day)
    runs = {}
    for pupil_id in pupil_ids:
        run, d = 0, day
        while d in am_days[pupil_id] and run < limit:
            run += 1
            d = ctx.calendar.previous_open_day(d, include=False)
        runs[pupil_id] = run
    return runs


def _contact_since(db: Session, pupil_id: int, since: dt.datetime) -> bool:
    contact_ids = select(PupilContact.contact_id).where(PupilContact.pupil_id == pupil_id)
    return db.exec(select(Message.id).where(Message.direction == Direction.inbound,
                                            col(Message.contact_id).in_(contact_ids),
                                            col(Message.created_at) >= since).limit(1)).first() is not None


def start_chases(db: Session, ctx: SchoolContext, pupils: list[Pupil], session: RegisterSession,
                 at: dict[str, dt.datetime], now: dt.datetime, holds: dict[int, BulkHold] | None = None) -> list[Chase]:
    """Open today's chase for each pupil (skipping any already chased today), from the effective close
    of the pupil's class (`at` by form). Flagged pupils get their DSL and social-worker tasks even
    when held; held pupils get nothing more until the hold ends."""
    if not pupils:
        return []
    holds = holds or {}
    already = set(db.exec(select(Chase.pupil_id).where(col(Chase.pupil_id).in_([p.id for p in pupils]),
                                                       Chase.day == session.day)).all())
    fresh = [p for p in pupils if p.id not in already]
    chases = []
    for pupil in fresh:
        hold = holds.get(pupil.id or 0)
        chases.append(Chase(school_id=ctx.school_id, pupil_id=pupil.id, day=session.day, half=session.half,
                            started_at=at.get(pupil.form, now), ladder_from=at.get(pupil.form, now),
                            state=ChaseState.held if hold else ChaseState.open,
                            hold_id=hold.id if hold else None))
    db.add_all(chases)
    db.flush()
    live = [p.id or 0 for p in fresh if p.id not in holds]
    contacts = _contacts(db, live)
    runs = unexplained_day_runs(db, ctx, live, session.day) if session.half == "AM" else {}
    steps: list[dict[str, Any]] = []
    for pupil, chase in zip(fresh, chases, strict=True):
        if any(getattr(pupil, flag, False) for flag in ctx.chase.dsl_alert_flags):
            for kind in ("dsl_alert", "social_worker"):
                pupil_task(db, ctx, kind, pupil, session.day, now, session=str(session))
        if chase.state == ChaseState.open:
            steps += begin_ladder(db, ctx, chase, pupil, chase.started_at, now, contacts.get(pupil.id or 0, []),
                                  runs.get(pupil.id or 0, 1), batch=True)
    db.flush()
    insert_steps(db, steps)
    return chases


def begin_ladder(db: Session, ctx: SchoolContext, chase: Chase, pupil: Pupil, at: dt.datetime, now: dt.datetime,
                 contacts: list[tuple[int, Contact]] | None = None, run: int | None = None,
                 batch: bool = False) -> list[dict[str, Any]]:
    """The first rung (priority-1 messages, day-count tasks) now, and the next rung as a due step.
    `run` is the pupil's count of consecutive unexplained days (AM chases). With `batch` the step
    is returned for the caller to insert (and the messages flushed by the caller); otherwise it is
    written here."""
    policy = ctx.chase
    if chase.ladder_from != at:
        chase.ladder_from = at
        db.add(chase)
    if contacts is None:
        contacts = _contacts(db, [pupil.id or 0])[pupil.id or 0]
    if ctx.open_for_messages(at) == at:
        send_chase_messages(db, ctx, pupil, 1, now, contacts, flush=not batch)
    if chase.half == "AM":
        if run is None:
            run = unexplained_day_runs(db, ctx, [pupil.id or 0], chase.day)[pupil.id or 0]
        if run in policy.home_visit_days:
            pupil_task(db, ctx, "home_visit", pupil, chase.day, now, unexplained_days=run)
        if run == policy.cme_referral_after_days:
            first = ctx.nth_open_day_before(chase.day, run - 1)
            if not _contact_since(db, pupil.id or 0, ctx.calendar.at(first, dt.time(0, 0))):
                pupil_task(db, ctx, "cme_referral", pupil, chase.day, now, unexplained_days=run)
    steps = _next_rung(db, ctx, chase, pupil, after=None)
    if not batch:
        insert_steps(db, steps)
        return []
    return steps


RUNG_ORDER = (StepKind.first_contact, StepKind.second_contact, StepKind.phone_call, StepKind.safeguarding_visit,
              StepKind.attendance_lead)


def ladder_plan(db: Session, ctx: SchoolContext, chase: Chase, pupil: Pupil) -> list[tuple[dt.datetime, StepKind]]:
    """The later rungs of a chase and when each is due, in the order they run (from the ladder's start;
    the first message waits for the end of quiet hours when the ladder starts inside them)."""
    at, policy = chase.ladder_from or chase.started_at, ctx.chase
    rungs = [(ctx.open_for_messages(at + dt.timedelta(minutes=policy.second_contact_after_min)),
              StepKind.second_contact),
             (at + dt.timedelta(minutes=policy.phone_call_after_min), StepKind.phone_call),
             (max(at, ctx.day_end(chase.day)), StepKind.attendance_lead)]
    if ctx.open_for_messages(at) != at:
        rungs.append((ctx.open_for_messages(at), StepKind.first_contact))
    if pupil.safeguarding_concern and _first_day(db, ctx, pupil.id or 0, chase.day):
        rungs.append((at + dt.timedelta(minutes=policy.safeguarding_home_visit_after_min),
                      StepKind.safeguarding_visit))
    return sorted(rungs, key=lambda r: (r[0], RUNG_ORDER.index(r[1])))


def _next_rung(db: Session, ctx: SchoolContext, chase: Chase, pupil: Pupil,
               after: StepKind | None) -> list[dict[str, Any]]:
    """The step for the rung after `after` (the first rung when None), or none at the top."""
    plan = ladder_plan(db, ctx, chase, pupil)
    kinds = [kind for _, kind in plan]
    index = 0 if after is None else kinds.index(after) + 1 if after in kinds else len(plan)
    if index >= len(plan):
        return []
    due, kind = plan[index]
    return [{"key": f"{kind}:{chase.id}", "school_id": chase.school_id, "chase_id": chase.id, "kind": kind,
             "day": chase.day, "half": chase.half, "due_at": due, "status": StepStatus.pending}]


def _first_day(db: Session, ctx: SchoolContext, pupil_id: int, day: dt.date) -> bool:
    before = ctx.calendar.previous_open_day(day, include=False)
    return db.exec(select(Chase.id).where(Chase.pupil_id == pupil_id, Chase.day == before)).first() is None


def insert_steps(db: Session, steps: list[dict[str, Any]]) -> None:
    """Write a batch of ladder steps in one statement."""
    if steps:  # a Core executemany: no RETURNING, so the driver pipelines one prepared statement
        db.connection().execute(insert(ChaseStep.__table__), steps)  # type: ignore[arg-type]


def is_live(db: Session, chase: Chase) -> bool:
    """Open, the pupil still has an `N` that day, and no parent's report about that day came in
    after the chase started."""
    if chase.state != ChaseState.open:
        return False
    has_n = db.exec(select(AttendanceMark.id).where(AttendanceMark.pupil_id == chase.pupil_id,
                                                    AttendanceMark.day == chase.day,
                                                    AttendanceMark.code == "N").limit(1)).first()
    if has_n is None:
        return False
    explained = db.exec(
        select(ReportMark.mark_id)
        .join(AttendanceMark, col(AttendanceMark.id) == ReportMark.mark_id)
        .join(ParsedReport, col(ParsedReport.id) == ReportMark.report_id)
        .where(AttendanceMark.pupil_id == chase.pupil_id, AttendanceMark.day == chase.day,
               col(ParsedReport.created_at) >= chase.started_at).limit(1)).first()
    return explained is None


def end_chase(db: Session, chase: Chase, now: dt.datetime, reason: str) -> None:
    """End a chase: no further steps, and chase messages still waiting in the outbox are withdrawn."""
    if chase.state in (ChaseState.ended, ChaseState.cancelled):
        return
    chase.state, chase.ended_at, chase.end_reason = ChaseState.ended, now, reason
    db.add(chase)
    db.execute(update(Message).where(col(Message.pupil_id) == chase.pupil_id, col(Message.kind) == MessageKind.chase,
                                     col(Message.status) == MessageStatus.queued,
                                     col(Message.direction) == Direction.outbound)
               .values(status=MessageStatus.cancelled, status_reason=f"chase ended: {reason}"))
    db.flush()


def run_pupil_step(db: Session, ctx: SchoolContext, step: ChaseStep, now: dt.datetime) -> str:
    """Run one rung of a pupil's ladder; returns the outcome recorded on the step."""
    chase = db.get(Chase, step.chase_id)
    if chase is None:
        return "no chase"
    if not is_live(db, chase):
        if chase.state == ChaseState.open:
            end_chase(db, chase, now, "explained")
        return f"not live ({chase.state})"
    pupil = db.get(Pupil, chase.pupil_id)
    assert pupil is not None
    outcome = "task"
    match step.kind:
        case StepKind.first_contact:
            outcome = f"messages={send_chase_messages(db, ctx, pupil, 1, now)}"
        case StepKind.second_contact:
            outcome = f"messages={send_chase_messages(db, ctx, pupil, 2, now)}"
        case StepKind.phone_call:
            pupil_task(db, ctx, "phone_call", pupil, chase.day, now)
        case StepKind.safeguarding_visit:
            pupil_task(db, ctx, "home_visit", pupil, chase.day, now, reason="safeguarding concern")
        case StepKind.attendance_lead:
            pupil_task(db, ctx, "attendance_lead", pupil, chase.day, now)
    insert_steps(db, _next_rung(db, ctx, chase, pupil, after=StepKind(step.kind)))
    return outcome
