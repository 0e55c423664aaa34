"""Who is asking: the logged-in staff member, their school and roles, and the login rules
(argon2 passwords, per-address rate limit, per-account lockout)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy import func
from sqlmodel import Session, select

from api.deps import DbDep
from models.attendance import Actor
from models.passwords import hash_password, verify_password
from models.people import Role, StaffRole, StaffUser
from models.school import School

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
RATE_WINDOW = dt.timedelta(minutes=10)
RATE_ATTEMPTS = 20
SAFEGUARDING_ROLES = frozenset({Role.dsl, Role.attendance_lead})
ROLE_ORDER = (Role.headteacher, Role.dsl, Role.attendance_lead, Role.office, Role.admin)
ROLE_LABELS = {Role.office: "Office", Role.attendance_lead: "Attendance lead", Role.dsl: "DSL",
               Role.headteacher: "Headteacher", Role.admin: "Admin"}
_DUMMY_HASH = hash_password("timing-equaliser")


class NotLoggedIn(Exception):
    """Raised by `current_staff`; the app answers with a redirect to the login page."""


@dataclass
class StaffContext:
    user: StaffUser
    school: School
    roles: frozenset[Role]
    schools: list[School] = field(default_factory=list)
    csrf: str = ""

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def sees_safeguarding(self) -> bool:
        return self.has(*SAFEGUARDING_ROLES)

    @property
    def main_role(self) -> Role:
        return next(r for r in ROLE_ORDER if r in self.roles)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.main_role]

    @property
    def actor(self) -> Actor:
        return Actor(self.user.name, str(self.main_role), self.user.id)

    def require(self, *roles: Role) -> None:
        if not self.has(*roles):
            raise HTTPException(403, "Your role cannot do this.")


def schools_for(db: Session, user: StaffUser) -> dict[int, tuple[School, frozenset[Role]]]:
    """Every school the user may open, with their roles there (a trust admin is admin in each); the
    schools with an explicit role first (the first is where they land at login)."""
    out: dict[int, tuple[School, set[Role]]] = {}
    rows = db.exec(select(StaffRole, School).join(School, School.id == StaffRole.school_id)
                   .where(StaffRole.staff_id == user.id))
    for role, school in rows:
        out.setdefault(school.id, (school, set()))[1].add(role.role)
    own = set(out)
    if user.is_trust_admin and user.trust_id is not None:
        for school in db.exec(select(School).where(School.trust_id == user.trust_id)):
            out.setdefault(school.id, (school, set()))[1].add(Role.admin)
    ordered = sorted(out.items(), key=lambda kv: (kv[0] not in own, kv[1][0].name))
    return {k: (s, frozenset(r)) for k, (s, r) in ordered}


def current_staff(request: Request, db: DbDep) -> StaffContext:
    """The logged-in staff member at their current school; `NotLoggedIn` otherwise."""
    from api.staff.sessions import load_session

    session = load_session(request)
    if session is None or session.staff_id is None:
        raise NotLoggedIn()
    user = db.get(StaffUser, session.staff_id)
    if user is None:
        raise NotLoggedIn()
    allowed = schools_for(db, user)
    if not allowed:
        raise HTTPException(403, "Your account has no school.")
    school_id = session.school_id if session.school_id in allowed else next(iter(allowed))
    school, roles = allowed[school_id]
    ctx = StaffContext(user=user, school=school, roles=roles, schools=[s for s, _ in allowed.values()],
                       csrf=session.csrf)
    request.state.staff = ctx
    return ctx


StaffDep = Annotated[StaffContext, Depends(current_staff)]


class LoginLimiter:
    """Attempts per client address in a sliding window (in-process; the account lockout is durable)."""

    def __init__(self, attempts: int = RATE_ATTEMPTS, window: dt.timedelta = RATE_WINDOW) -> None:
        self.attempts, self.window = attempts, window
        self._seen: dict[str, deque[dt.datetime]] = defaultdict(deque)

    def allow(self, key: str, now: dt.datetime) -> bool:
        if len(self._seen) > 10_000:  # forget addresses whose window has passed
            self._seen = defaultdict(deque, {k: v for k, v in self._seen.items() if v and v[-1] > now - self.window})
        seen = self._seen[key]
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.attempts:
            return False
        seen.append(now)
        return True


def authenticate(db: Session, email: str, password: str, now: dt.datetime) -> StaffUser | None:
    """The user when the password is right and the account not locked; counts failures and locks
    the account for `LOCKOUT` after `MAX_FAILED_LOGINS` in a row."""
    user = db.exec(select(StaffUser).where(func.lower(StaffUser.email) == email.strip().lower())).first()
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if user.locked_until is not None and user.locked_until > now:
        return None
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until, user.failed_logins = now + LOCKOUT, 0
        db.add(user)
        db.commit()
        return None
    user.failed_logins, user.locked_until = 0, None
    db.add(user)
    db.commit()
    return user
