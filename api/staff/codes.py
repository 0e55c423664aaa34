"""The 2024 DfE attendance codes as staff choose them, with a short description and a colour class."""

from __future__ import annotations

from monitoring.codes import Family, family

CODES: dict[str, str] = {
    "/": "Present (AM)", "\\": "Present (PM)", "L": "Late before registers closed",
    "K": "LA-arranged provision", "V": "Educational visit", "P": "Approved sporting activity",
    "W": "Work experience", "B": "Other approved off-site education", "D": "Dual registered",
    "C": "Leave: exceptional circumstances", "C1": "Regulated performance or employment abroad",
    "C2": "Part-time timetable", "M": "Medical or dental appointment", "J1": "Interview", "S": "Study leave",
    "X": "Not required to attend", "T": "Mobile child", "Q": "No LA access arrangements",
    "E": "Suspended or excluded", "I": "Illness", "R": "Religious observance",
    "Y1": "Transport not provided", "Y2": "Widespread travel disruption", "Y3": "Part of premises closed",
    "Y4": "Whole school closed", "Y5": "Criminal justice detention", "Y6": "Public-health guidance",
    "Y7": "Other unavoidable cause",
    "G": "Holiday not granted", "N": "Reason not yet provided", "O": "Unauthorised absence",
    "U": "Arrived after registers closed", "Z": "Not yet on roll", "#": "Planned school closure",
}
REGISTER_CODES = ("/", "N", "L", "U", "V", "B", "K", "P", "W", "D")


def code_class(code: str) -> str:
    """The colour class of a code: present, unauthorised, authorised, or none when not counted."""
    return {Family.present: "present", Family.unauthorised: "unauth", Family.authorised: "auth"}.get(family(code), "")
