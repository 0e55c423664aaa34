"""School settings: session times and deadline, closed days (with iCalendar upload), the
reason-to-code map, the chase ladder, and contacts' Telegram link codes and deep links."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import func, or_
from sqlmodel import col, select

from api.deps import ClockDep, DbDep, SettingsDep
from api.staff.auth import StaffContext, StaffDep
from api.staff.codes import CODES
from api.staff.csrf import check_csrf
from api.staff.scope import local_now, school_row
from api.staff.templating import render
from core.policy import ChasePolicy
from models.audit import AuditEvent
from models.people import Contact, Pupil, PupilContact, Role
from models.school import ClosedDay, ClosedKind

router = APIRouter(prefix="/staff/settings", include_in_schema=False, dependencies=[Depends(check_csrf)])
EDITORS = (Role.admin, Role.headteacher)
TIME_FIELDS = (("am_start", "Morning register opens"), ("am_register_close", "Morning register closes"),
               ("pm_start", "Afternoon register opens"), ("pm_register_close", "Afternoon register closes"),
               ("day_end", "End of the school day"), ("report_deadline", "Parents report by"))
MAX_ICS_BYTES = 1024 * 1024
CHASE_LABELS = {
    "second_contact_after_min": "Message 2nd contacts after (min)",
    "phone_call_after_min": "Phone-call task after (min)",
    "home_visit_days": "Home visit on days of absence",
    "safeguarding_home_visit_after_min": "Safeguarding-concern home visit after (min)",
    "confirm_o_after_days": "Confirm N → O after (school days)",
    "cme_referral_after_days": "CME referral after (school days)",
    "bulk_hold_class_pct": "Hold sends above (% of a class)",
    "bulk_hold_school_pct": "Hold sends above (% of the school)",
    "quiet_hours_end": "Messages from", "quiet_hours_start": "Messages until",
    "chase_pm_sessions": "Chase afternoon absences", "dsl_alert_flags": "Flags that alert the DSL",
}


def _page(request: Request, db: DbDep, staff: StaffContext, clock: ClockDep, error: str | None = None,
          status_code: int = 200) -> Response:
    today = local_now(staff.school, clock.now()).date()
    closed = list(db.exec(select(ClosedDay).where(ClosedDay.school_id == staff.school.id,
                                                  ClosedDay.day >= today - dt.timedelta(days=30))
                          .order_by(ClosedDay.day).limit(200)))
    policy = staff.school.get_policy()
    return render(request, "staff/settings.html", status_code=status_code, active="settings",
                  can_edit=staff.has(*EDITORS), TIME_FIELDS=TIME_FIELDS, policy=policy, chase=policy.chase,
                  chase_fields=ChasePolicy.model_fields, CHASE_LABELS=CHASE_LABELS, CODES=CODES, closed=closed,
                  kinds=list(ClosedKind), error=error)


def _audit(db: DbDep, staff: StaffContext, clock: ClockDep, what: str, details: dict[str, Any]) -> None:
    db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action=f"settings_{what}",
                      subject=f"school:{staff.school.id}", details=details, at=clock.now()))


@router.get("")
def settings_page(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    return _page(request, db, staff, clock)


@router.post("/times")
async def save_times(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*EDITORS)
    data = await request.form()
    try:
        times = {name: dt.time.fromisoformat(str(data.get(name, ""))) for name, _ in TIME_FIELDS}
    except ValueError:
        return _page(request, db, staff, clock, error="Every time must be HH:MM.", status_code=422)
    if not (times["am_start"] <= times["am_register_close"] < times["pm_start"] <= times["pm_register_close"]
            < times["day_end"]):
        return _page(request, db, staff, clock, status_code=422,
                     error="Times must run in order: morning open, close, afternoon open, close, end of day.")
    for name, value in times.items():
        setattr(staff.school, name, value)
    db.add(staff.school)
    _audit(db, staff, clock, "times", {k: v.strftime("%H:%M") for k, v in times.items()})
    db.commit()
    return RedirectResponse("/staff/settings?flash=saved", status_code=303)


@router.post("/codes")
async def save_codes(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*EDITORS)
    data = await request.form()
    policy = staff.school.get_policy()
    for reason in list(policy.reason_codes):
        code = str(data.get(f"code-{reason}", policy.reason_codes[reason]))
        if code not in CODES:
            return _page(request, db, staff, clock, error=f"{code!r} is not an attendance code.", status_code=422)
        policy.reason_codes[reason] = code
    staff.school.set_policy(policy)
    db.add(staff.school)
    _audit(db, staff, clock, "codes", dict(policy.reason_codes))
    db.commit()
    return RedirectResponse("/staff/settings?flash=saved", status_code=303)


@router.post("/chase")
async def save_chase(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*EDITORS)
    data = await request.form()
    policy = staff.school.get_policy()
    values: dict[str, Any] = policy.chase.model_dump()
    for name, info in ChasePolicy.model_fields.items():
        if info.annotation is bool:
            values[name] = name in data
        elif name in data:
            raw = str(data[name]).strip()
            values[name] = [p.strip() for p in raw.split(",") if p.strip()] if str(info.annotation).startswith(
                "list") else raw
    try:
        policy.chase = ChasePolicy.model_validate(values)
    except ValidationError as invalid:
        fields = ", ".join(str(e["loc"][0]) for e in invalid.errors())
        return _page(request, db, staff, clock, error=f"Check these chase settings: {fields}.", status_code=422)
    staff.school.set_policy(policy)
    db.add(staff.school)
    _audit(db, staff, clock, "chase", policy.chase.model_dump(mode="json"))
    db.commit()
    return RedirectResponse("/staff/settings?flash=saved", status_code=303)


@router.post("/closed")
def add_closed(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep, day: Annotated[dt.date, Form()],
               kind: Annotated[ClosedKind, Form()] = ClosedKind.inset,
               label: Annotated[str, Form(max_length=200)] = "") -> Response:
    staff.require(*EDITORS)
    if db.exec(select(ClosedDay).where(ClosedDay.school_id == staff.school.id, ClosedDay.day == day)).first() is None:
        db.add(ClosedDay(school_id=staff.school.id, day=day, kind=kind, label=label.strip()))
        _audit(db, staff, clock, "closed_add", {"day": day.isoformat(), "kind": str(kind)})
        db.commit()
    return RedirectResponse("/staff/settings?flash=saved#closed", status_code=303)


@router.post("/closed/{closed_id}/delete")
def delete_closed(request: Request, closed_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*EDITORS)
    row = school_row(db, staff, ClosedDay, closed_id)
    _audit(db, staff, clock, "closed_delete", {"day": row.day.isoformat()})
    db.delete(row)
    db.commit()
    return RedirectResponse("/staff/settings?flash=saved#closed", status_code=303)


@router.post("/closed/ics")
async def upload_ics(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep, file: UploadFile) -> Response:
    from mis.terms import TermsFileError, import_terms

    staff.require(*EDITORS)
    data = await file.read(MAX_ICS_BYTES + 1)
    if len(data) > MAX_ICS_BYTES:
        return _page(request, db, staff, clock, error="That file is too large for a term-dates calendar.",
                     status_code=413)
    try:
        report = import_terms(db, staff.school, data, source=file.filename or "terms.ics")
    except (TermsFileError, ValueError) as bad:
        db.rollback()
        return _page(request, db, staff, clock, error=f"Not imported: {bad}", status_code=422)
    _audit(db, staff, clock, "closed_ics", {"summary": report.summary()})
    db.commit()
    return RedirectResponse("/staff/settings?flash=imported#closed", status_code=303)


def _school_contacts(staff: StaffContext):  # type: ignore[no-untyped-def]
    linked = select(PupilContact.contact_id).join(Pupil, Pupil.id == PupilContact.pupil_id).where(
        Pupil.school_id == staff.school.id)
    return select(Contact).where(col(Contact.id).in_(linked))


@router.get("/links")
def links(request: Request, db: DbDep, staff: StaffDep, settings: SettingsDep, q: str = "") -> Response:
    query = _school_contacts(staff)
    if q.strip():
        like = f"%{q.strip().lower()}%"
        query = query.where(or_(func.lower(Contact.first_name).like(like), func.lower(Contact.last_name).like(like),
                                func.coalesce(Contact.mobile, "").like(like)))
    contacts = list(db.exec(query.order_by(Contact.last_name, Contact.first_name).limit(300)))
    missing = len(db.exec(_school_contacts(staff).where(col(Contact.link_code).is_(None),
                                                        col(Contact.telegram_user_id).is_(None))).all())
    return render(request, "staff/links.html", active="settings", contacts=contacts, q=q, missing=missing,
                  bot=settings.telegram_bot_username, can_edit=staff.has(*EDITORS, Role.office))


@router.post("/links")
def create_links(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    """Give every contact of the school without one a Telegram link code."""
    staff.require(*EDITORS, Role.office)
    contacts = db.exec(_school_contacts(staff).where(col(Contact.link_code).is_(None),
                                                     col(Contact.telegram_user_id).is_(None))).all()
    for contact in contacts:
        contact.link_code = secrets.token_urlsafe(12)
        db.add(contact)
    _audit(db, staff, clock, "link_codes", {"created": len(contacts)})
    db.commit()
    return RedirectResponse("/staff/settings/links?flash=links", status_code=303)
