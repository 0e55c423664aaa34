"""Running due chase steps exactly once.

A worker claims a batch of due `pending` steps (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so other
workers pass over them; a conditional `UPDATE ... WHERE status = 'pending'` as well, so a claim
can never succeed twice on any engine), runs each, and commits the claim together with the
messages and tasks the steps wrote. A worker killed mid-batch leaves its transaction uncommitted:
the steps are still pending and the next worker runs them, with nothing written twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from core.calendar import Session as RegisterSession
from models.attendance import AttendanceMark
from models.chase import Chase, ChaseState, ChaseStep, StepKind, StepStatus
from models.db import session_scope
from models.messages import Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.school import School
from scheduler.close import ensure_close_step, run_session_close
from scheduler.context import SchoolContext, load_context
from scheduler.ladder import end_chase, run_pupil_step

log = logging.getLogger(__name__)
RETRY_AFTER = dt.timedelta(minutes=1)
_planned: weakref.WeakKeyDictionary[Engine, set[tuple[int, dt.date]]] = weakref.WeakKeyDictionary()


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class TickResult:
    steps: int = 0
    errors: int = 0
    ended: int = 0


@contextmanager
def _sessions(db_or_engine: Session | Engine) -> Iterator[Session]:
    """A session per unit of work on an engine (committed); the caller's own session otherwise (flushed)."""
    if isinstance(db_or_engine, Session):
        yield db_or_engine
        db_or_engine.flush()
        return
    with session_scope(db_or_engine) as db:
        yield db


def plan_closes(db: Session, now: dt.datetime) -> int:
    """Make sure every school has its close steps for today and the next open day. Returns how many
    schools were planned; a school planned for its local today is remembered per engine."""
    engine = db.get_bind()
    planned = _planned.setdefault(engine, set()) if isinstance(engine, Engine) else set()
    count = 0
    for school in db.exec(select(School)).all():
        today = now.astimezone(ZoneInfo(school.timezone)).date()
        if (school.id or 0, today) in planned:
            continue
        ctx = load_context(db, school)
        for day in sorted({ctx.calendar.next_open_day(today), ctx.calendar.next_open_day(today, include=False)}):
            for half in ("AM", "PM"):
                ensure_close_step(db, ctx, RegisterSession(day, half))
        planned.add((ctx.school_id, today))
        count += 1
    return count


def end_explained(db: Session, now: dt.datetime) -> int:
    """End the open chases whose pupil has been explained (no `N` left that day, or a parent's report
    about that day since the chase began) while chase messages still wait in the outbox, so a reply
    on one channel stops the messages on every other at once."""
    waiting = select(Message.pupil_id).where(Message.kind == MessageKind.chase, Message.status == MessageStatus.queued,
                                             Message.direction == Direction.outbound)
    still_n = select(AttendanceMark.id).where(AttendanceMark.pupil_id == Chase.pupil_id,
                                              AttendanceMark.day == Chase.day, AttendanceMark.code == "N")
    reported = (select(ReportMark.mark_id).join(AttendanceMark, col(AttendanceMark.id) == ReportMark.mark_id)
                .join(ParsedReport, col(ParsedReport.id) == ReportMark.report_id)
                .where(AttendanceMark.pupil_id == Chase.pupil_id, AttendanceMark.day == Chase.day,
                       col(ParsedReport.created_at) >= Chase.started_at))
    explained = db.exec(select(Chase).where(Chase.state == ChaseState.open, col(Chase.pupil_id).in_(waiting),
                                            or_(~still_n.exists(), reported.exists()))).all()
    for chase in explained:
        end_chase(db, chase, now, "explained")
    return len(explained)


def claim(db: Session, now: dt.datetime, worker: str, limit: int) -> list[ChaseStep]:
    """Claim up to `limit` due steps for this transaction: locked rows of other workers are skipped,
    and the conditional update only wins rows still pending."""
    ids = list(db.exec(select(ChaseStep.id).where(ChaseStep.status == StepStatus.pending, col(ChaseStep.due_at) <= now)
                       .order_by(col(ChaseStep.due_at), col(ChaseStep.id)).limit(limit)
                       .with_for_update(skip_locked=True)).all())
    if not ids:
        return []
    won = db.execute(update(ChaseStep).where(col(ChaseStep.id).in_(ids), col(ChaseStep.status) == StepStatus.pending)
                     .values(status=StepStatus.done, done_at=now, done_by=worker).returning(col(ChaseStep.id))
                     .execution_options(synchronize_session=False)).scalars().all()
    if not won:
        return []
    return list(db.exec(select(ChaseStep).where(col(ChaseStep.id).in_(list(won)))
                        .order_by(col(ChaseStep.due_at), col(ChaseStep.id)).execution_options(populate_existing=True)))


def run_step(db: Session, ctx: SchoolContext, step: ChaseStep, now: dt.datetime) -> str:
    if step.kind == StepKind.session_close:
        return run_session_close(db, ctx, RegisterSession(step.day, step.half), now)  # type: ignore[arg-type]
    return run_pupil_step(db, ctx, step, now)


def _run_batch(db: Session, now: dt.datetime, worker: str, limit: int, result: TickResult,
               contexts: dict[int, SchoolContext]) -> int:
    steps = claim(db, now, worker, limit)
    for step in steps:
        if step.school_id not in contexts:
            contexts[step.school_id] = load_context(db, step.school_id)
        ctx = contexts[step.school_id]
        try:
            with db.begin_nested():
                outcome = run_step(db, ctx, step, now)
        except Exception as exc:  # one bad step must not block the others: retry it later
            log.exception("chase step %s failed", step.key)
            step.status, step.due_at, outcome = StepStatus.pending, now + RETRY_AFTER, f"error: {exc}"[:200]
            result.errors += 1
        step.outcome = outcome[:200]
        db.add(step)
    result.steps += len(steps)
    return len(steps)


def tick(db_or_engine: Session | Engine, *, now: dt.datetime, worker: str | None = None,
         batch: int = 5) -> TickResult:
    """Run every step due at `now` (plan the sessions' closes first). Safe to call from several
    workers at once; callable from tests with an injected `now`. Steps are claimed `batch` at a time,
    one transaction each, so a school's close is never held up behind many others."""
    worker = worker or worker_name()
    result = TickResult()
    with _sessions(db_or_engine) as db:
        plan_closes(db, now)
    contexts: dict[int, SchoolContext] = {}  # the schools' calendars and policies, read once per tick
    while True:
        with _sessions(db_or_engine) as db:
            if not _run_batch(db, now, worker, batch, result, contexts):
                break  # (a rung due at once after the one just run is taken by the next batch)
    with _sessions(db_or_engine) as db:
        result.ended = end_explained(db, now)
    return result


def next_due(db: Session) -> dt.datetime | None:
    """When the earliest pending step is due (simulations step the clock to it)."""
    return db.exec(select(ChaseStep.due_at).where(ChaseStep.status == StepStatus.pending)
                   .order_by(col(ChaseStep.due_at)).limit(1)).first()
