"""The Telegram webhook at the wire: real Update JSON in, replies out through aiogram to a fake Bot API."""

from __future__ import annotations

import asyncio
import contextlib

from sqlmodel import Session, select

from bot.polling import run_polling
from models.conversation import Evidence, RejectedInbound
from models.messages import Direction, MessageStatus
from models.people import Contact
from tests.channels.conftest import MOBILE, SARAH_TG, link_telegram, messages, post_update, tg_update

STRANGER = 7770001


def _contact(engine, contact_id):
    with Session(engine) as db:
        return db.get(Contact, contact_id)


def _texts(fake, chat_id=None):
    return [c["text"] for c in fake.sent("sendMessage") if chat_id is None or int(c["chat_id"]) == chat_id]


async def test_deep_link_then_own_number_links_the_account(client, engine, family, outbox, fake_telegram):
    assert (await post_update(client, tg_update(1, text="/start fam-oak-1"))).status_code == 200
    await outbox()
    ask = fake_telegram.sent("sendMessage")[-1]
    assert ask["reply_markup"]["keyboard"][0][0]["request_contact"] is True

    shared = {"phone_number": MOBILE.removeprefix("+"), "first_name": "Sarah", "user_id": SARAH_TG}
    assert (await post_update(client, tg_update(2, contact=shared))).status_code == 200
    await outbox()
    contact = _contact(engine, family.contact_id)
    assert (contact.telegram_user_id, contact.telegram_chat_id) == (SARAH_TG, SARAH_TG)
    assert "Jack" in _texts(fake_telegram)[-1] and "Amelia" in _texts(fake_telegram)[-1]


async def test_sharing_someone_elses_contact_is_refused_without_leaking(client, engine, family, outbox,
                                                                        fake_telegram):
    await post_update(client, tg_update(1, user_id=STRANGER, text="/start"))
    shared = {"phone_number": MOBILE, "first_name": "Sarah", "user_id": SARAH_TG}  # Sarah's card, sent by a stranger
    await post_update(client, tg_update(2, user_id=STRANGER, contact=shared))
    await post_update(client, tg_update(3, user_id=STRANGER, text="/children"))
    await post_update(client, tg_update(4, user_id=STRANGER, text="Jack is ill today"))
    await outbox()
    assert _contact(engine, family.contact_id).telegram_user_id is None
    replies = _texts(fake_telegram, STRANGER)
    assert len(replies) == 3  # the same "not linked" answer goes once a day, however often a stranger writes
    assert not any(name in text for text in replies for name in ("Jack", "Amelia", "Hughes"))
    assert "school office" in replies[-1]
    quarantined = [m for m in messages(engine, Direction.inbound) if m.status == MessageStatus.quarantined]
    assert {m.provider_id for m in quarantined} == {"3", "4"}


async def test_own_number_not_on_record_is_refused(client, engine, family, outbox, fake_telegram):
    shared = {"phone_number": "447700900999", "first_name": "Sam", "user_id": STRANGER}
    await post_update(client, tg_update(1, user_id=STRANGER, contact=shared))
    await outbox()
    with Session(engine) as db:
        assert db.exec(select(Contact).where(Contact.telegram_user_id == STRANGER)).first() is None
    assert "update your number" in _texts(fake_telegram, STRANGER)[0]


async def test_deep_link_for_another_family_needs_that_familys_number(client, engine, family, outbox):
    with Session(engine) as db:
        other = Contact(first_name="Tom", mobile="+447700900555", link_code="fam-other")
        db.add(other)
        db.commit()
    await post_update(client, tg_update(1, text="/start fam-other"))
    shared = {"phone_number": MOBILE, "first_name": "Sarah", "user_id": SARAH_TG}
    await post_update(client, tg_update(2, contact=shared))
    assert _contact(engine, family.contact_id).telegram_user_id is None


async def test_children_and_language_commands_for_a_linked_parent(client, engine, family, outbox, fake_telegram):
    link_telegram(engine, family)
    await post_update(client, tg_update(1, text="/children"))
    await post_update(client, tg_update(2, text="/language pl"))
    await post_update(client, tg_update(3, text="/help"))
    await outbox()
    children, language, helptext = _texts(fake_telegram)
    assert "Jack Hughes" in children and "Amelia Hughes" in children
    assert "Polski" in language and _contact(engine, family.contact_id).language == "pl"
    assert "/children" in helptext


