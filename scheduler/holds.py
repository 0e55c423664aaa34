"""The office's answer to a bulk-send hold: release it (the held chases proceed from now) or cancel
it (they end; the register was wrong or the absences are known)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from models.attendance import Actor
from models.chase import BulkHold, Chase, ChaseState, HoldState
from models.people import Pupil
from models.tasks import StaffTask, TaskStatus
from scheduler.context import load_context
from scheduler.ladder import begin_ladder, end_chase


class HoldNotFound(LookupError):
    pass


def hold_for_task(db: Session, task_id: int) -> BulkHold:
    hold = db.exec(select(BulkHold).where(BulkHold.task_id == task_id).with_for_update()).first()
    if hold is None:
        raise HoldNotFound(f"task {task_id} is not a bulk hold")
    return hold


def _decide(db: Session, hold: BulkHold, state: HoldState, now: dt.datetime, actor: Actor) -> None:
    hold.state, hold.decided_at, hold.decided_by = state, now, f"{actor.name} ({actor.role})"
    db.add(hold)
    task = db.get(StaffTask, hold.task_id) if hold.task_id else None
    if task is not None and task.status in (TaskStatus.open, TaskStatus.claimed):
        task.status, task.closed_at, task.outcome = TaskStatus.done, now, f"{state} by {actor.name}"
        db.add(task)


def _held_chases(db: Session, hold: BulkHold) -> list[Chase]:
    return list(db.exec(select(Chase).where(Chase.hold_id == hold.id, Chase.state == ChaseState.held)))


def release_hold(db: Session, task_id: int, now: dt.datetime, actor: Actor) -> int:
    """Release a hold: each held chase starts its ladder now. Returns how many proceed; a second
    release does nothing."""
    hold = hold_for_task(db, task_id)
    if hold.state != HoldState.held:
        return 0
    _decide(db, hold, HoldState.released, now, actor)
    ctx = load_context(db, hold.school_id)
    chases = _held_chases(db, hold)
    for chase in chases:
        chase.state = ChaseState.open
        db.add(chase)
        pupil = db.get(Pupil, chase.pupil_id)
        assert pupil is not None
        begin_ladder(db, ctx, chase, pupil, now, now)
    db.flush()
    return len(chases)


def cancel_hold(db: Session, task_id: int, now: dt.datetime, actor: Actor) -> int:
    """Cancel a hold: the held chases end without any message. Returns how many ended."""
    hold = hold_for_task(db, task_id)
    if hold.state != HoldState.held:
        return 0
    _decide(db, hold, HoldState.cancelled, now, actor)
    chases = _held_chases(db, hold)
    for chase in chases:
        end_chase(db, chase, now, "hold cancelled")
        chase.state = ChaseState.cancelled
        db.add(chase)
    db.flush()
    return len(chases)
