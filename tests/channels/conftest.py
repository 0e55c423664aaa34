"""A school with one family, fake providers on loopback, and the app under test with its settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlmodel import Session, select
from twilio.request_validator import RequestValidator

from api.app import create_app
from bot.providers import configured_providers
from bot.ratelimit import RateLimiter
from bot.sender import drain_once
from core.settings import Settings
from models.db import session_scope
from models.messages import Direction, Message, MessageStatus
from models.people import Contact, Pupil, PupilContact
from models.school import School, Trust
from tests.channels.fakes import FakeTelegram, FakeTwilio

PUBLIC = "https://rollcall.example.org"
TOKEN = "123456:TEST-TOKEN"
SECRET = "telegram-webhook-secret"
AUTH = "twilio-auth-token"
MOBILE = "+447700900123"
SARAH_TG = 5550001


@dataclass
class Family:
    school_id: int
    contact_id: int
    jack: int
    amelia: int


@pytest.fixture
def family(engine) -> Family:
    with session_scope(engine) as db:
        trust = Trust(name="Oak Trust")
        db.add(trust)
        db.flush()
        school = School(name="Oak Primary", slug="oak", trust_id=trust.id)
        db.add(school)
        db.flush()
        jack = Pupil(school_id=school.id, mis_id="1", legal_first_name="Jack", legal_last_name="Hughes", form="3O")
        amelia = Pupil(school_id=school.id, mis_id="2", legal_first_name="Amelia", legal_last_name="Hughes", form="5O")
        sarah = Contact(first_name="Sarah", last_name="Hughes", mobile=MOBILE, link_code="fam-oak-1")
        db.add_all([jack, amelia, sarah])
        db.flush()
        db.add_all([PupilContact(pupil_id=jack.id, contact_id=sarah.id),
                    PupilContact(pupil_id=amelia.id, contact_id=sarah.id)])
        return Family(school.id, sarah.id, jack.id, amelia.id)


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    server = await FakeTelegram().serve()
    yield server
    await server.stop()


@pytest.fixture
async def fake_twilio() -> AsyncIterator[FakeTwilio]:
    server = await FakeTwilio().serve()
    yield server
    await server.stop()


@pytest.fixture
def settings(db_url, fake_telegram, fake_twilio) -> Settings:
    return Settings(
        database_url=db_url, public_base_url=PUBLIC, demo_mode=True, run_scheduler=False, secret_key="test-secret",
        telegram_bot_token=TOKEN, telegram_webhook_secret=SECRET, telegram_api_base=fake_telegram.base,
        twilio_account_sid="AC" + "0" * 32, twilio_auth_token=AUTH, twilio_sms_from="+447700900000",
        twilio_whatsapp_from="+14155238886", twilio_api_base=fake_twilio.base, twilio_messages_per_second=10,
        max_webhook_bytes=16 * 1024, max_media_bytes=64 * 1024,
    )


@pytest.fixture
async def client(settings, engine, clock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, engine=engine, clock=clock, run_background=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c
    runtime = getattr(app.state, "telegram", None)
    if runtime is not None:
        await runtime.bot.session.close()


@pytest.fixture
async def outbox(settings, engine, clock):
    """Send what the outbox holds through the real providers against the fakes: `await outbox()` drains,
    moving the frozen clock to each next due time (rate limits, backoff) until nothing is queued;
    `await outbox(once=True)` drains once at the current time."""
    limiter = RateLimiter()
    async with configured_providers(settings) as providers:
        async def drain(once: bool = False, **kwargs: Any):
            report = await drain_once(engine, providers, clock=clock, limiter=limiter, **kwargs)
            for _ in range(500):
                due = _next_due(engine)
                if once or due is None:
                    break
                clock.set(max(due, clock.now()))
                report = await drain_once(engine, providers, clock=clock, limiter=limiter, **kwargs)
            return report

        yield drain


def _next_due(engine) -> dt.datetime | None:
    with Session(engine) as db:
        return db.exec(select(Message.next_attempt_at).where(
            Message.direction == Direction.outbound, Message.status == MessageStatus.queued,
        ).order_by(Message.next_attempt_at)).first()


def sign(params: dict[str, str], path: str = "/webhooks/twilio/sms", token: str = AUTH) -> str:
    return RequestValidator(token).compute_signature(PUBLIC + path, params)


def sms(sid: str, text: str, sender: str = MOBILE, **extra: str) -> dict[str, str]:
    return {"MessageSid": sid, "SmsSid": sid, "AccountSid": "AC" + "0" * 32, "From": sender,
            "To": "+447700900000", "Body": text, "NumMedia": "0", **extra}


async def post_sms(client: httpx.AsyncClient, params: dict[str, str], signature: str | None = None,
                   path: str = "/webhooks/twilio/sms") -> httpx.Response:
    headers = {"X-Twilio-Signature": signature if signature is not None else sign(params, path)}
    return await client.post(path, data=params, headers=headers)


def tg_update(update_id: int, *, user_id: int = SARAH_TG, text: str | None = None, **message: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "message_id": update_id, "date": 1795417800,
        "chat": {"id": user_id, "type": "private", "first_name": "Sarah"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Sarah", "language_code": "en"}, **message,
    }
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": body}


async def post_update(client: httpx.AsyncClient, update: dict[str, Any], secret: str | None = SECRET) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return await client.post("/webhooks/telegram", json=update, headers=headers)


def messages(engine, direction: Direction | None = None) -> list[Message]:
    with Session(engine) as db:
        query = select(Message).order_by(Message.id)
        if direction is not None:
            query = query.where(Message.direction == direction)
        return list(db.exec(query))


def link_telegram(engine, family: Family, user_id: int = SARAH_TG) -> None:
    with session_scope(engine) as db:
        contact = db.get(Contact, family.contact_id)
        contact.telegram_user_id = contact.telegram_chat_id = user_id
        db.add(contact)


def at(hour: int, minute: int = 0, day: int = 23) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)
