"""Which monitoring rules a pupil has crossed, as pure functions of figures and marks.

Each crossing has a stable key (pupil, rule, period) so that recomputing every night raises it
once. Rules and their defaults (per school, `MonitoringPolicy`):
- `below_95`, `below_93`, `below_90`: attendance this year fell below a letter threshold (only
  the lowest newly crossed one asks for a task and a letter; the others are recorded with it);
- `persistent`, `severe`: 10% / 50% or more of possible sessions missed;
- `penalty_warning`, `penalty`: 6 / 10 sessions of G, N, O, U within a rolling 10 school weeks
  (weeks the school was closed do not count). Sessions counted for a penalty are not counted
  again, so a later one needs a fresh run of sessions; one warning per run;
- `lates`, `late_after_close`: 3 `L` / 5 `U` marks in a half term;
- `praise_full`: 100% attendance in the half term that last ended;
- `improvement` / `review`: at the end of the monitoring period after a threshold letter, praise
  when its attendance met the target, otherwise a task to decide the next step.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.policy import MonitoringPolicy
from models.monitoring import LetterKind
from monitoring.codes import LATE, LATE_AFTER_CLOSE
from monitoring.figures import Figures
from monitoring.periods import Period, SchoolWeeks

TASK_TITLES = {
    "threshold": "Attendance below {threshold:g}%: review and approve the letter",
    "persistent": "Persistent absence: agree a support plan with the family",
    "severe": "Severe absence: agree a joint support plan with the local authority",
    "penalty_warning": "{sessions} unauthorised sessions in {weeks} school weeks: offer support now",
    "penalty": "Penalty notice threshold reached ({sessions} sessions in {weeks} school weeks)",
    "lates": "{count} late marks this half term: review and approve the letter",
    "late_after_close": "{count} sessions late after the register closed this half term",
    "review": "Monitoring period ended at {percent:.1f}%: decide the next step with the family",
}


@dataclass(frozen=True, slots=True)
class Event:
    """One mark that a counting rule looks at (penalty codes, L and U)."""

    pupil_id: int
    day: dt.date
    half: str
    code: str

    def label(self) -> str:
        return f"{self.day.isoformat()} {self.half} {self.code}"


@dataclass(slots=True)
class Candidate:
    """A crossing found by a rule; `task_kind` / `letter` say what it asks staff to do."""

    pupil_id: int
    rule: str
    key: str
    period: Period
    figures: dict[str, Any]
    task_kind: str | None = None
    task_title: str = ""
    letter: LetterKind | None = None
    related: list[str] = field(default_factory=list)
    figs: Figures | None = None  # what a letter quotes


def _key(pupil_id: int, rule: str, start: dt.date) -> str:
    return f"p{pupil_id}:{rule}:{start.isoformat()}"


def percentage_rules(pupil_id: int, year: Period, figs: Figures, policy: MonitoringPolicy,
                     existing: set[str]) -> list[Candidate]:
    """Letter thresholds, persistent and severe absence on this year's figures."""
    if figs.possible < policy.min_possible_sessions:
        return []
    if not figs.below(max(policy.letter_thresholds, default=0)) and not figs.persistent(policy):
        return []  # the common case, decided without building anything
    out: list[Candidate] = []
    crossed = [t for t in sorted(policy.letter_thresholds, reverse=True) if figs.below(t)]
    new = [t for t in crossed if _key(pupil_id, f"below_{t:g}", year.first) not in existing]
    flags = [(rule, _key(pupil_id, rule, year.first)) for rule, hit in
             (("persistent", figs.persistent(policy)), ("severe", figs.severe(policy))) if hit]
    flags = [(rule, key) for rule, key in flags if key not in existing]
    if not new and not flags:
        return []
    base = figs.as_dict()
    for t in new:
        c = Candidate(pupil_id, f"below_{t:g}", _key(pupil_id, f"below_{t:g}", year.first), year,
                      {**base, "threshold": t}, figs=figs)
        if t == new[-1]:  # the lowest newly crossed threshold asks for action
            c.task_kind, c.task_title = "attendance_threshold", TASK_TITLES["threshold"].format(threshold=t)
            kind = policy.letter_kinds.get(f"{t:g}")
            c.letter = LetterKind(kind) if kind in LetterKind.__members__ else LetterKind.concern
            c.related = [f"below_{x:g}" for x in new if x != t]
        out.append(c)
    for rule, key in flags:
        out.append(Candidate(pupil_id, rule, key, year, dict(base), task_kind=f"{rule}_absence",
                             task_title=TASK_TITLES[rule]))
    return out


def penalty_runs(events: Sequence[Event], weeks: SchoolWeeks, warning: int, threshold: int,
                 window_weeks: int) -> list[tuple[str, list[Event]]]:
    """Warnings and penalty-threshold runs among `events` (sorted by day and half) within a window
    of `window_weeks` school weeks. Reaching `threshold` consumes the run's sessions: the next run
    needs fresh ones. One warning per run: another only once the warned sessions left the window."""
    indexed = [(w, e) for e in events if (w := weeks.index(e.day)) is not None]
    out: list[tuple[str, list[Event]]] = []
    start, warned_until = 0, -1
    for j, (week, _) in enumerate(indexed):
        while week - indexed[start][0] >= window_weeks:
            start += 1
        count = j - start + 1
        if count >= threshold:
            out.append(("penalty", [e for _, e in indexed[start:j + 1]]))
            start, warned_until = j + 1, j
        elif count >= warning and start > warned_until:
            out.append(("penalty_warning", [e for _, e in indexed[start:j + 1]]))
            warned_until = j
    return out


