import datetime as dt

from sqlmodel import Session, select

from models import Message, School, StaffTask
from models.monitoring import Letter, LetterKind, LetterStatus, ThresholdCrossing
from monitoring.recompute import load_figures, recompute_all, recompute_school
from tests.monitoring import helpers as h
from tests.monitoring.calendar_data import AUTUMN_2026_CLOSED

NOW = h.NOW  # Monday 23 Nov 2026, evening
OPEN = h.days(dt.date(2026, 9, 1), dt.date(2026, 11, 23), AUTUMN_2026_CLOSED)


def _setup(db: Session, slug: str = "oak"):
    s = h.school(db, slug=slug, closed=AUTUMN_2026_CLOSED)
    amy = h.pupil(db, s, "Amy", "Ash")
    h.marks(db, amy, h.full_days(OPEN))
    ben = h.pupil(db, s, "Ben", "Birch", year="Year 5", form="5A", fsm=True)
    # 4 days of illness out of 52 days: 96 of 104 sessions, 92.3%
    h.marks(db, ben, h.full_days(OPEN[:-4]) + h.full_days(OPEN[-4:], "I", "I"))
    cal = h.pupil(db, s, "Cal", "Cole")
    lates = {dt.date(2026, 11, 3), dt.date(2026, 11, 10), dt.date(2026, 11, 19)}
    h.marks(db, cal, [(d, "AM", "L" if d in lates else "/") for d in OPEN] + [(d, "PM", "\\") for d in OPEN])
    dan = h.pupil(db, s, "Dan", "Dale", send=True)
    holiday = set(OPEN[40:45])  # a week's holiday not granted: 10 sessions of G
    h.marks(db, dan, h.full_days([d for d in OPEN if d not in holiday]) + h.full_days(sorted(holiday), "G", "G"))
    db.commit()
    return s, amy, ben, cal, dan


def test_recompute_raises_each_crossing_once_with_its_figures(engine):
    with Session(engine) as db:
        s, amy, ben, cal, dan = _setup(db)
        first = recompute_school(db, s, NOW)
        db.commit()
        assert first.raised == {"praise_full": 4, "below_95": 2, "below_93": 2, "lates": 1,
                                "penalty_warning": 1, "penalty": 1}
        # everyone had 100% in the first half term (Ben's illness, Cal's lates, Dan's holiday came later)
        by_rule = {(c.pupil_id, c.rule): c for c in db.exec(select(ThresholdCrossing))}
        possible = 2 * len(OPEN)
        ben_93 = by_rule[(ben.id, "below_93")]
        assert possible == 104 and ben_93.figures["possible"] == 104 and ben_93.figures["missed"] == 8
        assert ben_93.figures["percent"] == 92.31
        assert ben_93.task_id is not None and ben_93.letter_id is not None
        assert by_rule[(ben.id, "below_95")].task_id is None  # recorded, the lower threshold acts
        assert by_rule[(dan.id, "penalty")].figures["sessions"] == 10
        assert by_rule[(cal.id, "lates")].figures["dates"] == ["2026-11-03", "2026-11-10", "2026-11-19"]
        tasks = {t.kind: t for t in db.exec(select(StaffTask))}
        assert set(tasks) == {"attendance_threshold", "lates", "penalty_warning", "penalty"}
        assert tasks["penalty"].title.startswith("Dan Dale: Penalty notice threshold")
        letters = {(x.pupil_id, x.kind) for x in db.exec(select(Letter))}
        assert letters == {(amy.id, LetterKind.praise_full), (ben.id, LetterKind.praise_full),
                           (cal.id, LetterKind.praise_full), (dan.id, LetterKind.praise_full),
                           (ben.id, LetterKind.concern),
                           (dan.id, LetterKind.concern), (cal.id, LetterKind.lateness)}
        again = recompute_all(db, NOW + dt.timedelta(days=1))
        assert again[0].raised == {} and again[0].tasks == 0 and again[0].letters == 0
        assert len(db.exec(select(StaffTask)).all()) == 5  # two threshold tasks (Ben, Dan)
        assert db.exec(select(Message)).all() == []  # nothing reaches a parent before approval


