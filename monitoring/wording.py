# ruff: noqa: E501  (letter prose: one paragraph per line)
"""Built-in wording of the letters to parents (adapted from the HCAT letters 1-3 in seed 001, kept
supportive), by kind and language. A school's own `LetterTemplate` replaces any of them.

Templates are Jinja2 text with merge fields (see `MERGE_FIELDS`); blank lines separate paragraphs.
`[[...]]` marks a gap staff must fill in (a meeting date) before the letter can be approved."""

from __future__ import annotations

from models.monitoring import LetterKind

MERGE_FIELDS = {
    "school_name": "the school's name", "date": "today's date", "parent_name": "the parent or carer addressed",
    "pupil_name": "the pupil's name", "first_name": "the pupil's first name", "year_form": "year group and form",
    "year_group": "year group", "form": "form or class", "percentage": "attendance % over the period",
    "sessions_missed": "sessions missed", "days_missed": "school days missed (sessions / 2)",
    "possible_sessions": "possible sessions", "period": "the period the figures cover",
    "period_start": "first day of the period", "period_end": "last day of the period",
    "target": "the school's attendance target %", "late_count": "late marks this half term",
    "late_dates": "dates of the late marks", "signature": "who signs the letter",
}

SCALE = """We describe attendance like this:
100%: outstanding
97% to 99.9%: good
95% to 96.9%: requires improvement
92% to 94.9%: a concern
90.1% to 91.9%: at risk of persistent absence
90% or below: persistent absence"""

_EN: dict[LetterKind, tuple[str, str]] = {
    LetterKind.concern: (
        "{{ pupil_name }}'s attendance: {{ percentage }}%",
        """Dear {{ parent_name }},

At {{ school_name }} we know how much coming to school every day helps young people to learn, to make friends and to do well. We are writing to let you know that {{ first_name }}'s attendance from {{ period_start }} to {{ period_end }} is {{ percentage }}%: {{ first_name }} has missed {{ sessions_missed }} sessions ({{ days_missed }} school days) out of {{ possible_sessions }}.

We hope every pupil's attendance will be at least {{ target }}%. """ + SCALE + """

We understand that there are often good reasons for absence, such as illness. We will keep an eye on {{ first_name }}'s attendance over the next few weeks, and we may ask for evidence, such as an appointment card, for further absences. If anything is making it harder for {{ first_name }} to come to school, please tell us: we would much rather help early.

Please contact the attendance team if you would like to talk about this. We are here to help.

Yours sincerely,

{{ signature }}""",
    ),
    LetterKind.meeting: (
        "An invitation to talk about {{ pupil_name }}'s attendance ({{ percentage }}%)",
        """Dear {{ parent_name }},

We are writing about {{ first_name }}'s attendance, which from {{ period_start }} to {{ period_end }} is {{ percentage }}% ({{ sessions_missed }} sessions missed out of {{ possible_sessions }}). Missing this much school makes it harder to keep up with learning and friendships, and we would like to work with you to help.

We would like to meet with you and {{ first_name }} to understand what is getting in the way and to agree together how we can support {{ first_name }}. The meeting will be on [[meeting date]] at [[meeting time]]. If this time does not suit you, please let us know and we will find another.

""" + SCALE + """

Please be assured that we want to support you and {{ first_name }}. We also work closely with the Education Welfare Service, who can offer families further help.

Yours sincerely,

{{ signature }}""",
    ),
    LetterKind.panel: (
        "Attendance support meeting for {{ pupil_name }} ({{ percentage }}%)",
        """Dear {{ parent_name }},

We have written to you before about {{ first_name }}'s attendance and have met to talk about how we can help. Since that meeting there have been further absences: {{ first_name }}'s attendance from {{ period_start }} to {{ period_end }} is {{ percentage }}%.

We would now like to invite you to an Internal School Attendance Panel on [[panel date]] at [[panel time]]. The panel will be chaired by [[chair]] and will include the Assistant Head of School, the Education Welfare Officer and a governor. Its purpose is to agree a plan that helps {{ first_name }} attend regularly. We will still meet with {{ first_name }} if you are unable to come.

""" + SCALE + """

Please be assured that we want to support you and {{ first_name }}, and that we would like to work together to improve {{ first_name }}'s attendance.

Yours sincerely,

{{ signature }}""",
    ),
    LetterKind.lateness: (
        "{{ pupil_name }}'s punctuality this half term",
        """Dear {{ parent_name }},

Arriving on time helps {{ first_name }} start the day calmly, with their class, and hear the important information given at registration. {{ first_name }} has arrived late {{ late_count }} times this half term, on {{ late_dates }}.

We know mornings can be difficult and there may be reasons we are not aware of. If something is making it hard to get to school on time, please talk to us: we may be able to help, for example through breakfast club.

Yours sincerely,

{{ signature }}""",
    ),
    LetterKind.praise_full: (
        "Congratulations on {{ pupil_name }}'s 100% attendance",
        """Dear {{ parent_name }},

We are delighted to tell you that {{ first_name }} attended every session of the half term from {{ period_start }} to {{ period_end }}: 100% attendance.

Thank you for your support in making sure {{ first_name }} is in school every day. It makes a real difference to {{ first_name }}'s learning and friendships. Well done!

Yours sincerely,

{{ signature }}""",
    ),
    LetterKind.praise_improvement: (
        "{{ pupil_name }}'s attendance has improved",
        """Dear {{ parent_name }},

We are very pleased to let you know that {{ first_name }}'s attendance has improved. From {{ period_start }} to {{ period_end }} {{ first_name }}'s attendance was {{ percentage }}%.

Thank you for working with us. Please keep it up: we will continue to celebrate {{ first_name }}'s attendance with you.

Yours sincerely,

{{ signature }}""",
    ),
}

