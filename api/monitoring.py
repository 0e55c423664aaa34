"""Staff pages for attendance monitoring: the school's figures and charts, a pupil's year, the
letters to parents (review, edit, approve, print, send), the school's letter templates and its
monitoring settings. Approving, sending and changing templates or settings is for the attendance
lead, headteacher and admin; every such action is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, col, func, select

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffContext, StaffDep
from api.staff.csrf import check_csrf
from api.staff.scope import pupil_of, school_row
from api.staff.templating import render
from core.policy import MonitoringPolicy
from models.audit import AuditEvent
from models.monitoring import Letter, LetterKind, LetterStatus, LetterTemplate
from models.people import Contact, Pupil, Role
from models.school import School
from monitoring.letters import (
    LetterError,
    approve_letter,
    check_template,
    draft_letter,
    edit_letter,
    letter_html,
    letter_pdf,
    school_templates,
    send_letter,
)
from monitoring.overview import pupil_overview, school_overview
from monitoring.periods import Period, academic_year
from monitoring.queries import pupil_figures
from monitoring.recompute import recompute_school, school_today
from monitoring.wording import BUILTIN, MERGE_FIELDS

router = APIRouter(prefix="/staff/monitoring", include_in_schema=False, dependencies=[Depends(check_csrf)])
LEADS = (Role.attendance_lead, Role.headteacher, Role.admin)
KIND_LABELS = {LetterKind.concern: "Concern (letter 1)", LetterKind.meeting: "Meeting invitation (letter 2)",
               LetterKind.panel: "Attendance panel (letter 3)", LetterKind.lateness: "Lateness",
               LetterKind.praise_full: "Praise: 100% in a half term",
               LetterKind.praise_improvement: "Praise: improvement"}
NOTICES = {"recomputed": "Figures recomputed.", "approved": "Letter approved.", "sent": "Letter queued to the parent.",
           "saved": "Saved.", "drafted": "Letter drafted.", "cancelled": "Letter cancelled.",
           "template": "Template saved.", "reverted": "Template reverted to the built-in wording."}


def _notice(request: Request) -> str | None:
    return NOTICES.get(request.query_params.get("done", ""))


def _letter(db: Session, staff: StaffContext, letter_id: int) -> Letter:
    return school_row(db, staff, Letter, letter_id)


def _audit(db: Session, staff: StaffContext, action: str, subject: str, now: dt.datetime, **details: Any) -> None:
    db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action=action, subject=subject,
                      details=details, at=now))


@router.get("")
def school_page(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep, first: dt.date | None = None,
                last: dt.date | None = None) -> Response:
    now = clock.now()
    period = None
    if first or last:
        today = school_today(staff.school, now)
        period = Period(first or academic_year(today)[0], last or today)
        if period.first > period.last:
            period = Period(period.last, period.first)
    overview = school_overview(db, staff.school, now, safeguarding=staff.sees_safeguarding, period=period)
    drafts = db.exec(select(func.count()).select_from(Letter).where(
        Letter.school_id == staff.school.id, Letter.status == LetterStatus.draft)).one()
    return render(request, "monitoring/school.html", active="monitoring", o=overview, drafts=drafts,
                  can_lead=staff.has(*LEADS), flash=_notice(request))


@router.post("/recompute")
def recompute(db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*LEADS, Role.office)
    result = recompute_school(db, staff.school, clock.now())
    _audit(db, staff, "monitoring_recomputed", staff.school.slug, clock.now(), summary=result.summary())
    db.commit()
    return RedirectResponse("/staff/monitoring?done=recomputed", status_code=303)


@router.get("/pupils/{pupil_id}")
def pupil_page(request: Request, pupil_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    pupil = pupil_of(db, staff, pupil_id)
    overview = pupil_overview(db, staff.school, pupil, clock.now())
    return render(request, "monitoring/pupil.html", active="monitoring", p=overview, kinds=KIND_LABELS,
                  can_lead=staff.has(*LEADS), flash=_notice(request))


@router.get("/pupils/{pupil_id}/charts")
def pupil_charts(request: Request, pupil_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    """The pupil's calendar and attendance line as a fragment, for the staff pupil page to embed."""
    pupil = pupil_of(db, staff, pupil_id)
    return render(request, "monitoring/_pupil_charts.html", p=pupil_overview(db, staff.school, pupil, clock.now()))


@router.post("/pupils/{pupil_id}/letters")
def new_letter(pupil_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
               kind: Annotated[LetterKind, Form()]) -> Response:
    staff.require(*LEADS, Role.office)
    pupil = pupil_of(db, staff, pupil_id)
    now = clock.now()
    today = school_today(staff.school, now)
    period = Period(academic_year(today)[0], today)
    letter = draft_letter(db, school=staff.school, pupil=pupil, kind=kind, now=now, today=today,
                          figures=pupil_figures(db, pupil.id or 0, period.first, period.last), period=period)
    _audit(db, staff, "letter_drafted", f"pupil {pupil.id}", now, letter_id=letter.id, kind=str(kind))
    db.commit()
    return RedirectResponse(f"/staff/monitoring/letters/{letter.id}?done=drafted", status_code=303)


