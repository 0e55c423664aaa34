"""Exactly once: several workers on one PostgreSQL never run a step twice, and a worker killed with
SIGKILL at any point leaves nothing lost and nothing repeated when another takes over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import Session, select

from models.chase import ChaseStep, StepStatus
from models.db import make_engine
from models.messages import Message, MessageKind
from models.tasks import StaffTask
from scheduler.engine import tick
from tests.chase.helpers import at, make_world, register
from tests.conftest import is_postgres

ROOT = Path(__file__).resolve().parents[2]
MOMENTS = [at(23, 9, 20), at(23, 9, 50), at(23, 10, 20), at(23, 15, 15)]


def _busy_school(engine, slug: str, absent_every: int = 10):
    """Three classes of 30 with every `absent_every`-th pupil N: 9 chases, no bulk hold."""
    classes = {f"C{c}": [f"{slug}{c}x{i}" for i in range(30)] for c in range(3)}
    world = make_world(engine, classes, slug=slug)
    for form, names in classes.items():
        register(world, form, "2026-11-23 AM", {n: "N" if i % absent_every == 0 else "/"
                                                 for i, n in enumerate(names)}, at(23, 9))
    return world


def _assert_each_once(engine, chased: int, schools: int = 1) -> None:
    with Session(engine) as db:
        sent = Counter((m.contact_id, m.pupil_id) for m in db.exec(select(Message).where(
            Message.kind == MessageKind.chase)))
        steps = db.exec(select(ChaseStep)).all()
        kinds = Counter(t.kind for t in db.exec(select(StaffTask)))
    assert len(sent) == 2 * chased and set(sent.values()) == {1}, "one message per contact per step"
    assert all(s.status == StepStatus.done for s in steps if s.due_at <= MOMENTS[-1])
    assert kinds["phone_call"] == chased and kinds["attendance_lead"] == chased
    assert kinds["register_not_taken"] == 3 * schools  # the PM registers, flagged once each


@pytest.mark.postgres_only
@pytest.mark.skipif(not is_postgres(), reason="several workers need PostgreSQL (SKIP LOCKED)")
@pytest.mark.parametrize("workers", [2, 3])
def test_several_workers_run_each_step_once(db_url, engine, workers):
    worlds = [_busy_school(engine, f"s{n}") for n in range(4)]
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []
    done_by: Counter[str] = Counter()

    def work(name: str) -> None:
        own = make_engine(db_url)  # a separate connection pool per worker
        try:
            for moment in MOMENTS:
                barrier.wait()
                done_by[name] += tick(own, now=moment, worker=name, batch=3).steps
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    _assert_each_once(engine, chased=9 * len(worlds), schools=len(worlds))
    with Session(engine) as db:
        steps = db.exec(select(ChaseStep).where(ChaseStep.status == StepStatus.done)).all()
    assert sum(done_by.values()) == len(steps)  # no step counted by two workers
    assert len({s.done_by for s in steps}) > 1  # the work was actually shared


def _spawn(db_url: str, delay: float) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.chase.worker_proc", db_url, str(delay),
                             *(m.isoformat() for m in MOMENTS)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _wait_for(predicate, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "worker made no progress"
        time.sleep(0.05)


def _count(engine, model, *where) -> int:
    with Session(engine) as db:
        return len(db.exec(select(model).where(*where)).all())


@pytest.mark.parametrize("kill_during", ["close", "ladder"])
def test_a_worker_killed_mid_run_loses_and_repeats_nothing(db_url, engine, kill_during):
    _busy_school(engine, "k")
    proc = _spawn(db_url, delay=0.15)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        if kill_during == "close":
            # the close step chases 9 pupils at 0.15 s each in one transaction: kill inside it
            _wait_for(lambda: _count(engine, ChaseStep, ChaseStep.kind == "session_close") > 0)
            time.sleep(0.5)
        else:
            _wait_for(lambda: _count(engine, ChaseStep, ChaseStep.kind == "second_contact",
                                     ChaseStep.status == StepStatus.done) >= 3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    before = _count(engine, Message, Message.kind == MessageKind.chase)
    assert before < 18, "the worker was killed before finishing"
    for moment in MOMENTS:  # the restarted worker
        tick(engine, now=moment, worker="restarted")
    _assert_each_once(engine, chased=9)
