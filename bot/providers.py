"""The channels' senders: Telegram (aiogram), SMS and WhatsApp (Twilio's async REST client) and the demo
phone. Each turns one outbound message into a provider id or a `SendError` saying whether and when to
retry, and names the rate limits the message counts against."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.types import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.identify import WHATSAPP_PREFIX, channel_address
from core.settings import Settings
from models.messages import Channel

TELEGRAM_PER_CHAT = (1, 1.0)  # burst, messages per second
TELEGRAM_PER_BOT = (30, 30.0)
TWILIO_STOPPED_CODES = frozenset({21610})  # the recipient replied STOP
TWILIO_TIMEOUT = 15.0


@dataclass(frozen=True)
class Outgoing:
    """An outbound message as a provider needs it (detached from the database session)."""

    id: int
    channel: Channel
    address: str
    body: str
    media: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0


@dataclass(frozen=True)
class Limit:
    key: str
    burst: int
    per_second: float


class SendError(Exception):
    """A send the provider refused. `permanent` ones are not retried; `retry_after` is the provider's wait."""

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None,
                 opted_out: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.permanent, self.retry_after, self.opted_out = reason, permanent, retry_after, opted_out


class Provider(Protocol):
    def limits(self, message: Outgoing) -> list[Limit]: ...

    async def send(self, message: Outgoing) -> str:
        """Send and return the provider's message id, or raise SendError."""
        ...


def telegram_bot(settings: Settings) -> Bot:
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
    return Bot(token, session=session)


class TelegramProvider:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    def limits(self, message: Outgoing) -> list[Limit]:
        return [Limit(f"tg-chat:{message.address}", *TELEGRAM_PER_CHAT), Limit("tg-bot", *TELEGRAM_PER_BOT)]

    async def send(self, message: Outgoing) -> str:
        if not message.address.lstrip("-").isdigit():
            raise SendError(f"telegram: {message.address!r} is not a chat id", permanent=True)
        try:
            sent = await self.bot.send_message(int(message.address), message.body, reply_markup=_markup(message.media))
        except TelegramRetryAfter as exc:
            raise SendError("telegram: too many requests", retry_after=float(exc.retry_after)) from exc
        except TelegramForbiddenError as exc:
            raise SendError(f"telegram: {exc.message}", permanent=True, opted_out=True) from exc
        except (TelegramBadRequest, TelegramUnauthorizedError) as exc:
            raise SendError(f"telegram: {exc.message}", permanent=True) from exc
        except TelegramAPIError as exc:
            raise SendError(f"telegram: {exc.message}") from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise SendError(f"telegram: {type(exc).__name__}") from exc
        return f"{sent.chat.id}:{sent.message_id}"


def _markup(media: list[dict[str, Any]]) -> ReplyKeyboardMarkup | ReplyKeyboardRemove | None:
    for item in media:
        if item.get("type") == "request_contact":
            button = KeyboardButton(text=str(item.get("label") or "Share my phone number"), request_contact=True)
            return ReplyKeyboardMarkup(keyboard=[[button]], resize_keyboard=True, one_time_keyboard=True)
        if item.get("type") == "remove_keyboard":
            return ReplyKeyboardRemove()
    return None


class TwilioProvider:
    """SMS and WhatsApp through the Messaging API; delivery reports come back to the status webhook."""

    def __init__(self, client: Client, settings: Settings) -> None:
        self.client, self.settings = client, settings

    def sender(self, channel: Channel) -> str | None:
        if channel == Channel.whatsapp:
            number = self.settings.twilio_whatsapp_from
            return None if not number else number if number.startswith(WHATSAPP_PREFIX) else WHATSAPP_PREFIX + number
        return self.settings.twilio_sms_from

    def limits(self, message: Outgoing) -> list[Limit]:
        rate = self.settings.twilio_messages_per_second
        return [Limit(f"twilio:{self.sender(message.channel)}", max(1, int(rate)), rate)]

    async def send(self, message: Outgoing) -> str:
        sender = self.sender(message.channel)
        if not sender:
            raise SendError(f"no Twilio sender number configured for {message.channel}", permanent=True)
        callback = self.settings.public_base_url.rstrip("/") + "/webhooks/twilio/status"
        try:
            sent = await self.client.messages.create_async(
                to=channel_address(message.channel, message.address.removeprefix(WHATSAPP_PREFIX)), from_=sender,
                body=message.body, status_callback=callback)
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise SendError(f"twilio: HTTP {exc.status}") from exc
            raise SendError(f"twilio: {exc.code} {exc.msg}"[:300], permanent=True,
                            opted_out=exc.code in TWILIO_STOPPED_CODES) from exc
        except (TimeoutError, TwilioException, aiohttp.ClientError) as exc:
            raise SendError(f"twilio: {type(exc).__name__}") from exc
        return str(sent.sid)


class DemoProvider:
    """The demo phone's 'network': a message is delivered the moment it is sent."""

    def limits(self, message: Outgoing) -> list[Limit]:
        return []

    async def send(self, message: Outgoing) -> str:
        return f"demo-{message.id}"


def twilio_client(settings: Settings) -> Client:
    """The async Twilio client (create it inside the running loop)."""
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    client = Client(settings.twilio_account_sid, token, http_client=AsyncTwilioHttpClient(timeout=TWILIO_TIMEOUT))
    if settings.twilio_api_base:
        client.api.base_url = settings.twilio_api_base.rstrip("/")
    return client


@contextlib.asynccontextmanager
async def configured_providers(settings: Settings) -> AsyncIterator[dict[Channel, Provider]]:
    """The providers the settings allow (the demo phone always), closed on exit."""
    providers: dict[Channel, Provider] = {Channel.demo: DemoProvider()}
    bot = telegram_bot(settings) if settings.telegram_bot_token else None
    client = twilio_client(settings) if settings.twilio_account_sid and settings.twilio_auth_token else None
    if bot is not None:
        providers[Channel.telegram] = TelegramProvider(bot)
    if client is not None:
        providers[Channel.sms] = providers[Channel.whatsapp] = TwilioProvider(client, settings)
    try:
        yield providers
    finally:
        if bot is not None:
            await bot.session.close()
        if client is not None:
            await client.http_client.close()
