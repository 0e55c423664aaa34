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
    chase_pm_sessions: bool = True  # a pupil present in the morning and N after lunch is chased from the PM close
    dsl_alert_flags: list[str] = Field(default_factory=lambda: ["social_worker", "child_protection_plan",
                                                                "looked_after"])


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
    # which letter each threshold drafts (seed 001: concern, then meeting invitation; panel by staff)
    letter_kinds: dict[str, str] = Field(default_factory=lambda: {"95": "concern", "93": "concern", "90": "meeting"})
    min_possible_sessions: int = 20  # no percentage threshold before two school weeks of marks
    near_threshold_pct: float = 1.0  # "near" a threshold: this many points above it
    improvement_weeks: int = 4  # monitoring period after a letter (JFK two weeks, Backworth four)
    improvement_target_pct: float = 95.0
    praise_full_half_term: bool = True
    half_term_break_days: int = 3  # consecutive closed weekdays that end a half term


class SchoolPolicy(BaseModel):
    reason_codes: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_REASON_CODES))
    dv_48_hour_rule: bool = True
    chase: ChasePolicy = Field(default_factory=ChasePolicy)
    monitoring: MonitoringPolicy = Field(default_factory=MonitoringPolicy)

    def code_for(self, reason: str) -> str:
        return self.reason_codes.get(reason, DEFAULT_REASON_CODES.get(reason, "N"))
