"""The columns each import reads, with the header spellings accepted for each (first match wins).

Headers are compared ignoring case, spaces and punctuation. SIMS spellings come first, then Arbor,
then generic ones; see mis/README.md for the sources.
"""

from __future__ import annotations

PUPIL_REF = {
    "mis_id": ("Adno", "Admission Number", "Admission No", "Adm No", "Student ID", "Pupil ID", "MIS ID",
               "Student Adno", "Pupil Adno"),
    "upn": ("UPN", "Unique Pupil Number", "Student UPN", "Pupil UPN"),
}

PUPIL_COLUMNS: dict[str, tuple[str, ...]] = {
    **PUPIL_REF,
    "legal_last_name": ("Legal Surname", "Legal Last Name", "Surname", "Last Name", "Family Name"),
    "legal_first_name": ("Legal Forename", "Legal First Name", "Forename", "First Name", "Given Name"),
    "preferred_last_name": ("Preferred Surname", "Preferred Last Name", "Known As Surname"),
    "preferred_first_name": ("Preferred Forename", "Preferred First Name", "Preferred Name", "Known As"),
    "date_of_birth": ("Date of Birth", "DOB", "Birth Date", "Birthdate"),
    "gender": ("Gender", "Sex"),
    "year_group": ("Year", "Year Group", "NC Year", "Year taught in Code", "Curriculum Year",
                   "National Curriculum Year"),
    "form": ("Reg Group", "Reg", "Registration Group", "Registration Form", "Form", "Form Group", "Class",
             "Tutor Group"),
    "on_roll_from": ("Admission Date", "Date of Admission", "Start Date", "Entry Date", "Enrolment Date"),
    "on_roll_until": ("Leaving Date", "Date of Leaving", "End Date", "Leave Date"),
    "sen": ("SEN Status", "SEN", "SEND Status", "SEN Provision", "SEN Stage"),
    "ehcp": ("EHCP", "EHC Plan", "Has EHCP"),
    "fsm": ("FSM", "FSM Eligible", "FSM Eligibility", "Free School Meals", "Eligible for FSM"),
    "looked_after": ("In Care", "Looked After", "Child Looked After", "CLA", "LAC"),
    "eal": ("EAL", "English as an Additional Language", "English Additional Language"),
    "social_worker": ("Social Worker", "Has Social Worker"),
    "child_protection_plan": ("Child Protection Plan", "CP Plan", "CPP", "Child Protection"),
    "child_in_need": ("Child in Need", "CIN"),
    "young_carer": ("Young Carer",),
}
PUPIL_FLAG_COLUMNS = ("fsm", "looked_after", "eal", "social_worker", "child_protection_plan", "child_in_need",
                      "young_carer")

CONTACT_REF = {
    "contact_ref": ("Contact ID", "Guardian ID", "Parent ID", "Contact Person ID", "Contact Ref", "Guardian Ref"),
}

CONTACT_DETAILS: dict[str, tuple[str, ...]] = {
    "title": ("Contact Title", "Guardian Title", "Parent Title", "Title"),
    "first_name": ("Contact Forename", "Contact First Name", "Guardian First Name", "Guardian Forename",
                   "Parent Forename", "Parent First Name", "First Name", "Forename"),
    "last_name": ("Contact Surname", "Contact Last Name", "Guardian Last Name", "Guardian Surname",
                  "Parent Surname", "Parent Last Name", "Last Name", "Surname"),
    "mobile": ("Mobile Telephone", "Mobile Phone", "Mobile", "Mobile Number", "Contact Mobile", "Mobile Tel",
               "Telephone Mobile", "Phone"),
    "email": ("Home Email", "Email Address", "Email", "Contact Email", "Personal Email", "Main Email"),
    "language": ("Preferred Language", "Language", "Home Language", "First Language", "Contact Language"),
}

LINK_COLUMNS: dict[str, tuple[str, ...]] = {
    "relationship": ("Relationship", "Relationship to Student", "Relationship to Pupil", "Contact Relationship"),
    "priority": ("Priority", "Contact Priority", "Emergency Contact Priority", "Priority Order", "Order"),
    "parental_responsibility": ("Parental Responsibility", "Legal Guardian", "Has Parental Responsibility", "PR"),
    "lives_with_pupil": ("Lives with Pupil", "Lives With Student", "Lives With", "Resides With Pupil",
                         "Same Address"),
    "court_order": ("Court Order", "Has Court Order"),
}

CONTACT_COLUMNS = {**PUPIL_REF, **CONTACT_REF, **CONTACT_DETAILS, **LINK_COLUMNS}
LINK_FILE_COLUMNS = {**PUPIL_REF, **CONTACT_REF, **LINK_COLUMNS}

PUPIL_REQUIRED = (("mis_id",), ("legal_last_name",), ("legal_first_name",))
CONTACT_REQUIRED = (("mis_id", "upn"), ("first_name", "last_name"))
LINK_REQUIRED = (("mis_id", "upn"), ("contact_ref",))
