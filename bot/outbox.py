"""The durable outbox: outbound messages are rows written before they are sent.

`enqueue` is called inside the caller's transaction (a reply, a chase step), so a message exists
exactly when the work that caused it committed. The sender loop claims queued rows and hands them
to the channel's provider.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session

from models.messages import Channel, Direction, Message, MessageKind, MessageStatus


def enqueue(
    db: Session,
    *,
    channel: Channel,
    address: str,
    body: str,
    now: dt.datetime,
    kind: MessageKind,
    school_id: int | None = None,
    contact_id: int | None = None,
    pupil_id: int | None = None,
    language: str | None = None,
    in_reply_to_id: int | None = None,
    not_before: dt.datetime | None = None,
    media: list[dict[str, Any]] | None = None,
    flush: bool = True,
) -> Message:
    """Write an outbound message as `queued`; it is sent at or after `not_before` (default now).

    `media` carries channel extras, e.g. `{"type": "request_contact", "label": ...}` for Telegram's
    share-my-number button or `{"type": "remove_keyboard"}`. `flush=False` leaves the INSERT to the
    caller's next flush (a batch of chase messages goes in one statement)."""
    message = Message(
        channel=channel, direction=Direction.outbound, kind=kind, address=address, body=body,
        status=MessageStatus.queued, school_id=school_id, contact_id=contact_id, pupil_id=pupil_id,
        language=language, in_reply_to_id=in_reply_to_id, created_at=now, next_attempt_at=not_before or now,
        media=media or [],
    )
    db.add(message)
    if flush:
        db.flush()
    return message
