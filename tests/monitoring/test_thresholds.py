import datetime as dt

from core.calendar import SchoolCalendar
from core.policy import MonitoringPolicy
from models.monitoring import LetterKind
from monitoring.figures import Figures
from monitoring.periods import Period, SchoolWeeks, academic_year, half_terms
from monitoring.thresholds import (
    Event,
    lateness_rules,
    penalty_rules,
    penalty_runs,
    percentage_rules,
    praise_rule,
    review_rule,
)
from tests.monitoring.calendar_data import AUTUMN_2026_CLOSED

POLICY = MonitoringPolicy()
CAL = SchoolCalendar(closed=AUTUMN_2026_CLOSED)
FIRST, LAST = dt.date(2026, 9, 1), dt.date(2027, 3, 31)
WEEKS = SchoolWeeks(CAL, FIRST, LAST)
YEAR = Period(*academic_year(dt.date(2026, 11, 23)))


def week(n: int, weekday: int = 0) -> dt.date:
    """A day of school week n (0 is the week of 3 Sep 2026)."""
    return WEEKS.mondays[n] + dt.timedelta(days=weekday)


def ev(day: dt.date, half: str = "AM", code: str = "O") -> Event:
    return Event(1, day, half, code)


def test_half_terms_come_from_closed_days_not_bank_holidays_or_inset():
    terms = half_terms(CAL, FIRST, dt.date(2027, 2, 12))
    assert terms == [Period(dt.date(2026, 9, 3), dt.date(2026, 10, 23)),
                     Period(dt.date(2026, 11, 2), dt.date(2026, 12, 18)),
                     Period(dt.date(2027, 1, 4), dt.date(2027, 2, 12))]
    assert not CAL.is_open(dt.date(2026, 11, 16))  # the INSET day inside the second half term


def test_school_weeks_skip_weeks_the_school_was_closed():
    assert WEEKS.index(dt.date(2026, 9, 4)) == 0
    assert WEEKS.index(dt.date(2026, 10, 28)) is None  # half term
    assert WEEKS.index(dt.date(2026, 11, 2)) == WEEKS.index(dt.date(2026, 10, 19)) + 1
    assert WEEKS.index(dt.date(2027, 1, 4)) == WEEKS.index(dt.date(2026, 12, 14)) + 1  # two weeks of Christmas


def test_penalty_window_spans_a_half_term_counting_only_open_weeks():
    # 2 sessions in week 3, one in each of weeks 4..10 (half term falls between weeks 7 and 8), one in week 12:
    # 10 sessions across 10 school weeks (11 calendar weeks)
    sessions = [ev(week(3)), ev(week(3), half="PM")] + [ev(week(n, 2)) for n in range(4, 11)] + [ev(week(12, 1))]
    assert (week(12) - week(3)).days == 10 * 7  # 11 calendar weeks
    found = penalty_rules(1, sessions, WEEKS, POLICY, set())
    penalty = [c for c in found if c.rule == "penalty"]
    assert len(penalty) == 1 and penalty[0].figures["sessions"] == 10
    assert penalty[0].period == Period(week(3), week(12, 1))
    warnings = [c for c in found if c.rule == "penalty_warning"]
    assert warnings[0].figures["sessions"] == 6 and warnings[0].figures["first"] == week(3).isoformat()
    # one school week later the first two sessions fall out of the window: no penalty
    later = sessions[:-1] + [ev(week(13, 1))]
    assert not [c for c in penalty_rules(1, later, WEEKS, POLICY, set()) if c.rule == "penalty"]


def test_penalty_window_spans_the_christmas_break():
    dec = WEEKS.index(dt.date(2026, 12, 7))
    jan = WEEKS.index(dt.date(2027, 1, 25))
    assert jan - dec == 5  # 8 calendar weeks apart, 6 school weeks in all
    sessions = [ev(week(dec, d), half) for d in range(3) for half in ("AM", "PM")][:5]
    sessions += [ev(week(jan, d), half, "G") for d in range(3) for half in ("AM", "PM")][:5]
    penalty = [c for c in penalty_rules(1, sessions, WEEKS, POLICY, set()) if c.rule == "penalty"]
    assert len(penalty) == 1 and penalty[0].figures["marks"][-1].endswith("G")


def test_codes_outside_the_penalty_list_do_not_count():
    sessions = [ev(week(5, d % 5), "AM" if d < 5 else "PM", "I") for d in range(10)]
    assert penalty_rules(1, sessions, WEEKS, POLICY, set()) == []


