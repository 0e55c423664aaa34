"""Benchmark the message parser: messages per second on the dev corpora (one process) and the latency
of the first message after start-up (including imports and warm-up).

Usage: .venv/bin/python bench/parse.py [--corpus-dir ../shared/eval] [--rounds 5]
Prints: en_msgs_per_s=... ml_msgs_per_s=... first_ms=...
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

START = time.perf_counter()

DEFAULT_SCHOOL = {"timezone": "Europe/London", "am_start": "08:50", "am_register_close": "09:20",
                  "pm_start": "13:15", "pm_register_close": "13:30",
                  "closed_dates": ["2026-11-27", ["2026-12-19", "2027-01-04"]]}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()

    import understanding
    from core.calendar import SchoolCalendar
    from understanding.batch import child_from_dict
    from understanding.canon import SUPPORTED
    from understanding.parser import parse_message

    understanding.warm_up()
    corpus = Path(args.corpus_dir)
    first = load(corpus / "dev.jsonl")[0]
    cal = SchoolCalendar.from_dict({**DEFAULT_SCHOOL, **first.get("school", {})})
    parse_message(first["text"], [child_from_dict(c) for c in first["children"]], cal,
                  dt.datetime.fromisoformat(first["received_at"]))
    first_ms = (time.perf_counter() - START) * 1000

    def rate(items: list[dict]) -> float:
        """Messages per second over the corpus: the best of `rounds` passes (the machine is shared)."""
        prepared = [(i["text"], [child_from_dict(c) for c in i["children"]],
                     SchoolCalendar.from_dict({**DEFAULT_SCHOOL, **i.get("school", {})}),
                     dt.datetime.fromisoformat(i["received_at"])) for i in items]
        best = 0.0
        for _ in range(args.rounds):
            understanding.clear_caches()  # each message's text is new to the parser, as in service
            t0 = time.perf_counter()
            for text, kids, calendar, now in prepared:
                parse_message(text, kids, calendar, now)
            best = max(best, len(prepared) / (time.perf_counter() - t0))
        return best

    understanding.warm_up(SUPPORTED, all_dateparser_languages=True)  # as the service does at start-up
    en = rate(load(corpus / "dev.jsonl"))
    ml = rate(load(corpus / "dev-ml.jsonl"))
    print(f"en_msgs_per_s={en:.0f} ml_msgs_per_s={ml:.0f} first_ms={first_ms:.0f}")


if __name__ == "__main__":
    main()