def test_each_crossing_is_linked_to_its_own_task_and_letter(engine):
    with Session(engine) as db:
        s, *_ = _setup(db)
        _setup(db, "elm")  # another school's rows interleave in the same tables
        recompute_all(db, NOW)
        tasks = {t.id: t for t in db.exec(select(StaffTask))}
        letters = {x.id: x for x in db.exec(select(Letter))}
        crossings = list(db.exec(select(ThresholdCrossing)))
        assert len({c.task_id for c in crossings if c.task_id}) == len(tasks) == 10
        assert len({c.letter_id for c in crossings if c.letter_id}) == len(letters) == 14
        for c in crossings:
            if c.task_id:
                task = tasks[c.task_id]
                assert (task.dedupe_key, task.pupil_id, task.school_id) == (f"monitor:{c.key}", c.pupil_id, c.school_id)
                assert task.details["rule"] == c.rule and task.details["letter_id"] == c.letter_id
            if c.letter_id:
                assert (letters[c.letter_id].pupil_id, letters[c.letter_id].school_id) == (c.pupil_id, c.school_id)


def test_monitoring_period_review_praises_improvement(engine):
    with Session(engine) as db:
        s, _, ben, *_ = _setup(db)
        recompute_school(db, s, NOW)
        db.commit()
        # four weeks of full attendance after the letter
        later = h.days(dt.date(2026, 11, 24), dt.date(2026, 12, 22), AUTUMN_2026_CLOSED)
        h.marks(db, ben, h.full_days(later))
        db.commit()
        result = recompute_school(db, s, NOW + dt.timedelta(weeks=4))
        assert result.raised["improvement"] == 1
        letter = db.exec(select(Letter).where(Letter.kind == LetterKind.praise_improvement)).one()
        assert letter.pupil_id == ben.id and letter.status == LetterStatus.draft
        # 23 Nov (ill) to 20 Dec: 38 of 40 sessions
        assert "has improved" in letter.body and "attendance was 95.0%" in letter.body
        assert "From 23 November 2026 to 20 December 2026" in letter.body


def test_figures_for_groups_use_pupil_flags(engine):
    with Session(engine) as db:
        s, amy, ben, cal, dan = _setup(db)
        state = load_figures(db, s, NOW)
        assert state.figures(amy.id).percent == 100.0
        assert len(state.terms) == 2 and state.terms[1].last == dt.date(2026, 11, 23)
        assert state.last_term == state.terms[0] and state.last_term_figures[ben.id].percent == 100.0


def test_cli_monitor_recomputes_a_school(engine, db_url, monkeypatch):
    from typer.testing import CliRunner

    from core.settings import get_settings
    from rollcall.cli import app

    with Session(engine) as db:
        _setup(db)
    monkeypatch.setenv("ROLLCALL_DATABASE_URL", db_url)
    get_settings.cache_clear()
    try:
        first = CliRunner().invoke(app, ["monitor", "--school", "oak"])
        again = CliRunner().invoke(app, ["monitor"])
        missing = CliRunner().invoke(app, ["monitor", "--school", "nope"])
    finally:
        get_settings.cache_clear()
    assert first.exit_code == 0, first.output
    assert "oak: 4 pupils, raised" in first.output and "5 tasks" in first.output
    assert "raised nothing new; 0 tasks, 0 draft letters" in again.output
    assert missing.exit_code != 0
    with Session(engine) as db:
        assert len(db.exec(select(ThresholdCrossing)).all()) == 11  # as in the first test


def test_a_run_racing_another_records_nothing_twice(engine, monkeypatch):
    from monitoring import recompute as rc

    with Session(engine) as db:
        s, *_ = _setup(db)
        first = recompute_school(db, s, NOW)
        db.commit()
        school_id = s.id
    real = rc._existing_keys
    calls = []

    def stale_then_real(db, school_id):  # the first look happened before the other run committed
        calls.append(school_id)
        return set() if len(calls) == 1 else real(db, school_id)

    monkeypatch.setattr(rc, "_existing_keys", stale_then_real)
    with Session(engine) as db:
        again = recompute_school(db, db.get(School, school_id), NOW)
        db.commit()
        assert len(calls) == 2 and again.raised == {} and again.letters == 0
        assert len(db.exec(select(ThresholdCrossing)).all()) == sum(first.raised.values())
        assert len(db.exec(select(Letter)).all()) == first.letters


def test_recompute_all_shares_schools_among_worker_processes(engine, db_url):
    with Session(engine) as db:
        _setup(db, "oak")
        _setup(db, "elm")
    with Session(engine) as db:
        results = recompute_all(db, NOW, workers=2, url=db_url)
        assert [r.school for r in results] == ["oak", "elm"]
        assert [r.tasks for r in results] == [5, 5]
        assert len(db.exec(select(ThresholdCrossing)).all()) == 22
        assert [r.raised for r in recompute_all(db, NOW, workers=2, url=db_url)] == [{}, {}]
