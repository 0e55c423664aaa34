"""`rollcall parse`: JSON lines of messages in, JSON lines of results out (CONVENTIONS.md "The batch interface")."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TextIO

from core.calendar import SchoolCalendar
from core.policy import SchoolPolicy
from understanding.parser import parse_message
from understanding.types import Child


def child_from_dict(data: dict[str, Any]) -> Child:
    return Child(id=str(data["id"]), first_name=str(data.get("first_name") or ""),
                 last_name=str(data.get("last_name") or ""), legal_first_name=data.get("legal_first_name"))


def parse_line(line: str) -> dict[str, Any]:
    """One input object to one output object; a bad line gives an error object, never an exception."""
    item_id = None
    try:
        item = json.loads(line)
        item_id = item.get("id")
        received = dt.datetime.fromisoformat(item["received_at"])
        if received.tzinfo is None:
            raise ValueError("received_at must carry a UTC offset")
        calendar = SchoolCalendar.from_dict(item.get("school") or {})
        policy = SchoolPolicy(reason_codes={**SchoolPolicy().reason_codes, **item["reason_codes"]}) \
            if item.get("reason_codes") else None
        children = [child_from_dict(c) for c in item.get("children") or []]
        result = parse_message(str(item.get("text") or ""), children, calendar, received, policy,
                               item.get("language"))
    except Exception as exc:  # noqa: BLE001 - a batch never stops on one bad line
        return {"id": item_id, "action": "error", "error": f"{type(exc).__name__}: {exc}", "reports": []}
    return {"id": item_id, "action": result.action, "reports": [r.to_json() for r in result.reports],
            "reply": result.reply, "language": result.language}


def run_batch(stdin: TextIO, stdout: TextIO) -> None:
    for line in stdin:
        if not line.strip():
            continue
        stdout.write(json.dumps(parse_line(line), ensure_ascii=False) + "\n")
    stdout.flush()