async def test_wrong_or_missing_secret_is_refused_and_nothing_stored(client, engine, family):
    assert (await post_update(client, tg_update(1, text="/start"), secret="guess")).status_code == 403
    assert (await post_update(client, tg_update(2, text="/start"), secret=None)).status_code == 403
    assert messages(engine) == []


async def test_duplicate_update_id_has_one_effect(client, engine, family, outbox, fake_telegram):
    link_telegram(engine, family)
    for _ in range(3):
        assert (await post_update(client, tg_update(41, text="/children"))).status_code == 200
    await outbox()
    assert len(messages(engine, Direction.inbound)) == 1
    assert len(fake_telegram.sent("sendMessage")) == 1


async def test_unreadable_bodies_are_refused_clearly_and_kept(client, engine, family, settings):
    headers = {"X-Telegram-Bot-Api-Secret-Token": "telegram-webhook-secret"}
    empty = await client.post("/webhooks/telegram", content=b"", headers=headers)
    binary = await client.post("/webhooks/telegram", content=b"\x00\xff\xfe\x89PNG", headers=headers)
    garbled = await client.post("/webhooks/telegram", content=b'{"update_id": "x", "message": [1, 2', headers=headers)
    wrong = await client.post("/webhooks/telegram", json={"hello": "world"}, headers=headers)
    big = await client.post("/webhooks/telegram", content=b"{" + b" " * settings.max_webhook_bytes + b"}",
                            headers=headers)
    assert [r.status_code for r in (empty, binary, garbled, wrong, big)] == [400, 400, 400, 400, 413]
    assert "empty" in empty.json()["detail"] and "bytes" in big.json()["detail"]
    with Session(engine) as db:
        kept = list(db.exec(select(RejectedInbound).order_by(RejectedInbound.id)))
    assert [k.body[:6] for k in kept[:2]] == [b"", b"\x00\xff\xfe\x89PN"]
    assert len(kept) == 5 and kept[-1].size_bytes > settings.max_webhook_bytes
    assert messages(engine) == []


async def test_photo_with_caption_is_kept_as_evidence(client, engine, family, fake_telegram):
    link_telegram(engine, family)
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 200
    fake_telegram.files["photos/big.jpg"] = (jpeg, "image/jpeg")
    photo = [{"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 50},
             {"file_id": "big", "file_unique_id": "b", "width": 800, "height": 800, "file_size": len(jpeg)}]
    update = tg_update(51, photo=photo, caption="Amelia has a hospital appointment today, here's the letter")
    assert (await post_update(client, update)).status_code == 200
    with Session(engine) as db:
        evidence = db.exec(select(Evidence)).one()
    assert (evidence.status, evidence.content_type, evidence.data) == ("stored", "image/jpeg", jpeg)
    assert evidence.report_id is not None
    assert [c["file_id"] for c in fake_telegram.sent("getFile")] == ["big"]


async def test_long_polling_uses_the_same_dispatcher_and_outbox(engine, family, settings, clock, fake_telegram):
    link_telegram(engine, family)
    fake_telegram.updates.append(tg_update(61, text="/children"))
    task = asyncio.create_task(run_polling(engine, settings, clock))
    try:
        for _ in range(200):
            if fake_telegram.sent("sendMessage"):
                break
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert "Jack Hughes" in fake_telegram.sent("sendMessage")[0]["text"]
    assert fake_telegram.sent("deleteWebhook") and len(messages(engine, Direction.inbound)) == 1


async def test_group_chats_are_ignored(client, engine, family, outbox, fake_telegram):
    link_telegram(engine, family)
    update = tg_update(71, text="/children")
    update["message"]["chat"] = {"id": -100123, "type": "group", "title": "Class 3 parents"}
    assert (await post_update(client, update)).status_code == 200
    await outbox()
    assert messages(engine) == [] and fake_telegram.sent("sendMessage") == []


async def test_a_blocked_bot_stops_sending_until_the_parent_writes_again(client, engine, family, outbox,
                                                                          fake_telegram):
    link_telegram(engine, family)
    await post_update(client, tg_update(81, text="/children"))
    fake_telegram.fail(403)  # "Forbidden: bot was blocked by the user"
    await outbox()
    assert _contact(engine, family.contact_id).opted_out_channels == ["telegram"]
    assert messages(engine, Direction.outbound)[0].status == MessageStatus.failed
    await post_update(client, tg_update(82, text="/start"))
    await outbox()
    assert _contact(engine, family.contact_id).opted_out_channels == []
    assert len(fake_telegram.sent("sendMessage")) == 1
