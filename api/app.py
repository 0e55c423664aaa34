"""The FastAPI application factory. Engine, clock and background loops are built in the
lifespan, never at import time, so tests can inject their own."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI
from sqlalchemy.engine import Engine

from api import demo_phone, health, registers, staff, webhooks_telegram, webhooks_twilio
from api.monitoring import router as monitoring_router
from core.clock import Clock, SystemClock
from core.settings import DEV_SECRET, Settings, get_settings
from models.db import make_engine
from understanding import warm_up
from understanding.canon import SUPPORTED


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    clock: Clock | None = None,
    run_background: bool | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    if not settings.demo_mode and settings.secret_key.get_secret_value() == DEV_SECRET:
        raise RuntimeError("ROLLCALL_SECRET_KEY must be set outside demo mode (it signs staff sessions)")
    clock = clock or SystemClock()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_engine = engine is None
        app.state.engine = engine or make_engine(settings.database_url)
        await asyncio.to_thread(warm_up, SUPPORTED, all_dateparser_languages=True)  # the first message of each
        # language parses at full speed
        stop = asyncio.Event()
        tasks: list[asyncio.Task[None]] = []
        if run_background if run_background is not None else settings.run_scheduler:
            tasks = start_background(app, stop)
        try:
            yield
        finally:
            stop.set()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await asyncio.wait_for(task, timeout=10)
            if own_engine:
                app.state.engine.dispose()

    app = FastAPI(
        title="Rollcall",
        summary="Absence reporting line for schools: parents report, Rollcall records, chases and alerts.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.clock = clock
    app.state.engine = engine
    app.include_router(health.router)
    app.include_router(registers.router)
    staff.install(app)
    app.include_router(webhooks_telegram.router)
    app.include_router(webhooks_twilio.router)
    app.include_router(demo_phone.router)
    app.include_router(monitoring_router)
    return app


def start_background(app: FastAPI, stop: asyncio.Event) -> list[asyncio.Task[None]]:
    """The scheduler and outbox loops that `rollcall serve` runs beside the web app."""
    from bot.sender import run_sender
    from scheduler.loop import run_scheduler

    state = app.state
    tasks = [asyncio.create_task(run_sender(state.engine, state.settings, state.clock, stop), name="outbox")]
    tasks.append(asyncio.create_task(run_scheduler(state.engine, state.settings, state.clock, stop), name="chase"))
    return tasks
