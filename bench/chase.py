"""Benchmark the first-day chase on PostgreSQL.

A trust of N schools x P pupils, each pupil with a priority-1 and a priority-2 contact (half on
Telegram, half on SMS), with a share of pupils marked `N` on the AM register. Registers are bulk
loaded before the close (recording them is not what is measured). Then, with W worker processes
running `scheduler.engine.tick` at the register close:

- `first_messages_s`: wall time from the close to every first chase message written to the outbox;
- `sender_msgs_per_s`: the real outbox sender (`bot.sender.drain_once`) handing those messages to
  fake providers with no rate limit, measured;
- `handed_at_limits_s`: when the last one is handed over at the providers' configured rate limits.
  This is computed, not waited for: max(SMS / twilio_messages_per_second, Telegram / 30 per
  second for the bot, messages / measured sender throughput).

Everything runs in a dedicated schema that is dropped afterwards.

    .venv/bin/python bench/chase.py [--url postgresql://postgres@127.0.0.1:5432/test] [--schools 50 500]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing as mp
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import Engine, make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from bot.providers import TELEGRAM_PER_BOT, Outgoing  # noqa: E402
from bot.ratelimit import RateLimiter  # noqa: E402
from bot.sender import drain_once  # noqa: E402
from core.clock import FrozenClock  # noqa: E402
from core.settings import Settings  # noqa: E402
from models.db import create_schema, make_engine  # noqa: E402
from models.messages import Channel  # noqa: E402
from scheduler.engine import tick  # noqa: E402

DAY = dt.date(2026, 11, 30)
CLOSE = dt.datetime(2026, 11, 30, 9, 20, tzinfo=dt.UTC)
FORM_SIZE = 30


def schema_url(url: str, schema: str) -> str:
    return make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


def _copy(engine: Engine, table: str, columns: list[str], rows) -> None:  # type: ignore[no-untyped-def]
    """COPY rows in, filling every other non-null column with the model's scalar default."""
    defaults = {c.name: c.default.arg for c in SQLModel.metadata.tables[table].columns
                if c.name not in columns and not c.nullable and c.default is not None and c.default.is_scalar}
    names, extra = [*columns, *defaults], tuple(defaults.values())
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row((*row, *extra))
        raw.commit()
    finally:
        raw.close()


