"""Staff tasks and alerts raised by the chase and monitoring (phone calls, home visits, DSL...)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Column
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, select

from models.school import utcnow
from models.types import JSONType, UTCDateTime, str_enum


class TaskStatus(enum.StrEnum):
    open = "open"
    claimed = "claimed"
    done = "done"
    cancelled = "cancelled"


class StaffTask(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    kind: str = Field(max_length=32, index=True)
    pupil_id: int | None = Field(default=None, foreign_key="pupil.id", index=True)
    form: str | None = Field(default=None, max_length=32)
    day: dt.date | None = None
    dedupe_key: str = Field(max_length=200, unique=True, description="one task per rule per pupil per day")
    title: str = Field(default="", max_length=300)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONType, nullable=False))
    status: TaskStatus = Field(default=TaskStatus.open, sa_type=str_enum(TaskStatus))
    claimed_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    outcome: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    closed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)


def raise_task(
    db: Session,
    *,
    school_id: int,
    kind: str,
    dedupe_key: str,
    now: dt.datetime,
    title: str = "",
    pupil_id: int | None = None,
    form: str | None = None,
    day: dt.date | None = None,
    details: dict[str, Any] | None = None,
) -> StaffTask | None:
    """Create a task unless one with the same dedupe key exists; returns the new task or None.

    Safe under concurrency: a competing insert of the same key loses on the unique constraint."""
    if db.exec(select(StaffTask.id).where(StaffTask.dedupe_key == dedupe_key)).first() is not None:
        return None
    task = StaffTask(school_id=school_id, kind=kind, dedupe_key=dedupe_key, created_at=now, title=title,
                     pupil_id=pupil_id, form=form, day=day, details=details or {})
    try:
        with db.begin_nested():
            db.add(task)
            db.flush()
    except IntegrityError:
        return None
    return task