_PL: dict[LetterKind, tuple[str, str]] = {
    LetterKind.praise_full: (
        "Gratulacje: 100% frekwencji {{ pupil_name }}",
        """Szanowni Państwo ({{ parent_name }}),

z radością informujemy, że {{ first_name }} był(a) obecny(a) na wszystkich zajęciach w okresie od {{ period_start }} do {{ period_end }}: frekwencja 100%.

Dziękujemy za Państwa wsparcie. Codzienna obecność w szkole ma ogromne znaczenie dla nauki i przyjaźni. Gratulujemy!

Z poważaniem

{{ signature }}""",
    ),
    LetterKind.concern: (
        "Frekwencja {{ pupil_name }}: {{ percentage }}%",
        """Szanowni Państwo ({{ parent_name }}),

w {{ school_name }} wiemy, jak bardzo codzienna obecność w szkole pomaga dzieciom w nauce i w kontaktach z rówieśnikami. Piszemy, aby poinformować, że frekwencja {{ first_name }} w okresie od {{ period_start }} do {{ period_end }} wynosi {{ percentage }}%: {{ first_name }} opuścił(a) {{ sessions_missed }} z {{ possible_sessions }} zajęć ({{ days_missed }} dni szkolnych).

Rozumiemy, że nieobecności często mają ważne powody, na przykład chorobę. Jeśli coś utrudnia {{ first_name }} przychodzenie do szkoły, prosimy o kontakt: chętnie pomożemy.

Z poważaniem

{{ signature }}""",
    ),
}

_ES: dict[LetterKind, tuple[str, str]] = {
    LetterKind.praise_full: (
        "Enhorabuena por el 100% de asistencia de {{ pupil_name }}",
        """Estimada familia ({{ parent_name }}):

Nos alegra mucho comunicarles que {{ first_name }} asistió a todas las sesiones del periodo del {{ period_start }} al {{ period_end }}: un 100% de asistencia.

Gracias por su apoyo. Venir al colegio todos los días marca una gran diferencia en el aprendizaje y las amistades de {{ first_name }}. ¡Enhorabuena!

Atentamente,

{{ signature }}""",
    ),
    LetterKind.concern: (
        "Asistencia de {{ pupil_name }}: {{ percentage }}%",
        """Estimada familia ({{ parent_name }}):

En {{ school_name }} sabemos cuánto ayuda venir al colegio cada día a aprender y a hacer amigos. Les escribimos para informarles de que la asistencia de {{ first_name }} del {{ period_start }} al {{ period_end }} es del {{ percentage }}%: {{ first_name }} ha faltado a {{ sessions_missed }} de {{ possible_sessions }} sesiones ({{ days_missed }} días lectivos).

Entendemos que a menudo hay buenas razones para faltar, como una enfermedad. Si algo le está dificultando a {{ first_name }} venir al colegio, por favor, díganoslo: queremos ayudar.

Atentamente,

{{ signature }}""",
    ),
}

BUILTIN: dict[str, dict[LetterKind, tuple[str, str]]] = {"en": _EN, "pl": _PL, "es": _ES}
