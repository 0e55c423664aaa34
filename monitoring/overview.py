"""What the monitoring pages show: a school's figures by week, weekday, year group, form and flag
group, code usage, the pupils at or near each threshold; a pupil's year with its charts."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from models.monitoring import Letter, ThresholdCrossing
from models.people import Pupil
from models.school import School
from monitoring import charts, queries
from monitoring.charts import Bar, Series
from monitoring.codes import LATE, LATE_AFTER_CLOSE
from monitoring.figures import EMPTY, Band, Figures, GroupFigures, group, groups, total
from monitoring.periods import Period, academic_year, half_terms, monday
from monitoring.recompute import SchoolFigures, load_figures, school_calendar, school_today
from monitoring.thresholds import Event

FLAG_GROUPS: dict[str, Callable[[Pupil], bool]] = {
    "SEND": lambda p: p.send or p.ehcp, "FSM": lambda p: p.fsm, "EAL": lambda p: p.eal,
    "Social worker": lambda p: p.social_worker, "Looked after": lambda p: p.looked_after,
}
SAFEGUARDING_GROUPS = frozenset({"Social worker", "Looked after"})
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
ROLLING_DAYS = 20  # "last 4 weeks" line on the pupil chart: the last 20 days with marks


@dataclass
class PupilRow:
    pupil: Pupil
    figures: Figures
    value: str  # what put the pupil on the list, e.g. "91.4%" or "7 sessions"


@dataclass
class ThresholdList:
    label: str
    at: list[PupilRow] = field(default_factory=list)
    near: list[PupilRow] = field(default_factory=list)
    near_label: str = ""


@dataclass
class SchoolOverview:
    state: SchoolFigures
    whole: GroupFigures
    bands: Counter[Band]
    by_year: list[GroupFigures]
    by_form: list[GroupFigures]
    by_flag: list[GroupFigures]
    by_week: list[tuple[dt.date, Figures]]
    by_weekday: list[tuple[str, Figures]]
    codes: Counter[str]
    lists: list[ThresholdList]
    charts: dict[str, str]


def _pct(f: Figures) -> str:
    return "–" if f.percent is None else f"{f.percent:.1f}%"


def _missed(f: Figures) -> str:
    return f"{f.missed} of {f.possible} sessions missed"


def _members(pupils: dict[int, Pupil], key: Callable[[Pupil], str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for pid, p in pupils.items():
        out[key(p) or "(none)"].append(pid)
    return dict(sorted(out.items(), key=lambda kv: _natural(kv[0])))


def _natural(text: str) -> tuple:
    digits = "".join(ch for ch in text if ch.isdigit())
    return (int(digits) if digits else 999, text)


def _group_bar(g: GroupFigures) -> Bar:
    pa = f" · {g.persistent} PA" if g.persistent else ""
    return Bar(g.name, g.figures.percent, f"{_pct(g.figures)} · {g.pupils} pupils{pa}",
               f"{g.name}: {_pct(g.figures)} over {g.figures.possible} sessions, {g.persistent} persistently absent")


def threshold_lists(state: SchoolFigures, events: list[Event]) -> list[ThresholdList]:
    """Pupils at (and just above, `near_threshold_pct`) each letter threshold, PA and SA, and the
    counting rules as they stand today (rolling penalty window, this half term's lates)."""
    policy, pupils = state.policy, state.pupils
    rows = [(pupils[pid], f) for pid, f in state.year_figures.items() if f.possible >= policy.min_possible_sessions]
    rows.sort(key=lambda r: (r[1].percent or 0.0, r[0].last_name))
    margin = policy.near_threshold_pct
    out: list[ThresholdList] = []
    thresholds = sorted(policy.letter_thresholds, reverse=True)
    for i, t in enumerate(thresholds):
        lower = thresholds[i + 1] if i + 1 < len(thresholds) else None
        item = ThresholdList(f"Below {t:g}%", near_label=f"{t:g}% to {t + margin:g}%")
        for p, f in rows:
            if f.below(t) and (lower is None or not f.below(lower)):
                item.at.append(PupilRow(p, f, _missed(f)))
            elif not f.below(t) and f.below(t + margin):
                item.near.append(PupilRow(p, f, _missed(f)))
        out.append(item)
    for label, pct, near in (("Persistent absence", policy.persistent_absence_pct, margin),
                             ("Severe absence", policy.severe_absence_pct, 10.0)):
        item = ThresholdList(label, near_label=f"missing {pct - near:g}% to {pct:g}%")
        for p, f in rows:
            missed = f.missed_percent or 0.0
            if missed >= pct:
                item.at.append(PupilRow(p, f, f"{missed:.1f}% missed"))
            elif missed >= pct - near:
                item.near.append(PupilRow(p, f, f"{missed:.1f}% missed"))
        out.append(item)
    out += _counting_lists(state, events)
    return out


def _counting_lists(state: SchoolFigures, events: list[Event]) -> list[ThresholdList]:
    policy, weeks, today = state.policy, state.weeks, state.today
    current = weeks.at_or_before(today)
    window_first = current - policy.penalty_weeks + 1
    penalty_codes = set(policy.penalty_codes)
    term = next((t for t in state.terms if today in t), state.terms[-1] if state.terms else None)
    window: Counter[int] = Counter()
    lates: Counter[int] = Counter()
    us: Counter[int] = Counter()
    for e in events:
        if e.pupil_id not in state.pupils:
            continue
        w = weeks.index(e.day)
        if e.code in penalty_codes and w is not None and window_first <= w <= current:
            window[e.pupil_id] += 1
        if term is not None and e.day in term:
            if e.code == LATE:
                lates[e.pupil_id] += 1
            elif e.code == LATE_AFTER_CLOSE:
                us[e.pupil_id] += 1
    out = []
    for label, counts, at, near, unit in (
        (f"Penalty notice threshold ({policy.penalty_weeks} school weeks)", window, policy.penalty_sessions,
         policy.penalty_warning_sessions, "unauthorised sessions"),
        ("Late (L) this half term", lates, policy.lates_per_half_term, policy.lates_per_half_term - 1, "late marks"),
        ("Late after registers closed (U) this half term", us, policy.u_per_half_term, policy.u_per_half_term - 2,
         "U sessions"),
    ):
        item = ThresholdList(label, near_label=f"{near} to {at - 1} {unit}")
        for pid, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            row = PupilRow(state.pupils[pid], state.figures(pid), f"{n} {unit}")
            if n >= at:
                item.at.append(row)
            elif n >= near:
                item.near.append(row)
        out.append(item)
    return out


def school_overview(db: Session, school: School, now: dt.datetime, *, safeguarding: bool,
                    period: Period | None = None) -> SchoolOverview:
    """The school page's figures and charts over `period` (default: this year so far). Social
    worker and looked-after groups only when `safeguarding` (the DSL and attendance lead)."""
    state = load_figures(db, school, now, period)
    policy, per = state.policy, state.year_figures
    whole = group("Whole school", state.pupils, per, policy)
    by_year = groups(_members(state.pupils, lambda p: p.year_group), per, policy)
    by_form = groups(_members(state.pupils, lambda p: p.form), per, policy)
    flags = {name: [pid for pid, p in state.pupils.items() if test(p)] for name, test in FLAG_GROUPS.items()
             if safeguarding or name not in SAFEGUARDING_GROUPS}
    no_flags = [pid for pid, p in state.pupils.items() if not any(test(p) for test in FLAG_GROUPS.values())]
    flags["No flags"] = no_flags
    by_flag = [group(name, ids, per, policy) for name, ids in flags.items()]
    days = queries.counts_by_day(db, school.id or 0, state.year.first, state.today)
    weekly: dict[dt.date, Counter[str]] = defaultdict(Counter)
    by_day: dict[int, Counter[str]] = defaultdict(Counter)
    codes: Counter[str] = Counter()
    for day, counts in days.items():
        weekly[monday(day)].update(counts)
        by_day[day.weekday()].update(counts)
        codes.update(counts)
    by_week = [(m, Figures.from_counts(c)) for m, c in sorted(weekly.items())]
    by_weekday = [(WEEKDAYS[d], Figures.from_counts(by_day[d])) for d in range(5)]
    bands = Counter(f.band(policy) for f in per.values() if f.possible)
    overview = SchoolOverview(state=state, whole=whole, bands=bands, by_year=by_year, by_form=by_form, by_flag=by_flag,
                              by_week=by_week, by_weekday=by_weekday, codes=codes,
                              lists=threshold_lists(state, state.events), charts={})
    overview.charts = school_charts(overview)
    return overview


def school_charts(o: SchoolOverview) -> dict[str, str]:
    policy = o.state.policy
    marks = sorted({policy.band_green_min, *policy.letter_thresholds})
    week_bars = [Bar(f"{m:%-d %b}", f.percent, tip=f"Week of {m:%-d %b}: {_pct(f)} ({f.possible} sessions)")
                 for m, f in o.by_week]
    day_bars = [Bar(name, f.percent, tip=f"{name}: {_pct(f)} ({f.possible} sessions)") for name, f in o.by_weekday]
    groups = o.by_year + o.by_flag
    scale = charts.percent_scale([g.figures.percent for g in groups] + [f.percent for _, f in o.by_week])
    absences = [(c, n) for c, n in o.codes.most_common() if c not in ("/", "\\")]
    band_bars = [Bar(label, o.bands.get(band, 0), f"{o.bands.get(band, 0)} pupils")
                 for band, label in ((Band.green, f"{policy.band_green_min:g}% and above"),
                                     (Band.amber, f"{policy.band_amber_min:g}% to {policy.band_green_min:g}%"),
                                     (Band.red, f"below {policy.band_amber_min:g}%"))]
    return {
        "week": charts.column_chart("chart-week", "Attendance by week", week_bars, scale=scale, marks=marks,
                                    label_every=max(1, len(week_bars) // 10)),
        "weekday": charts.column_chart("chart-weekday", "Attendance by day of the week", day_bars,
                                       scale=charts.percent_scale([b.value for b in day_bars]), marks=marks),
        "year": charts.hbar_chart("chart-year", "Attendance by year group", [_group_bar(g) for g in o.by_year],
                                  scale=scale, marks=marks),
        "flag": charts.hbar_chart("chart-flag", "Attendance by group", [_group_bar(g) for g in o.by_flag],
                                  scale=scale, marks=marks),
        "codes": charts.hbar_chart("chart-codes", "Absence and lateness codes used (sessions)",
                                   [Bar(c, n, f"{n}") for c, n in absences], unit="", colour="#8a4b00"),
        "bands": charts.hbar_chart("chart-bands", "Pupils in each band", band_bars, unit="", colour="#17643a"),
    }


@dataclass
class PupilOverview:
    pupil: Pupil
    year: Period
    figures: Figures
    band: Band
    persistent: bool
    severe: bool
    terms: list[tuple[Period, Figures]]
    crossings: list[ThresholdCrossing]
    letters: list[Letter]
    calendar_svg: str
    line_svg: str


def attendance_lines(marks: list[tuple[dt.date, str, str]]) -> tuple[list[tuple[dt.date, float]],
                                                                    list[tuple[dt.date, float]]]:
    """The year-to-date percentage after each day, and the percentage over the last `ROLLING_DAYS`."""
    by_day: dict[dt.date, list[str]] = defaultdict(list)
    for day, _, code in marks:
        by_day[day].append(code)
    cumulative, rolling = [], []
    so_far = EMPTY
    recent: list[Figures] = []
    for day in sorted(by_day):
        f = Figures.from_codes(by_day[day])
        if not f.possible:
            continue
        so_far = so_far + f
        recent = [*recent[-(ROLLING_DAYS - 1):], f]
        cumulative.append((day, so_far.percent or 0.0))
        rolling.append((day, total(recent).percent or 0.0))
    return cumulative, rolling


def pupil_overview(db: Session, school: School, pupil: Pupil, now: dt.datetime) -> PupilOverview:
    today = school_today(school, now)
    first, last = academic_year(today)
    policy = school.get_policy().monitoring
    calendar = school_calendar(db, school, today)
    marks = queries.pupil_marks(db, pupil.id or 0, first, today)
    figures = Figures.from_codes(code for _, _, code in marks)
    terms = []
    for term in half_terms(calendar, first, today, policy.half_term_break_days):
        terms.append((term, Figures.from_codes(c for d, _, c in marks if d in term)))
    cumulative, rolling = attendance_lines(marks)
    lines = [Series("This year so far", "#1f4e8c", cumulative),
             Series(f"Last {ROLLING_DAYS} school days", "#8a4b00", rolling, dashed=True)]
    scale = charts.percent_scale([v for _, v in cumulative + rolling], floor=85.0)
    crossings = list(db.exec(select(ThresholdCrossing).where(ThresholdCrossing.pupil_id == pupil.id)
                             .order_by(col(ThresholdCrossing.raised_at).desc())))
    letters = list(db.exec(select(Letter).where(Letter.pupil_id == pupil.id).order_by(col(Letter.created_at).desc())))
    name = pupil.display_name
    return PupilOverview(
        pupil=pupil, year=Period(first, today), figures=figures, band=figures.band(policy),
        persistent=figures.persistent(policy), severe=figures.severe(policy), terms=terms, crossings=crossings,
        letters=letters,
        calendar_svg=charts.calendar_chart("chart-calendar", f"{name}: marks from {first:%B %Y} to {last:%B %Y}",
                                           first, {(d, h): c for d, h, c in marks}, calendar.is_open),
        line_svg=charts.line_chart("chart-line", f"{name}: attendance through the year", lines, first,
                                   max(today, first + dt.timedelta(days=30)), scale=scale,
                                   marks=sorted({policy.band_green_min, *policy.letter_thresholds})),
    )
