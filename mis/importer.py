"""Importing pupils, contacts and pupil-contact links from MIS exports (SIMS, Arbor, or any CSV
whose headers use the spellings in `mis.columns`).

Each row is imported inside its own savepoint: a bad row is rejected with its line number and
reason and leaves nothing behind, the others import. Importing the same file again changes
nothing. A column absent from the file leaves the stored value alone; a blank cell in a column
that is present clears it (for pupils) or is ignored (for contact details, which repeat on every
sibling's row). The caller owns the transaction: commit to keep the import, roll back for a dry run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from mis import columns as C
from mis.report import ImportReport, RowIssue
from mis.table import Row, Table, read_table
from mis.values import (
    clean,
    name_key,
    normalise_email,
    normalise_gender,
    normalise_language,
    normalise_mis_id,
    normalise_phone,
    normalise_upn,
    normalise_year_group,
    parse_bool,
    parse_date,
    parse_sen,
)
from models import Contact, Pupil, PupilContact, School

Progress = Callable[[int, int], None]
Outcome = tuple[str, Any, str]  # (kind, record key, "created" | "updated" | "unchanged")


class RowRejected(ValueError):
    """A row that cannot be imported; the message is the reason shown to the school."""


def _set(obj: Any, values: dict[str, Any]) -> bool:
    """Assign values; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Import:
    """The shared machinery of one file's import: reading, the savepoint per row, the report."""

    kind = ""
    synonyms: dict[str, tuple[str, ...]] = {}
    required: tuple[tuple[str, ...], ...] = ()

    def __init__(self, session: Session, school: School, source: str) -> None:
        self.session, self.school = session, school
        self.report = ImportReport(source=source, kind=self.kind)
        self.table: Table | None = None
        self.row_warnings: list[str] = []  # the current row's, reported only if it imports
        self.links_seen: dict[tuple[int | None, int | None], int] = {}
        self.next_priority: dict[int | None, int] = {}
        self.pending_link: tuple[tuple[int | None, int | None], int, int] = ((None, None), 0, 0)

    def header(self, name: str) -> str:
        assert self.table is not None
        return self.table.columns.get(name) or self.synonyms[name][0]

    def has(self, name: str) -> bool:
        assert self.table is not None
        return name in self.table.columns

    def required_text(self, row: Row, name: str) -> str:
        text = clean(row.values.get(name))
        if not text:
            raise RowRejected(f"missing required field: {self.header(name)}")
        return text

    def run(self, data: bytes, *, encoding: str | None, progress: Progress | None) -> ImportReport:
        self.table = read_table(data, self.synonyms, self.required, encoding=encoding)
        self.report.notes += self.table.notes
        if self.table.ignored:
            self.report.notes.append("columns not imported: " + ", ".join(self.table.ignored))
        total = len(self.table.rows)
        for done, row in enumerate(self.table.rows, start=1):
            self.report.rows += 1
            self._one(row)
            if progress:
                progress(done, total)
        return self.report

    def _one(self, row: Row) -> None:
        if row.problem:
            self.report.rejected.append(RowIssue(row.line, row.problem))
            return
        self.row_warnings = []
        savepoint = self.session.begin_nested()
        try:
            outcomes = self.import_row(row)
            self.session.flush()
        except ValueError as exc:
            savepoint.rollback()
            self.report.rejected.append(RowIssue(row.line, str(exc)))
            return
        except DBAPIError as exc:  # a constraint or a value the column cannot hold
            savepoint.rollback()
            reason = str(exc.orig).strip().splitlines()[0]
            self.report.rejected.append(RowIssue(row.line, f"refused by the database: {reason}"))
            return
        savepoint.commit()
        self.report.warnings += [RowIssue(row.line, w) for w in self.row_warnings]
        for kind, key, outcome in outcomes:
            self.report.record(kind, key, outcome)
        self.remember(row)

    def import_row(self, row: Row) -> list[Outcome]:
        raise NotImplementedError

    def remember(self, row: Row) -> None:
        """Note what an imported row claimed (for duplicate checks on later rows)."""

    # -- shared by the contact and link imports -------------------------------------------------

    def pupil_where(self, condition: Any) -> Pupil | None:
        return self.session.exec(select(Pupil).where(Pupil.school_id == self.school.id, condition)).first()

    def find_pupil(self, row: Row) -> Pupil:
        mis_id = normalise_mis_id(row.values.get("mis_id"))
        upn = normalise_upn(row.values.get("upn"))
        if not mis_id and not upn:
            raise RowRejected(f"missing required field: {self.header('mis_id' if self.has('mis_id') else 'upn')}")
        by_id = self.pupil_where(Pupil.mis_id == mis_id) if mis_id else None
        if by_id is not None:
            if upn and by_id.upn and by_id.upn != upn:
                raise RowRejected(f"{self.header('mis_id')} {mis_id} and UPN {upn} name different pupils")
            return by_id
        by_upn = self.pupil_where(Pupil.upn == upn) if upn else None
        if by_upn is not None:
            return by_upn
        ref = " / ".join(x for x in (mis_id and f"{self.header('mis_id')} {mis_id}", upn and f"UPN {upn}") if x)
        raise RowRejected(f"unknown pupil reference: {ref} is not a pupil of {self.school.name} (import pupils first)")

    def school_contacts(self) -> Any:
        """A query for the contacts linked to this school's pupils."""
        return (select(Contact).join(PupilContact, PupilContact.contact_id == Contact.id)
                .join(Pupil, Pupil.id == PupilContact.pupil_id).where(Pupil.school_id == self.school.id))

    def link_values(self, row: Row, pupil: Pupil, existing: PupilContact | None) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.has("relationship"):
            values["relationship"] = clean(row.values["relationship"])[:64]
        text = clean(row.values.get("priority"))
        if text:
            try:
                priority = int(float(text))
            except ValueError:
                raise RowRejected(f"{self.header('priority')}: {text!r} is not a number") from None
            if priority < 1:
                raise RowRejected(f"{self.header('priority')}: {text!r} must be 1 or more")
            values["priority"] = priority
        elif existing is None:
            values["priority"] = self.next_priority.get(pupil.id, 0) + 1
        for name, default in (("parental_responsibility", True), ("lives_with_pupil", True), ("court_order", False)):
            if self.has(name):
                flag = parse_bool(row.values[name], self.header(name))
                values[name] = default if flag is None else flag
        return values

    def upsert_link(self, row: Row, pupil: Pupil, contact: Contact) -> Outcome:
        key = (pupil.id, contact.id)
        if key in self.links_seen:
            raise RowRejected(f"duplicate: this contact is already linked to this pupil on line {self.links_seen[key]}")
        link = self.session.get(PupilContact, key)
        values = self.link_values(row, pupil, link)
        if link is None:
            link = PupilContact(pupil_id=pupil.id, contact_id=contact.id, **values)
            self.session.add(link)
            outcome = "created"
        else:
            outcome = "updated" if _set(link, values) else "unchanged"
        self.pending_link = (key, row.line, link.priority)
        return ("links", key, outcome)

    def remember_link(self) -> None:
        (pupil_id, contact_id), line, priority = self.pending_link
        self.links_seen[(pupil_id, contact_id)] = line
        self.next_priority[pupil_id] = max(self.next_priority.get(pupil_id, 0), priority)


