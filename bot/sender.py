"""The outbox sender: claims due queued messages, sends each through its channel's provider within the
provider's rate limits, and records the outcome at once.

Exactly once: a message is claimed by a conditional UPDATE (`status = queued`, on PostgreSQL after a
`FOR UPDATE SKIP LOCKED` select), so two senders never take the same row; the provider's answer is
committed straight after the send. A row left `sending` by a crashed sender is taken again only after
`LEASE`; the one window where a message can go twice is a crash between the provider accepting it and
that commit (neither Telegram nor Twilio takes an idempotency key).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import and_, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.providers import Outgoing, Provider, SendError, configured_providers
from bot.ratelimit import RateLimiter
from core.clock import Clock
from core.settings import Settings
from models.conversation import OptOutAction, OptOutEvent
from models.db import session_scope
from models.messages import Channel, Direction, Message, MessageStatus
from models.people import Contact

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=2)
MAX_ATTEMPTS = 8
NO_PROVIDER_WAIT = dt.timedelta(minutes=5)
IDLE_POLL_SECONDS = 0.25
CONCURRENCY = 16


def backoff(attempts: int) -> dt.timedelta:
    """Wait before the next try after `attempts` failures: 5 s doubling to at most 15 min."""
    return dt.timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 900))


@dataclass
class DrainReport:
    claimed: int = 0
    sent: int = 0
    deferred: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0


def claim(engine: Engine, *, now: dt.datetime, worker: str, limit: int) -> list[tuple[Outgoing, list[str]]]:
    """Take up to `limit` due messages for this worker; returns each with its contact's opted-out channels."""
    due = or_(
        and_(Message.status == MessageStatus.queued, col(Message.next_attempt_at) <= now),
        and_(Message.status == MessageStatus.sending, col(Message.locked_at) < now - LEASE),
    )
    with session_scope(engine) as db:
        ids = list(db.exec(
            select(Message.id).where(Message.direction == Direction.outbound, due)
            .order_by(col(Message.next_attempt_at), col(Message.id)).limit(limit).with_for_update(skip_locked=True)
        ))
        if not ids:
            return []
        claimed = list(db.exec(  # type: ignore[call-overload]
            update(Message).where(col(Message.id).in_(ids), due)
            .values(status=MessageStatus.sending, locked_at=now, locked_by=worker).returning(Message.id)
        ).scalars())
        rows = db.exec(select(Message, Contact).outerjoin(Contact, Contact.id == Message.contact_id)
                       .where(col(Message.id).in_(claimed)).order_by(col(Message.next_attempt_at), col(Message.id)))
        return [(Outgoing(m.id, m.channel, m.address, m.body, list(m.media or []), m.attempts),
                 list(c.opted_out_channels) if c else []) for m, c in rows]


def _finish_many(engine: Engine, worker: str, outcomes: list[tuple[int, dict[str, object]]]) -> None:
    """Record outcomes in one transaction, each only if this worker still holds the message."""
    with session_scope(engine) as db:
        for message_id, values in outcomes:
            db.exec(update(Message).where(  # type: ignore[call-overload]
                col(Message.id) == message_id, Message.locked_by == worker, Message.status == MessageStatus.sending,
            ).values(locked_at=None, locked_by=None, **values))


def _finish(engine: Engine, message_id: int, worker: str, **values: object) -> None:
    _finish_many(engine, worker, [(message_id, values)])


def _record_stop(engine: Engine, message: Outgoing, now: dt.datetime) -> None:
    """The provider says the recipient has opted out (STOP, blocked the bot): honour it from now on."""
    with session_scope(engine) as db:
        row = db.get(Message, message.id)
        contact = db.get(Contact, row.contact_id) if row and row.contact_id else None
        if contact is not None and str(message.channel) not in contact.opted_out_channels:
            contact.opted_out_channels = [*contact.opted_out_channels, str(message.channel)]
            contact.updated_at = now
            db.add(contact)
            db.add(OptOutEvent(contact_id=contact.id, channel=message.channel, address=message.address,
                               action=OptOutAction.stop, message_id=message.id, at=now))


