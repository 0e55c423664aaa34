"""Every message in and out, and the reports parsed from inbound ones.

Outbound messages double as the durable outbox: written `queued` before they are sent, claimed by
one sender, retried with backoff, and marked with the provider's id once accepted.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.school import utcnow
from models.types import JSONType, UTCDateTime, str_enum


class Channel(enum.StrEnum):
    telegram = "telegram"
    sms = "sms"
    whatsapp = "whatsapp"
    voice = "voice"
    demo = "demo"


class Direction(enum.StrEnum):
    inbound = "in"
    outbound = "out"


class MessageStatus(enum.StrEnum):
    received = "received"
    processed = "processed"
    quarantined = "quarantined"
    queued = "queued"
    sending = "sending"
    sent = "sent"
    delivered = "delivered"
    failed = "failed"
    undelivered = "undelivered"
    cancelled = "cancelled"


class MessageKind(enum.StrEnum):
    report = "report"
    reply = "reply"
    chase = "chase"
    staff = "staff"
    other = "other"


class Message(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("channel", "direction", "provider_id", name="uq_message_provider_id"),
        Index("ix_message_outbox", "direction", "status", "next_attempt_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    school_id: int | None = Field(default=None, foreign_key="school.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    pupil_id: int | None = Field(default=None, foreign_key="pupil.id", index=True)
    channel: Channel = Field(sa_type=str_enum(Channel))
    direction: Direction = Field(sa_type=str_enum(Direction))
    kind: MessageKind = Field(default=MessageKind.other, sa_type=str_enum(MessageKind))
    provider_id: str | None = Field(default=None, max_length=128)
    address: str = Field(default="", max_length=64, description="phone number or chat id of the other party")
    body: str = Field(default="")
    language: str | None = Field(default=None, max_length=8)
    media: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    status: MessageStatus = Field(sa_type=str_enum(MessageStatus))
    status_reason: str | None = Field(default=None, max_length=500)
    in_reply_to_id: int | None = Field(default=None, foreign_key="message.id")
    attempts: int = 0
    next_attempt_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    locked_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    locked_by: str | None = Field(default=None, max_length=64)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    delivered_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)


class ParsedReport(SQLModel, table=True):
    """What the understanding step made of one inbound message."""

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    school_id: int | None = Field(default=None, foreign_key="school.id", index=True)
    action: str = Field(max_length=16)
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONType, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReportMark(SQLModel, table=True):
    """A mark a report created, changed or withdrew."""

    report_id: int = Field(foreign_key="parsedreport.id", primary_key=True)
    mark_id: int = Field(foreign_key="attendancemark.id", primary_key=True, index=True)
    change: str = Field(default="recorded", max_length=16)
