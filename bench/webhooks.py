"""Webhook load benchmark: a real uvicorn server (SQLite and PostgreSQL), driven with signed Twilio SMS
webhooks and Telegram updates at rising rates, open loop (each request starts on its schedule whether or
not earlier ones have finished, so a slow server shows as latency, not as a politely lower rate).

A webhook answers only after the inbound message, its marks and the queued reply are committed, so the
latency measured is from request to stored reply; the stored rows are counted at the end. The load
generator is a small keep-alive HTTP/1.1 client on raw asyncio streams with requests signed and encoded
before the clock starts, so it costs little of the machine it shares with the server and the database.
Besides wall-clock figures each rate reports the CPU time per request of the server processes and of
the PostgreSQL backends (from /proc), which stays meaningful when other work shares the machine.

    .venv/bin/python bench/webhooks.py --db sqlite --db postgresql://postgres@127.0.0.1:5432/bench \
        --rates 50,100,200,300 --seconds 5 --workers 2

Prints one line per database and rate, then one `name=value` line: for each database the p99 at 200/s,
the highest rate served (at least 95% of the offered rate, no errors, p99 under 50 ms) and the server's
CPU per request over all rates (PostgreSQL: also its backends'). A rate served at under 70% stops the
climb for that database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import func, text
from sqlalchemy.pool import NullPool
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
TARGET_P99_MS = 50.0
NAMES = ("Jack", "Amelia", "Noah", "Isla", "Leo", "Maya", "Oscar", "Ruby", "Finn", "Ava")
TEXTS = ("{name} has a temperature so won't be in today", "{name} is poorly, keeping them off today",
         "{name} has a dentist appointment this morning, in after", "{name} will be late, running late sorry",
         "Is there a school trip on Friday?")
CLK_TCK = os.sysconf("SC_CLK_TCK")


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
           "--port", str(port), "--log-level", "warning", "--no-access-log", "--workers", str(workers),
           "--loop", "uvloop", "--http", "httptools"]
    proc = subprocess.Popen(cmd, env=env, cwd=Path(__file__).resolve().parent.parent)
    for _ in range(150):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def request_for(n: int, validator: RequestValidator, run: int) -> bytes:
    """The n-th request, encoded: even ones a signed SMS, odd ones a Telegram update, from a rotating family."""
    family = n % FAMILIES
    body = random.choice(TEXTS).format(name=NAMES[family % len(NAMES)])
    if n % 2 == 0:
        params = {"MessageSid": f"SMbench{run}x{n:010d}", "From": f"+4477009{family:05d}",
                  "To": "+447700900000", "Body": body, "NumMedia": "0"}
        path, content_type = "/webhooks/twilio/sms", "application/x-www-form-urlencoded"
        extra = f"X-Twilio-Signature: {validator.compute_signature(PUBLIC + path, params)}\r\n"
        payload = urllib.parse.urlencode(params).encode()
    else:
        user = 900000 + family
        update = {"update_id": run * 10**8 + n, "message": {
            "message_id": n, "date": int(time.time()), "text": body,
            "chat": {"id": user, "type": "private"}, "from": {"id": user, "is_bot": False, "first_name": "P"}}}
        path, content_type = "/webhooks/telegram", "application/json"
        extra = f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n"
        payload = json.dumps(update).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\n{extra}\r\n")
    return head.encode() + payload


class Client:
    """Keep-alive HTTP/1.1 connections to one server: an idle one is reused, else a new one is opened."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def post(self, raw: bytes) -> int:
        conn = self.idle.pop() if self.idle else await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = conn
        writer.write(raw)
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        await reader.readexactly(length)
        self.idle.append(conn)
        return status

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


@dataclass
class RateResult:
    rate: int
    latencies: list[float]
    errors: int
    elapsed: float
    server_cpu: float
    db_cpu: float
    client_cpu: float

    def pct(self, q: int) -> float:
        values = self.latencies
        return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else float("nan")

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed

    @property
    def served(self) -> bool:
        return self.throughput >= 0.95 * self.rate and not self.errors and self.pct(99) < TARGET_P99_MS


async def drive(port: int, prepared: list[bytes], rate: int) -> tuple[list[float], int]:
    client = Client(port)
    latencies: list[float] = []
    errors = 0

    async def one(raw: bytes) -> None:
        nonlocal errors
        started = time.perf_counter()
        try:
            status = await client.post(raw)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            status = 0
        if status == 200:
            latencies.append(time.perf_counter() - started)
        else:
            errors += 1

    tasks, t0 = [], time.perf_counter()
    for n, raw in enumerate(prepared):
        delay = t0 + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(raw)))
    _, late = await asyncio.wait(tasks, timeout=60)  # bounded: whatever is still waiting then counts as failed
    for task in late:
        task.cancel()
    client.close()
    return latencies, errors + len(late)


