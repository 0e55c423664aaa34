"""Getting a database ready: migrations, the demo school, staff accounts.

The demo school is John F Kennedy Primary (Oak Learning Trust), with the times and thresholds of
its published policy (../shared/seeds/000_*.txt), the 2026/27 term dates, about 200 pupils from
Reception to Year 6, their contacts and five staff accounts. Everything is generated from a fixed
seed and imported through the MIS importer, so `seed_demo` run twice changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources

from sqlalchemy import func
from sqlmodel import Session, select

from core.policy import SchoolPolicy
from core.settings import Settings
from mis.importer import import_contacts, import_pupils
from mis.terms import import_terms
from mis.values import upn_check_letter
from models import ClosedDay, Contact, Pupil, PupilContact, Role, School, StaffRole, StaffUser, Trust
from models.db import make_engine, session_scope
from models.passwords import hash_password, verify_password

DEMO_SLUG = "jfk-primary"
DEMO_SCHOOL = "John F Kennedy Primary School"
DEMO_TRUST = "Oak Learning Trust"
DEMO_SEED = 28  # the policy's seed file is 000_28a36e678455382a
DEMO_STAFF = (
    ("admin@demo.school", "Jordan Reeves", Role.admin),
    ("office@demo.school", "Karen Doyle", Role.office),
    ("dsl@demo.school", "Fatima Hussain", Role.dsl),
    ("lead@demo.school", "David Adams", Role.attendance_lead),
    ("head@demo.school", "Helen Carter", Role.headteacher),
)
TERMS_FILE = "demo-terms-2026-27.ics"


def prepare_database(settings: Settings, seed: bool = True) -> str | None:
    """Apply the migrations; on an empty database in demo mode, seed the demo school.
    Returns the seeding summary when it seeded."""
    from models.migrate import upgrade

    upgrade(settings.database_url)
    if not (seed and settings.demo_mode):
        return None
    engine = make_engine(settings.database_url)
    try:
        with Session(engine) as session:
            empty = session.exec(select(func.count()).select_from(School)).one() == 0
    finally:
        engine.dispose()
    return seed_demo(settings) if empty else None


class UnknownSchool(LookupError):
    """No school matches the slug (or none was named and several exist)."""


@contextmanager
def school_session(settings: Settings, slug: str | None) -> Iterator[tuple[Session, School]]:
    """For CLI commands: migrate the configured database, then a committed session and the school
    named by `slug` (see `find_school`; UnknownSchool when there is none)."""
    prepare_database(settings, seed=False)
    engine = make_engine(settings.database_url)
    try:
        with session_scope(engine) as session:
            yield session, find_school(session, slug)
    finally:
        engine.dispose()


def find_school(session: Session, slug: str | None = None) -> School:
    """The school with this slug; without one, the only school (or the demo school)."""
    if slug:
        school = session.exec(select(School).where(School.slug == slug)).first()
        if school is None:
            raise UnknownSchool(f"no school with slug {slug!r}")
        return school
    schools = session.exec(select(School).order_by(School.id)).all()
    if len(schools) == 1:
        return schools[0]
    demo = next((s for s in schools if s.slug == DEMO_SLUG), None)
    if demo is not None:
        return demo
    slugs = ", ".join(s.slug for s in schools) or "none yet (run `rollcall demo` or create one)"
    raise UnknownSchool(f"name the school with --school; schools: {slugs}")


def add_staff(session: Session, *, email: str, name: str, school: School, role: Role, password: str | None) -> str:
    """Create a staff account (or update one) and give it a role at the school; returns what happened.
    A password is required for a new account; for an existing one it replaces the old password."""
    email = email.strip().lower()
    user = session.exec(select(StaffUser).where(StaffUser.email == email)).first()
    if user is None:
        if not password:
            raise ValueError("a new staff account needs a password")
        user = StaffUser(email=email, name=name, password_hash=hash_password(password), trust_id=school.trust_id)
        session.add(user)
        session.flush()
        outcome = "created"
    else:
        outcome = "unchanged"
        if user.name != name:
            user.name, outcome = name, "updated"
        if password and not verify_password(user.password_hash, password):
            user.password_hash, outcome = hash_password(password), "updated"
    if session.get(StaffRole, (user.id, school.id, role)) is None:
        session.add(StaffRole(staff_id=user.id, school_id=school.id, role=role))
        outcome = "created" if outcome == "created" else "updated"
    session.flush()
    return f"{email}: {outcome} ({role.value} at {school.slug})"


# -- the demo school ---------------------------------------------------------------------------

def demo_policy() -> SchoolPolicy:
    """JFK's policy: N unexplained after a week becomes O; letters below 93% and 90%."""
    policy = SchoolPolicy()
    policy.chase.confirm_o_after_days = 5
    policy.monitoring.letter_thresholds = [93.0, 90.0]
    return policy


