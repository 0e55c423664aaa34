import datetime as dt
import re

import pytest
from sqlmodel import Session

from models import Contact
from models.monitoring import LetterKind, LetterStatus, LetterTemplate
from monitoring.figures import Figures
from monitoring.letters import (
    LetterError,
    approve_letter,
    check_template,
    draft_letter,
    edit_letter,
    letter_html,
    send_letter,
)
from monitoring.periods import Period
from monitoring.wording import BUILTIN, MERGE_FIELDS
from tests.monitoring import helpers as h

TODAY = dt.date(2026, 11, 23)
PERIOD = Period(dt.date(2026, 9, 3), TODAY)
FIGS = Figures.from_codes(["/"] * 95 + ["I"] * 9)  # 91.3%, 9 sessions missed


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_builtin_letter_merges_and_reads_kindly(engine, kind):
    with Session(engine) as db:
        s = h.school(db)
        p = h.pupil(db, s, "Jack", "Hall", year="Year 3", form="3B")
        letter = draft_letter(db, school=s, pupil=p, kind=kind, now=h.NOW, today=TODAY, figures=FIGS, period=PERIOD,
                              late_dates=[dt.date(2026, 11, 3), dt.date(2026, 11, 10), dt.date(2026, 11, 17)])
        text = letter.subject + letter.body
        assert "Jack" in text and "{{" not in text and "Dear Mrs Hall" in letter.body
        assert not re.search(r"\b(fine|prosecut|court|penalt)", text, re.I)  # supportive, never threatening
        if kind in (LetterKind.concern, LetterKind.meeting, LetterKind.panel):
            assert "91.3%" in text and "3 September 2026" in letter.body
        if kind == LetterKind.concern:
            assert "9 sessions (4.5 school days) out of 104" in letter.body
        if kind == LetterKind.lateness:
            assert "3 November 2026, 10 November 2026, 17 November 2026" in letter.body
        html = letter_html(letter, s)
        assert "Jack Hall (Year 3 / 3B)" in html and "DRAFT" in html


def test_letter_in_the_parents_language_where_a_translation_exists(engine):
    with Session(engine) as db:
        s = h.school(db)
        polish = h.pupil(db, s, "Zofia", "Nowak", language="pl")
        somali = h.pupil(db, s, "Ayaan", "Ali", language="so")
        pl = draft_letter(db, school=s, pupil=polish, kind=LetterKind.praise_full, now=h.NOW, today=TODAY,
                          figures=Figures.from_codes(["/"] * 70), period=PERIOD)
        assert pl.language == "pl" and "Gratulacje" in pl.subject and "listopada 2026" in pl.body
        so = draft_letter(db, school=s, pupil=somali, kind=LetterKind.praise_full, now=h.NOW, today=TODAY,
                          figures=Figures.from_codes(["/"] * 70), period=PERIOD)
        assert so.language == "en" and "Congratulations" in so.subject
        db.add(LetterTemplate(school_id=s.id, kind=LetterKind.praise_full, language="so",
                              subject="Hambalyo {{ first_name }}",
                              body="Waalidka {{ parent_name }}: {{ percentage }}%"))
        db.flush()
        own = draft_letter(db, school=s, pupil=somali, kind=LetterKind.praise_full, now=h.NOW, today=TODAY,
                           figures=Figures.from_codes(["/"] * 70), period=PERIOD)
        assert (own.language, own.subject, own.body) == ("so", "Hambalyo Ayaan", "Waalidka Mrs Ali: 100%")


def test_approval_and_sending_rules(engine):
    with Session(engine) as db:
        s = h.school(db)
        p = h.pupil(db, s, mobile=None)
        letter = draft_letter(db, school=s, pupil=p, kind=LetterKind.panel, now=h.NOW, today=TODAY, figures=FIGS,
                              period=PERIOD)
        with pytest.raises(LetterError, match="approved"):
            send_letter(db, letter, now=h.NOW)
        with pytest.raises(LetterError, match=r"\[\[panel date\]\], \[\[panel time\]\], \[\[chair\]\]"):
            approve_letter(letter, staff_id=None, staff_name="Lead", now=h.NOW)
        edit_letter(letter, subject=letter.subject, body=re.sub(r"\[\[[^\]]*\]\]", "TBC", letter.body), now=h.NOW)
        approve_letter(letter, staff_id=None, staff_name="Lead", now=h.NOW)
        with pytest.raises(LetterError, match="Only a draft"):
            edit_letter(letter, subject="x", body="y", now=h.NOW)
        with pytest.raises(LetterError, match="print"):
            send_letter(db, letter, now=h.NOW)  # no mobile, no Telegram: print instead
        contact = db.get(Contact, letter.contact_id)
        contact.telegram_chat_id = 4242
        message = send_letter(db, letter, now=h.NOW)
        assert (message.channel, message.address, message.language) == ("telegram", "4242", "en")
        assert letter.status == LetterStatus.sent and letter.message_id == message.id


def test_template_check_names_unknown_fields():
    check_template("{{ pupil_name }}", "\n".join(f"{{{{ {f} }}}}" for f in MERGE_FIELDS))
    with pytest.raises(LetterError, match="nickname"):
        check_template("x", "Hello {{ nickname }}")
    with pytest.raises(LetterError):
        check_template("x", "{% for %}")
    for kinds in BUILTIN.values():
        for subject, body in kinds.values():
            check_template(subject, body)
