"""The channel layer's fixed texts in the parent's language: complete catalogues, the language chosen
(contact's setting, else their last message's, else English), and Polish end to end."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from api.app import create_app
from bot import texts
from bot.pipeline import process_inbound
from bot.telegram import link, run_command, start
from core.calendar import Session as RegisterSession
from core.settings import Settings
from models.db import session_scope
from models.messages import Channel, Direction, Message, MessageStatus
from models.people import Contact
from models.school import School
from tests.channels.conftest import MOBILE, SARAH_TG
from tests.staff.conftest import login
from tests.staff.seed import seed_world

TRANSLATED = sorted(set(texts.LANGUAGES) - {"en"})
STRANGER = 7770001


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def _keywords(text: str) -> set[str]:
    """What a parent must type verbatim: commands and carrier keywords."""
    return set(re.findall(r"/[a-z]+\b", text)) | set(re.findall(r"\b(?:START|STOP)\b", text))


def _po(language: str):
    with (texts.LOCALE_DIR / language / "LC_MESSAGES" / f"{texts.DOMAIN}.po").open("rb") as f:
        return read_po(f, locale=language)


def test_the_template_lists_every_msgid_and_nothing_else():
    with (texts.LOCALE_DIR / f"{texts.DOMAIN}.pot").open("rb") as f:
        template = read_po(f)
    assert {m.id for m in template if m.id} == set(texts.MESSAGES)
    assert len(TRANSLATED) == 12


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_msgid_is_translated_with_the_same_placeholders_and_keywords(language):
    catalog = _po(language)
    entries = {m.id: m for m in catalog if m.id}
    assert set(entries) == set(texts.MESSAGES), f"{language}: catalogue out of step with bot/texts.py"
    for msgid, entry in entries.items():
        assert entry.string.strip(), f"{language}: untranslated {msgid!r}"
        assert not entry.fuzzy, f"{language}: fuzzy {msgid!r} would be dropped when compiled"
        assert _fields(entry.string) == _fields(msgid), f"{language}: placeholders differ in {msgid!r}"
        assert _keywords(entry.string) == _keywords(msgid), f"{language}: commands or keywords lost in {msgid!r}"
        if msgid != texts.DAY_SPAN:
            assert texts.say(msgid, language) == entry.string != msgid  # the compiled catalogue is the one used


@pytest.mark.parametrize(("candidates", "expected"), [
    (("pl",), "pl"), (("pt-BR",), "pt"), (("UK_ua",), "uk"), ((None, "ar"), "ar"), (("fr", "so"), "so"),
    (("", None), "en"), (("xx", "fr"), "en"), ((), "en"),
])
def test_the_first_supported_language_wins_else_english(candidates, expected):
    assert texts.reply_language(*candidates) == expected


def test_unknown_languages_get_the_english_text():
    assert texts.say(texts.UNKNOWN_NUMBER, "fr") == texts.UNKNOWN_NUMBER
    assert texts.say(texts.LANGUAGE_SET, None, language="English") == "Thanks, we'll use English when we can."
    note = texts.held_for_staff([RegisterSession(dt.date(2026, 11, 23), "AM")], "xx")
    assert note == "The register for Mon 23 Nov (morning) has already been completed, so the school office will " \
                   "look at this change."


def test_dates_and_lists_inside_texts_follow_the_language():
    note = texts.held_for_staff([RegisterSession(dt.date(2026, 11, 24), "PM"),
                                 RegisterSession(dt.date(2026, 11, 23), "AM")], "pl")
    assert note.startswith("Dziennik obecności za ") and "(rano)" in note and "(po południu)" in note
    assert "2026-11" not in note
    told = texts.leave_decision(school="Oak Primary", child="Jack", first_day=dt.date(2026, 11, 30),
                                last_day=dt.date(2026, 12, 2), granted=False, language="es")
    assert told.startswith("Oak Primary: se ha denegado su solicitud de ausencia de Jack (")
    assert "injustificada" in told and "Nov" not in told


def _outbound(engine, address: str) -> list[Message]:
    with Session(engine) as db:
        return list(db.exec(select(Message).where(Message.direction == Direction.outbound, Message.address == address)
                            .order_by(Message.id)))


def _set_language(engine, contact_id: int, language: str | None) -> None:
    with session_scope(engine) as db:
        contact = db.get(Contact, contact_id)
        contact.language = language
        db.add(contact)


def test_a_polish_contact_without_linked_children_gets_the_polish_unknown_number_text(engine, clock):
    with session_scope(engine) as db:
        db.add(Contact(first_name="Ola", mobile="+447700900777", language="pl"))
    outcome = process_inbound(engine, channel=Channel.sms, address="+447700900777", text="Jack is ill today",
                              now=clock.now(), provider_id="SM-pl-1")
    assert outcome.status == MessageStatus.quarantined
    (reply,) = _outbound(engine, "+447700900777")
    assert reply.body.startswith("Przepraszamy, nie rozpoznajemy tego numeru") and reply.language == "pl"
    assert "Jack" not in reply.body


def test_a_stranger_is_answered_in_the_language_they_wrote_once_a_day(engine, clock):
    polish = "Dzień dobry, mój syn jest dziś chory i nie przyjdzie do szkoły"
    process_inbound(engine, channel=Channel.sms, address="+447700900888", text=polish, now=clock.now(),
                    provider_id="SM-s-1")
    process_inbound(engine, channel=Channel.sms, address="+447700900888", text="Hello? My son is ill today",
                    now=clock.now() + dt.timedelta(hours=1), provider_id="SM-s-2")
    process_inbound(engine, channel=Channel.sms, address="+447700900999", text="My son is ill today",
                    now=clock.now(), provider_id="SM-s-3")
    (polish_reply,) = _outbound(engine, "+447700900888")  # the English follow-up is not answered again
    assert polish_reply.body == texts.say(texts.UNKNOWN_NUMBER, "pl") and polish_reply.language == "pl"
    assert [m.body for m in _outbound(engine, "+447700900999")] == [texts.UNKNOWN_NUMBER]


def test_telegram_linking_speaks_polish(engine, clock, family):
    now = clock.now()
    start(engine, update_id=1, chat_id=STRANGER, user_id=STRANGER, payload=None, now=now, app_language="pl")
    link(engine, update_id=2, chat_id=STRANGER, user_id=STRANGER, shared_user_id=STRANGER, phone="+447700900555",
         now=now, app_language="pl-PL")
    ask, refused = _outbound(engine, str(STRANGER))
    assert ask.body.startswith("Witamy w Rollcall.")
    assert ask.media == [{"type": "request_contact", "label": "Udostępnij mój numer telefonu"}]
    assert refused.body.startswith("Przepraszamy, nie udało się powiązać tego konta") and refused.language == "pl"

    _set_language(engine, family.contact_id, "pl")  # the school's record beats the app's English
    assert link(engine, update_id=3, chat_id=SARAH_TG, user_id=SARAH_TG, shared_user_id=SARAH_TG, phone=MOBILE,
                now=now, app_language="en")
    run_command(engine, name="children", args=None, update_id=4, chat_id=SARAH_TG, user_id=SARAH_TG, now=now,
                app_language="en")
    linked, children = _outbound(engine, str(SARAH_TG))
    assert linked.body.startswith("Dziękujemy, to konto jest teraz powiązane z: Amelia i Jack. Prosimy pisać tutaj")
    assert "/children" in linked.body
    assert children.body.startswith("Państwa dzieci w naszych rejestrach:\n• Amelia Hughes (5O)")


def test_language_command_answers_in_the_chosen_language(engine, clock, family):
    now = clock.now()
    link(engine, update_id=1, chat_id=SARAH_TG, user_id=SARAH_TG, shared_user_id=SARAH_TG, phone=MOBILE, now=now)
    run_command(engine, name="language", args="tr", update_id=2, chat_id=SARAH_TG, user_id=SARAH_TG, now=now)
    run_command(engine, name="language", args="fr", update_id=3, chat_id=SARAH_TG, user_id=SARAH_TG, now=now)
    linked, chosen, asked = _outbound(engine, str(SARAH_TG))
    assert linked.body.startswith("Thank you, this account is now linked to Amelia and Jack.")
    assert chosen.body == "Teşekkürler, mümkün olduğunda şu dili kullanacağız: Türkçe." and chosen.language == "tr"
    assert asked.body.startswith("/language ve ardından bir dil kodu gönderin") and "pl (Polski)" in asked.body


def test_texts_follow_the_language_of_the_last_message_when_the_contact_has_none(engine, clock, family):
    now = clock.now()
    first = process_inbound(engine, channel=Channel.sms, address=MOBILE, text="Jack jest dziś chory, zostaje w domu",
                            now=now, provider_id="SM-c-1")
    empty = process_inbound(engine, channel=Channel.sms, address=MOBILE, text="   ", now=now, provider_id="SM-c-2")
    assert first.reply and empty.reply == texts.say(texts.EMPTY, "pl")
    assert empty.reply.startswith("Otrzymaliśmy pustą wiadomość.")


def test_stop_and_start_confirmations_in_the_contacts_language(engine, clock, family):
    _set_language(engine, family.contact_id, "pl")
    stopped = process_inbound(engine, channel=Channel.sms, address=MOBILE, text="STOP", now=clock.now(),
                              provider_id="SM-o-1")
    started = process_inbound(engine, channel=Channel.sms, address=MOBILE, text="START", now=clock.now(),
                              provider_id="SM-o-2")
    assert stopped.reply.startswith("Nie będą już Państwo otrzymywać wiadomości od Rollcall")
    assert started.reply.startswith("Znów będą Państwo otrzymywać wiadomości") and "STOP" in started.reply
    assert [m.language for m in _outbound(engine, MOBILE)] == ["pl"]  # the carrier itself confirms a STOP


def test_an_unsupported_contact_language_falls_back_to_english(engine, clock, family):
    _set_language(engine, family.contact_id, "fr")
    outcome = process_inbound(engine, channel=Channel.sms, address=MOBILE, text="", now=clock.now(),
                              provider_id="SM-f-1")
    assert outcome.reply == texts.EMPTY


@pytest.mark.parametrize(("contact_language", "origin_language", "decision", "expected", "language"), [
    ("pl", None, "grant", "została zaakceptowana.", "pl"),
    (None, "pl", "refuse", "została odrzucona, więc nieobecność byłaby nieusprawiedliwiona.", "pl"),
    ("xx", "zz", "grant", "has been granted.", "en"),
])
def test_the_leave_decision_reaches_the_parent_in_their_language(engine, db_url, clock, contact_language,
                                                                 origin_language, decision, expected, language):
    world = seed_world(engine, clock.now())
    with session_scope(engine) as db:
        leave_request = db.exec(select(Message).where(Message.provider_id == "SM3")).one()
        leave_request.language = origin_language
        contact = db.get(Contact, world.amy)
        contact.language = contact_language
        db.add_all([leave_request, contact])
    app = create_app(Settings(database_url=db_url, secret_key="test-secret"), engine=engine, clock=clock,
                     run_background=False)
    with TestClient(app, follow_redirects=False) as client:
        token = login(client, "head@oak.test")
        response = client.post(f"/staff/leave/{world.leave}/decide",
                               data={"csrf_token": token, "decision": decision, "note": "Eid Mubarak"})
    assert response.status_code == 303
    with Session(engine) as db:
        (told,) = db.exec(select(Message).where(Message.direction == Direction.outbound,
                                                col(Message.in_reply_to_id).is_not(None)))
        school = db.get(School, told.school_id)
    assert told.body.startswith(f"{school.name}: ")
    assert "Amelia" in told.body and told.body.endswith(f"{expected} Eid Mubarak") and told.language == language