def _demo_school(session: Session) -> School:
    trust = session.exec(select(Trust).where(Trust.name == DEMO_TRUST)).first()
    if trust is None:
        trust = Trust(name=DEMO_TRUST)
        session.add(trust)
        session.flush()
    school = session.exec(select(School).where(School.slug == DEMO_SLUG)).first()
    if school is None:
        school = School(name=DEMO_SCHOOL, slug=DEMO_SLUG)
        session.add(school)
    values = dict(
        trust_id=trust.id, name=DEMO_SCHOOL, timezone="Europe/London", am_start=dt.time(8, 50),
        am_register_close=dt.time(9, 20), pm_start=dt.time(13, 30), pm_register_close=dt.time(13, 45),
        day_end=dt.time(15, 15), report_deadline=dt.time(9, 0), office_phone="+441632960000",
        policy=demo_policy().model_dump(mode="json"),
    )
    for name, value in values.items():
        if getattr(school, name) != value:
            setattr(school, name, value)
    session.flush()
    return school


# Names by family background, with the home language some of these families use (ISO 639-1).
_FAMILIES: tuple[tuple[str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (None, ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Hughes", "Green",
            "Hall", "Wood", "Clarke", "Turner", "Cooper", "Ward", "Morgan", "Bennett", "Harrison", "Patel-Reid"),
     ("Olivia", "Amelia", "Isla", "Ava", "Freya", "Lily", "Poppy", "Grace", "Evie", "Ruby", "Florence", "Daisy"),
     ("Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Oscar", "Charlie", "Freddie", "Alfie", "Theo"),
     ("Sarah", "Emma", "Laura", "Rachel", "Claire", "Gemma", "Kelly", "Lisa", "James", "Daniel", "Mark", "Paul")),
    ("pl", ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"),
     ("Zofia", "Maja", "Hanna", "Lena"), ("Jakub", "Antoni", "Szymon", "Filip"),
     ("Agnieszka", "Katarzyna", "Magdalena", "Tomasz", "Piotr", "Marek")),
    ("ur", ("Khan", "Hussain", "Ahmed", "Iqbal", "Malik", "Akhtar"),
     ("Aisha", "Maryam", "Zara", "Hafsa", "Inaya"), ("Muhammad", "Ibrahim", "Yusuf", "Ayaan", "Zayn"),
     ("Sadia", "Nasreen", "Ayesha", "Imran", "Tariq", "Bilal")),
    ("bn", ("Rahman", "Begum", "Uddin", "Miah", "Islam"),
     ("Safiya", "Ayat", "Nusaiba", "Raisa"), ("Rayyan", "Ishaq", "Arham", "Tahmid"),
     ("Rumana", "Shirin", "Farhana", "Abdul", "Shahid", "Jamal")),
    ("ro", ("Popescu", "Ionescu", "Dumitru", "Stan"),
     ("Ioana", "Maria", "Andreea", "Elena"), ("Andrei", "Luca", "Matei", "David"),
     ("Mihaela", "Cristina", "Alina", "Florin", "Bogdan", "Ionut")),
    ("so", ("Mohamed", "Abdi", "Warsame", "Farah", "Hassan"),
     ("Hodan", "Ayan", "Sagal", "Nimco"), ("Abdirahman", "Mahad", "Yahya", "Liban"),
     ("Fadumo", "Hibo", "Khadra", "Abdullahi", "Said", "Omar")),
    ("ar", ("Al-Sayed", "Haddad", "Nasser", "Saleh"),
     ("Layla", "Nour", "Yasmin", "Salma"), ("Omar", "Karim", "Adam", "Hamza"),
     ("Rania", "Huda", "Dalia", "Ahmad", "Samir", "Walid")),
    ("pt", ("Silva", "Santos", "Ferreira", "Costa"),
     ("Beatriz", "Leonor", "Matilde", "Inês"), ("Tomás", "Duarte", "Rodrigo", "Gonçalo"),
     ("Ana", "Sofia", "Carla", "João", "Pedro", "Rui")),
    ("yo", ("Adeyemi", "Okafor", "Balogun", "Oyelaran", "Adebayo"),
     ("Tolu", "Ife", "Adaeze", "Simisola"), ("Tobi", "Dayo", "Chidi", "Emeka"),
     ("Funmi", "Ngozi", "Bisi", "Tunde", "Kunle", "Chinedu")),
    ("zh", ("Chen", "Wang", "Li", "Zhang"),
     ("Mei", "Xinyi", "Yutong", "Jia"), ("Hao", "Jun", "Yichen", "Ming"),
     ("Li Na", "Xiu", "Fang", "Wei", "Jian", "Bo")),
)
_WEIGHTS = (62, 6, 6, 5, 4, 4, 3, 3, 5, 2)
_PREFERRED = {"Oliver": "Ollie", "Florence": "Flo", "Alfie": "Alf", "Muhammad": "Mo", "Abdirahman": "Abdi",
              "Katarzyna": "Kasia", "Gonçalo": "Gonçalo", "Simisola": "Simi"}
