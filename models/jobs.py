"""Daily jobs run once per school per day (e.g. the nightly monitoring recompute)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class DailyJobRun(SQLModel, table=True):
    """A job's run for one school and day. The unique key is the claim: a second worker's insert
    waits for the first one's transaction and then fails, so the job runs once."""

    __table_args__ = (UniqueConstraint("job", "school_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    job: str = Field(max_length=32)
    school_id: int = Field(foreign_key="school.id", index=True)
    day: dt.date
    finished_at: dt.datetime = Field(sa_type=UTCDateTime)