def test_penalty_runs_consume_their_sessions_and_warn_once_per_run():
    sessions = [ev(week(n)) for n in range(20)]  # one unauthorised session every school week
    runs = [(rule, len(run), run[0].day) for rule, run in penalty_runs(sessions, WEEKS, 6, 10, 10)]
    assert runs == [("penalty_warning", 6, week(0)), ("penalty", 10, week(0)),
                    ("penalty_warning", 6, week(10)), ("penalty", 10, week(10))]
    # hovering at 6-7 sessions in the window: one warning until those sessions have left it
    hover = [ev(week(n)) for n in (0, 1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 16)]
    assert [(r, run[0].day) for r, run in penalty_runs(hover, WEEKS, 6, 10, 10)] == [
        ("penalty_warning", week(0)), ("penalty_warning", week(11))]


def test_penalty_raised_once_per_episode():
    sessions = [ev(week(2, d), half) for d in range(5) for half in ("AM", "PM")]
    first = penalty_rules(1, sessions, WEEKS, POLICY, set())
    assert {c.rule for c in first} == {"penalty", "penalty_warning"}
    assert penalty_rules(1, sessions, WEEKS, POLICY, {c.key for c in first}) == []


def test_lateness_counts_per_half_term():
    terms = half_terms(CAL, FIRST, LAST)
    lates = [ev(dt.date(2026, 10, d), code="L") for d in (20, 21)] + [ev(dt.date(2026, 11, 3), code="L")]
    assert lateness_rules(1, lates, terms, POLICY, set()) == []  # 2 + 1 across the half-term break
    lates.append(ev(dt.date(2026, 10, 22), code="L"))
    found = lateness_rules(1, lates, terms, POLICY, set())
    assert [(c.rule, c.figures["count"], c.letter) for c in found] == [("lates", 3, LetterKind.lateness)]
    assert found[0].figures["dates"] == ["2026-10-20", "2026-10-21", "2026-10-22"]
    us = [ev(dt.date(2026, 11, d), code="U") for d in (3, 4, 5, 6, 9)]
    assert [c.rule for c in lateness_rules(1, us, terms, POLICY, set())] == ["late_after_close"]


def test_lowest_new_threshold_gets_the_task_and_letter():
    figs = Figures.from_codes(["/"] * 92 + ["I"] * 8)  # 92%
    found = percentage_rules(1, YEAR, figs, POLICY, set())
    assert [c.rule for c in found] == ["below_95", "below_93"]
    assert found[0].task_kind is None and found[1].task_kind == "attendance_threshold"
    assert found[1].letter == LetterKind.concern and found[1].related == ["below_95"]
    assert found[1].figures["percent"] == 92.0 and found[1].figures["missed"] == 8
    worse = Figures.from_codes(["/"] * 85 + ["I"] * 15)
    again = percentage_rules(1, YEAR, worse, POLICY, {c.key for c in found})
    assert [(c.rule, c.letter) for c in again] == [("below_90", LetterKind.meeting), ("persistent", None)]


def test_no_percentage_threshold_before_enough_sessions():
    assert percentage_rules(1, YEAR, Figures.from_codes(["/"] * 10 + ["I"] * 9), POLICY, set()) == []
    severe = percentage_rules(1, YEAR, Figures.from_codes(["/"] * 10 + ["I"] * 10), POLICY, set())
    assert {c.rule for c in severe} == {"below_95", "below_93", "below_90", "persistent", "severe"}


def test_praise_for_a_full_half_term_and_review_after_monitoring():
    term = Period(dt.date(2026, 9, 3), dt.date(2026, 10, 23))
    full = Figures.from_codes(["/", "\\"] * 35)
    assert praise_rule(1, term, full, POLICY, set())[0].letter == LetterKind.praise_full
    assert praise_rule(1, term, Figures.from_codes(["/", "\\"] * 34 + ["I"]), POLICY, set()) == []
    since = dt.date(2026, 11, 2)
    good = Figures.from_codes(["/"] * 38 + ["I"])
    assert review_rule(1, "k", since, dt.date(2026, 11, 27), good, POLICY, set()) == []  # period not over
    done = review_rule(1, "k", since, dt.date(2026, 11, 30), good, POLICY, set())
    assert done[0].rule == "improvement" and done[0].letter == LetterKind.praise_improvement
    poor = review_rule(1, "k", since, dt.date(2026, 11, 30), Figures.from_codes(["/"] * 30 + ["O"] * 8), POLICY, set())
    assert poor[0].rule == "review" and poor[0].task_kind == "monitoring_review" and poor[0].letter is None