class PupilImport(_Import):
    kind = "pupils"
    synonyms = C.PUPIL_COLUMNS
    required = C.PUPIL_REQUIRED

    def __init__(self, session: Session, school: School, source: str) -> None:
        super().__init__(session, school, source)
        self.ids_seen: dict[str, int] = {}
        self.upns_seen: dict[str, int] = {}

    def parse(self, row: Row) -> dict[str, Any]:
        v = row.values
        mis_id = normalise_mis_id(self.required_text(row, "mis_id"))
        if len(mis_id) > 64:
            raise RowRejected(f"{self.header('mis_id')}: {mis_id[:20]!r}... is too long for an id")
        values: dict[str, Any] = {
            "mis_id": mis_id,
            "legal_last_name": self.required_text(row, "legal_last_name")[:100],
            "legal_first_name": self.required_text(row, "legal_first_name")[:100],
        }
        if mis_id in self.ids_seen:
            line = self.ids_seen[mis_id]
            raise RowRejected(f"duplicate id: {self.header('mis_id')} {mis_id} is already on line {line}")
        if self.has("upn"):
            values["upn"] = normalise_upn(v["upn"])
            if values["upn"] in self.upns_seen:
                line = self.upns_seen[values["upn"]]
                raise RowRejected(f"duplicate id: UPN {values['upn']} is already on line {line}")
        for name in ("preferred_last_name", "preferred_first_name"):
            if self.has(name):
                values[name] = clean(v[name])[:100] or None
        for name in ("date_of_birth", "on_roll_from", "on_roll_until"):
            if self.has(name):
                values[name] = parse_date(v[name], self.header(name))
        if self.has("gender"):
            values["gender"] = (normalise_gender(v["gender"]) or "")[:16] or None
        if self.has("year_group"):
            values["year_group"] = normalise_year_group(v["year_group"])[:32]
        if self.has("form"):
            values["form"] = clean(v["form"])[:32]
        if self.has("sen"):
            values["send"], values["ehcp"] = parse_sen(v["sen"])
        if self.has("ehcp") and parse_bool(v["ehcp"], self.header("ehcp")):
            values["send"] = values["ehcp"] = True
        for name in C.PUPIL_FLAG_COLUMNS:
            if self.has(name):
                values[name] = bool(parse_bool(v[name], self.header(name)))
        return values

    def import_row(self, row: Row) -> list[Outcome]:
        values = self.parse(row)
        pupil = self.pupil_where(Pupil.mis_id == values["mis_id"])
        upn = values.get("upn")
        if upn:
            holder = self.pupil_where(Pupil.upn == upn)
            if pupil is None:
                pupil = holder  # the same child under a new id (e.g. after a change of MIS)
            elif holder is not None and holder.id != pupil.id:
                raise RowRejected(f"UPN {upn} belongs to another pupil ({self.header('mis_id')} {holder.mis_id})")
        if pupil is None:
            pupil = Pupil(school_id=self.school.id, **values)
            self.session.add(pupil)
            self.session.flush()
            return [("pupils", pupil.id, "created")]
        if _set(pupil, values):
            pupil.updated_at = _utcnow()
            return [("pupils", pupil.id, "updated")]
        return [("pupils", pupil.id, "unchanged")]

    def remember(self, row: Row) -> None:
        self.ids_seen[normalise_mis_id(row.values["mis_id"])] = row.line
        upn = normalise_upn(row.values.get("upn"))
        if upn:
            self.upns_seen[upn] = row.line


