"""Batch m126, Urdu, Punjabi and romanised Urdu/Punjabi/Hindi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "اگلے ہفتے میری بہن کی شادی ہے ... 8 اور 9 دسمبر کو": "next week" dates the wedding, the dates the days off
    ("السلام علیکم، اگلے ہفتے میری بہن کی شادی ہے، اس لیے زینب 8 اور 9 دسمبر کو اسکول نہیں آئے گی۔", kids("Zainab"),
     "2026-12-02 18:00", {"P1": ("family_event", "O", full("12-08", "12-09"))}),
    # ur: the event before "اگلے ہفتے" ("شادی اگلے ہفتے ہے"), the dates in the next sentence
    ("ماموں کی شادی اگلے ہفتے ہے۔ زینب 10 دسمبر کو نہیں آئے گی۔", kids("Zainab"), "2026-12-03 08:00",
     {"P1": ("family_event", "O", full("12-10"))}),
    # roman: "agle hafte ... ki shaadi hai ... 8 aur 9 December": the same in Latin letters
    ("Salam, agle hafte meri behen ki shaadi hai, isliye Zainab 8 aur 9 December ko school nahi aayegi",
     kids("Zainab"), "2026-12-02 18:00", {"P1": ("family_event", "O", full("12-08", "12-09"))}),
    # roman Punjabi: "agle hafte ... da viah hai"
    ("Sat sri akal ji, agle hafte mere bhra da viah hai, Gurpreet 10 te 11 December nu school nahi aauga",
     kids("Gurpreet"), "2026-12-02 18:00", {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # pa: "ਅਗਲੇ ਹਫ਼ਤੇ ... ਦਾ ਵਿਆਹ ਹੈ ... 10 ਅਤੇ 11 ਦਸੰਬਰ": the same in Gurmukhi
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਅਗਲੇ ਹਫ਼ਤੇ ਮੇਰੇ ਭਰਾ ਦਾ ਵਿਆਹ ਹੈ, ਇਸ ਲਈ ਹਰਜੋਤ 10 ਅਤੇ 11 ਦਸੰਬਰ ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।", kids("Harjot"),
     "2026-12-02 18:00", {"P1": ("family_event", "O", full("12-10", "12-11"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # ur: "اگلے ہفتے ... کی شادی ہے" with no absence said (a question about a form): still only passed to the office
    ("اگلے ہفتے میرے بھائی کی شادی ہے، کیا آپ کو کوئی فارم چاہیے؟", kids("Zainab"), "2026-12-02 18:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m126_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m126_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
