"""The durable outbox: exactly-once delivery through outages, restarts and rate limits, on the injected clock."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlmodel import Session

from bot.outbox import enqueue
from bot.providers import configured_providers
from bot.ratelimit import RateLimiter
from bot.sender import LEASE, backoff, drain_once
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus
from models.people import Contact
from tests.channels.conftest import MOBILE, messages


def _queue(engine, clock, n=1, *, channel=Channel.sms, address=MOBILE, contact_id=None, body="Hello {i}"):
    with Session(engine) as db:
        ids = [enqueue(db, channel=channel, address=address if isinstance(address, str) else address(i),
                       body=body.format(i=i), now=clock.now(), kind=MessageKind.chase, contact_id=contact_id).id
               for i in range(n)]
        db.commit()
    return ids


def _outbound(engine):
    return messages(engine, Direction.outbound)


async def test_twilio_outage_then_recovery_delivers_each_message_once(engine, clock, outbox, fake_twilio):
    _queue(engine, clock, 3, address=lambda i: f"+44770090010{i}")
    fake_twilio.fail(503, times=4)
    start = clock.now()
    await outbox(once=True)
    rows = _outbound(engine)
    assert [r.status for r in rows] == [MessageStatus.queued] * 3
    assert all(r.attempts == 1 and r.next_attempt_at == start + backoff(1) for r in rows[:3])
    await outbox()
    rows = _outbound(engine)
    assert [r.status for r in rows] == [MessageStatus.sent] * 3
    bodies = [s["Body"] for s in fake_twilio.sent("Messages.create")]
    assert sorted(bodies) == ["Hello 0", "Hello 1", "Hello 2"]
    assert len({r.provider_id for r in rows}) == 3


async def test_telegram_outage_and_retry_after_are_honoured(engine, clock, outbox, fake_telegram):
    _queue(engine, clock, 1, channel=Channel.telegram, address="5550001")
    fake_telegram.fail(502, times=2)
    await outbox(once=True)
    assert _outbound(engine)[0].next_attempt_at == clock.now() + backoff(1)
    clock.advance(backoff(1))
    fake_telegram.fail(429, retry_after=40)
    await outbox(once=True)  # the second 502: backs off 10 s
    clock.advance(backoff(2))
    await outbox(once=True)  # 429: wait as Telegram says, longer than the backoff
    row = _outbound(engine)[0]
    assert row.status == MessageStatus.queued and row.next_attempt_at == clock.now() + dt.timedelta(seconds=40)
    _queue(engine, clock, 1, channel=Channel.telegram, address="5550002")
    await outbox(once=True)
    assert fake_telegram.sent("sendMessage") == []  # the bot is held back for every chat meanwhile
    await outbox()
    assert sorted(int(c["chat_id"]) for c in fake_telegram.sent("sendMessage")) == [5550001, 5550002]
    assert {r.status for r in _outbound(engine)} == {MessageStatus.sent}


async def test_burst_to_one_chat_is_paced_not_dropped(engine, clock, outbox, fake_telegram):
    _queue(engine, clock, 5, channel=Channel.telegram, address="5550001")
    _queue(engine, clock, 2, channel=Channel.telegram, address="5550002")
    first = await outbox(once=True)
    assert (first.sent, first.deferred) == (2, 5)
    await outbox()
    rows = _outbound(engine)
    assert all(r.status == MessageStatus.sent for r in rows)
    for chat in ("5550001", "5550002"):
        times = [r.sent_at for r in rows if r.address == chat]
        assert all(b - a >= dt.timedelta(seconds=1) for a, b in zip(times, times[1:], strict=False))
    texts = [c["text"] for c in fake_telegram.sent("sendMessage") if c["chat_id"] == "5550001"]
    assert texts == [f"Hello {i}" for i in range(5)]


async def test_bot_wide_and_twilio_sender_limits(engine, clock, outbox, fake_telegram, fake_twilio):
    _queue(engine, clock, 45, channel=Channel.telegram, address=lambda i: str(6000 + i))
    _queue(engine, clock, 25, channel=Channel.sms, address=lambda i: f"+4477009002{i:02d}")
    first = await outbox(once=True)
    assert len(fake_telegram.sent("sendMessage")) == 30  # 30 messages a second per bot
    assert len(fake_twilio.sent("Messages.create")) == 10  # settings: 10 a second per sender number
    assert first.deferred == 15 + 15
    await outbox()
    assert len(fake_telegram.sent("sendMessage")) == 45 and len(fake_twilio.sent("Messages.create")) == 25
    assert clock.now() - dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC) < dt.timedelta(seconds=3)


async def test_restart_takes_over_a_stalled_send_once(engine, clock, settings, fake_twilio):
    [message_id] = _queue(engine, clock)
    with Session(engine) as db:  # a sender claimed it and died before recording the outcome
        row = db.get(Message, message_id)
        row.status, row.locked_at, row.locked_by = MessageStatus.sending, clock.now(), "dead-sender"
        db.add(row)
        db.commit()
    async with configured_providers(settings) as providers:
        limiter = RateLimiter()
        clock.advance(LEASE - dt.timedelta(seconds=1))
        assert (await drain_once(engine, providers, clock=clock, limiter=limiter, worker="new")).claimed == 0
        clock.advance(dt.timedelta(seconds=2))
        report = await drain_once(engine, providers, clock=clock, limiter=limiter, worker="new")
        again = await drain_once(engine, providers, clock=clock, limiter=limiter, worker="new")
    assert (report.sent, again.claimed) == (1, 0)
    assert len(fake_twilio.sent("Messages.create")) == 1


async def test_concurrent_senders_never_send_twice(engine, clock, settings, fake_twilio):
    _queue(engine, clock, 20, address=lambda i: f"+4477009003{i:02d}")
    async with configured_providers(settings) as providers:
        settings.twilio_messages_per_second = 100
        reports = await asyncio.gather(*(
            drain_once(engine, providers, clock=clock, limiter=RateLimiter(), worker=f"w{i}", batch=8)
            for i in range(3)))
        while any(m.status == MessageStatus.queued for m in _outbound(engine)):
            await drain_once(engine, providers, clock=clock, limiter=RateLimiter(), worker="w9")
    assert sum(r.claimed for r in reports) <= 20
    bodies = [s["Body"] for s in fake_twilio.sent("Messages.create")]
    assert sorted(bodies) == sorted(f"Hello {i}" for i in range(20))


async def test_unsubscribed_recipient_fails_permanently_and_is_opted_out(engine, clock, outbox, fake_twilio, family):
    fake_twilio.stopped.add(MOBILE)
    _queue(engine, clock, 1, contact_id=family.contact_id)
    await outbox()
    row = _outbound(engine)[0]
    assert row.status == MessageStatus.failed and "21610" in row.status_reason and row.attempts == 1
    with Session(engine) as db:
        assert db.get(Contact, family.contact_id).opted_out_channels == ["sms"]


async def test_unconfigured_channel_waits_in_the_outbox(engine, clock, settings):
    _queue(engine, clock, 1, channel=Channel.telegram, address="5550001")
    settings.telegram_bot_token = None
    async with configured_providers(settings) as providers:
        report = await drain_once(engine, providers, clock=clock, limiter=RateLimiter())
    row = _outbound(engine)[0]
    assert report.deferred == 1 and row.status == MessageStatus.queued and "not configured" in row.status_reason
