"""Twilio webhooks at the wire: signed form posts in, replies out through twilio-python to a fake REST API."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlmodel import Session, select
from twilio.request_validator import RequestValidator

from bot.outbox import enqueue
from models.attendance import AttendanceMark
from models.conversation import Evidence, OptOutEvent
from models.messages import Channel, Direction, MessageKind, MessageStatus, ParsedReport
from models.people import Contact
from tests.channels.conftest import MOBILE, messages, post_sms, sign, sms

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _marks(engine):
    with Session(engine) as db:
        return {(m.pupil_id, str(m.session)): m.code for m in db.exec(select(AttendanceMark))}


async def test_signed_sms_reports_and_reply_goes_out_by_rest_then_is_delivered(client, engine, family, outbox,
                                                                               fake_twilio, clock):
    response = await post_sms(client, sms("SM1", "Jack has a temperature so won't be in today"))
    assert response.status_code == 200 and "<Response>" in response.text
    assert _marks(engine) == {(family.jack, "2026-11-23 AM"): "I", (family.jack, "2026-11-23 PM"): "I"}
    await outbox()
    sent = fake_twilio.sent("Messages.create")
    assert len(sent) == 1 and sent[0]["To"] == MOBILE and sent[0]["From"] == "+447700900000"
    assert "Jack" in sent[0]["Body"]
    assert sent[0]["StatusCallback"] == "https://rollcall.example.org/webhooks/twilio/status"
    reply = messages(engine, Direction.outbound)[0]
    assert reply.status == MessageStatus.sent and reply.provider_id.startswith("SM")

    callback = {"MessageSid": reply.provider_id, "MessageStatus": "delivered", "AccountSid": "AC" + "0" * 32}
    done = await post_sms(client, callback, path="/webhooks/twilio/status")
    assert done.status_code == 204
    late_sent = {**callback, "MessageStatus": "sent"}  # callbacks can arrive out of order
    await post_sms(client, late_sent, path="/webhooks/twilio/status")
    reply = messages(engine, Direction.outbound)[0]
    assert reply.status == MessageStatus.delivered and reply.delivered_at == clock.now()


async def test_whatsapp_uses_the_same_adapter(client, engine, family, outbox, fake_twilio):
    text = "Amelia has a dentist appointment at 9:30, in after"
    await post_sms(client, sms("SM2", text, sender=f"whatsapp:{MOBILE}"))
    inbound = messages(engine, Direction.inbound)[0]
    assert inbound.channel == Channel.whatsapp and inbound.contact_id == family.contact_id
    await outbox()
    sent = fake_twilio.sent("Messages.create")[0]
    assert sent["To"] == f"whatsapp:{MOBILE}" and sent["From"] == "whatsapp:+14155238886"


async def test_forged_missing_or_misplaced_signatures_are_refused_and_store_nothing(client, engine, family):
    params = sms("SM3", "Jack is ill")
    forged = await post_sms(client, params, signature=sign(params, token="not-the-token"))
    missing = await client.post("/webhooks/twilio/sms", data=params)
    # signed for the URL this process sees, not the configured public one: refused
    local = RequestValidator("twilio-auth-token").compute_signature("http://test/webhooks/twilio/sms", params)
    misplaced = await post_sms(client, params, signature=local)
    tampered = await post_sms(client, {**params, "Body": "Amelia is ill"}, signature=sign(params))
    assert [r.status_code for r in (forged, missing, misplaced, tampered)] == [403, 403, 403, 403]
    assert messages(engine) == [] and _marks(engine) == {}


async def test_duplicate_delivery_has_one_effect(client, engine, family, outbox, fake_twilio):
    params = sms("SM4", "Jack has a temperature so won't be in today")
    for _ in range(3):
        assert (await post_sms(client, params)).status_code == 200
    await outbox()
    assert len(messages(engine, Direction.inbound)) == 1
    assert len(fake_twilio.sent("Messages.create")) == 1


async def test_unknown_number_learns_nothing(client, engine, family, outbox, fake_twilio):
    text = "Is Jack Hughes in school today? What class is Amelia in?"
    await post_sms(client, sms("SM5", text, sender="+447700900999"))
    await outbox()
    inbound = messages(engine, Direction.inbound)[0]
    assert inbound.status == MessageStatus.quarantined and inbound.status_reason == "unknown sender"
    body = fake_twilio.sent("Messages.create")[0]["Body"]
    assert "school office" in body and "Hughes" not in body and "Amelia" not in body
    assert _marks(engine) == {}


async def test_stop_and_start_are_recorded_per_channel(client, engine, family, outbox, fake_twilio, clock):
    await post_sms(client, sms("SM6", "STOP"))
    with Session(engine) as db:
        assert db.get(Contact, family.contact_id).opted_out_channels == ["sms"]
    with Session(engine) as db:
        enqueue(db, channel=Channel.sms, address=MOBILE, body="Jack is not in school today", now=clock.now(),
                kind=MessageKind.chase, contact_id=family.contact_id)
        enqueue(db, channel=Channel.whatsapp, address=f"whatsapp:{MOBILE}", body="Jack is not in school today",
                now=clock.now(), kind=MessageKind.chase, contact_id=family.contact_id)
        db.commit()
    await outbox()
    assert [s["To"] for s in fake_twilio.sent("Messages.create")] == [f"whatsapp:{MOBILE}"]
    cancelled = [m for m in messages(engine, Direction.outbound) if m.status == MessageStatus.cancelled]
    assert len(cancelled) == 1 and cancelled[0].channel == Channel.sms

    clock.advance(dt.timedelta(minutes=5))
    await post_sms(client, sms("SM7", "start"))
    await outbox()
    with Session(engine) as db:
        assert db.get(Contact, family.contact_id).opted_out_channels == []
        assert [e.action for e in db.exec(select(OptOutEvent).order_by(OptOutEvent.id))] == ["stop", "start"]
    assert "STOP" in fake_twilio.sent("Messages.create")[-1]["Body"]


async def test_bad_bodies_are_handled_clearly(client, engine, family, settings, outbox, fake_twilio):
    big = sms("SM8", "x" * settings.max_webhook_bytes)
    assert (await post_sms(client, big)).status_code == 413
    binary = await client.post("/webhooks/twilio/sms", content=b"\xff\xfe\x00\x01\x89PNG",
                               headers={"X-Twilio-Signature": "abc",
                                        "Content-Type": "application/x-www-form-urlencoded"})
    assert binary.status_code == 400
    empty = await client.post("/webhooks/twilio/sms", content=b"", headers={"X-Twilio-Signature": sign({})})
    assert empty.status_code == 400 and "MessageSid" in empty.json()["detail"]
    assert messages(engine) == []

    blank = await post_sms(client, sms("SM9", ""))
    control = await post_sms(client, sms("SM10", "\x00\x01\x02 \x1b[0m"))
    mojibake = await post_sms(client, sms("SM11", "Ã°Å¸Ëœâ‚¬ Ã¢â‚¬â„¢ Â¿Â¿Â¿ #@!%"))
    assert [r.status_code for r in (blank, control, mojibake)] == [200, 200, 200]
    await outbox()
    inbound = messages(engine, Direction.inbound)
    assert [m.provider_id for m in inbound] == ["SM9", "SM10", "SM11"]
    assert all(m.status == MessageStatus.processed for m in inbound) and inbound[1].body == "[0m"
    replies = [s["Body"] for s in fake_twilio.sent("Messages.create")]
    assert len(replies) == 3 and all(r.strip() for r in replies)
    assert _marks(engine) == {}


async def test_mms_photo_is_kept_as_evidence_and_other_files_refused(client, engine, family, settings, fake_twilio):
    fake_twilio.files["card.png"] = (PNG, "image/png")
    fake_twilio.files["page.html"] = (b"<html>not a photo</html>", "image/jpeg")
    fake_twilio.files["huge.jpg"] = (b"\xff\xd8\xff" + b"\x00" * settings.max_media_bytes, "image/jpeg")
    params = sms("SM12", "Jack has a hospital appointment today, card attached", NumMedia="3",
                 MediaUrl0=f"{fake_twilio.base}/media/card.png", MediaContentType0="image/png",
                 MediaUrl1=f"{fake_twilio.base}/media/page.html", MediaContentType1="image/jpeg",
                 MediaUrl2=f"{fake_twilio.base}/media/huge.jpg", MediaContentType2="image/jpeg")
    assert (await post_sms(client, params)).status_code == 200
    with Session(engine) as db:
        rows = list(db.exec(select(Evidence).order_by(Evidence.id)))
        report = db.exec(select(ParsedReport)).one()
    assert [(r.status, r.content_type) for r in rows] == [
        ("stored", "image/png"), ("rejected", "image/jpeg"), ("rejected", "image/jpeg")]
    assert rows[0].data == PNG and rows[0].size_bytes == len(PNG) and rows[1].data is None
    assert "not an accepted" in rows[1].status_reason and "too large" in rows[2].status_reason
    assert {r.report_id for r in rows} == {report.id}


async def test_simultaneous_duplicates_have_one_effect(client, engine, family, outbox, fake_twilio):
    params = sms("SM13", "Amelia has a temperature so won't be in today")
    responses = await asyncio.gather(*(post_sms(client, params) for _ in range(4)))
    assert [r.status_code for r in responses] == [200] * 4
    await outbox()
    assert len(messages(engine, Direction.inbound)) == 1 and len(fake_twilio.sent("Messages.create")) == 1
    assert _marks(engine) == {(family.amelia, "2026-11-23 AM"): "I", (family.amelia, "2026-11-23 PM"): "I"}


async def test_two_messages_from_one_parent_at_once_both_count(client, engine, family, outbox, fake_twilio):
    first = sms("SM14", "Jack has a temperature so won't be in today")
    second = sms("SM15", "Amelia has a temperature so won't be in today")
    responses = await asyncio.gather(post_sms(client, first), post_sms(client, second))
    assert [r.status_code for r in responses] == [200, 200]
    await outbox()
    assert len(fake_twilio.sent("Messages.create")) == 2
    assert set(_marks(engine)) == {(family.jack, "2026-11-23 AM"), (family.jack, "2026-11-23 PM"),
                                   (family.amelia, "2026-11-23 AM"), (family.amelia, "2026-11-23 PM")}
