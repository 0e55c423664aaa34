"""Benchmark the staff Today page for a 1,500-pupil school on a busy morning.

The morning at 09:50: every class's AM register taken, 150 parent reports (two marks each, half
confirmed or amended with their audit lines), 75 unexplained absences being chased (steps,
messages, a few replies), 60 open staff tasks, a held bulk send. Measures the server-side time of
`GET /staff/today` (auth, queries and template rendering: request in to the last byte of the body out,
timed inside the app) and of
the htmx refresh `GET /staff/today/live`. Target: under 200 ms.

    .venv/bin/python bench/today_page.py [--url sqlite:///var/bench-today.db | postgresql://...] [--runs 30]

A PostgreSQL URL must name an empty database (e.g. one made for the bench with `createdb`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import Response  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlmodel import Session  # noqa: E402

from api.app import create_app  # noqa: E402
from core.clock import FrozenClock  # noqa: E402
from core.settings import Settings  # noqa: E402
from models.attendance import AttendanceMark, MarkAmendment, MarkSource, MarkStatus  # noqa: E402
from models.chase import BulkHold, Chase, ChaseState, ChaseStep, StepKind, StepStatus  # noqa: E402
from models.db import create_schema, make_engine  # noqa: E402
from models.messages import (  # noqa: E402
    Channel,
    Direction,
    Message,
    MessageKind,
    MessageStatus,
    ParsedReport,
    ReportMark,
)
from models.passwords import hash_password  # noqa: E402
from models.people import Contact, Pupil, PupilContact, Role, StaffRole, StaffUser  # noqa: E402
from models.school import School  # noqa: E402
from models.tasks import StaffTask  # noqa: E402

DAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, 50, tzinfo=dt.UTC)
PUPILS, REPORTS, UNEXPLAINED, TASKS = 1500, 150, 75, 60


def at(hour: int, minute: int) -> dt.datetime:
    return NOW.replace(hour=hour, minute=minute)


def seed(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as db:
        school = School(name="Big Academy", slug="big")
        db.add(school)
        db.flush()
        sid = school.id
        pupils = [Pupil(school_id=sid, mis_id=str(i), legal_first_name=f"Pupil{i}", legal_last_name=f"Family{i}",
                        form=f"{7 + i // 300}{'ABCDEFGHIJ'[(i // 30) % 10]}", social_worker=i % 97 == 0)
                  for i in range(PUPILS)]
        contacts = [Contact(first_name=f"Parent{i}", last_name=f"Family{i}", mobile=f"+4477009{i:05d}")
                    for i in range(PUPILS)]
        db.add_all(pupils + contacts)
        db.flush()
        db.add_all(PupilContact(pupil_id=p.id, contact_id=c.id, priority=1) for p, c in zip(pupils, contacts,
                                                                                             strict=True))
        user = StaffUser(email="office@big.test", name="Office", password_hash=hash_password("bench"))
        db.add(user)
        db.flush()
        db.add(StaffRole(staff_id=user.id, school_id=sid, role=Role.office))
        marks: list[AttendanceMark] = []
        for i, p in enumerate(pupils):
            reported, unexplained = i < REPORTS, REPORTS <= i < REPORTS + UNEXPLAINED
            code = "I" if reported else ("N" if unexplained else "/")
            status = MarkStatus.confirmed if code == "/" or (reported and i % 2) else MarkStatus.provisional
            marks.append(AttendanceMark(school_id=sid, pupil_id=p.id, day=DAY, half="AM", code=code, status=status,
                                        source=MarkSource.register, created_at=at(8, 55), updated_at=at(8, 55)))
            if reported:
                marks.append(AttendanceMark(school_id=sid, pupil_id=p.id, day=DAY, half="PM", code="I",
                                            status=status, source=MarkSource.parent_message, created_at=at(8, 0),
                                            updated_at=at(8, 0)))
        db.add_all(marks)
        db.flush()
        by_pupil: dict[int, list[AttendanceMark]] = {}
        for m in marks:
            by_pupil.setdefault(m.pupil_id, []).append(m)
            db.add(MarkAmendment(mark_id=m.id, new_code=m.code, new_status=str(m.status), source=m.source,
                                 reason="recorded", actor_name="Rollcall", actor_role="system", at=m.created_at))
            if m.status == MarkStatus.confirmed and m.code != "/":
                db.add(MarkAmendment(mark_id=m.id, previous_code="I", new_code=m.code, previous_status="provisional",
                                     new_status="confirmed", source=MarkSource.staff, reason="Confirmed",
                                     actor_name="Office", actor_role="office", staff_id=user.id, at=at(9, 30)))
        for i in range(REPORTS):
            p, c = pupils[i], contacts[i]
            msg = Message(school_id=sid, contact_id=c.id, channel=Channel.sms, direction=Direction.inbound,
                          kind=MessageKind.report, address=c.mobile or "", status=MessageStatus.processed,
                          body=f"{p.first_name} is poorly with a temperature, keeping them off today, sorry",
                          created_at=at(7, i % 60), provider_id=f"in{i}")
            db.add(msg)
            db.flush()
            report = ParsedReport(message_id=msg.id, contact_id=c.id, school_id=sid, action="record",
                                  created_at=msg.created_at, result={"action": "record", "reports": [
                                      {"pupil_id": str(p.id), "reason": "illness", "code": "I",
                                       "sessions": [f"{DAY} AM", f"{DAY} PM"], "arrival": None}]})
            db.add(report)
            db.flush()
            db.add_all(ReportMark(report_id=report.id, mark_id=m.id) for m in by_pupil[p.id])
        for i in range(REPORTS, REPORTS + UNEXPLAINED):
            p, c = pupils[i], contacts[i]
            chase = Chase(school_id=sid, pupil_id=p.id, day=DAY, half="AM", started_at=at(9, 20),
                          state=ChaseState.open)
            db.add(chase)
            db.flush()
            db.add(ChaseStep(key=f"first:{p.id}", school_id=sid, chase_id=chase.id, kind=StepKind.first_contact,
                             day=DAY, half="AM", due_at=at(9, 20), status=StepStatus.done, done_at=at(9, 20)))
            db.add(ChaseStep(key=f"second:{p.id}", school_id=sid, chase_id=chase.id, kind=StepKind.second_contact,
                             day=DAY, half="AM", due_at=at(9, 50), status=StepStatus.pending))
            db.add(ChaseStep(key=f"phone:{p.id}", school_id=sid, chase_id=chase.id, kind=StepKind.phone_call,
                             day=DAY, half="AM", due_at=at(10, 20), status=StepStatus.pending))
            db.add(Message(school_id=sid, contact_id=c.id, pupil_id=p.id, channel=Channel.sms,
                           direction=Direction.outbound, kind=MessageKind.chase, address=c.mobile or "",
                           body="Not in school today: please tell us why", status=MessageStatus.sent,
                           created_at=at(9, 20)))
            if i % 5 == 0:
                db.add(Message(school_id=sid, contact_id=c.id, channel=Channel.sms, direction=Direction.inbound,
                               address=c.mobile or "", body="On my way with him now", status=MessageStatus.processed,
                               created_at=at(9, 35), provider_id=f"reply{i}"))
        for i in range(TASKS):
            p = pupils[REPORTS + i % UNEXPLAINED]
            db.add(StaffTask(school_id=sid, kind="phone_call" if i % 3 else "home_visit", pupil_id=p.id, day=DAY,
                             dedupe_key=f"task:{i}", title=f"Call {p.display_name}'s contacts", created_at=at(9, 20)))
        hold_task = StaffTask(school_id=sid, kind="bulk_hold", form="9C", day=DAY, dedupe_key="hold",
                              created_at=at(9, 20))
        db.add(hold_task)
        db.flush()
        db.add(BulkHold(school_id=sid, day=DAY, half="AM", form="9C", task_id=hold_task.id, unexplained=12,
                        on_register=30, created_at=at(9, 20)))
        db.commit()


def measure(client: TestClient, path: str, runs: int, server_ms: list[float]) -> list[float]:
    """Server-side milliseconds (request in to last body byte out, in the app) of `runs` GETs."""
    server_ms.clear()
    for _ in range(runs):
        response = client.get(path)
        assert response.status_code == 200, response.text[:300]
    return list(server_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="database URL of an empty database (default: a fresh SQLite file in a temp dir)")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{tmp}/today.db"
        engine = make_engine(url)
        create_schema(engine)
        t0 = time.perf_counter()
        seed(engine)
        print(f"seeded {PUPILS} pupils, {REPORTS} reports, {UNEXPLAINED} unexplained, {TASKS} tasks "
              f"in {time.perf_counter() - t0:.1f} s ({engine.dialect.name})")
        app = create_app(Settings(database_url=url), engine=engine, clock=FrozenClock(NOW), run_background=False)
        server_ms: list[float] = []

        @app.middleware("http")
        async def _timed(request, call_next):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            response = await call_next(request)
            body = b"".join([chunk async for chunk in response.body_iterator])
            server_ms.append((time.perf_counter() - start) * 1000)
            return Response(body, status_code=response.status_code, headers=dict(response.headers))

        with TestClient(app) as client:
            page = client.get("/staff/login").text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
            client.post("/staff/login", data={"email": "office@big.test", "password": "bench", "csrf_token": token})
            html = client.get("/staff/today").text
            assert html.count('class="item report"') == REPORTS, "every report on the page"
            measure(client, "/staff/today", 3, server_ms)
            full = measure(client, "/staff/today", args.runs, server_ms)
            live = measure(client, "/staff/today/live", args.runs, server_ms)
        print(f"page size {len(html) / 1024:.0f} KiB")
        for name, times in (("today", full), ("today_live", live)):
            p95 = sorted(times)[int(len(times) * .95) - 1]
            print(f"{name}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
                  f"max {max(times):.1f} ms over {len(times)} runs")
        engine.dispose()
    print(f"today_page_p50_ms={statistics.median(full):.1f}")


if __name__ == "__main__":
    main()
