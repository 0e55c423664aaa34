"""The scheduler loop for `rollcall serve` and `rollcall worker`: tick, sleep a poll interval, repeat.

Ticks run in a thread so the web app's event loop stays responsive; a failed tick is logged and
the next one retries (its uncommitted work was rolled back, so nothing is half done)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from sqlalchemy.engine import Engine

from core.clock import Clock
from core.settings import Settings
from scheduler.engine import tick, worker_name
from scheduler.nightly import run_nightly

log = logging.getLogger(__name__)


async def run_scheduler(engine: Engine, settings: Settings, clock: Clock, stop: asyncio.Event,
                        name: str | None = None) -> None:
    """Run due chase steps (and the nightly monitoring run) every `scheduler_poll_seconds` until `stop`
    is set."""
    worker = name or worker_name()
    while not stop.is_set():
        try:
            result = await asyncio.to_thread(tick, engine, now=clock.now(), worker=worker)
            if result.steps:
                log.info("scheduler %s ran %d steps (%d errors)", worker, result.steps, result.errors)
            await asyncio.to_thread(run_nightly, engine, now=clock.now())
        except Exception:
            log.exception("scheduler tick failed; retrying")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=settings.scheduler_poll_seconds)


async def run_until_signalled(engine: Engine, settings: Settings, clock: Clock, name: str | None = None,
                              outbox: bool = True) -> None:
    """`rollcall worker`: the chase loop (and, unless told not to, the outbox sender) without the web
    app, stopped cleanly by SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    jobs = [run_scheduler(engine, settings, clock, stop, name)]
    if outbox:
        from bot.sender import run_sender

        jobs.append(run_sender(engine, settings, clock, stop))
    await asyncio.gather(*jobs)