@router.get("/letters")
def letters_page(request: Request, db: DbDep, staff: StaffDep, status: str = "draft") -> Response:
    query = (select(Letter, Pupil).join(Pupil, col(Pupil.id) == Letter.pupil_id)
             .where(Letter.school_id == staff.school.id))
    if status in LetterStatus.__members__:
        query = query.where(Letter.status == status)
    rows = list(db.exec(query.order_by(col(Letter.created_at).desc(), col(Letter.id).desc()).limit(500)))
    return render(request, "monitoring/letters.html", active="monitoring", rows=rows, status=status,
                  statuses=list(LetterStatus), kinds=KIND_LABELS, flash=_notice(request))


@router.get("/letters/{letter_id}")
def letter_page(request: Request, letter_id: int, db: DbDep, staff: StaffDep, error: str | None = None) -> Response:
    letter = _letter(db, staff, letter_id)
    pupil = db.get(Pupil, letter.pupil_id)
    contact = db.get(Contact, letter.contact_id) if letter.contact_id else None
    return render(request, "monitoring/letter.html", active="monitoring", letter=letter, pupil=pupil,
                  contact=contact, kinds=KIND_LABELS, can_lead=staff.has(*LEADS), error=error,
                  flash=_notice(request))


def _letter_action(request: Request, db: Session, staff: StaffContext, letter: Letter, action: Callable[[], None],
                   done: str) -> Response:
    try:
        action()
    except LetterError as exc:
        db.rollback()
        pupil = db.get(Pupil, letter.pupil_id)
        contact = db.get(Contact, letter.contact_id) if letter.contact_id else None
        return render(request, "monitoring/letter.html", status_code=409, active="monitoring", letter=letter,
                      pupil=pupil, contact=contact, kinds=KIND_LABELS, can_lead=staff.has(*LEADS), error=str(exc))
    db.add(letter)
    db.commit()
    return RedirectResponse(f"/staff/monitoring/letters/{letter.id}?done={done}", status_code=303)


@router.post("/letters/{letter_id}")
def save_letter(request: Request, letter_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
                subject: Annotated[str, Form(max_length=300)],
                body: Annotated[str, Form(max_length=20000)]) -> Response:
    staff.require(*LEADS, Role.office)
    letter = _letter(db, staff, letter_id)
    return _letter_action(request, db, staff, letter,
                          lambda: edit_letter(letter, subject=subject, body=body, now=clock.now()), "saved")


@router.post("/letters/{letter_id}/approve")
def approve(request: Request, letter_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*LEADS)
    letter = _letter(db, staff, letter_id)

    def act() -> None:
        approve_letter(letter, staff_id=staff.user.id, staff_name=staff.user.name, now=clock.now())
        _audit(db, staff, "letter_approved", f"letter {letter.id}", clock.now(), pupil_id=letter.pupil_id)

    return _letter_action(request, db, staff, letter, act, "approved")


@router.post("/letters/{letter_id}/send")
def send(request: Request, letter_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*LEADS)
    letter = _letter(db, staff, letter_id)

    def act() -> None:
        message = send_letter(db, letter, now=clock.now())
        _audit(db, staff, "letter_sent", f"letter {letter.id}", clock.now(), message_id=message.id,
               channel=str(message.channel))

    return _letter_action(request, db, staff, letter, act, "sent")


@router.post("/letters/{letter_id}/cancel")
def cancel(request: Request, letter_id: int, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*LEADS)
    letter = _letter(db, staff, letter_id)

    def act() -> None:
        if letter.status == LetterStatus.sent:
            raise LetterError("A sent letter cannot be cancelled.")
        letter.status, letter.updated_at = LetterStatus.cancelled, clock.now()

    return _letter_action(request, db, staff, letter, act, "cancelled")


@router.get("/letters/{letter_id}/print")
def print_letter(letter_id: int, db: DbDep, staff: StaffDep) -> Response:
    return HTMLResponse(letter_html(_letter(db, staff, letter_id), staff.school))