_YEARS = (("Reception", "Acorn", 2021), ("Year 1", "Beech", 2020), ("Year 2", "Cedar", 2019),
          ("Year 3", "Elm", 2018), ("Year 4", "Hazel", 2017), ("Year 5", "Maple", 2016), ("Year 6", "Oak", 2015))


@dataclass
class _Family:
    names: int  # index into _FAMILIES
    surname: str
    language: str | None
    parents: list[dict[str, str]] = field(default_factory=list)
    children: int = 0
    years: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)


def demo_rows(seed: int = DEMO_SEED, pupils: int = 203) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The demo school's export as SIMS-shaped rows: (students, contacts)."""
    rng = random.Random(seed)
    mobiles = iter(rng.sample(range(1000), 1000))
    students: list[dict[str, str]] = []
    contacts: list[dict[str, str]] = []
    families: list[_Family] = []
    places = [y for y in _YEARS for _ in range(-(-pupils // len(_YEARS)))]
    rng.shuffle(places)
    while len(students) < pupils:
        if families and rng.random() < 0.28:  # a younger or older sibling of an existing family
            family = rng.choice([f for f in families if f.children < 3] or families)
        else:
            index = rng.choices(range(len(_FAMILIES)), weights=_WEIGHTS)[0]
            language, surnames, _, _, adults = _FAMILIES[index]
            family = _Family(names=index, surname=rng.choice(surnames), language=language)
            for relationship in ("Mother", "Father")[: rng.choice((1, 2, 2, 2))]:
                first = rng.choice(adults[:3] if relationship == "Mother" else adults[3:])
                family.parents.append({"Contact Forename": first, "Contact Surname": family.surname,
                                       "Contact Title": rng.choice(("Mrs", "Ms", "Miss")) if relationship == "Mother"
                                       else "Mr",
                                       "Relationship": relationship, "Parental Responsibility": "T"})
            if rng.random() < 0.12:
                title, name = rng.choice((("Mrs", "Margaret"), ("Mrs", "Susan"), ("Mr", "Brian"), ("Ms", "Patricia")))
                family.parents.append({"Contact Forename": name, "Contact Title": title,
                                       "Contact Surname": rng.choice((family.surname, "Hill", "Roberts")),
                                       "Relationship": "Grandparent", "Parental Responsibility": "F"})
            for parent in family.parents:
                parent["Mobile Telephone"] = f"07700 900{next(mobiles):03d}"
                parent["Language"] = family.language if family.language and rng.random() < 0.6 else ""
            families.append(family)
        family.children += 1
        _, _, girls, boys, _ = _FAMILIES[family.names]
        place = next((p for p in places if p[0] not in family.years), places[0])
        places.remove(place)
        year, form, born = place
        family.years.add(year)
        first = rng.choice([n for n in girls + boys if n not in family.first_names])
        family.first_names.add(first)
        number = len(students) + 1
        serial = f"9991357{born % 100:02d}{number:03d}"  # LA 999: no authority has it
        upn = upn_check_letter("A" + serial) + serial
        sen = rng.choices(("N", "K", "E"), weights=(84, 13, 3))[0]
        looked_after = number % 90 == 45  # two pupils, about 1% as in England
        students.append({
            "Adno": f"{2000 + number:06d}", "UPN": upn, "Legal Surname": family.surname, "Legal Forename": first,
            "Preferred Surname": family.surname, "Preferred Forename": _PREFERRED.get(first, first),
            "Year": year, "Reg Group": form,
            "Date of Birth": (dt.date(born, 9, 1) + dt.timedelta(days=rng.randrange(365))).strftime("%d/%m/%Y"),
            "Gender": "F" if first in girls else "M", "SEN Status": sen,
            "FSM": "Yes" if rng.random() < 0.24 else "No", "In Care": "Yes" if looked_after else "No",
            "EAL": "Yes" if family.language and rng.random() < 0.8 else "No",
            "Child Protection Plan": "Yes" if rng.random() < 0.015 else "No",
            "Child in Need": "Yes" if rng.random() < 0.03 else "No",
            "Young Carer": "Yes" if rng.random() < 0.01 else "No",
        })
        students[-1]["Social Worker"] = "Yes" if "Yes" in (
            students[-1]["In Care"], students[-1]["Child Protection Plan"], students[-1]["Child in Need"]) else "No"
        carers = family.parents
        if looked_after:  # a foster carer first, without parental responsibility; the birth mother after
            foster = {"Contact Forename": rng.choice(("Janet", "Steve", "Angela")), "Contact Surname": "Whitfield",
                      "Contact Title": "Mx", "Relationship": "Foster Carer", "Parental Responsibility": "F",
                      "Mobile Telephone": f"07700 900{next(mobiles):03d}", "Language": ""}
            carers = [foster, *({**p, "Lives with Pupil": "F"} for p in family.parents[:1])]
        for priority, carer in enumerate(carers, start=1):
            contacts.append({"Adno": students[-1]["Adno"], "Priority": str(priority), **carer})
    return students, contacts


def _csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(dict.fromkeys(k for row in rows for k in row)))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _link_telegram(session: Session, school: School, seed: int) -> int:
    """Give about a third of the demo contacts a Telegram account, and every one a link code."""
    rng = random.Random(seed + 1)
    at_school = (select(PupilContact.contact_id).join(Pupil, Pupil.id == PupilContact.pupil_id)
                 .where(Pupil.school_id == school.id))
    contacts = session.exec(select(Contact).where(Contact.id.in_(at_school)).order_by(Contact.mobile)).all()
    linked = 0
    for contact in contacts:
        code = "".join(rng.choices("abcdefghjkmnpqrstuvwxyz23456789", k=10))
        telegram = 700_000_000 + int(contact.mobile[-3:]) if contact.mobile and rng.random() < 0.35 else None
        if contact.link_code is None:
            contact.link_code = code
        if telegram and contact.telegram_user_id is None:
            contact.telegram_user_id = contact.telegram_chat_id = telegram
        linked += contact.telegram_user_id is not None
    session.flush()
    return linked


def _demo_password(settings: Settings) -> str:
    return settings.demo_password.get_secret_value()


def seed_demo(settings: Settings) -> str:
    """Create or refresh the demo school; returns a one-line summary. Safe to run again."""
    password = _demo_password(settings)
    engine = make_engine(settings.database_url)
    try:
        with session_scope(engine) as session:
            school = _demo_school(session)
            terms = resources.files("mis").joinpath(TERMS_FILE).read_bytes()
            import_terms(session, school, terms, source=TERMS_FILE)
            students, contact_rows = demo_rows()
            reports = [import_pupils(session, school, _csv(students), source="demo-students.csv"),
                       import_contacts(session, school, _csv(contact_rows), source="demo-contacts.csv")]
            problems = [str(issue) for report in reports for issue in report.rejected]
            if problems:
                raise RuntimeError("demo data rejected by the importer: " + "; ".join(problems[:5]))
            telegram = _link_telegram(session, school, DEMO_SEED)
            for email, name, role in DEMO_STAFF:
                add_staff(session, email=email, name=name, school=school, role=role, password=password)
            pupils = session.exec(select(func.count()).select_from(Pupil).where(Pupil.school_id == school.id)).one()
            contacts = reports[1].counts("contacts")
            closed = session.exec(select(func.count()).select_from(ClosedDay)
                                  .where(ClosedDay.school_id == school.id)).one()
    finally:
        engine.dispose()
    return (f"demo school {DEMO_SCHOOL} ({DEMO_SLUG}): {pupils} pupils, {sum(contacts.values())} contacts "
            f"({telegram} on Telegram), {closed} closed days (2026/27 term dates), staff "
            f"{', '.join(e for e, _, _ in DEMO_STAFF)} (password: ROLLCALL_DEMO_PASSWORD)")
