"""How each register code counts in the attendance figures (DfE 2024 codes, see domain.md)."""

from __future__ import annotations

import enum


class Family(enum.StrEnum):
    present = "present"  # counted as attended: /, \, L and approved education off site
    authorised = "authorised"
    unauthorised = "unauthorised"
    not_counted = "not_counted"  # not a possible session: X, D, Q, Y1-Y7, Z, #


ATTENDED = frozenset({"/", "\\", "L", "K", "V", "P", "W", "B"})
NOT_POSSIBLE = frozenset({"X", "D", "Q", "Z", "#", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7"})
UNAUTHORISED = frozenset({"G", "N", "O", "U"})
AUTHORISED = frozenset({"C", "C1", "C2", "M", "J1", "S", "T", "E", "I", "R", "H", "F"})  # H, F: pre-2024
LATE = "L"
LATE_AFTER_CLOSE = "U"

_FAMILY = {code: Family.present for code in ATTENDED}
_FAMILY |= {code: Family.not_counted for code in NOT_POSSIBLE}
_FAMILY |= {code: Family.unauthorised for code in UNAUTHORISED}
_FAMILY |= {code: Family.authorised for code in AUTHORISED}


def family(code: str) -> Family:
    """The family of a code; an unknown code is an unauthorised absence until a person fixes it,
    so that a typo can never make a pupil's attendance look better."""
    return _FAMILY.get(code.strip().upper(), Family.unauthorised)
