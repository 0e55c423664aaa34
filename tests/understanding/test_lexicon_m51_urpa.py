"""Batch m51/m52, Urdu and Punjabi (native script and romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # ur (roman): "11 baje tak school chhod dungi": brought in by 11 after the appointment, the morning only
    ("Salam, Zainab ki aaj subah 8:45 baje doctor ki appointment hai, 11 baje tak school chhod dungi. Shukriya",
     kids("Zainab", "Bilal"), "2026-11-25 07:50", {"P1": ("medical", "M", ["11-25 AM"])}),
    # pa (roman): "10:30 tak school lai aavangi": brought in by 10:30, the morning only
    ("SSA ji, Jaspreet di ajj optician naal appointment aa 9:15 vaje, 10:30 tak school lai aavangi.",
     kids("Jaspreet"), "2026-11-30 07:40", {"P1": ("medical", "M", ["11-30 AM"])}),
    # pa (roman): the little one is ill and nobody can mind it, so the pupil stays home: not the pupil's illness
    ("Sat sri akal, chhoti bimaar hai te creche nahi ja sakdi, mainu kamm te jaana, chhoti nu sambhalan layi koi nahi."
     " Is layi Gurpreet ajj ghar rahegi.", kids("Gurpreet"), "2026-12-01 07:45",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # pa: "ਸਕੂਲ ਆ ਰਿਹਾ ਹੈ ਪਰ ...": coming in, but collected for an appointment (the afternoon only)
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਸਿਮਰਨ ਨੂੰ ਖੰਘ ਤੇ ਬੁਖਾਰ ਹੈ, ਉਹ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ। ਮਨਵੀਰ ਸਕੂਲ ਆ ਰਿਹਾ ਹੈ ਪਰ ਉਸਦੀ ਡਾਕਟਰ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਹੈ,"
     " ਮੈਂ ਉਸਨੂੰ 12:00 ਵਜੇ ਸਕੂਲ ਤੋਂ ਲੈ ਜਾਵਾਂਗਾ।", kids("Simran", "Manveer"), "2026-11-30 07:20",
     {"P1": ("illness", "I", full("11-30")), "P2": ("medical", "M", ["11-30 PM"])}),
    # pa: "ਸੋਮਵਾਰ ਤੋਂ ਬੁੱਧਵਾਰ ਤੱਕ": Monday to Wednesday, both included
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਅਸੀਂ ਭੂਆ ਜੀ ਦੇ ਵਿਆਹ ਤੇ ਜਾ ਰਹੇ ਹਾਂ, ਹਰਲੀਨ ਸੋਮਵਾਰ ਤੋਂ ਬੁੱਧਵਾਰ ਤੱਕ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।", kids("Harleen"),
     "2026-12-03 19:00", {"P1": ("family_event", "O", full("12-07", "12-08", "12-09"))}),
    # pa: "ਮੈਂ ਦੱਸਿਆ ਸੀ ਕਿ ..., ਪਰ ਪ੍ਰੋਗਰਾਮ ਬਦਲ ਗਿਆ ਹੈ": what was said no longer stands; "ਸਕੂਲ ਹੀ ਰਹੇਗਾ" (stays in school)
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ ਦੱਸਿਆ ਸੀ ਕਿ ਅੱਜ ਗੁਰਵੀਰ ਨੂੰ ਦੁਪਹਿਰ ਨੂੰ ਲੈ ਜਾਵਾਂਗਾ, ਪਰ ਪ੍ਰੋਗਰਾਮ ਬਦਲ ਗਿਆ ਹੈ, ਉਹ ਅੱਜ ਸਕੂਲ ਹੀ ਰਹੇਗਾ।"
     " ਨਾਨਾ ਜੀ ਦਾ ਸਸਕਾਰ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਹੈ, ਉਸ ਦਿਨ ਉਹ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।", kids("Gurveer"), "2026-12-08 08:00",
     {"P1": ("exceptional", "C", full("12-11"))}),
    # ur: "نہیں آ سکی" (could not come) about today is still today's absence
    ("السلام علیکم، مریم کو بخار ہے اس لیے وہ آج اسکول نہیں آ سکی۔", kids("Maryam"), "2026-11-24 09:40",
     {"P1": ("illness", "I", full("11-24"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m51_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


FORWARDED = [
    # ur: "پچھلے ہفتے ... بیمار تھی ... نہیں آ سکی" (last week she was ill and could not come), then a question
    ("السلام علیکم، پچھلے ہفتے زینب بیمار تھی اور دو دن اسکول نہیں آ سکی۔"
     " کیا آپ اس کا کلاس کا کام بھیج سکتی ہیں؟ شکریہ",
     kids("Zainab"), "2026-12-01 17:00"),
]


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m51_urpa_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
