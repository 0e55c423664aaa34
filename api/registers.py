"""The MIS push: a school's management information system sends each class register as it is
taken, as JSON or as a CSV upload. Authenticated by the school's API key (`rollcall school api-key
SLUG`), sent as `Authorization: Bearer <key>`. A re-push of the same register changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, UploadFile, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session, col, select

from api.deps import ClockDep, DbDep
from core.calendar import Session as RegisterSession
from models.attendance import Actor, MarkSource
from models.people import Pupil
from models.school import School
from scheduler.apikeys import key_matches
from scheduler.context import load_context
from scheduler.registers import REGISTER_CODES, RegisterRefused, record_register

router = APIRouter(prefix="/api/v1/schools/{school_id}", tags=["MIS push"])
bearer = HTTPBearer(auto_error=False, description="The school's API key from `rollcall school api-key SLUG`.")
MIS = Actor("MIS push", "system")
MAX_CSV_BYTES = 2 * 1024 * 1024
UNPROCESSABLE = 422


class RegisterPush(BaseModel):
    """One class's register for one session."""

    session: str = Field(description='The session, "YYYY-MM-DD AM" or "YYYY-MM-DD PM" (school local date).',
                         examples=["2026-11-30 AM"])
    form: str = Field(min_length=1, max_length=32, description="The class (registration group) as in the MIS.",
                      examples=["4B"])
    marks: dict[str, str] = Field(
        min_length=1, description="Each pupil's mark by MIS id: `/` or `\\` present, `L` late, `N` absent with no "
        "reason known, an approved-activity code (`V`, `B`, `K`, `P`, `D`, `W`) or any 2024 DfE code.",
        examples=[{"1001": "/", "1002": "N", "1003": "V"}])

    @field_validator("session")
    @classmethod
    def _session(cls, value: str) -> str:
        try:
            RegisterSession.parse(value)
        except ValueError as exc:
            raise ValueError(f'session must look like "2026-11-30 AM": {exc}') from exc
        return value

    @field_validator("marks")
    @classmethod
    def _codes(cls, value: dict[str, str]) -> dict[str, str]:
        bad = sorted({c for c in value.values() if c not in REGISTER_CODES})
        if bad:
            raise ValueError(f"unknown register codes: {', '.join(bad)}")
        return value


class RegisterAccepted(BaseModel):
    """What Rollcall did with a register."""

    session: str
    form: str
    written: int = Field(description="marks created or changed")
    unchanged: int = Field(description="marks already as pushed (a re-push changes nothing)")
    kept_reported: int = Field(description="`N` marks not applied because a parent had already given a reason")
    chases_started: int = Field(description="chases started now (only when the register arrives after its close)")
    taken_at: dt.datetime = Field(description="when the register was first received")


def school_for_key(school_id: int, db: DbDep,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> School:
    school = db.get(School, school_id)
    if school is None or not key_matches(school, credentials.credentials if credentials else None):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or invalid API key for this school",
                            headers={"WWW-Authenticate": "Bearer"})
    return school


SchoolDep = Annotated[School, Depends(school_for_key)]


def _accept(db: Session, school: School, push: RegisterPush, now: dt.datetime) -> RegisterAccepted:
    session = RegisterSession.parse(push.session)
    ctx = load_context(db, school)
    if not ctx.calendar.is_open(session.day):
        raise HTTPException(UNPROCESSABLE, f"{session.day.isoformat()} is not an open school day")
    if session.day > ctx.today(now):
        raise HTTPException(UNPROCESSABLE, f"session {session} is in the future")
    ids = dict(db.exec(select(Pupil.mis_id, Pupil.id).where(Pupil.school_id == school.id,
                                                            col(Pupil.mis_id).in_(list(push.marks)))).all())
    unknown = sorted(set(push.marks) - set(ids))
    if unknown:
        raise HTTPException(UNPROCESSABLE, f"unknown pupils (MIS ids): {', '.join(unknown)}")
    try:
        result = record_register(db, school=school, form=push.form, session=session,
                                 marks={ids[m]: code for m, code in push.marks.items()}, now=now, actor=MIS,
                                 source=MarkSource.mis)
    except RegisterRefused as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from exc
    return RegisterAccepted(**result.__dict__)


@router.post("/registers", response_model=RegisterAccepted, summary="Push one class register",
             responses={401: {"description": "missing or invalid API key"},
                        422: {"description": "malformed register, unknown pupil, closed or future day"}})
def push_register(push: RegisterPush, school: SchoolDep, db: DbDep, clock: ClockDep) -> RegisterAccepted:
    """Record a class's marks for a session. Before the register closes they wait for the close; after
    it, every pupil marked `N` with no reason from a parent is chased at once. Idempotent."""
    accepted = _accept(db, school, push, clock.now())
    db.commit()
    return accepted


@router.post("/registers.csv", response_model=list[RegisterAccepted], summary="Upload registers as CSV",
             responses={401: {"description": "missing or invalid API key"},
                        422: {"description": "malformed CSV, unknown pupil, closed or future day"}})
async def upload_registers(file: UploadFile, school: SchoolDep, db: DbDep, clock: ClockDep) -> list[RegisterAccepted]:
    """The same as the JSON push for one or more registers: a CSV with a header row `session,form,mis_id,code`
    (one line per pupil). All registers in the file are recorded, or none."""
    raw = await file.read(MAX_CSV_BYTES + 1)
    if len(raw) > MAX_CSV_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "CSV larger than 2 MB")
    pushes = parse_csv(raw)
    now = clock.now()
    accepted = [_accept(db, school, push, now) for push in pushes]
    db.commit()
    return accepted


def parse_csv(raw: bytes) -> list[RegisterPush]:
    """Registers from CSV bytes, grouped by (session, form), with row numbers in every error."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTTPException(UNPROCESSABLE, "CSV must be UTF-8") from exc
    reader = csv.DictReader(io.StringIO(text))
    wanted = {"session", "form", "mis_id", "code"}
    if not reader.fieldnames or not wanted <= {f.strip() for f in reader.fieldnames}:
        raise HTTPException(UNPROCESSABLE, "CSV header must be session,form,mis_id,code")
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for number, row in enumerate(reader, start=2):
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        if not all(values.get(f) for f in wanted):
            raise HTTPException(UNPROCESSABLE, f"line {number}: every column needs a value")
        groups.setdefault((values["session"], values["form"]), {})[values["mis_id"]] = values["code"]
    if not groups:
        raise HTTPException(UNPROCESSABLE, "CSV has no marks")
    pushes = []
    for (session, form), marks in groups.items():
        try:
            pushes.append(RegisterPush(session=session, form=form, marks=marks))
        except ValueError as exc:
            raise HTTPException(UNPROCESSABLE, f"{session} {form}: {exc}") from exc
    return pushes