@dataclass
class _ContactFields:
    ref: str | None
    values: dict[str, Any]  # the non-blank contact details in the row
    key: str  # name_key of the contact's name


class ContactImport(_Import):
    """Rows of one pupil-contact link each, carrying the contact's details (SIMS contacts report,
    Arbor guardians export). Siblings repeat the contact; SIMS has no contact id, so contacts
    are matched by contact id when given, else by name with the same mobile or email."""

    kind = "contacts"
    synonyms = C.CONTACT_COLUMNS
    required = C.CONTACT_REQUIRED

    def __init__(self, session: Session, school: School, source: str) -> None:
        super().__init__(session, school, source)
        self.refs_seen: dict[str, tuple[str, int]] = {}
        self.pending_ref: tuple[str, str] | None = None

    def parse_contact(self, row: Row) -> _ContactFields:
        v = row.values
        first, last = clean(v.get("first_name"))[:100], clean(v.get("last_name"))[:100]
        if not first and not last:
            raise RowRejected(f"missing required field: {self.header('last_name')}")
        values: dict[str, Any] = {"first_name": first, "last_name": last}
        if self.has("title") and clean(v["title"]):
            values["title"] = clean(v["title"])[:16]
        mobile = normalise_phone(v.get("mobile"), self.header("mobile")) if self.has("mobile") else None
        if mobile:
            values["mobile"] = mobile
            if mobile.startswith("+44") and not mobile.startswith("+447"):
                self.row_warnings.append(f"{mobile} is not a UK mobile: texts will not reach it")
        email = normalise_email(v.get("email"), self.header("email")) if self.has("email") else None
        if email:
            values["email"] = email
        if self.has("language"):
            try:
                language = normalise_language(v["language"])
            except ValueError as exc:
                self.row_warnings.append(f"{exc}: language left unset")
                language = None
            if language:
                values["language"] = language
        ref = clean(v.get("contact_ref")) or None
        if ref and len(ref) > 64:
            raise RowRejected(f"{self.header('contact_ref')}: {ref[:20]!r}... is too long for an id")
        return _ContactFields(ref=ref, values=values, key=name_key(first, last))

    def find_contact(self, found: _ContactFields) -> Contact | None:
        if found.ref:
            contact = self.session.exec(self.school_contacts().where(Contact.mis_ref == found.ref)).first()
            if contact is not None:
                return contact
        mobile, email = found.values.get("mobile"), found.values.get("email")
        if mobile or email:
            conditions = []
            if mobile:
                conditions.append(Contact.mobile == mobile)
            if email:
                conditions.append(func.lower(Contact.email) == email)
            candidates = self.session.exec(select(Contact).where(or_(*conditions)).order_by(Contact.id)).all()
        else:  # no details to match on: only a namesake without details, already at this school
            candidates = self.session.exec(self.school_contacts().where(
                Contact.mobile.is_(None), Contact.email.is_(None)).order_by(Contact.id)).all()
        for contact in candidates:
            if name_key(contact.first_name, contact.last_name) != found.key:
                continue
            if found.ref and contact.mis_ref and contact.mis_ref != found.ref:
                continue  # another record of the MIS: keep them apart so re-imports stay stable
            return contact
        return None

    def import_row(self, row: Row) -> list[Outcome]:
        pupil = self.find_pupil(row)
        found = self.parse_contact(row)
        if found.ref and found.ref in self.refs_seen and self.refs_seen[found.ref][0] != found.key:
            raise RowRejected(f"duplicate id: {self.header('contact_ref')} {found.ref} names someone else on line "
                              f"{self.refs_seen[found.ref][1]}")
        contact = self.find_contact(found)
        values = dict(found.values)
        if found.ref:
            values["mis_ref"] = found.ref
        if contact is None:
            contact = Contact(**values)
            self.session.add(contact)
            self.session.flush()
            contact_outcome = "created"
        elif _set(contact, values):
            contact.updated_at = _utcnow()
            contact_outcome = "updated"
        else:
            contact_outcome = "unchanged"
        self.pending_ref = (found.ref, found.key) if found.ref else None
        return [("contacts", contact.id, contact_outcome), self.upsert_link(row, pupil, contact)]

    def remember(self, row: Row) -> None:
        self.remember_link()
        if self.pending_ref:
            ref, key = self.pending_ref
            self.refs_seen.setdefault(ref, (key, row.line))


