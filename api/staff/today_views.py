"""The Today page and its one-click actions: confirm and amend marks, work tasks, release or
cancel held bulk sends. Under htmx each action answers with the refreshed dashboard; without
JavaScript it redirects back to the page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session, select

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffContext, StaffDep
from api.staff.codes import CODES, code_class
from api.staff.csrf import check_csrf
from api.staff.scope import school_row
from api.staff.templating import is_htmx, render
from api.staff.today import SAFEGUARDING_TASKS, STEP_LABELS, TASK_LABELS, gather_today
from models.attendance import AmendmentRefused, AttendanceMark, MarkSource, MarkStatus, write_mark
from models.chase import BulkHold
from models.messages import ReportMark
from models.tasks import StaffTask, TaskStatus

router = APIRouter(prefix="/staff", include_in_schema=False, dependencies=[Depends(check_csrf)])
POLL_SECONDS = 15


def _page(request: Request, db: Session, staff: StaffContext, clock: ClockDep, *, partial: bool,
          error: str | None = None) -> Response:
    data = gather_today(db, staff, clock.now())
    return render(request, "staff/_today.html" if partial else "staff/today.html", active="today", data=data,
                  CODES=CODES, code_class=code_class, STEP_LABELS=STEP_LABELS, TASK_LABELS=TASK_LABELS,
                  error=error, poll_seconds=getattr(request.app.state, "staff_poll_seconds", POLL_SECONDS))


def _after(request: Request, db: Session, staff: StaffContext, clock: ClockDep, flash: str,
           error: str | None = None) -> Response:
    if is_htmx(request):
        return _page(request, db, staff, clock, partial=True, error=error)
    if error:
        return _page(request, db, staff, clock, partial=False, error=error)
    return RedirectResponse(f"/staff/today?flash={flash}", status_code=303)


@router.get("")
@router.get("/")
def staff_home(staff: StaffDep) -> Response:
    return RedirectResponse("/staff/today", status_code=303)


@router.get("/today")
def today(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    return _page(request, db, staff, clock, partial=False)


@router.get("/today/live")
def today_live(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    return _page(request, db, staff, clock, partial=True)


def _confirm(db: Session, staff: StaffContext, mark: AttendanceMark, clock: ClockDep) -> None:
    if mark.status != MarkStatus.confirmed:
        write_mark(db, school_id=mark.school_id, pupil_id=mark.pupil_id, session=mark.session, code=mark.code,
                   status=MarkStatus.confirmed, source=MarkSource.staff, actor=staff.actor,
                   reason="Confirmed", now=clock.now(), arrival=mark.arrival)


@router.post("/marks/{mark_id}/confirm")
def confirm_mark(request: Request, mark_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    _confirm(db, staff, school_row(db, staff, AttendanceMark, mark_id), clock)
    db.commit()
    return _after(request, db, staff, clock, "confirmed")


@router.post("/reports/{report_id}/confirm")
def confirm_report(request: Request, report_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    links = db.exec(select(ReportMark).where(ReportMark.report_id == report_id)).all()
    marks = [db.get(AttendanceMark, link.mark_id) for link in links]
    marks = [m for m in marks if m is not None and m.school_id == staff.school.id]
    if not marks:
        raise HTTPException(404, "Not found.")
    for mark in marks:
        _confirm(db, staff, mark, clock)
    db.commit()
    return _after(request, db, staff, clock, "confirmed")


@router.post("/marks/{mark_id}/amend")
def amend_mark(
    request: Request, mark_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
    code: Annotated[str, Form(max_length=4)], reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    mark = school_row(db, staff, AttendanceMark, mark_id)
    if code not in CODES:
        return _after(request, db, staff, clock, "", error=f"{code!r} is not an attendance code.")
    try:
        write_mark(db, school_id=mark.school_id, pupil_id=mark.pupil_id, session=mark.session, code=code,
                   status=MarkStatus.confirmed, source=MarkSource.staff, actor=staff.actor, reason=reason.strip(),
                   now=clock.now(), arrival=mark.arrival)
    except AmendmentRefused as refused:
        db.rollback()
        return _after(request, db, staff, clock, "", error=f"Not amended: {refused}.")
    db.commit()
    return _after(request, db, staff, clock, "amended")


def _task(db: Session, staff: StaffContext, task_id: int) -> StaffTask:
    task = school_row(db, staff, StaffTask, task_id)
    if task.kind in SAFEGUARDING_TASKS and not staff.sees_safeguarding:
        raise HTTPException(404, "Not found.")
    return task


@router.post("/tasks/{task_id}/claim")
def claim_task(request: Request, task_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    task = _task(db, staff, task_id)
    if task.status == TaskStatus.open:
        task.status, task.claimed_by_id = TaskStatus.claimed, staff.user.id
        db.add(task)
        db.commit()
    return _after(request, db, staff, clock, "task")


@router.post("/tasks/{task_id}/close")
def close_task(
    request: Request, task_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
    outcome: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    task = _task(db, staff, task_id)
    if not outcome.strip():
        return _after(request, db, staff, clock, "", error="Record the outcome before closing the task.")
    if task.status in (TaskStatus.open, TaskStatus.claimed):
        task.status, task.outcome, task.closed_at = TaskStatus.done, outcome.strip(), clock.now()
        task.claimed_by_id = task.claimed_by_id or staff.user.id
        db.add(task)
        db.commit()
    return _after(request, db, staff, clock, "task")


@router.post("/holds/{hold_id}/{decision}")
def decide_hold(request: Request, hold_id: int, decision: str, db: DbDep, staff: StaffDep,
                clock: ClockDep) -> Response:
    from scheduler import holds

    hold = school_row(db, staff, BulkHold, hold_id)
    if decision not in ("release", "cancel") or hold.task_id is None:
        raise HTTPException(404, "Not found.")
    act = holds.release_hold if decision == "release" else holds.cancel_hold
    act(db, hold.task_id, clock.now(), staff.actor)
    db.commit()
    return _after(request, db, staff, clock, "hold")
