"""Exports: confirmed marks as CSV for the MIS, and the audit log (staff actions and every register
amendment). Each export is itself written to the audit log."""

from __future__ import annotations

import csv
import datetime as dt
import io

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlmodel import col, select

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffDep
from api.staff.csrf import check_csrf
from api.staff.scope import day_bounds, local_now
from api.staff.templating import render
from models.attendance import AttendanceMark, MarkAmendment, MarkStatus
from models.audit import AuditEvent
from models.people import Pupil, Role, StaffUser

router = APIRouter(prefix="/staff/export", include_in_schema=False, dependencies=[Depends(check_csrf)])
AUDIT_READERS = (Role.admin, Role.headteacher, Role.attendance_lead, Role.dsl)
MARK_COLUMNS = ("upn", "mis_id", "surname", "forename", "form", "date", "session", "code", "arrival", "confirmed_at")
AUDIT_COLUMNS = ("at", "kind", "staff", "role", "action", "subject", "details")


def _csv(rows: list[tuple[object, ...]], header: tuple[str, ...], filename: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _range(staff: StaffDep, clock: ClockDep, first: dt.date | None, last: dt.date | None) -> tuple[dt.date, dt.date]:
    today = local_now(staff.school, clock.now()).date()
    return first or today, last or today


@router.get("")
def export_page(request: Request, staff: StaffDep, clock: ClockDep) -> Response:
    today = local_now(staff.school, clock.now()).date()
    return render(request, "staff/export.html", active="export", today=today,
                  week_start=today - dt.timedelta(days=today.weekday()), can_audit=staff.has(*AUDIT_READERS))


@router.get("/marks.csv")
def marks_csv(db: DbDep, staff: StaffDep, clock: ClockDep, first: dt.date | None = None,
              last: dt.date | None = None) -> Response:
    first, last = _range(staff, clock, first, last)
    rows = db.exec(select(AttendanceMark, Pupil).join(Pupil, Pupil.id == AttendanceMark.pupil_id).where(
        AttendanceMark.school_id == staff.school.id, AttendanceMark.status == MarkStatus.confirmed,
        AttendanceMark.day >= first, AttendanceMark.day <= last,
    ).order_by(AttendanceMark.day, Pupil.form, Pupil.legal_last_name, Pupil.legal_first_name, AttendanceMark.half))
    data = [(p.upn or "", p.mis_id, p.legal_last_name, p.legal_first_name, p.form, m.day.isoformat(), m.half, m.code,
             m.arrival.strftime("%H:%M") if m.arrival else "", m.updated_at.isoformat()) for m, p in rows]
    db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action="export_marks",
                      subject=f"{first}..{last}", details={"rows": len(data)}, at=clock.now()))
    db.commit()
    return _csv(data, MARK_COLUMNS, f"marks-{staff.school.slug}-{first}-{last}.csv")


@router.get("/audit.csv")
def audit_csv(db: DbDep, staff: StaffDep, clock: ClockDep, first: dt.date | None = None,
              last: dt.date | None = None) -> Response:
    staff.require(*AUDIT_READERS)
    first, last = _range(staff, clock, first, last)
    start, end = day_bounds(staff.school, first)[0], day_bounds(staff.school, last)[1]
    names = {u.id: u.name for u in db.exec(select(StaffUser))}
    rows: list[tuple[object, ...]] = []
    for e in db.exec(select(AuditEvent).where(AuditEvent.school_id == staff.school.id, AuditEvent.at >= start,
                                              AuditEvent.at < end)):
        rows.append((e.at.isoformat(), "staff action", names.get(e.staff_id, ""), "", e.action, e.subject,
                     str(e.details)))
    amendments = db.exec(select(MarkAmendment, AttendanceMark).join(
        AttendanceMark, AttendanceMark.id == MarkAmendment.mark_id).where(
        AttendanceMark.school_id == staff.school.id, MarkAmendment.at >= start, MarkAmendment.at < end,
        col(MarkAmendment.previous_code).is_not(None)))
    for a, m in amendments:
        rows.append((a.at.isoformat(), "register amendment", a.actor_name, a.actor_role,
                     f"{a.previous_code} -> {a.new_code} ({a.new_status})", f"pupil:{m.pupil_id} {m.day} {m.half}",
                     a.reason))
    rows.sort(key=lambda r: str(r[0]))
    db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action="export_audit",
                      subject=f"{first}..{last}", details={"rows": len(rows)}, at=clock.now()))
    db.commit()
    return _csv(rows, AUDIT_COLUMNS, f"audit-{staff.school.slug}-{first}-{last}.csv")