class LinkImport(_Import):
    """Rows linking a pupil to a contact already imported, by the MIS contact id."""

    kind = "links"
    synonyms = C.LINK_FILE_COLUMNS
    required = C.LINK_REQUIRED

    def import_row(self, row: Row) -> list[Outcome]:
        pupil = self.find_pupil(row)
        ref = self.required_text(row, "contact_ref")
        contact = self.session.exec(self.school_contacts().where(Contact.mis_ref == ref)).first()
        if contact is None:
            raise RowRejected(f"unknown contact reference: {self.header('contact_ref')} {ref} is not a contact "
                              f"at {self.school.name} (import contacts first)")
        return [self.upsert_link(row, pupil, contact)]

    def remember(self, row: Row) -> None:
        self.remember_link()


def _run(importer: type[_Import], session: Session, school: School, data: bytes, source: str,
         encoding: str | None, progress: Progress | None) -> ImportReport:
    return importer(session, school, source).run(data, encoding=encoding, progress=progress)


def import_pupils(session: Session, school: School, data: bytes, *, source: str = "pupils.csv",
                  encoding: str | None = None, progress: Progress | None = None) -> ImportReport:
    """Create or update pupils from a student list (one row per pupil)."""
    return _run(PupilImport, session, school, data, source, encoding, progress)


def import_contacts(session: Session, school: School, data: bytes, *, source: str = "contacts.csv",
                    encoding: str | None = None, progress: Progress | None = None) -> ImportReport:
    """Create or update contacts and their links from a contacts export (one row per pupil-contact pair)."""
    return _run(ContactImport, session, school, data, source, encoding, progress)


def import_links(session: Session, school: School, data: bytes, *, source: str = "links.csv",
                 encoding: str | None = None, progress: Progress | None = None) -> ImportReport:
    """Create or update pupil-contact links between pupils and contacts already imported."""
    return _run(LinkImport, session, school, data, source, encoding, progress)
