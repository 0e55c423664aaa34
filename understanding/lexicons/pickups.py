"""A rewrite the South Asian lexicons share: a child collected from school at a time for an appointment."""

from __future__ import annotations

import re


def collected_for(m: re.Match[str], time: str, place: str) -> str:
    """With the child said to be in (group 1) or taken from school (group 3), "at 12:00 <place> <take verb>" as
    "[will be in as normal but ]i will collect him from school at 12:00 for <place>"; otherwise (the child may not be
    in at all) the text is left as it is."""
    if not (m[1] or m[3]):
        return m[0]
    return ("will be in as normal but " if m[1] else "") + f"i will collect him from school at {time} for {place} "
