"""A school's attendance policy: reason codes, chase ladder, monitoring thresholds.

Defaults come from ../shared/domain.md, CONVENTIONS.md and CHASE.md; every value is a per-school
setting stored as JSON on the School row.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

DEFAULT_REASON_CODES: dict[str, str] = {
    "illness": "I",
    "medical": "M",
    "religious": "R",
    "holiday": "G",
    "exceptional": "C",
    "family_event": "O",
    "interview": "J1",
    "transport": "O",
    "unsatisfactory": "O",
    "unknown": "N",
}


class ChasePolicy(BaseModel):
    second_contact_after_min: int = 30
    phone_call_after_min: int = 60
    home_visit_days: list[int] = Field(default_factory=lambda: [2, 4])
    safeguarding_home_visit_after_min: int = 60
    confirm_o_after_days: int = 5
    cme_referral_after_days: int = 10
    bulk_hold_class_pct: float = 30
    bulk_hold_school_pct: float = 15
    quiet_hours_end: dt.time = dt.time(7, 0)
    quiet_hours_start: dt.time = dt.time(20, 0)


class MonitoringPolicy(BaseModel):
    band_green_min: float = 97.0
    band_amber_min: float = 90.0
    letter_thresholds: list[float] = Field(default_factory=lambda: [95.0, 93.0, 90.0])
    persistent_absence_pct: float = 10.0
    severe_absence_pct: float = 50.0
    penalty_sessions: int = 10
    penalty_weeks: int = 10
    penalty_warning_sessions: int = 6
    penalty_codes: list[str] = Field(default_factory=lambda: ["G", "N", "O", "U"])
    lates_per_half_term: int = 3
    u_per_half_term: int = 5


class SchoolPolicy(BaseModel):
    reason_codes: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_REASON_CODES))
    dv_48_hour_rule: bool = True
    chase: ChasePolicy = Field(default_factory=ChasePolicy)
    monitoring: MonitoringPolicy = Field(default_factory=MonitoringPolicy)

    def code_for(self, reason: str) -> str:
        return self.reason_codes.get(reason, DEFAULT_REASON_CODES.get(reason, "N"))
