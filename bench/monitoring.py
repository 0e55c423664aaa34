"""Benchmark: recompute every pupil's figures and thresholds for a 1,500-pupil school with a full
year of marks (target < 1 s) and for a 50-school trust (target < 30 s).

SQLite in a temporary file by default; PostgreSQL when ROLLCALL_BENCH_DATABASE_URL is set (in a
schema of its own, dropped at the end). `--schools N` shrinks the trust for a quick run. The first
("cold") recompute raises every crossing of the year at once (tasks, letters); the second ("warm")
is the nightly steady state. A 30-pupil school is recomputed first, untimed, so that one-off imports
(babel locales, templates) are not counted. The last line is `name=value`.

    .venv/bin/python bench/monitoring.py [--schools 50] [--pupils 1500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402
from sqlmodel import Session  # noqa: E402

from core.calendar import expand_closed  # noqa: E402
from models.db import create_schema, make_engine  # noqa: E402
from models.school import ClosedDay, School  # noqa: E402
from monitoring.recompute import recompute_all, recompute_school  # noqa: E402

CLOSED = expand_closed([
    ("2025-09-01", "2025-09-02"), ("2025-10-27", "2025-10-31"), ("2025-12-22", "2026-01-02"),
    ("2026-02-16", "2026-02-20"), ("2026-03-30", "2026-04-10"), ("2026-05-25", "2026-05-29"),
    ("2026-07-22", "2026-08-31"), "2026-01-05", "2026-06-01",
])
NOW = dt.datetime(2026, 7, 21, 17, 0, tzinfo=dt.UTC)
MARK_COLUMNS = "school_id, pupil_id, day, half, code, status, source, created_at, updated_at"
PG_SCHEMA = "rollcall_bench_monitoring"
PUPIL_COLUMNS = ("id, school_id, mis_id, legal_first_name, legal_last_name, year_group, form, social_worker, "
                 "looked_after, child_protection_plan, child_in_need, send, ehcp, fsm, eal, young_carer, "
                 "safeguarding_concern, updated_at")


def school_days() -> list[dt.date]:
    out, d = [], dt.date(2025, 9, 1)
    while d <= NOW.date():
        if d.weekday() < 5 and d not in CLOSED and d not in (dt.date(2025, 12, 25), dt.date(2026, 5, 4)):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def pupil_codes(rng: random.Random, sessions: int) -> list[str]:
    """A year of codes: mostly present, a personal absence rate, holidays, lates and the odd N/O/U."""
    rate = rng.choice([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.12, 0.2, 0.6] if rng.random() < 0.3 else [0.0, 0.02])
    late = rng.choice([0.0, 0.005, 0.02])
    codes = []
    for i in range(sessions):
        r = rng.random()
        if r < rate:
            codes.append(rng.choice("IIIIIMMOGNU"))
        elif r < rate + late and i % 2 == 0:
            codes.append("L")
        else:
            codes.append("/" if i % 2 == 0 else "\\")
    if rng.random() < 0.05:  # a week's holiday not granted
        start = rng.randrange(0, sessions - 10)
        codes[start:start + 10] = ["G"] * 10
    return codes


def pupil_row(pid: int, i: int, school_id: int, stamp: dt.datetime) -> tuple:
    """Year groups 7-11 in six forms each; some pupils with each flag."""
    year = 7 + i % 5
    return (pid, school_id, str(i), f"First{i}", f"Last{i}", f"Year {year}", f"{year}{'ABCDEF'[i % 6]}",
            i % 40 == 0, i % 90 == 0, False, False, i % 7 == 0, False, i % 4 == 0, i % 5 == 0, False, False, stamp)


def load_school(engine, index: int, pupils: int, days: list[dt.date]) -> int:
    with Session(engine) as db:
        school = School(name=f"Bench School {index}", slug=f"bench-{index}")
        db.add(school)
        db.flush()
        db.add_all(ClosedDay(school_id=school.id, day=d) for d in sorted(CLOSED))
        db.commit()
        school_id = school.id
    rng = random.Random(index)
    stamp = NOW.replace(tzinfo=None) if engine.dialect.name == "sqlite" else NOW
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        base = index * 100_000
        mark = "?" if engine.dialect.name == "sqlite" else "%s"
        cur.executemany(f"INSERT INTO pupil ({PUPIL_COLUMNS}) VALUES ({', '.join([mark] * 18)})",
                        [pupil_row(base + i, i, school_id, stamp) for i in range(pupils)])
        rows = []
        for i in range(pupils):
            codes = pupil_codes(rng, 2 * len(days))
            pid = base + i
            for j, code in enumerate(codes):
                rows.append((school_id, pid, days[j // 2], "PM" if j % 2 else "AM", code, "confirmed", "register",
                             stamp, stamp))
        if engine.dialect.name == "sqlite":
            cur.executemany(f"INSERT INTO attendancemark ({MARK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        else:
            with cur.copy(f"COPY attendancemark ({MARK_COLUMNS}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        raw.commit()
    finally:
        raw.close()
    return school_id


def recompute(engine, school_ids: list[int], now: dt.datetime) -> tuple[float, float, int, int]:
    """Wall and CPU seconds (CPU: this process, SQLite included; the machine may be shared)."""
    started, cpu = time.perf_counter(), time.process_time()
    tasks = letters = 0
    with Session(engine, expire_on_commit=False) as db:
        for sid in school_ids:
            result = recompute_school(db, db.get(School, sid), now)
            db.commit()
            tasks, letters = tasks + result.tasks, letters + result.letters
    return time.perf_counter() - started, time.process_time() - cpu, tasks, letters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--pupils", type=int, default=1500)
    parser.add_argument("--workers", type=int, default=2, help="processes for the trust run (PostgreSQL only)")
    args = parser.parse_args()
    url = os.environ.get("ROLLCALL_BENCH_DATABASE_URL")
    tmp = None
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="rollcall-bench-")
        url = f"sqlite:///{tmp.name}/bench.db"
    admin = None
    if url.startswith("postgresql"):  # a schema of its own, dropped at the end
        admin = make_engine(url, poolclass=NullPool)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
        url = make_url(url).update_query_dict({"options": f"-csearch_path={PG_SCHEMA}"}).render_as_string(
            hide_password=False)
    engine = make_engine(url)
    create_schema(engine)
    days = school_days()
    print(f"engine={engine.dialect.name} days={len(days)} pupils_per_school={args.pupils} schools={args.schools}")

    started = time.perf_counter()
    ids = [load_school(engine, i + 1, args.pupils, days) for i in range(args.schools)]
    warmup = load_school(engine, 0, 30, days)  # pays the process's one-off imports (babel, jinja) untimed
    if engine.dialect.name != "sqlite":  # autovacuum would; SQLite deployments never run ANALYZE
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE attendancemark"))
    marks = args.pupils * 2 * len(days)
    print(f"loaded {len(ids)} schools, {marks * len(ids):,} marks in {time.perf_counter() - started:.1f}s")

    recompute(engine, [warmup], NOW)
    cold, cold_cpu, tasks, letters = recompute(engine, ids[:1], NOW)
    warm, warm_cpu, _, _ = recompute(engine, ids[:1], NOW + dt.timedelta(hours=1))
    print(f"school: {marks:,} marks, cold {cold:.3f}s (cpu {cold_cpu:.3f}s; {tasks} tasks, {letters} letters), "
          f"warm {warm:.3f}s (cpu {warm_cpu:.3f}s)")
    rest, rest_cpu, tasks, letters = recompute(engine, ids[1:], NOW)
    trust_warm, trust_warm_cpu, _, _ = recompute(engine, ids, NOW + dt.timedelta(hours=2))
    print(f"trust: {len(ids)} schools, cold {cold + rest:.2f}s (cpu {cold_cpu + rest_cpu:.2f}s; {tasks} more tasks, "
          f"{letters} more letters), warm {trust_warm:.2f}s (cpu {trust_warm_cpu:.2f}s)")
    if engine.dialect.name != "sqlite" and args.workers > 1:
        with engine.begin() as conn:  # forget the crossings so the parallel run starts cold too
            conn.execute(text("TRUNCATE thresholdcrossing, letter, stafftask CASCADE"))
        timings = []
        for at in (NOW, NOW + dt.timedelta(hours=3)):
            started = time.perf_counter()
            with Session(engine) as db:
                recompute_all(db, at, workers=args.workers, url=url)
            timings.append(time.perf_counter() - started)
        print(f"trust in {args.workers} processes: cold {timings[0]:.2f}s, warm {timings[1]:.2f}s")
    engine.dispose()
    if admin is not None:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {PG_SCHEMA} CASCADE"))
        admin.dispose()
    if tmp is not None:
        tmp.cleanup()
    print(f"monitoring_school_recompute_s={cold:.3f}")


if __name__ == "__main__":
    main()
