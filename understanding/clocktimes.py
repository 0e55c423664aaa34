"""Clock times in parents' words: "9.15", "9:45am", "10", "1pm", "in 20 mins"."""

from __future__ import annotations

import datetime as dt
import re

TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_TIME_RE = re.compile(rf"^{TIME}$")
_ARRIVAL = re.compile(
    rf"\b(?:by|around|about|for|at|for about|for around|by about|approx|approximately|ish|maybe|probably|roughly)"
    rf"\s+{TIME}(?![\d/])(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)"
)
_IN_MINUTES = re.compile(r"\b(?:in|within)\s+(?:about\s+|around\s+)?(\d{1,3})\s*(?:mins?|minutes?)\b")
_MINUTES_LATE = re.compile(r"\b(\d{1,3})\s*(?:mins?|minutes?)\s+late\b")


def to_time(hour: str, minute: str | None, meridiem: str | None, *, school_hours: bool = True) -> dt.time | None:
    """A wall-clock time; a bare hour 1-6 is afternoon when `school_hours` (nobody arrives at 3am)."""
    h, m = int(hour), int(minute or 0)
    if m > 59 or h > 23:
        return None
    mer = (meridiem or "").replace(".", "")
    if mer == "pm" and h < 12:
        h += 12
    elif mer == "am" and h == 12:
        h = 0
    elif not mer and school_hours and 1 <= h <= 6:
        h += 12
    return dt.time(h, m)


_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.h](\d{2})|h)\b(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)")


def arrival_time(text: str, received: dt.datetime, *, same_day: bool = True) -> dt.time | None:
    """The arrival time a late message states, if any (`received` is local). Failing an arrival cue ("by 9.40"),
    the last clock time ("9:50", "9h50") still to come that morning, as a late message's time is its arrival."""
    for m in _ARRIVAL.finditer(text):
        t = to_time(m.group(1), m.group(2), m.group(3))
        if t is not None and dt.time(7, 0) <= t <= dt.time(13, 0):
            return t
    m = _IN_MINUTES.search(text) or _MINUTES_LATE.search(text)
    if m:
        base = dt.datetime.combine(received.date(), received.time().replace(second=0, microsecond=0))
        return (base + dt.timedelta(minutes=int(m.group(1)))).time()
    clocks = [to_time(c.group(1), c.group(2), None) for c in _CLOCK.finditer(text)]
    later = [t for t in clocks if t and dt.time(7, 0) <= t <= dt.time(13, 0) and (not same_day or t > received.time())]
    return later[-1] if later else None


_COLLECT = re.compile(
    rf"\b(?:collect\w*|pick\w* (?:\w+ )?up|leav\w*|take \w+ out|taking \w+ out|sign\w* \w+ out)\b[^.!?]*?\bat\s+{TIME}"
)


_COLLECT_VERB_LAST = re.compile(
    rf"\bat\s+{TIME}\b[^.!?,]{{0,30}}?\b(?:collect\w*|pick\w* (?:\w+ )?up|leav\w*|leave)\b")


def collection_time(text: str) -> dt.time | None:
    """When the parent says they will collect the child during the day ("I'll pick her up at 12.45", and with the
    verb last, "at 12 collect him")."""
    m = _COLLECT.search(text) or _COLLECT_VERB_LAST.search(text)
    if not m:
        return None
    return to_time(m.group(1), m.group(2), m.group(3))
