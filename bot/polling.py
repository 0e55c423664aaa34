"""Long-polling mode for local development: the same dispatcher as the webhook, plus the outbox sender."""

from __future__ import annotations

import asyncio

from sqlalchemy.engine import Engine

from bot.providers import telegram_bot
from bot.sender import run_sender
from bot.telegram import build_dispatcher
from core.clock import Clock
from core.settings import Settings


async def run_polling(engine: Engine, settings: Settings, clock: Clock) -> None:
    bot = telegram_bot(settings)
    stop = asyncio.Event()
    sender = asyncio.create_task(run_sender(engine, settings, clock, stop))
    try:
        await bot.delete_webhook(drop_pending_updates=False)
        await build_dispatcher().start_polling(bot, engine=engine, clock=clock, settings=settings,
                                               allowed_updates=["message"])
    finally:
        stop.set()
        await sender
        await bot.session.close()
