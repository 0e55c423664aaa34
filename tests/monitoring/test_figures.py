import datetime as dt

import pytest
from sqlmodel import Session

from core.policy import MonitoringPolicy
from models import AttendanceMark
from models.attendance import MarkStatus
from monitoring import queries
from monitoring.codes import Family, family
from monitoring.figures import Band, Figures, group, total
from tests.monitoring import helpers as h

POLICY = MonitoringPolicy()


def test_present_family_all_attended():
    f = Figures.from_codes(["/", "\\", "L", "K", "V", "P", "W", "B"])
    assert (f.possible, f.attended, f.authorised, f.unauthorised, f.late) == (8, 8, 0, 0, 1)
    assert f.percent == 100.0 and f.band(POLICY) == Band.green


def test_authorised_absence_counts_as_possible_not_attended():
    f = Figures.from_codes(["/", "\\", "I", "M", "C", "C1", "C2", "J1", "S", "T", "E", "R"])
    assert (f.possible, f.attended, f.authorised, f.unauthorised) == (12, 2, 10, 0)
    assert f.percent == pytest.approx(100 * 2 / 12)


def test_not_counted_codes_are_not_possible_sessions():
    f = Figures.from_codes(["/", "X", "D", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#", "\\"])
    assert (f.possible, f.attended, f.not_counted) == (2, 2, 12)
    assert f.percent == 100.0


def test_unauthorised_codes_and_late_after_close():
    f = Figures.from_codes(["G", "N", "O", "U"] + ["/", "\\"] * 3)
    assert (f.possible, f.attended, f.unauthorised, f.late_after_close, f.missed) == (10, 6, 4, 1, 4)
    assert f.percent == 60.0 and f.missed_percent == 40.0


def test_unknown_code_is_unauthorised_until_fixed():
    assert family("zz") == Family.unauthorised
    assert family("y3") == Family.not_counted


@pytest.mark.parametrize("present,absent,pa,sa", [(18, 2, True, False), (19, 1, False, False), (10, 10, True, True),
                                                   (11, 9, True, False)])
def test_persistent_and_severe_boundaries(present, absent, pa, sa):
    f = Figures.from_codes(["/"] * present + ["I"] * absent)
    assert f.persistent(POLICY) is pa and f.severe(POLICY) is sa


@pytest.mark.parametrize("present,absent,band", [(97, 3, Band.green), (969, 31, Band.amber), (90, 10, Band.amber),
                                                  (899, 101, Band.red), (0, 0, Band.none)])
def test_bands_compare_exact_fractions(present, absent, band):
    assert Figures.from_codes(["/"] * present + ["O"] * absent).band(POLICY) == band


def test_empty_figures_have_no_percentage():
    f = Figures.from_codes([])
    assert f.percent is None and not f.below(95) and not f.persistent(POLICY)


def test_groups_sum_sessions_and_count_pupils():
    per = {1: Figures.from_codes(["/"] * 18 + ["I"] * 2), 2: Figures.from_codes(["/"] * 20),
           3: Figures.from_codes(["X"] * 4)}
    g = group("Year 3", [1, 2, 3], per, POLICY)
    assert (g.pupils, g.persistent, g.severe) == (2, 1, 0)  # pupil 3 had no possible sessions
    assert g.figures.possible == 40 and g.figures.percent == 95.0 and g.persistent_rate == 50.0
    assert total(per.values()).not_counted == 4


def test_queries_sum_a_range_and_skip_withdrawn(engine):
    with Session(engine) as db:
        s = h.school(db)
        p = h.pupil(db, s)
        week = h.days(dt.date(2026, 11, 9), dt.date(2026, 11, 20))
        h.marks(db, p, h.full_days(week[:8]) + [(week[8], "AM", "I"), (week[8], "PM", "I"), (week[9], "AM", "O"),
                                                (week[9], "PM", "L")])
        db.add(AttendanceMark(school_id=s.id, pupil_id=p.id, day=dt.date(2026, 11, 23), half="AM", code="I",
                              status=MarkStatus.withdrawn))
        db.commit()
        f = queries.pupil_figures(db, p.id, dt.date(2026, 9, 1), dt.date(2026, 11, 30))
        assert (f.possible, f.attended, f.authorised, f.unauthorised, f.late) == (20, 17, 2, 1, 1)
        assert f.percent == 85.0
        assert queries.pupil_figures(db, p.id, week[8], week[8]).authorised == 2
        assert queries.figures_by_pupil(db, s.id, dt.date(2026, 9, 1), dt.date(2026, 11, 30)) == {p.id: f}
        halves = [queries.figures_by_pupil(db, s.id, week[0], week[4])[p.id],
                  queries.figures_by_pupil(db, s.id, week[5], week[9])[p.id]]
        assert halves[0] == Figures(possible=10, attended=10)
        assert halves[1] == Figures(possible=10, attended=7, authorised=2, unauthorised=1, late=1)
        assert halves[0] + halves[1] == f
        scan = queries.year_scan(db, s.id, dt.date(2026, 9, 1), dt.date(2026, 11, 30), {"O", "L", "U"},
                                 (week[5], week[9]))
        assert Figures.from_counts(scan.counts[p.id]) == f
        assert Figures.from_counts(scan.term_counts[p.id]) == halves[1]
        assert sorted((e.day, e.half, e.code) for e in scan.events) == [(week[9], "AM", "O"), (week[9], "PM", "L")]
        early = queries.year_scan(db, s.id, dt.date(2026, 9, 1), dt.date(2026, 11, 30), {"I"}, (week[0], week[1]))
        assert early.term_counts[p.id] == {"/": 2, "\\": 2} and len(early.events) == 2  # not the withdrawn I