def seed(engine: Engine, schools: int, pupils: int, absence: float) -> int:
    """Bulk-load the trust; returns how many pupils are `N`."""
    now = CLOSE - dt.timedelta(hours=1)
    every = round(1 / absence)
    _copy(engine, "school", ["id", "name", "slug", "timezone", "am_start", "am_register_close", "pm_start",
                             "pm_register_close", "day_end", "report_deadline", "policy", "created_at"],
          ((s, f"School {s}", f"school-{s}", "Europe/London", "08:50", "09:20", "13:15", "13:30", "15:15", "09:00",
            "{}", now) for s in range(1, schools + 1)))
    forms = -(-pupils // FORM_SIZE)

    def pupil_rows():  # type: ignore[no-untyped-def]
        for s in range(1, schools + 1):
            for i in range(pupils):
                pid = (s - 1) * pupils + i + 1
                yield (pid, s, f"M{pid}", f"Pupil{pid}", "Bench", f"F{i % forms}", now)

    _copy(engine, "pupil", ["id", "school_id", "mis_id", "legal_first_name", "legal_last_name", "form", "updated_at"],
          pupil_rows())
    total = schools * pupils
    _copy(engine, "contact", ["id", "first_name", "mobile", "telegram_chat_id", "telegram_user_id", "language",
                              "opted_out_channels", "updated_at"],
          ((c, f"Parent{c}", f"+4477{c:08d}", *((c, c) if (c + 1) // 2 // every % 2 else (None, None)), "en", "[]",
            now) for c in range(1, 2 * total + 1)))  # half the absent pupils' parents are on Telegram
    _copy(engine, "pupilcontact", ["pupil_id", "contact_id", "priority", "relationship", "parental_responsibility",
                                   "lives_with_pupil", "court_order"],
          ((p, 2 * p - 1 + k, k + 1, "parent", True, True, False) for p in range(1, total + 1) for k in (0, 1)))
    _copy(engine, "attendancemark", ["school_id", "pupil_id", "day", "half", "code", "status", "source", "created_at",
                                     "updated_at"],
          (((p - 1) // pupils + 1, p, DAY, "AM", "N" if p % every == 0 else "/",
            "provisional" if p % every == 0 else "confirmed", "mis", now, now) for p in range(1, total + 1)))
    _copy(engine, "registertaken", ["school_id", "form", "day", "half", "taken_at", "source"],
          ((s, f"F{f}", DAY, "AM", now, "mis") for s in range(1, schools + 1) for f in range(forms)))
    with engine.begin() as conn:
        for table in ("school", "pupil", "contact"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
        conn.execute(text("ANALYZE"))
    return total // every


def _worker(url: str, go, out, index: int) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    tick(engine, now=CLOSE - dt.timedelta(minutes=25), worker=f"w{index}")  # plans the closes, as earlier ticks do
    go.wait()
    started = time.perf_counter()
    result = tick(engine, now=CLOSE, worker=f"w{index}")
    out.put((index, result.steps, time.perf_counter() - started))
    engine.dispose()


class FakeProvider:
    """Accepts every message at once (the limits are applied by computation, see the module doc)."""

    def limits(self, message: Outgoing) -> list:  # type: ignore[type-arg]
        return []

    async def send(self, message: Outgoing) -> str:
        return f"fake-{message.id}"


def count(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def run(url: str, schools: int, pupils: int, absence: float, workers: int) -> dict[str, float]:
    schema = f"bench_chase_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url, poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        scoped = schema_url(url, schema)
        engine = make_engine(scoped)
        create_schema(engine)
        t = time.perf_counter()
        absent = seed(engine, schools, pupils, absence)
        print(f"# {schools} schools x {pupils} pupils seeded in {time.perf_counter() - t:.1f} s; {absent} pupils N",
              file=sys.stderr)
        ctx = mp.get_context("spawn")
        go, out = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_worker, args=(scoped, go, out, i)) for i in range(workers)]
        for p in procs:
            p.start()
        time.sleep(0.5)
        while count(engine, "SELECT count(*) FROM chasestep WHERE kind = 'session_close'") < 2 * schools:
            time.sleep(0.2)
        time.sleep(1.0)  # every worker has planned and is waiting
        started = time.perf_counter()
        go.set()
        results = [out.get(timeout=600) for _ in procs]
        first = time.perf_counter() - started
        for p in procs:
            p.join()
        messages = count(engine, "SELECT count(*) FROM message WHERE kind = 'chase'")
        assert messages == absent, f"{messages} first messages for {absent} pupils"
        sms = count(engine, "SELECT count(*) FROM message WHERE kind = 'chase' AND channel = 'sms'")
        per_worker = ", ".join(f"w{i}: {n} steps {s:.2f}s" for i, n, s in sorted(results))
        print(f"# close -> {messages} first messages in the outbox: {first:.3f} s ({per_worker}; machine load "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)", file=sys.stderr)

        providers = {c: FakeProvider() for c in Channel}
        clock, limiter = FrozenClock(CLOSE), RateLimiter()

        async def drain() -> None:
            while (await drain_once(engine, providers, clock=clock, limiter=limiter, batch=200)).claimed:
                pass

        t = time.perf_counter()
        asyncio.run(drain())
        drained = time.perf_counter() - t
        sent = count(engine, "SELECT count(*) FROM message WHERE kind = 'chase' AND status = 'sent'")
        assert sent == messages
        throughput = sent / drained
        rate = Settings().twilio_messages_per_second
        at_limits = max(sms / rate, (messages - sms) / TELEGRAM_PER_BOT[1], sent / throughput)
        print(f"# sender: {sent} messages to fake providers in {drained:.2f} s ({throughput:.0f}/s); at the "
              f"configured limits (SMS {rate}/s, Telegram {TELEGRAM_PER_BOT[1]:.0f}/s): {at_limits:.0f} s "
              f"(computed)", file=sys.stderr)
        engine.dispose()
        return {"first_messages_s": first, "sender_msgs_per_s": throughput, "handed_at_limits_s": at_limits,
                "messages": messages}
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("ROLLCALL_BENCH_DATABASE_URL",
                                                        "postgresql://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--schools", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--pupils", type=int, default=1000)
    parser.add_argument("--absence", type=float, default=0.05)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    figures = {}
    for schools in args.schools:
        result = run(args.url, schools, args.pupils, args.absence, args.workers)
        for name, value in result.items():
            figures[f"{name}_{schools}"] = value
            print(f"schools={schools} {name}={value:.3f}")
    print(f"first_messages_s={figures[f'first_messages_s_{args.schools[0]}']:.3f}")


if __name__ == "__main__":
    main()
