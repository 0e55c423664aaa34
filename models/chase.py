"""The first-day chase as durable state: one `Chase` per pupil per day, the `ChaseStep`s it still
has to run (each with a due time, claimed exactly once), and the `BulkHold`s that stop a
suspicious register from messaging every parent of a class.

Steps are the unit of exactly-once work: a worker claims a due `pending` step and completes it in
the same transaction as the messages and tasks it produces (see `scheduler.engine`).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.school import utcnow
from models.types import UTCDateTime, str_enum


class ChaseState(enum.StrEnum):
    open = "open"
    held = "held"
    ended = "ended"
    cancelled = "cancelled"


class Chase(SQLModel, table=True):
    """One pupil's chase on one school day (there is never a second one that day)."""

    __table_args__ = (UniqueConstraint("pupil_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    pupil_id: int = Field(foreign_key="pupil.id", index=True)
    day: dt.date = Field(index=True)
    half: str = Field(max_length=2, description="the session whose close started the chase")
    started_at: dt.datetime = Field(sa_type=UTCDateTime, description="the effective register close")
    ladder_from: dt.datetime | None = Field(default=None, sa_type=UTCDateTime,
                                            description="when its ladder began (the close, or a hold's release)")
    state: ChaseState = Field(default=ChaseState.open, sa_type=str_enum(ChaseState))
    hold_id: int | None = Field(default=None, foreign_key="bulkhold.id", index=True)
    ended_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    end_reason: str | None = Field(default=None, max_length=64)


class StepKind(enum.StrEnum):
    session_close = "session_close"
    first_contact = "first_contact"
    second_contact = "second_contact"
    phone_call = "phone_call"
    safeguarding_visit = "safeguarding_visit"
    attendance_lead = "attendance_lead"


class StepStatus(enum.StrEnum):
    pending = "pending"
    done = "done"
    skipped = "skipped"


class ChaseStep(SQLModel, table=True):
    """A unit of due work: a school's session close, or one rung of a pupil's ladder (a chase has
    one pending rung at a time; running it writes the next)."""

    __table_args__ = (Index("ix_chasestep_due", "status", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=120, unique=True, description="what makes the step unique, e.g. close:3:2026-11-30:AM")
    school_id: int = Field(foreign_key="school.id", index=True)
    chase_id: int | None = Field(default=None, foreign_key="chase.id", index=True)
    kind: StepKind = Field(sa_type=str_enum(StepKind))
    day: dt.date
    half: str = Field(max_length=2)
    due_at: dt.datetime = Field(sa_type=UTCDateTime)
    status: StepStatus = Field(default=StepStatus.pending, sa_type=str_enum(StepStatus))
    done_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    done_by: str | None = Field(default=None, max_length=64, description="the worker that ran it")
    outcome: str | None = Field(default=None, max_length=200)


class HoldState(enum.StrEnum):
    held = "held"
    released = "released"
    cancelled = "cancelled"


class BulkHold(SQLModel, table=True):
    """A register with too many unexplained absences: its chases wait until the office releases
    (they proceed) or cancels (they end) the hold. `form` None means the whole school."""

    __table_args__ = (UniqueConstraint("school_id", "day", "half", "form"),)
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    day: dt.date
    half: str = Field(max_length=2)
    form: str | None = Field(default=None, max_length=32)
    task_id: int | None = Field(default=None, foreign_key="stafftask.id", index=True)
    unexplained: int = 0
    on_register: int = 0
    state: HoldState = Field(default=HoldState.held, sa_type=str_enum(HoldState))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    decided_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_by: str | None = Field(default=None, max_length=200)
