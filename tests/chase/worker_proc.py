"""A chase worker in its own process for the crash test: slowed down so it can be killed mid-batch.

Usage: python -m tests.chase.worker_proc DATABASE_URL DELAY_SECONDS NOW_ISO [NOW_ISO ...]"""

from __future__ import annotations

import datetime as dt
import sys
import time

import scheduler.ladder
from models.db import make_engine
from scheduler.engine import tick


def main(url: str, delay: float, moments: list[str]) -> None:
    original = scheduler.ladder.send_chase_messages

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(delay)
        return original(*args, **kwargs)

    scheduler.ladder.send_chase_messages = slow
    engine = make_engine(url)
    print("ready", flush=True)
    for moment in moments:
        tick(engine, now=dt.datetime.fromisoformat(moment), worker="doomed", batch=5)
        print(f"done {moment}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3:])
