"""Taking a class's AM or PM register, and signing in late arrivals at the office."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import col, select

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffDep
from api.staff.codes import CODES, REGISTER_CODES, code_class
from api.staff.csrf import check_csrf
from api.staff.scope import local_now, pupil_of, school_calendar
from api.staff.templating import render
from core.calendar import Session as RegisterSession
from models.attendance import AttendanceMark, MarkSource, RegisterTaken
from models.people import Pupil
from scheduler.registers import RegisterRefused, record_register, sign_in_late

router = APIRouter(prefix="/staff", include_in_schema=False, dependencies=[Depends(check_csrf)])


def _on_roll(day: dt.date):  # type: ignore[no-untyped-def]
    return (col(Pupil.on_roll_until).is_(None) | (col(Pupil.on_roll_until) >= day)) & (
        col(Pupil.on_roll_from).is_(None) | (col(Pupil.on_roll_from) <= day))


@router.get("/register")
def register_page(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep, form: str = "",
                  half: str = "", error: str | None = None) -> Response:
    school = staff.school
    local = local_now(school, clock.now())
    day = local.date()
    half = half if half in ("AM", "PM") else ("PM" if local.time() >= school.pm_start else "AM")
    forms = sorted(f for f in db.exec(select(Pupil.form).where(Pupil.school_id == school.id).distinct()) if f)
    form = form if form in forms else (forms[0] if forms else "")
    pupils = list(db.exec(select(Pupil).where(Pupil.school_id == school.id, Pupil.form == form, _on_roll(day))
                          .order_by(Pupil.legal_last_name, Pupil.legal_first_name)))
    marks = {m.pupil_id: m for m in db.exec(select(AttendanceMark).where(
        AttendanceMark.school_id == school.id, AttendanceMark.day == day, AttendanceMark.half == half,
        col(AttendanceMark.pupil_id).in_([p.id for p in pupils])))} if pupils else {}
    taken = db.exec(select(RegisterTaken).where(RegisterTaken.school_id == school.id, RegisterTaken.form == form,
                                                RegisterTaken.day == day, RegisterTaken.half == half)).first()
    absent_today = list(db.exec(select(Pupil).join(AttendanceMark, AttendanceMark.pupil_id == Pupil.id).where(
        AttendanceMark.school_id == school.id, AttendanceMark.day == day,
        col(AttendanceMark.code).in_(["N", "O"])).distinct().order_by(Pupil.form, Pupil.legal_last_name)))
    everyone = list(db.exec(select(Pupil).where(Pupil.school_id == school.id, _on_roll(day))
                            .order_by(Pupil.form, Pupil.legal_last_name, Pupil.legal_first_name)))
    return render(request, "staff/register.html", active="register", day=day, half=half, form=form, forms=forms,
                  pupils=pupils, marks=marks, taken=taken, present="/" if half == "AM" else "\\",
                  open_day=school_calendar(db, school).is_open(day), REGISTER_CODES=REGISTER_CODES, CODES=CODES,
                  code_class=code_class, absent_today=absent_today, everyone=everyone, now_local=local, error=error)


@router.post("/register")
async def take_register(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    data = await request.form()
    form, half = str(data.get("form", "")), str(data.get("half", ""))
    if half not in ("AM", "PM"):
        raise HTTPException(422, "Choose AM or PM.")
    now = clock.now()
    day = local_now(staff.school, now).date()
    present = "/" if half == "AM" else "\\"
    marks: dict[int, str] = {}
    for key, value in data.multi_items():
        if key.startswith("mark-") and isinstance(value, str):
            code = present if value in ("/", "\\") else value
            if code not in CODES:
                raise HTTPException(422, f"{value!r} is not an attendance code.")
            if not key.removeprefix("mark-").isdigit():
                raise HTTPException(422, "Malformed register.")
            pupil = pupil_of(db, staff, int(key.removeprefix("mark-")))
            if pupil.form != form:
                raise HTTPException(422, f"{pupil.display_name} is not in {form}.")
            marks[pupil.id] = code  # type: ignore[index]
    if not marks:
        raise HTTPException(422, "The register has no pupils.")
    try:
        record_register(db, school=staff.school, form=form, session=RegisterSession(day, half), marks=marks,
                        now=now, actor=staff.actor, source=MarkSource.register)
    except RegisterRefused as refused:
        db.rollback()
        return register_page(request, db, staff, clock, form=form, half=half, error=f"Not saved: {refused}.")
    db.commit()
    return RedirectResponse(f"/staff/register?form={form}&half={half}&flash=register", status_code=303)


@router.post("/register/late")
def late_arrival(
    request: Request, db: DbDep, staff: StaffDep, clock: ClockDep,
    pupil_id: Annotated[int, Form()], arrival: Annotated[dt.time, Form()], form: Annotated[str, Form()] = "",
) -> Response:
    pupil = pupil_of(db, staff, pupil_id)
    mark = sign_in_late(db, school=staff.school, pupil=pupil, arrival=arrival, now=clock.now(), actor=staff.actor)
    db.commit()
    return RedirectResponse(f"/staff/register?form={form or pupil.form}&half={mark.half}&flash=late&late={mark.id}",
                            status_code=303)
