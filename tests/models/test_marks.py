import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from core.calendar import Session as RegSession
from models import AttendanceMark, MarkSource, MarkStatus, Pupil, School
from models.attendance import Actor, AmendmentRefused, MarkWrite, amendments, write_mark, write_marks

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
AM = RegSession(dt.date(2026, 11, 23), "AM")


def _pupil(db: Session) -> Pupil:
    school = School(name="Test", slug="test")
    db.add(school)
    db.flush()
    pupil = Pupil(school_id=school.id, mis_id="1", legal_first_name="Jack", legal_last_name="Hall")
    db.add(pupil)
    db.flush()
    return pupil


def test_every_change_appends_history(engine):
    with Session(engine) as db:
        p = _pupil(db)
        write_mark(db, school_id=p.school_id, pupil_id=p.id, session=AM, code="I",
                   status=MarkStatus.provisional, source=MarkSource.parent_message,
                   actor=Actor.system("parent message"), reason="parent: sick", now=NOW)
        mark = write_mark(db, school_id=p.school_id, pupil_id=p.id, session=AM, code="M",
                          status=MarkStatus.confirmed, source=MarkSource.staff,
                          actor=Actor("Sue Office", "office", None), reason="appointment card seen",
                          now=NOW + dt.timedelta(hours=1))
        db.commit()
        history = amendments(db, mark.id)
        assert [(h.previous_code, h.new_code) for h in history] == [(None, "I"), ("I", "M")]
        assert history[1].actor_name == "Sue Office" and history[1].reason == "appointment card seen"
        assert history[1].at == NOW + dt.timedelta(hours=1)
        assert db.get(AttendanceMark, mark.id).code == "M"


@pytest.mark.parametrize("actor,reason", [(Actor("Sue", "office"), " "), (Actor("", "office"), "typo"),
                                          (Actor.system("x"), "typo")])
def test_staff_amendment_needs_reason_and_identity(engine, actor, reason):
    with Session(engine) as db:
        p = _pupil(db)
        write_mark(db, school_id=p.school_id, pupil_id=p.id, session=AM, code="N",
                   status=MarkStatus.provisional, source=MarkSource.register,
                   actor=Actor.system("register"), reason="register", now=NOW)
        with pytest.raises(AmendmentRefused):
            write_mark(db, school_id=p.school_id, pupil_id=p.id, session=AM, code="I",
                       status=MarkStatus.confirmed, source=MarkSource.staff, actor=actor, reason=reason,
                       now=NOW)


def test_times_come_back_aware_utc(engine):
    with Session(engine) as db:
        p = _pupil(db)
        write_mark(db, school_id=p.school_id, pupil_id=p.id, session=AM, code="N",
                   status=MarkStatus.provisional, source=MarkSource.register,
                   actor=Actor.system("register"), reason="register", now=NOW)
        db.commit()
    with Session(engine) as db:
        mark = db.exec(select(AttendanceMark)).one()
        assert mark.created_at == NOW and mark.created_at.tzinfo is not None


PM = RegSession(AM.day, "PM")


def test_write_marks_batch_keeps_history_rules(engine):
    """Several marks in one call: new ones created, an unchanged one left without a history line, a mark
    written twice in the batch gets two lines in order, and the staff rules still apply to the batch."""
    with Session(engine) as db:
        p = _pupil(db)
        parent = Actor.system("parent message")
        kept = write_mark(db, school_id=p.school_id, pupil_id=p.id, session=PM, code="I",
                          status=MarkStatus.provisional, source=MarkSource.parent_message, actor=parent,
                          reason="sick", now=NOW)

        def write(session, code, current=None):
            return MarkWrite(current=current, school_id=p.school_id, pupil_id=p.id, session=session, code=code,
                             status=MarkStatus.provisional, source=MarkSource.parent_message, reason=f"to {code}")

        am, am_again, pm = write_marks(db, [write(AM, "I"), write(AM, "M"), write(PM, "I", kept)], actor=parent,
                                       now=NOW + dt.timedelta(minutes=5))
        db.commit()
        assert am is am_again and am.code == "M" and pm is kept
        assert [(h.previous_code, h.new_code, h.reason) for h in amendments(db, am.id)] == [
            (None, "I", "to I"), ("I", "M", "to M")]
        assert len(amendments(db, kept.id)) == 1
        assert db.exec(select(func.count()).select_from(AttendanceMark)).one() == 2
        with pytest.raises(AmendmentRefused):
            write_marks(db, [dataclasses.replace(write(AM, "N", am), source=MarkSource.staff)],
                        actor=Actor.system("x"), now=NOW)
