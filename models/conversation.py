"""Per-contact conversation state, evidence attached to reports, opt-outs and refused webhooks.

The conversation state is the understanding layer's JSON (a pending question, the last report) so a
parent's second message is read in the light of the first, across restarts and processes.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from models.messages import Channel
from models.school import utcnow
from models.types import JSONType, UTCDateTime, str_enum


class Conversation(SQLModel, table=True):
    """The running conversation with one contact, across every channel."""

    contact_id: int = Field(foreign_key="contact.id", primary_key=True)
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONType, nullable=False))
    last_message_id: int | None = Field(default=None, foreign_key="message.id")
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EvidenceStatus(enum.StrEnum):
    stored = "stored"
    rejected = "rejected"


class Evidence(SQLModel, table=True):
    """A photo or document a parent sent (appointment card, medical letter). Rejected files keep a row
    with the reason and no content, so nothing a parent sent disappears silently."""

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    report_id: int | None = Field(default=None, foreign_key="parsedreport.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    school_id: int | None = Field(default=None, foreign_key="school.id", index=True)
    status: EvidenceStatus = Field(sa_type=str_enum(EvidenceStatus))
    status_reason: str | None = Field(default=None, max_length=300)
    content_type: str = Field(default="", max_length=100)
    filename: str = Field(default="", max_length=200)
    size_bytes: int = 0
    sha256: str | None = Field(default=None, max_length=64)
    source_url: str | None = Field(default=None, max_length=500)
    data: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OptOutAction(enum.StrEnum):
    stop = "stop"
    start = "start"


class OptOutEvent(SQLModel, table=True):
    """A STOP or START received on a channel (the current state lives on Contact.opted_out_channels)."""

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    channel: Channel = Field(sa_type=str_enum(Channel))
    address: str = Field(max_length=64)
    action: OptOutAction = Field(sa_type=str_enum(OptOutAction))
    message_id: int | None = Field(default=None, foreign_key="message.id")
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RejectedInbound(SQLModel, table=True):
    """An authenticated webhook body that could not be read (oversized, binary, not JSON, no message):
    kept for the office to inspect instead of being dropped."""

    id: int | None = Field(default=None, primary_key=True)
    channel: Channel = Field(sa_type=str_enum(Channel))
    reason: str = Field(max_length=300)
    content_type: str = Field(default="", max_length=100)
    size_bytes: int = 0
    body: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))
    received_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
