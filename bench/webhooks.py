"""Webhook load benchmark: a real uvicorn server (SQLite and PostgreSQL), driven with signed Twilio SMS
webhooks and Telegram updates at rising rates (open loop: requests start on schedule whether or not
earlier ones have finished). A webhook answers only after the inbound message, its marks and the queued
reply are committed, so request latency is the time from request to stored reply; the stored counts are
checked at the end.

    .venv/bin/python bench/webhooks.py --db sqlite --db postgresql://postgres@127.0.0.1:5432/bench \
        --rates 50,100,200 --seconds 5

Prints one line per database and rate, then `name=value` (p99 in ms at the highest rate on the last
database).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import func, text
from sqlmodel import Session, select
from twilio.request_validator import RequestValidator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.db import create_schema, make_engine, session_scope  # noqa: E402
from models.messages import Direction, Message  # noqa: E402
from models.people import Contact, Pupil, PupilContact  # noqa: E402
from models.school import School  # noqa: E402

PUBLIC = "https://rollcall.bench"
AUTH = "bench-auth-token"
SECRET = "bench-telegram-secret"
FAMILIES = 400
NAMES = ("Jack", "Amelia", "Noah", "Isla", "Leo", "Maya", "Oscar", "Ruby", "Finn", "Ava")
TEXTS = ("{name} has a temperature so won't be in today", "{name} is poorly, keeping them off today",
         "{name} has a dentist appointment this morning, in after", "{name} will be late, running late sorry",
         "Is there a school trip on Friday?")


def seed(url: str) -> None:
    engine = make_engine(url)
    create_schema(engine)
    with session_scope(engine) as db:
        school = School(name="Bench Primary", slug=f"bench-{random.randrange(10**9)}")
        db.add(school)
        db.flush()
        for i in range(FAMILIES):
            contact = Contact(first_name="Parent", last_name=f"F{i}", mobile=f"+4477009{i:05d}",
                              telegram_user_id=900000 + i, telegram_chat_id=900000 + i)
            pupil = Pupil(school_id=school.id, mis_id=f"b{i}", legal_first_name=NAMES[i % len(NAMES)],
                          legal_last_name=f"F{i}")
            db.add_all([contact, pupil])
            db.flush()
            db.add(PupilContact(pupil_id=pupil.id, contact_id=contact.id))
    engine.dispose()


def reset(url: str) -> None:
    """An empty database for the next run (SQLite: a fresh file; PostgreSQL: drop the tables)."""
    if url.startswith("postgresql"):
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()


def start_server(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ROLLCALL_DATABASE_URL": url, "ROLLCALL_PUBLIC_BASE_URL": PUBLIC,
           "ROLLCALL_TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "ROLLCALL_TWILIO_AUTH_TOKEN": AUTH,
           "ROLLCALL_TELEGRAM_BOT_TOKEN": "1:bench", "ROLLCALL_TELEGRAM_WEBHOOK_SECRET": SECRET,
           "ROLLCALL_RUN_SCHEDULER": "false"}
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--no-access-log", "--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, cwd=Path(__file__).resolve().parent.parent)
    for _ in range(100):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def request_for(n: int, validator: RequestValidator) -> tuple[str, dict[str, str], dict[str, object] | dict[str, str]]:
    """The n-th request: even ones a signed SMS, odd ones a Telegram update, from a rotating family."""
    family = n % FAMILIES
    body = random.choice(TEXTS).format(name=NAMES[family % len(NAMES)])
    if n % 2 == 0:
        params = {"MessageSid": f"SMbench{n:010d}{random.randrange(10**6)}", "From": f"+4477009{family:05d}",
                  "To": "+447700900000", "Body": body, "NumMedia": "0"}
        signature = validator.compute_signature(PUBLIC + "/webhooks/twilio/sms", params)
        return "/webhooks/twilio/sms", {"X-Twilio-Signature": signature}, params
    user = 900000 + family
    update = {"update_id": n * 1000 + random.randrange(1000), "message": {
        "message_id": n, "date": int(time.time()), "text": body,
        "chat": {"id": user, "type": "private"}, "from": {"id": user, "is_bot": False, "first_name": "P"}}}
    return "/webhooks/telegram", {"X-Telegram-Bot-Api-Secret-Token": SECRET}, update


async def run_rate(base: str, rate: int, seconds: float, offset: int) -> tuple[list[float], int]:
    validator = RequestValidator(AUTH)
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=2000, max_keepalive_connections=200)
    total = int(rate * seconds)
    prepared = [request_for(offset + n, validator) for n in range(total)]  # signing is the client's work, not timed
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def one(n: int) -> None:
            nonlocal errors
            path, headers, payload = prepared[n]
            started = time.perf_counter()
            if path.endswith("sms"):
                response = await client.post(path, data=payload, headers=headers)
            else:
                response = await client.post(path, json=payload, headers=headers)
            if response.status_code == 200:
                latencies.append(time.perf_counter() - started)
            else:
                errors += 1

        tasks, t0 = [], time.perf_counter()
        for n in range(total):
            delay = t0 + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(n)))
        await asyncio.gather(*tasks)
        return latencies, errors


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else float("nan")


def stored(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with Session(engine) as db:
        inbound = db.exec(select(func.count()).select_from(Message).where(Message.direction == Direction.inbound)).one()
        replies = db.exec(select(func.count()).select_from(Message).where(
            Message.direction == Direction.outbound, Message.in_reply_to_id.is_not(None))).one()  # type: ignore[union-attr]
    engine.dispose()
    return inbound, replies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", action="append", help="sqlite, or a PostgreSQL URL (repeatable)")
    parser.add_argument("--rates", default="50,100,200")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    last = ("none", float("nan"))
    for db in args.db or ["sqlite"]:
        tmp = tempfile.mkdtemp(prefix="rollcall-bench-")
        url = f"sqlite:///{tmp}/bench.db" if db == "sqlite" else db
        reset(url)
        seed(url)
        proc = start_server(url, args.port, args.workers)
        label = "sqlite" if db == "sqlite" else "postgresql"
        try:
            asyncio.run(run_rate(f"http://127.0.0.1:{args.port}", 10, 2, 10**7))  # warm up: imports, caches, pools
            offset, sent = 0, 0
            for rate in rates:
                started = time.perf_counter()
                latencies, errors = asyncio.run(run_rate(f"http://127.0.0.1:{args.port}", rate, args.seconds, offset))
                elapsed = time.perf_counter() - started
                offset += int(rate * args.seconds)
                sent += len(latencies)
                p99 = pct(latencies, 99)
                print(f"db={label} workers={args.workers} rate={rate}/s requests={len(latencies) + errors} "
                      f"errors={errors} "
                      f"throughput={len(latencies) / elapsed:.1f}/s p50={pct(latencies, 50):.1f}ms p99={p99:.1f}ms",
                      flush=True)
                last = (f"{label}_p99_ms_at_{rate}", p99)
            inbound, replies = stored(url)
            print(f"db={label} stored inbound={inbound} replies={replies} (warm-up 20 + measured {sent})", flush=True)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    print(f"{last[0]}={last[1]:.1f}")


if __name__ == "__main__":
    main()
