"""Requests for leave of absence sent in advance by parents (holiday, exceptional circumstances,
religious observance). The headteacher grants or refuses; the parent is told on their channel."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from models.school import utcnow
from models.types import JSONType, UTCDateTime, str_enum


class LeaveStatus(enum.StrEnum):
    requested = "requested"
    granted = "granted"
    refused = "refused"


class LeaveRequest(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    pupil_id: int = Field(foreign_key="pupil.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    message_id: int | None = Field(default=None, foreign_key="message.id")
    reason: str = Field(default="", max_length=500, description="the parent's reason, e.g. holiday, wedding, Eid")
    first_day: dt.date
    last_day: dt.date
    sessions: list[str] = Field(
        default_factory=list, sa_column=Column(JSONType, nullable=False),
        description='sessions asked for, as "YYYY-MM-DD AM" strings (empty: whole days first_day..last_day)',
    )
    status: LeaveStatus = Field(default=LeaveStatus.requested, sa_type=str_enum(LeaveStatus), index=True)
    decided_by_id: int | None = Field(default=None, foreign_key="staffuser.id")
    decided_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    decision_note: str = Field(default="", max_length=1000)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