def cpu_seconds(pids: set[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK


def server_pids(proc: subprocess.Popen[bytes]) -> set[int]:
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    found = {proc.pid}
    for pid in children.read_text().split() if children.exists() else []:
        found.add(int(pid))
    return found


def backend_pids(url: str | None) -> set[int]:
    """The PostgreSQL backends serving the bench database (other databases on the server are not counted)."""
    if url is None:
        return set()
    engine = make_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        pids = conn.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND pid <> pg_backend_pid()")).scalars()
        found = set(pids)
    engine.dispose()
    return found


def run_rate(proc: subprocess.Popen[bytes], port: int, rate: int, seconds: float, run: int, offset: int,
             pg_url: str | None) -> RateResult:
    """One rate; database CPU is counted over the backends alive before or after it (one opened during the
    run counts from zero)."""
    validator = RequestValidator(AUTH)
    prepared = [request_for(offset + n, validator, run) for n in range(int(rate * seconds))]
    servers, backends = server_pids(proc), backend_pids(pg_url)
    cpu0, db0, client0 = cpu_seconds(servers), cpu_seconds(backends), time.process_time()
    started = time.perf_counter()
    latencies, errors = asyncio.run(drive(port, prepared, rate))
    elapsed = time.perf_counter() - started
    return RateResult(rate, latencies, errors, elapsed, cpu_seconds(servers) - cpu0,
                      cpu_seconds(backends | backend_pids(pg_url)) - db0, time.process_time() - client0)


def stored(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with Session(engine) as db:
        inbound = db.exec(select(func.count()).select_from(Message).where(Message.direction == Direction.inbound)).one()
        replies = db.exec(select(func.count()).select_from(Message).where(
            Message.direction == Direction.outbound, Message.in_reply_to_id.is_not(None))).one()  # type: ignore[union-attr]
    engine.dispose()
    return inbound, replies


def bench_database(db: str, rates: list[int], seconds: float, port: int, workers: int) -> tuple[str, list[RateResult]]:
    url = f"sqlite:///{tempfile.mkdtemp(prefix='rollcall-bench-')}/bench.db" if db == "sqlite" else db
    label = "sqlite" if db == "sqlite" else "pg"
    workers = 1 if label == "sqlite" else workers  # SQLite has one writer at a time: a second process only waits
    reset(url)
    seed(url)
    proc = start_server(url, port, workers)
    results, run = [], random.randrange(1, 10**4)
    try:
        run_rate(proc, port, 20, 2, run, 10**7, None)  # warm up: imports, caches, pools in every worker
        offset = 0
        for rate in rates:
            result = run_rate(proc, port, rate, seconds, run, offset, url if label == "pg" else None)
            offset += int(rate * seconds)
            results.append(result)
            count = len(result.latencies) or 1
            db_cpu = f" db_cpu={result.db_cpu / count * 1000:.1f}ms/req" if label == "pg" else ""
            print(f"db={label} workers={workers} rate={rate}/s requests={len(result.latencies) + result.errors} "
                  f"errors={result.errors} throughput={result.throughput:.1f}/s p50={result.pct(50):.1f}ms "
                  f"p99={result.pct(99):.1f}ms server_cpu={result.server_cpu / count * 1000:.1f}ms/req{db_cpu} "
                  f"client_cpu={result.client_cpu / count * 1000:.1f}ms/req", flush=True)
            if result.throughput < 0.7 * rate:  # saturated: higher rates only queue up
                break
        inbound, replies = stored(url)
        answered = 40 + sum(len(r.latencies) for r in results)
        verdict = "ok" if inbound == replies == answered else "MISMATCH"
        print(f"db={label} stored inbound={inbound} replies={replies} answered={answered} {verdict}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return label, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", action="append", help="sqlite, or a PostgreSQL URL (repeatable)")
    parser.add_argument("--rates", default="50,100,200,300")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (PostgreSQL; SQLite: 1)")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    summary = []
    for db in args.db or ["sqlite"]:
        label, results = bench_database(db, rates, args.seconds, args.port, args.workers)
        at_200 = next((r for r in results if r.rate == 200), None)
        summary.append(f"{label}_p99_ms_at_200={at_200.pct(99):.1f}" if at_200 else f"{label}_p99_ms_at_200=nan")
        summary.append(f"{label}_max_rps={max((r.rate for r in results if r.served), default=0)}")
        served = max(sum(len(r.latencies) for r in results), 1)
        summary.append(f"{label}_server_cpu_ms={sum(r.server_cpu for r in results) / served * 1000:.1f}")
        if label == "pg":
            summary.append(f"pg_db_cpu_ms={sum(r.db_cpu for r in results) / served * 1000:.1f}")
    print(" ".join(summary))


if __name__ == "__main__":
    main()
