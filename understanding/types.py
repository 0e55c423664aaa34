"""The parser's contract (see ../shared/eval/CONVENTIONS.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from core.calendar import Session

Action = Literal["record", "clarify", "forward"]


@dataclass(frozen=True)
class Child:
    """A pupil linked to the sender, as the parser sees them."""

    id: str
    first_name: str
    last_name: str = ""
    legal_first_name: str | None = None


@dataclass(frozen=True)
class PupilReport:
    pupil_id: str
    reason: str
    code: str
    sessions: tuple[Session, ...]
    arrival: dt.time | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "pupil_id": self.pupil_id, "reason": self.reason, "code": self.code,
            "sessions": [str(s) for s in sorted(self.sessions)],
            "arrival": self.arrival.strftime("%H:%M") if self.arrival else None,
        }


@dataclass(frozen=True)
class ParseResult:
    action: Action
    reports: tuple[PupilReport, ...] = ()
    reply: str = ""
    language: str = "en"
    explanation: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class MarkChange:
    """A change to one provisional mark asked for by a conversation turn.

    `code` None withdraws the parent-reported mark for that session."""

    pupil_id: str
    session: Session
    code: str | None
    reason: str | None = None
    arrival: dt.time | None = None


@dataclass(frozen=True)
class TurnResult:
    """What one parent message did within a conversation (see understanding.conversation)."""

    action: Action
    reply: str
    language: str
    changes: tuple[MarkChange, ...] = ()
    reports: tuple[PupilReport, ...] = ()
    state: dict[str, object] = field(default_factory=dict)
    intent: str = "report"