async def _deliver(engine: Engine, provider: Provider, message: Outgoing, worker: str, clock: Clock,
                   limiter: RateLimiter, report: DrainReport) -> None:
    try:
        provider_id = await provider.send(message)
    except Exception as exc:  # anything unexpected is retried like an outage, then given up
        if not isinstance(exc, SendError):
            log.exception("sending message %s failed", message.id)
        error = exc if isinstance(exc, SendError) else SendError(f"{type(exc).__name__}: {exc}"[:300])
        await _failed(engine, provider, message, worker, clock.now(), limiter, report, error)
        return
    now = clock.now()
    report.sent += 1
    await asyncio.to_thread(_finish, engine, message.id, worker, status=MessageStatus.sent,
                            provider_id=provider_id, sent_at=now, status_reason=None, attempts=message.attempts + 1)


async def _failed(engine: Engine, provider: Provider, message: Outgoing, worker: str, now: dt.datetime,
                  limiter: RateLimiter, report: DrainReport, error: SendError) -> None:
    attempts = message.attempts + 1
    if error.retry_after is not None:
        limiter.block(provider.limits(message), now + dt.timedelta(seconds=error.retry_after), now)
    if error.permanent or attempts >= MAX_ATTEMPTS:
        report.failed += 1
        if error.opted_out:
            await asyncio.to_thread(_record_stop, engine, message, now)
        await asyncio.to_thread(_finish, engine, message.id, worker, status=MessageStatus.failed, attempts=attempts,
                                status_reason=error.reason[:500])
        return
    report.retried += 1
    wait = max(backoff(attempts), dt.timedelta(seconds=error.retry_after or 0))
    await asyncio.to_thread(_finish, engine, message.id, worker, status=MessageStatus.queued, attempts=attempts,
                            status_reason=error.reason[:500], next_attempt_at=now + wait)


async def drain_once(engine: Engine, providers: Mapping[Channel, Provider], *, clock: Clock, limiter: RateLimiter,
                     worker: str = "sender", batch: int = 100) -> DrainReport:
    """Claim the due messages once and send those the rate limits allow now; the rest wait their turn."""
    now = clock.now()
    report = DrainReport()
    claimed = await asyncio.to_thread(claim, engine, now=now, worker=worker, limit=batch)
    report.claimed = len(claimed)
    sends, held = [], []
    for message, opted_out in claimed:
        provider = providers.get(message.channel)
        if str(message.channel) in opted_out:
            report.cancelled += 1
            held.append((message.id, {"status": MessageStatus.cancelled,
                                      "status_reason": f"recipient opted out of {message.channel}"}))
        elif provider is None:
            report.deferred += 1
            held.append((message.id, {"status": MessageStatus.queued, "next_attempt_at": now + NO_PROVIDER_WAIT,
                                      "status_reason": f"{message.channel} is not configured"}))
        elif (ready := limiter.reserve(provider.limits(message), now)) is not None:
            report.deferred += 1
            held.append((message.id, {"status": MessageStatus.queued, "next_attempt_at": ready}))
        else:
            sends.append(_deliver(engine, provider, message, worker, clock, limiter, report))
    if held:
        await asyncio.to_thread(_finish_many, engine, worker, held)
    gate = asyncio.Semaphore(CONCURRENCY)

    async def gated(job):  # type: ignore[no-untyped-def]
        async with gate:
            await job

    await asyncio.gather(*(gated(job) for job in sends))
    return report


async def run_sender(engine: Engine, settings: Settings, clock: Clock, stop: asyncio.Event,
                     providers: Mapping[Channel, Provider] | None = None) -> None:
    """The sender loop beside the web app or worker: drain, and poll briefly when there is nothing due."""
    worker = f"sender-{os.getpid()}-{id(stop) % 10000}"
    limiter = RateLimiter()
    if providers is not None:
        await _loop(engine, providers, clock, limiter, worker, stop)
        return
    async with configured_providers(settings) as built:
        await _loop(engine, built, clock, limiter, worker, stop)


async def _loop(engine: Engine, providers: Mapping[Channel, Provider], clock: Clock, limiter: RateLimiter,
                worker: str, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            report = await drain_once(engine, providers, clock=clock, limiter=limiter, worker=worker)
        except Exception:  # a database blip must not end the loop
            log.exception("outbox drain failed")
            report = DrainReport()
        if report.claimed == 0 or report.sent == 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=IDLE_POLL_SECONDS)
