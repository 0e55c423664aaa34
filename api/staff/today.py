"""What the Today page shows, gathered in a handful of batched queries (a 1,500-pupil school on a
busy morning renders in well under 200 ms): today's parent reports with their marks and audit
trail, unexplained absences with their chase, staff tasks, held bulk sends and discrepancies."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from api.staff.auth import StaffContext
from api.staff.scope import day_bounds, local_now
from models.attendance import PRESENT_CODES, AttendanceMark, MarkAmendment, MarkStatus
from models.chase import BulkHold, Chase, ChaseStep, HoldState, StepStatus
from models.messages import Direction, Message, MessageKind, ParsedReport, ReportMark
from models.people import Contact, Pupil, PupilContact
from models.tasks import StaffTask, TaskStatus

SAFEGUARDING_TASKS = frozenset({"dsl_alert", "social_worker"})
STEP_LABELS = {
    "session_close": "Register close", "first_contact": "Message to 1st contacts",
    "second_contact": "Message to 2nd contacts", "phone_call": "Phone-call task",
    "safeguarding_visit": "Home visit (safeguarding concern)", "attendance_lead": "End-of-day alert to attendance lead",
}
TASK_LABELS = {
    "dsl_alert": "DSL alert", "social_worker": "Tell the social worker", "phone_call": "Phone call",
    "attendance_lead": "Attendance lead", "home_visit": "Home visit", "confirm_o": "Confirm N → O",
    "cme_referral": "Children missing education referral", "register_not_taken": "Register not taken",
    "bulk_hold": "Bulk send held",
}


@dataclass
class ReportView:
    report: ParsedReport
    message: Message
    contact: Contact | None
    pupils: list[tuple[Pupil, list[AttendanceMark]]] = field(default_factory=list)

    @property
    def to_confirm(self) -> int:
        return sum(1 for _, marks in self.pupils for m in marks if m.status == MarkStatus.provisional)


@dataclass
class ChaseView:
    pupil: Pupil
    marks: list[AttendanceMark]
    chase: Chase | None
    done: list[ChaseStep]
    next_step: ChaseStep | None
    sent: list[Message]
    replies: list[Message]


@dataclass
class TodayData:
    day: dt.date
    now_local: dt.datetime
    reports: list[ReportView]
    unexplained: list[ChaseView]
    tasks: list[StaffTask]
    task_pupils: dict[int, Pupil]
    holds: list[BulkHold]
    reported_but_present: list[tuple[Pupil, AttendanceMark, Message]]
    absent_no_report: list[tuple[Pupil, AttendanceMark]]
    history: dict[int, list[MarkAmendment]]
    closed_tasks_today: int = 0

    @property
    def to_confirm(self) -> int:
        return sum(r.to_confirm for r in self.reports)


def _report_sessions(result: dict[str, Any], day: dt.date) -> list[tuple[int, str]]:
    """(pupil id, half) pairs today that a parsed report says the pupil is away."""
    out = []
    for item in result.get("reports", []) or []:
        try:
            pupil_id = int(item.get("pupil_id"))
        except (TypeError, ValueError):
            continue
        if item.get("arrival"):
            continue
        for text in item.get("sessions", []) or []:
            day_text, _, half = str(text).partition(" ")
            if day_text == day.isoformat():
                out.append((pupil_id, half))
    return out


def gather_today(db: Session, staff: StaffContext, now: dt.datetime) -> TodayData:
    school = staff.school
    local = local_now(school, now)
    day = local.date()
    start, end = day_bounds(school, day)

    rows = db.exec(
        select(ParsedReport, Message).join(Message, Message.id == ParsedReport.message_id)
        .where(or_(ParsedReport.school_id == school.id,
                   and_(col(ParsedReport.school_id).is_(None), Message.school_id == school.id)),
               ParsedReport.created_at >= start, ParsedReport.created_at < end)
        .order_by(col(ParsedReport.created_at).desc())
    ).all()
    report_ids = [r.id for r, _ in rows]
    links = db.exec(select(ReportMark.report_id, AttendanceMark)
                    .join(AttendanceMark, AttendanceMark.id == ReportMark.mark_id)
                    .where(col(ReportMark.report_id).in_(report_ids))).all() if report_ids else []
    marks_by_report: dict[int, list[AttendanceMark]] = defaultdict(list)
    for report_id, mark in links:
        if mark.school_id == school.id:
            marks_by_report[report_id].append(mark)

    absent_n = list(db.exec(select(AttendanceMark).where(AttendanceMark.school_id == school.id,
                                                          AttendanceMark.day == day, AttendanceMark.code == "N")))
    said_away = {(report.id, pupil_id, half) for report, _ in rows
                 for pupil_id, half in _report_sessions(report.result or {}, day)}
    present_at = {(m.pupil_id, m.half): m for m in db.exec(select(AttendanceMark).where(
        AttendanceMark.school_id == school.id, AttendanceMark.day == day,
        col(AttendanceMark.code).in_(PRESENT_CODES), col(AttendanceMark.pupil_id).in_({p for _, p, _ in said_away}),
    ))} if said_away else {}

    pupil_ids = {m.pupil_id for ms in marks_by_report.values() for m in ms} | {m.pupil_id for m in absent_n}
    reported_present: list[tuple[int, AttendanceMark, Message]] = []
    for report, message in rows:
        for pupil_id, half in _report_sessions(report.result or {}, day):
            mark = present_at.get((pupil_id, half))
            if mark is not None:
                reported_present.append((pupil_id, mark, message))
                pupil_ids.add(pupil_id)

    tasks = list(db.exec(select(StaffTask).where(
        StaffTask.school_id == school.id, col(StaffTask.status).in_([TaskStatus.open, TaskStatus.claimed]),
        StaffTask.kind != "bulk_hold").order_by(StaffTask.created_at)))
    if not staff.sees_safeguarding:
        tasks = [t for t in tasks if t.kind not in SAFEGUARDING_TASKS]
    pupil_ids |= {t.pupil_id for t in tasks if t.pupil_id}
    closed_today = len(db.exec(select(StaffTask.id).where(
        StaffTask.school_id == school.id, StaffTask.closed_at >= start, StaffTask.closed_at < end)).all())

    pupils = {p.id: p for p in db.exec(select(Pupil).where(col(Pupil.id).in_(pupil_ids)))} if pupil_ids else {}

    reports = []
    contacts = {c.id: c for c in db.exec(select(Contact).where(
        col(Contact.id).in_({m.contact_id for _, m in rows if m.contact_id})))} if rows else {}
    for report, message in rows:
        if report.action != "record" and not marks_by_report.get(report.id):
            continue
        view = ReportView(report=report, message=message, contact=contacts.get(message.contact_id))
        by_pupil: dict[int, list[AttendanceMark]] = defaultdict(list)
        for mark in sorted(marks_by_report.get(report.id, []), key=lambda m: (m.day, m.half)):
            by_pupil[mark.pupil_id].append(mark)
        view.pupils = [(pupils[pid], ms) for pid, ms in by_pupil.items() if pid in pupils]
        reports.append(view)

    mark_ids = [m.id for r in reports for _, ms in r.pupils for m in ms]
    history: dict[int, list[MarkAmendment]] = defaultdict(list)
    if mark_ids:
        for a in db.exec(select(MarkAmendment).where(col(MarkAmendment.mark_id).in_(mark_ids))
                         .order_by(MarkAmendment.id)):
            history[a.mark_id].append(a)

    unexplained = _unexplained(db, school.id, day, start, end, absent_n, pupils)
    holds = list(db.exec(select(BulkHold).where(BulkHold.school_id == school.id,
                                                BulkHold.state == HoldState.held).order_by(BulkHold.created_at)))
    reported_pupils = {pid for r in reports for pid in (p.id for p, _ in r.pupils)}
    contacted = {u.pupil.id for u in unexplained if u.replies}
    absent_no_report = [(pupils[m.pupil_id], m) for m in absent_n
                        if m.pupil_id not in reported_pupils and m.pupil_id not in contacted and m.pupil_id in pupils]
    return TodayData(
        day=day, now_local=local, reports=reports, unexplained=unexplained, tasks=tasks,
        task_pupils={pid: pupils[pid] for pid in {t.pupil_id for t in tasks} if pid in pupils},
        holds=holds, reported_but_present=[(pupils[p], m, msg) for p, m, msg in reported_present if p in pupils],
        absent_no_report=sorted(absent_no_report, key=lambda pm: (pm[0].form, pm[0].last_name)),
        history=history, closed_tasks_today=closed_today,
    )


def _unexplained(db: Session, school_id: int, day: dt.date, start: dt.datetime, end: dt.datetime,
                 absent_n: list[AttendanceMark], pupils: dict[int, Pupil]) -> list[ChaseView]:
    """Pupils marked N today, each with their chase: steps done, the next step, messages, replies."""
    by_pupil: dict[int, list[AttendanceMark]] = defaultdict(list)
    for m in absent_n:
        by_pupil[m.pupil_id].append(m)
    if not by_pupil:
        return []
    ids = list(by_pupil)
    chases = {c.pupil_id: c for c in db.exec(select(Chase).where(Chase.school_id == school_id, Chase.day == day,
                                                                 col(Chase.pupil_id).in_(ids)))}
    steps: dict[int, list[ChaseStep]] = defaultdict(list)
    if chases:
        for s in db.exec(select(ChaseStep).where(col(ChaseStep.chase_id).in_([c.id for c in chases.values()]))
                         .order_by(ChaseStep.due_at)):
            steps[s.chase_id].append(s)
    contact_pupils: dict[int, set[int]] = defaultdict(set)
    for link in db.exec(select(PupilContact).where(col(PupilContact.pupil_id).in_(ids))):
        contact_pupils[link.contact_id].add(link.pupil_id)
    sent: dict[int, list[Message]] = defaultdict(list)
    replies: dict[int, list[Message]] = defaultdict(list)
    messages = db.exec(select(Message).where(
        Message.created_at >= start, Message.created_at < end,
        or_(col(Message.pupil_id).in_(ids), col(Message.contact_id).in_(list(contact_pupils) or [-1])))
        .order_by(Message.created_at))
    for msg in messages:
        if msg.direction == Direction.outbound and msg.kind == MessageKind.chase and msg.pupil_id in by_pupil:
            sent[msg.pupil_id].append(msg)
        elif msg.direction == Direction.inbound:
            for pid in contact_pupils.get(msg.contact_id or -1, ()):
                chase = chases.get(pid)
                if chase is None or msg.created_at >= chase.started_at:
                    replies[pid].append(msg)
    out = []
    for pid, marks in by_pupil.items():
        if pid not in pupils:
            continue
        chase = chases.get(pid)
        chase_steps = steps.get(chase.id, []) if chase else []
        pending = [s for s in chase_steps if s.status == StepStatus.pending]
        out.append(ChaseView(
            pupil=pupils[pid], marks=sorted(marks, key=lambda m: m.half), chase=chase,
            done=[s for s in chase_steps if s.status == StepStatus.done], next_step=pending[0] if pending else None,
            sent=sent.get(pid, []), replies=replies.get(pid, []),
        ))
    return sorted(out, key=lambda v: (v.pupil.form, v.pupil.last_name, v.pupil.first_name))