def penalty_rules(pupil_id: int, events: Sequence[Event], weeks: SchoolWeeks, policy: MonitoringPolicy,
                  existing: set[str]) -> list[Candidate]:
    codes = set(policy.penalty_codes)
    counted = [e for e in events if e.code in codes]
    out: list[Candidate] = []
    for rule, run in penalty_runs(counted, weeks, policy.penalty_warning_sessions, policy.penalty_sessions,
                                  policy.penalty_weeks):
        key = _key(pupil_id, rule, run[0].day)
        if key in existing:
            continue
        figures = {"sessions": len(run), "weeks": policy.penalty_weeks, "first": run[0].day.isoformat(),
                   "last": run[-1].day.isoformat(), "marks": [e.label() for e in run]}
        out.append(Candidate(pupil_id, rule, key, Period(run[0].day, run[-1].day), figures,
                             task_kind=rule, task_title=TASK_TITLES[rule].format(**figures)))
    return out


def lateness_rules(pupil_id: int, events: Sequence[Event], terms: Sequence[Period], policy: MonitoringPolicy,
                   existing: set[str]) -> list[Candidate]:
    starts = [t.first for t in terms]
    by_term: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for e in events:
        if e.code in (LATE, LATE_AFTER_CLOSE):
            i = bisect_right(starts, e.day) - 1
            if i >= 0 and e.day in terms[i]:
                by_term[(e.code, i)].append(e)
    out: list[Candidate] = []
    for rule, code, threshold in (("lates", LATE, policy.lates_per_half_term),
                                  ("late_after_close", LATE_AFTER_CLOSE, policy.u_per_half_term)):
        for i, term in enumerate(terms):
            marks = by_term.get((code, i), [])
            key = _key(pupil_id, rule, term.first) if len(marks) >= threshold else ""
            if not key or key in existing:
                continue
            figures = {"count": len(marks), "half_term": term.label(), "marks": [e.label() for e in marks],
                       "dates": sorted({e.day.isoformat() for e in marks})}
            out.append(Candidate(pupil_id, rule, key, term, figures, task_kind=rule,
                                 task_title=TASK_TITLES[rule].format(**figures), letter=LetterKind.lateness))
    return out


def praise_rule(pupil_id: int, term: Period | None, figs: Figures | None, policy: MonitoringPolicy,
                existing: set[str]) -> list[Candidate]:
    """100% in the half term that last ended (at least `min_possible_sessions` possible)."""
    if not policy.praise_full_half_term or term is None or figs is None:
        return []
    key = _key(pupil_id, "praise_full", term.first)
    if figs.possible < policy.min_possible_sessions or figs.attended != figs.possible or key in existing:
        return []
    return [Candidate(pupil_id, "praise_full", key, term, {**figs.as_dict(), "half_term": term.label()},
                      letter=LetterKind.praise_full, figs=figs)]


def review_rule(pupil_id: int, since_key: str, since: dt.date, today: dt.date, figs: Figures,
                policy: MonitoringPolicy, existing: set[str], expected: int = 0) -> list[Candidate]:
    """The end of the monitoring period that a threshold letter on `since` began: praise when its
    attendance met the target, otherwise a task to decide the next step (meeting, panel, referral).
    A period with marks for fewer than half of its `expected` sessions is not judged."""
    key = f"{since_key}:review"
    end = since + dt.timedelta(weeks=policy.improvement_weeks)
    if key in existing or today < end or not figs.possible or figs.possible * 2 < expected:
        return []
    period = Period(since, end - dt.timedelta(days=1))
    figures = {**figs.as_dict(), "since": since.isoformat(), "target": policy.improvement_target_pct}
    if figs.below(policy.improvement_target_pct):
        return [Candidate(pupil_id, "review", key, period, figures, task_kind="monitoring_review",
                          task_title=TASK_TITLES["review"].format(percent=figs.percent or 0.0), figs=figs)]
    return [Candidate(pupil_id, "improvement", key, period, figures, letter=LetterKind.praise_improvement, figs=figs)]


def group_events(events: Iterable[Event]) -> dict[int, list[Event]]:
    by_pupil: dict[int, list[Event]] = defaultdict(list)
    for e in events:
        by_pupil[e.pupil_id].append(e)
    for evs in by_pupil.values():
        evs.sort(key=lambda e: (e.day, e.half))
    return by_pupil


def detect(*, year: Period, today: dt.date, policy: MonitoringPolicy, year_figures: Mapping[int, Figures],
           last_term: Period | None, last_term_figures: Mapping[int, Figures], terms: Sequence[Period],
           events: Iterable[Event], weeks: SchoolWeeks, existing: set[str]) -> list[Candidate]:
    """Every new crossing for a school's pupils (those whose key is not in `existing`)."""
    by_pupil = group_events(events)
    out: list[Candidate] = []
    for pid, figs in year_figures.items():
        out += percentage_rules(pid, year, figs, policy, existing)
        evs = by_pupil.get(pid)
        if evs:
            out += penalty_rules(pid, evs, weeks, policy, existing)
            out += lateness_rules(pid, evs, terms, policy, existing)
        if last_term is not None:
            out += praise_rule(pid, last_term, last_term_figures.get(pid), policy, existing)
    return out