@router.get("/letters/{letter_id}/pdf")
def pdf_letter(letter_id: int, db: DbDep, staff: StaffDep) -> Response:
    letter = _letter(db, staff, letter_id)
    return Response(letter_pdf(letter, staff.school), media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="letter-{letter.id}.pdf"'})


@router.get("/templates")
def templates_page(request: Request, db: DbDep, staff: StaffDep, error: str | None = None) -> Response:
    custom = school_templates(db, staff.school.id or 0)
    rows = []
    for kind, label in KIND_LABELS.items():
        for lang in sorted({"en", *(lng for lng, kinds in BUILTIN.items() if kind in kinds),
                            *(lng for k, lng in custom if k == kind)}):
            own = custom.get((kind, lang))
            builtin = BUILTIN.get(lang, {}).get(kind)
            subject, body = (own.subject, own.body) if own else (builtin or ("", ""))
            rows.append({"kind": kind, "label": label, "language": lang, "custom": own is not None,
                         "builtin": builtin is not None, "subject": subject, "body": body})
    return render(request, "monitoring/templates.html", active="monitoring", rows=rows, fields=MERGE_FIELDS,
                  kinds=KIND_LABELS, can_lead=staff.has(*LEADS), error=error, flash=_notice(request))


@router.post("/templates")
def save_template(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep,
                  kind: Annotated[LetterKind, Form()], language: Annotated[str, Form(min_length=2, max_length=8)],
                  subject: Annotated[str, Form(max_length=300)], body: Annotated[str, Form(max_length=20000)],
                  revert: Annotated[str, Form()] = "") -> Response:
    staff.require(*LEADS)
    language = language.strip().lower()
    existing = db.exec(select(LetterTemplate).where(LetterTemplate.school_id == staff.school.id,
                                                    LetterTemplate.kind == kind,
                                                    LetterTemplate.language == language)).first()
    if revert:
        if existing is not None:
            db.delete(existing)
            _audit(db, staff, "letter_template_reverted", f"{kind}/{language}", clock.now())
            db.commit()
        return RedirectResponse("/staff/monitoring/templates?done=reverted", status_code=303)
    try:
        check_template(subject, body)
    except LetterError as exc:
        response = templates_page(request, db, staff, error=f"{KIND_LABELS[kind]} ({language}): {exc}")
        response.status_code = 422
        return response
    template = existing or LetterTemplate(school_id=staff.school.id or 0, kind=kind, language=language)
    template.subject, template.body = subject.strip(), body.strip()
    template.updated_by_id, template.updated_at = staff.user.id, clock.now()
    db.add(template)
    _audit(db, staff, "letter_template_saved", f"{kind}/{language}", clock.now())
    db.commit()
    return RedirectResponse("/staff/monitoring/templates?done=template", status_code=303)


SETTING_LABELS = {
    "band_green_min": "Green band from (%)", "band_amber_min": "Amber band from (%)",
    "letter_thresholds": "Letter thresholds (%, comma separated)",
    "letter_kinds": "Letter for each threshold (e.g. 95=concern, 90=meeting)",
    "persistent_absence_pct": "Persistent absence: missed at least (%)",
    "severe_absence_pct": "Severe absence: missed at least (%)",
    "penalty_sessions": "Penalty notice threshold (unauthorised sessions)",
    "penalty_weeks": "…within this many school weeks", "penalty_warning_sessions": "Early warning at (sessions)",
    "penalty_codes": "Codes counted for the penalty threshold", "lates_per_half_term": "Late (L) marks per half term",
    "u_per_half_term": "U sessions per half term", "min_possible_sessions": "No percentage letters before (sessions)",
    "near_threshold_pct": "“Near” a threshold: within (points)",
    "improvement_weeks": "Monitoring period after a letter (weeks)",
    "improvement_target_pct": "Monitoring period target (%)", "praise_full_half_term": "Praise 100% in a half term",
    "half_term_break_days": "Closed weekdays that end a half term",
}


def _setting_text(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _parse_setting(name: str, text: str) -> object:
    annotation = str(MonitoringPolicy.model_fields[name].annotation)
    items = [x.strip() for x in text.split(",") if x.strip()]
    if annotation.startswith("dict"):
        return dict(x.split("=", 1) for x in items if "=" in x)
    if annotation.startswith("list"):
        return items
    return text.strip()


@router.get("/settings")
def settings_page(request: Request, staff: StaffDep, error: str | None = None) -> Response:
    policy = staff.school.get_policy().monitoring
    rows = [(name, label, getattr(policy, name), _setting_text(getattr(policy, name)))
            for name, label in SETTING_LABELS.items()]
    return render(request, "monitoring/settings.html", active="monitoring", rows=rows, can_lead=staff.has(*LEADS),
                  error=error, flash=_notice(request))


@router.post("/settings")
async def save_settings(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    staff.require(*LEADS)
    form = await request.form()
    data: dict[str, object] = {}
    for name in SETTING_LABELS:
        if name == "praise_full_half_term":
            data[name] = form.get(name) == "on"
        elif isinstance(form.get(name), str):
            data[name] = _parse_setting(name, str(form.get(name)))
    try:
        monitoring = MonitoringPolicy.model_validate(data)
        if any(k not in LetterKind.__members__ for k in monitoring.letter_kinds.values()):
            raise ValueError(f"letters are one of {', '.join(LetterKind.__members__)}")
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        response = settings_page(request, staff, error=f"Not saved: {exc}")
        response.status_code = 422
        return response
    school = db.get(School, staff.school.id)
    policy = school.get_policy()
    policy.monitoring = monitoring
    school.set_policy(policy)
    db.add(school)
    _audit(db, staff, "monitoring_settings_saved", school.slug, clock.now(), settings=monitoring.model_dump())
    db.commit()
    return RedirectResponse("/staff/monitoring/settings?done=saved", status_code=303)
