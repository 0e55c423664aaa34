"""The Telegram webhook. Telegram sends the secret given to `setWebhook` in
`X-Telegram-Bot-Api-Secret-Token`; it is compared in constant time before the body is read. A body
that cannot be read as an Update is kept as a RejectedInbound row (the sender is authenticated) and
refused clearly.

Register once per deployment: `setWebhook` with `url=<public_base_url>/webhooks/telegram`,
`secret_token=<ROLLCALL_TELEGRAM_WEBHOOK_SECRET>` and `allowed_updates=["message"]`
(for local development without a public URL, `rollcall telegram-poll` instead)."""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from api.webhooks_twilio import BodyTooLarge, read_body
from bot.providers import telegram_bot
from bot.telegram import build_dispatcher
from core.settings import Settings
from models.conversation import RejectedInbound
from models.db import session_scope
from models.messages import Channel

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
KEEP_BYTES = 64 * 1024


@dataclass
class TelegramRuntime:
    bot: Bot
    dispatcher: Dispatcher


def runtime(request: Request) -> TelegramRuntime:
    """The app's bot and dispatcher, made on first use (the app's lifespan closes nothing it did not open)."""
    state = request.app.state
    if getattr(state, "telegram", None) is None:
        state.telegram = TelegramRuntime(telegram_bot(state.settings), build_dispatcher())
    return state.telegram


def _reject(engine: Engine, reason: str, body: bytes, size: int, content_type: str) -> None:
    with session_scope(engine) as db:
        db.add(RejectedInbound(channel=Channel.telegram, reason=reason, content_type=content_type[:100],
                               size_bytes=size, body=body[:KEEP_BYTES]))


@router.post("/telegram", summary="Telegram Bot API updates (webhook mode)")
async def telegram_update(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    engine: Engine = request.app.state.engine
    if not settings.telegram_bot_token or not settings.telegram_webhook_secret:
        return JSONResponse({"detail": "Telegram is not configured"}, status_code=404)
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
    if not secrets.compare_digest(given, settings.telegram_webhook_secret.get_secret_value().encode()):
        return JSONResponse({"detail": "invalid secret token"}, status_code=403)
    content_type = request.headers.get("content-type", "")
    try:
        body = await read_body(request, settings.max_webhook_bytes)
    except BodyTooLarge:
        declared = request.headers.get("content-length", "")
        await asyncio.to_thread(_reject, engine, f"body over {settings.max_webhook_bytes} bytes", b"",
                                int(declared) if declared.isdigit() else 0, content_type)
        return JSONResponse({"detail": f"body over {settings.max_webhook_bytes} bytes"}, status_code=413)
    tg = runtime(request)
    try:
        update = Update.model_validate(json.loads(body), context={"bot": tg.bot})
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError, TypeError) as exc:
        reason = "empty body" if not body.strip() else f"not a Telegram update: {type(exc).__name__}"
        await asyncio.to_thread(_reject, engine, reason, body, len(body), content_type)
        return JSONResponse({"detail": reason}, status_code=400)
    await tg.dispatcher.feed_update(tg.bot, update, engine=engine, clock=request.app.state.clock, settings=settings)
    return JSONResponse({"ok": True})
