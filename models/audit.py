"""Audit log of staff actions that the register amendments do not already record
(views of safeguarding details, exports, logins, settings changes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from models.school import utcnow
from models.types import JSONType, UTCDateTime


class AuditEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    school_id: int | None = Field(default=None, foreign_key="school.id", index=True)
    staff_id: int | None = Field(default=None, foreign_key="staffuser.id")
    action: str = Field(max_length=64)
    subject: str = Field(default="", max_length=200)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONType, nullable=False))
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
