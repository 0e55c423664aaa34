"""The MIS importer against the synthetic SIMS and Arbor exports in ../shared/samples and hand-made
bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select

from mis.importer import import_contacts, import_links, import_pupils
from mis.table import ImportFileError
from models import Contact, Pupil, PupilContact, School

SAMPLES = Path(__file__).parent / "samples"  # copies of ../shared/samples (synthetic SIMS and Arbor exports)

SIMS = ("sims-students.csv", "sims-contacts.csv")
ARBOR = ("arbor-students.csv", "arbor-guardians.csv")


@pytest.fixture
def db(engine):
    with Session(engine, expire_on_commit=False) as session:
        yield session


def make_school(db: Session, slug: str = "test") -> School:
    school = School(name=f"School {slug}", slug=slug)
    db.add(school)
    db.commit()
    return school


def load(db: Session, school: School, shape: tuple[str, str]):
    pupils = import_pupils(db, school, (SAMPLES / shape[0]).read_bytes(), source=shape[0])
    contacts = import_contacts(db, school, (SAMPLES / shape[1]).read_bytes(), source=shape[1])
    db.commit()
    return pupils, contacts


def pupils_of(db: Session, school: School) -> dict[str, Pupil]:
    return {p.upn: p for p in db.exec(select(Pupil).where(Pupil.school_id == school.id))}


def links_of(db: Session, school: School) -> list[tuple[Pupil, Contact, PupilContact]]:
    rows = db.exec(select(Pupil, Contact, PupilContact).join(PupilContact, PupilContact.pupil_id == Pupil.id)
                   .join(Contact, Contact.id == PupilContact.contact_id).where(Pupil.school_id == school.id))
    return list(rows)


def snapshot(db: Session, school: School) -> tuple[dict, set]:
    """Everything both MIS shapes carry, keyed by what identifies people outside the database."""
    pupils = {
        upn: (p.legal_first_name, p.legal_last_name, p.preferred_first_name, p.preferred_last_name, p.date_of_birth,
              p.gender, p.year_group, p.form, p.send, p.ehcp, p.fsm, p.looked_after, p.eal)
        for upn, p in pupils_of(db, school).items()
    }
    links = {(p.upn, c.title, c.first_name, c.last_name, c.mobile, c.email, link.priority, link.relationship,
              link.parental_responsibility, link.lives_with_pupil) for p, c, link in links_of(db, school)}
    return pupils, links


def by_name(db: Session, school: School, first: str, last: str) -> list[tuple[Pupil, PupilContact]]:
    return [(p, link) for p, c, link in links_of(db, school) if (c.first_name, c.last_name) == (first, last)]


def test_sims_and_arbor_exports_import_to_the_same_pupils_contacts_and_links(db):
    sims, arbor = make_school(db, "sims"), make_school(db, "arbor")
    for school, shape in ((sims, SIMS), (arbor, ARBOR)):
        pupils, contacts = load(db, school, shape)
        assert (pupils.rows, pupils.rejected, contacts.rows, contacts.rejected) == (12, [], 20, [])
        assert contacts.counts("links")["created"] == 20
    sims_pupils, sims_links = snapshot(db, sims)
    arbor_pupils, arbor_links = snapshot(db, arbor)
    assert len(sims_pupils) == 12 and len(sims_links) == 20
    assert sims_pupils == arbor_pupils
    assert sims_links == arbor_links
    assert len({c.id for _, c, _ in links_of(db, sims)}) == len({c.id for _, c, _ in links_of(db, arbor)}) == 14


def test_preferred_and_legal_names_flags_and_year_groups(db):
    school = make_school(db)
    load(db, school, SIMS)
    pupils = pupils_of(db, school)
    theo = pupils["H999246825104"]
    assert (theo.legal_first_name, theo.legal_last_name) == ("Theodore", "Okafor-Brightwell")
    assert theo.display_name == "Theo Brightwell"
    assert (theo.year_group, theo.form, theo.fsm, theo.send) == ("Reception", "RH", True, False)
    assert pupils["P999246822105"].legal_first_name == "Chloé"
    assert pupils["P999246822105"].first_name == "Chloe"
    zayn = pupils["T999246821106"]
    assert (zayn.year_group, zayn.send, zayn.ehcp, zayn.eal) == ("Year 4", True, True, True)
    evie = pupils["T999246825112"]
    assert (evie.looked_after, evie.send, evie.ehcp, evie.gender) == (True, True, False, "F")
    assert pupils["L999246820101"].date_of_birth.isoformat() == "2015-11-03"


def test_siblings_share_one_contact(db):
    school = make_school(db)
    load(db, school, SIMS)
    rebecca = by_name(db, school, "Rebecca", "Ashdown")
    assert sorted(p.legal_first_name for p, _ in rebecca) == ["Maisie", "Oliver"]
    sam = db.exec(select(Contact).where(Contact.first_name == "Samuel")).one()
    assert sam.mobile == "+447700900204"  # typed without its space in the SIMS file
    assert len(by_name(db, school, "Samuel", "Okafor")) == 2
    assert all(not link.lives_with_pupil for _, link in by_name(db, school, "Samuel", "Okafor"))


def test_parental_responsibility_and_court_order(db):
    school = make_school(db)
    load(db, school, SIMS)
    [(_, step_father)] = by_name(db, school, "Mark", "Pryce")
    assert (step_father.relationship, step_father.parental_responsibility, step_father.priority) == (
        "Step-father", False, 2)
    [(_, foster)] = by_name(db, school, "Sandra", "Whitlock")
    assert (foster.relationship, foster.parental_responsibility) == ("Foster Carer", False)
    [(ruby, mother)] = by_name(db, school, "Lucy", "Marsh")
    assert ruby.legal_first_name == "Ruby"
    assert (mother.court_order, mother.parental_responsibility, mother.lives_with_pupil) == (True, True, False)
    assert sum(link.court_order for _, _, link in links_of(db, school)) == 1


def test_arbor_has_no_court_order_column_so_links_default_to_none(db):
    school = make_school(db)
    load(db, school, ARBOR)
    [(_, mother)] = by_name(db, school, "Lucy", "Marsh")
    assert (mother.court_order, mother.parental_responsibility) == (False, True)
    assert db.exec(select(Contact).where(Contact.first_name == "Rebecca")).one().mis_ref == "5001"


def test_reimporting_the_same_files_changes_nothing(db):
    school = make_school(db)
    load(db, school, SIMS)
    before = snapshot(db, school)
    pupils, contacts = load(db, school, SIMS)
    assert pupils.counts("pupils") == {"created": 0, "updated": 0, "unchanged": 12}
    assert contacts.counts("contacts") == {"created": 0, "updated": 0, "unchanged": 14}
    assert contacts.counts("links") == {"created": 0, "updated": 0, "unchanged": 20}
    assert snapshot(db, school) == before
    assert len(db.exec(select(Contact)).all()) == 14


def test_a_second_mis_shape_into_the_same_school_matches_everyone(db):
    school = make_school(db)
    load(db, school, SIMS)
    pupils, contacts = load(db, school, ARBOR)  # e.g. the school moved from SIMS to Arbor
    assert pupils.counts("pupils")["created"] == 0 and contacts.counts("contacts")["created"] == 0
    assert contacts.counts("links")["created"] == 0
    assert len(pupils_of(db, school)) == 12 and len(links_of(db, school)) == 20
    assert pupils_of(db, school)["L999246820101"].mis_id == "1101"


def test_changes_in_the_export_update_the_records(db):
    school = make_school(db)
    load(db, school, SIMS)
    data = (SAMPLES / SIMS[0]).read_text(encoding="utf-8").replace("Ashdown,Ollie,Year 5,5A", "Ashdown,Ollie,Year 6,6A")
    report = import_pupils(db, school, data.encode())
    assert report.counts("pupils") == {"created": 0, "updated": 1, "unchanged": 11}
    assert pupils_of(db, school)["L999246820101"].year_group == "Year 6"


def test_leading_zeros_lost_by_excel_still_match(db):
    school = make_school(db)
    load(db, school, SIMS)
    stripped = (SAMPLES / SIMS[1]).read_text(encoding="utf-8").replace("\n00", "\n")
    assert "\n4101," in stripped
    report = import_contacts(db, school, stripped.encode())
    assert report.rejected == [] and report.counts("links")["unchanged"] == 20
    stripped_pupils = (SAMPLES / SIMS[0]).read_text(encoding="utf-8").replace("\n00", "\n")
    assert import_pupils(db, school, stripped_pupils.encode()).counts("pupils")["unchanged"] == 12
    assert sorted(p.mis_id for p in pupils_of(db, school).values())[0] == "4101"


def test_bom_title_rows_extra_columns_and_any_order(db):
    school = make_school(db)
    data = ("\ufeffStudent List - John F Kennedy Primary\n"
            "Printed 01/09/2026,,,,\n"
            "\n"
            "House,Surname,Forename,Admission No,Date of Birth,Registration Group,NC Year,Notes\n"
            "Red,Ashdown,Oliver,004101,2015-11-03,5A,5,likes trains\n"
            "Blue,Okafor-Brightwell,Theodore,004104,08/02/2021,RH,R,\n").encode("utf-8")
    report = import_pupils(db, school, data)
    assert report.rejected == [] and report.counts("pupils")["created"] == 2
    assert "House" in report.notes[-1] and "Notes" in report.notes[-1]
    theo = db.exec(select(Pupil).where(Pupil.mis_id == "4104")).one()
    assert (theo.legal_last_name, theo.year_group, theo.form) == ("Okafor-Brightwell", "Reception", "RH")


def test_semicolon_separated_files_are_read(db):
    school = make_school(db)
    data = b"Adno;Legal Surname;Legal Forename;Year\n1;Smith;Ann;Year 2\n"
    assert import_pupils(db, school, data).counts("pupils")["created"] == 1


def test_a_file_without_a_recognisable_header_is_refused_whole(db):
    school = make_school(db)
    with pytest.raises(ImportFileError, match="Adno"):
        import_pupils(db, school, b"Name,Class\nAnn Smith,2B\n")
    with pytest.raises(ImportFileError, match="Contact Forename"):
        import_contacts(db, school, b"Adno,Relationship\n1,Mother\n")


PUPILS_WITH_BAD_ROWS = """Adno,UPN,Legal Surname,Legal Forename,Date of Birth,Year,SEN Status,FSM
1,L999246820101,Ashdown,Oliver,03/11/2015,Year 5,N,No
2,,,Maisie,19/11/2018,Year 2,N,No
3,,Brightwell,Amara,31/02/2014,Year 6,K,Yes
1,,Ashdown,Olivia,03/11/2015,Year 5,N,No
4,A999246820101,Calloway,Chloe,30/06/2018,Year 3,N,No
5,,Dunmore,Zayn,14/01/2017,Year 4,Q,No
6,,Dunmore,Layla,22/10/2019,Year 1,N,Perhaps
7,,Fenwick,Jack,11/08/2015,Year 6,K,Yes
8,L999246820101,Hartley,Ruby,05/12/2018,Year 2,N,No
"""


def test_each_bad_pupil_row_is_reported_by_line_and_the_rest_import(db):
    school = make_school(db)
    report = import_pupils(db, school, PUPILS_WITH_BAD_ROWS.encode())
    reasons = {issue.line: issue.reason for issue in report.rejected}
    assert set(reasons) == {3, 4, 5, 6, 7, 8, 10}
    assert reasons[3] == "missing required field: Legal Surname"
    assert "Date of Birth" in reasons[4] and "31/02/2014" in reasons[4]
    assert reasons[5] == "duplicate id: Adno 1 is already on line 2"
    assert "UPN" in reasons[6]
    assert "SEN" in reasons[7]
    assert "FSM" in reasons[8]
    assert reasons[10] == "duplicate id: UPN L999246820101 is already on line 2"
    assert report.imported == 2
    assert sorted(p.legal_first_name for p in db.exec(select(Pupil))) == ["Jack", "Oliver"]
    assert "9 rows, 2 imported, 7 rejected" in report.summary()


CONTACTS_WITH_BAD_ROWS = """Adno,UPN,Contact Forename,Contact Surname,Relationship,Priority,Parental Responsibility,\
Mobile Telephone,Home Email,Guardian ID
1,,Rebecca,Ashdown,Mother,1,T,07700 900101,rebecca@example.com,G1
1,,Daniel,Ashdown,Father,2,T,07700 9001,,G2
999999,,Grace,Brightwell,Mother,1,T,07700 900203,,G3
1,,Rebecca,Ashdown,Mother,1,T,07700 900101,,G1
1,,Zed,Zebra,Uncle,first,F,07700 900999,,G4
1,,,,Aunt,3,F,07700 900998,,G5
1,,Tom,Hartley,Father,2,maybe,07700 900610,,G6
1,,Anna,Other,Aunt,3,F,07700 900997,not-an-email,G7
1,,Hannah,Calloway,Mother,3,T,07700 900305,,G1
1,H999246823102,Sam,Okafor,Father,2,T,07700 900204,,G8
"""


def test_each_bad_contact_row_is_reported_and_no_row_is_half_imported(db):
    school = make_school(db)
    import_pupils(db, school, PUPILS_WITH_BAD_ROWS.encode())
    import_pupils(db, school, b"Adno,UPN,Legal Surname,Legal Forename\n9,H999246823102,Ashdown,Maisie\n")
    report = import_contacts(db, school, CONTACTS_WITH_BAD_ROWS.encode())
    reasons = {issue.line: issue.reason for issue in report.rejected}
    assert set(reasons) == {3, 4, 5, 6, 7, 8, 9, 10, 11}
    assert "phone number" in reasons[3] and "07700 9001" in reasons[3]
    assert reasons[4].startswith("unknown pupil reference: Adno 999999")
    assert reasons[5] == "duplicate: this contact is already linked to this pupil on line 2"
    assert "Priority" in reasons[6]
    assert reasons[7] == "missing required field: Contact Surname"
    assert "Parental Responsibility" in reasons[8]
    assert "email" in reasons[9]
    assert reasons[10].startswith("duplicate id: Guardian ID G1 names someone else on line 2")
    assert "name different pupils" in reasons[11]
    assert report.imported == 1
    # Zed Zebra's contact was valid, but his link was not: neither was kept
    assert [c.first_name for c in db.exec(select(Contact))] == ["Rebecca"]
    assert len(db.exec(select(PupilContact)).all()) == 1


def test_links_file_refers_to_contacts_by_id(db):
    school = make_school(db)
    load(db, school, ARBOR)
    data = (b"Student ID,Guardian ID,Relationship,Emergency Contact Priority,Legal Guardian\n"
            b"1105,5002,Family friend,2,No\n"
            b"1105,9999,Aunt,3,No\n"
            b"4242,5002,Uncle,2,No\n")
    report = import_links(db, school, data)
    reasons = {issue.line: issue.reason for issue in report.rejected}
    assert reasons[3].startswith("unknown contact reference: Guardian ID 9999")
    assert reasons[4].startswith("unknown pupil reference")
    [(chloe, link)] = by_name(db, school, "Daniel", "Ashdown")[2:]
    assert (chloe.mis_id, link.relationship, link.priority, link.parental_responsibility) == (
        "1105", "Family friend", 2, False)
    assert import_links(db, school, data).counts("links") == {"created": 0, "updated": 0, "unchanged": 1}


def test_a_line_in_the_wrong_encoding_is_rejected_and_the_rest_import(db):
    school = make_school(db)
    data = ("Adno,Legal Surname,Legal Forename\n1,Calloway,Chloé\n".encode()
            + "2,Brontë,Zoë\n".encode("cp1252") + b"3,Smith,Ann\n")
    report = import_pupils(db, school, data)
    assert [(i.line, "wrong encoding" in i.reason) for i in report.rejected] == [(3, True)]
    assert "not valid UTF-8" in report.notes[0]
    assert sorted(p.legal_first_name for p in db.exec(select(Pupil))) == ["Ann", "Chloé"]


def test_a_windows_1252_file_is_read_as_such_with_a_note(db):
    school = make_school(db)
    data = "Adno,Legal Surname,Legal Forename\n1,Brontë,Zoë\n".encode("cp1252")
    report = import_pupils(db, school, data)
    assert report.rejected == [] and "Windows-1252" in report.notes[0]
    assert db.exec(select(Pupil)).one().legal_first_name == "Zoë"
    with pytest.raises(ImportFileError, match="utf-8"):
        import_pupils(db, school, data, encoding="utf-8")


def test_broken_quoting_is_reported_by_line(db):
    school = make_school(db)
    data = b"Adno,Legal Surname,Legal Forename\n1,Smith,Ann\n2,Jones,Bob,extra,cells\n3,Khan,Ayaan\n"
    report = import_pupils(db, school, data)
    assert [i.line for i in report.rejected] == [3] and report.imported == 2


def test_progress_is_reported_row_by_row(db):
    school = make_school(db)
    seen: list[tuple[int, int]] = []
    import_pupils(db, school, (SAMPLES / SIMS[0]).read_bytes(), progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 12) and seen[-1] == (12, 12) and len(seen) == 12


def test_a_landline_in_the_mobile_column_imports_with_a_warning(db):
    school = make_school(db)
    import_pupils(db, school, b"Adno,Legal Surname,Legal Forename\n1,Smith,Ann\n")
    report = import_contacts(db, school, b"Adno,Contact Forename,Contact Surname,Mobile\n1,Jo,Smith,01632 960101\n")
    assert report.rejected == [] and [(w.line, "not a UK mobile" in w.reason) for w in report.warnings] == [(2, True)]
    assert db.exec(select(Contact)).one().mobile == "+441632960101"


def test_excel_unicode_text_is_utf16_and_tab_separated(db):
    school = make_school(db)
    data = "Adno\tLegal Surname\tLegal Forename\r\n5\tBrontë\tZoë\r\n".encode("utf-16")
    report = import_pupils(db, school, data)
    assert report.rejected == [] and db.exec(select(Pupil)).one().legal_last_name == "Brontë"
