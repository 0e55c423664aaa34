"""Batches m67-m69, Urdu and Punjabi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "میرے گھٹنے کا آپریشن ہے" (the parent's own operation), "اسکول لے جانے والا کوئی نہیں" (no one to take them to
    # school): the pupil is well, no authorised reason
    ("السلام علیکم، کل میرے گھٹنے کا آپریشن ہے اور بچوں کو اسکول لے جانے والا کوئی نہیں، اس لیے زینب کل اسکول نہیں"
     " آئے گی۔",
     kids("Zainab"), "2026-12-07 18:00", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur: "جمعے کو" (on Friday, the oblique form of "جمعہ")
    ("السلام علیکم، میری بہن کی شادی ہے، بدھ کو مہندی اور جمعے کو ولیمہ ہے، اس لیے عمر بدھ اور جمعے کو اسکول نہیں آئے"
     " گا۔",
     kids("Umar"), "2026-12-07 17:00", {"P1": ("family_event", "O", full("12-09") + full("12-11"))}),
    # ur: "سڑک پر پانی کھڑا ہے" (the road is flooded: the way in, not the house)
    ("السلام علیکم، تیز بارش کی وجہ سے ہمارے محلے کی سڑک پر پانی کھڑا ہے، علی آج اسکول نہیں پہنچ سکے گا۔",
     kids("Ali"), "2026-12-08 07:40", {"P1": ("transport", "O", full("12-08"))}),
    # ur: "برفباری سے راستہ بند ہو گیا ہے" (the snow has closed the road)
    ("برفباری سے ہمارا راستہ بند ہو گیا ہے، حمزہ آج اسکول نہیں آ سکے گا۔",
     kids("Hamza"), "2026-12-15 07:50", {"P1": ("transport", "O", full("12-15"))}),
    # ur: "ٹیکے لگنے ہیں" (has vaccinations), in after: the morning only
    ("السلام علیکم، کل صبح نو بجے عائشہ کو ٹیکے لگنے ہیں، وہ گیارہ بجے تک اسکول آ جائے گی۔",
     kids("Ayesha"), "2026-12-07 17:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # ur: "مجھے احمد کو پونے ایک بجے اسکول سے لینا ہے" (I have to collect Ahmed from school at 12:45): the afternoon
    ("السلام علیکم، آج مجھے احمد کو پونے ایک بجے اسکول سے لینا ہے، اس کی ہسپتال میں اپائنٹمنٹ ہے۔",
     kids("Ahmed", "Sana"), "2026-12-09 08:05", {"P1": ("medical", "M", ["12-09 PM"])}),
    # ur: "داخلہ ٹیسٹ" (an entrance test), "گرامر اسکول" (a grammar school)
    ("السلام علیکم، جمعرات کو بلال کا گرامر اسکول میں داخلہ ٹیسٹ ہے، اس لیے وہ اس دن اسکول نہیں آئے گا۔",
     kids("Bilal"), "2026-12-07 16:30", {"P1": ("interview", "J1", full("12-10"))}),
    # pa: "ਚਿਕਨ ਪਾਕਸ" (chickenpox), back on Wednesday
    ("ਹਰਮਨ ਨੂੰ ਚਿਕਨ ਪਾਕਸ ਹੋ ਗਿਆ ਹੈ। ਉਹ ਬੁੱਧਵਾਰ ਨੂੰ ਸਕੂਲ ਵਾਪਸ ਆਵੇਗੀ।",
     kids("Harman"), "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07") + full("12-08"))}),
    # pa: "ਗੁੱਟ ਟੁੱਟ ਗਿਆ ਹੈ" (broke his wrist), back on Friday
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਜਸਪ੍ਰੀਤ ਦਾ ਗੁੱਟ ਟੁੱਟ ਗਿਆ ਹੈ। ਉਹ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਸਕੂਲ ਵਾਪਸ ਆਵੇਗਾ।",
     kids("Jaspreet"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08") + full("12-09") + full("12-10"))}),
    # pa: "ਉਸਦਾ ਛੋਟਾ ਭਰਾ ਬਿਮਾਰ ਹੈ" (her little brother is ill), the parent takes him to the doctor: the pupil is well
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਉਸਦਾ ਛੋਟਾ ਭਰਾ ਬਿਮਾਰ ਹੈ ਤੇ ਮੈਂ ਉਹਨੂੰ ਲੈ ਕੇ ਡਾਕਟਰ ਕੋਲ ਜਾਣਾ ਹੈ, ਘਰ ਹੋਰ ਕੋਈ ਨਹੀਂ, ਇਸ ਲਈ ਗੁਰਲੀਨ ਅੱਜ"
     " ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Gurleen"), "2026-12-09 07:20", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa: "ਜਨਮ ਦਿਨ ਪਾਰਟੀ" (a birthday party)
    ("ਵੀਰਵਾਰ ਨੂੰ ਨਾਨਾ ਜੀ ਦੀ ਜਨਮ ਦਿਨ ਪਾਰਟੀ ਹੈ, ਇਸ ਲਈ ਅਮਰੀਨ ਵੀਰਵਾਰ ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Amreen"), "2026-12-08 16:45", {"P1": ("family_event", "O", full("12-10"))}),
    # pa: "ਮੇਰਾ ਆਪਣਾ ... ਚੈੱਕਅਪ" (the parent's own check-up), "ਸਾਢੇ ਦਸ ਵਜੇ ਦੇ ਕਰੀਬ" (around half past ten): late
    ("ਅੱਜ ਸਵੇਰੇ 9 ਵਜੇ ਮੇਰਾ ਆਪਣਾ ਹਸਪਤਾਲ ਵਿੱਚ ਚੈੱਕਅਪ ਹੈ, ਇਸ ਲਈ ਮੈਂ ਹਰਜੋਤ ਨੂੰ ਸਾਢੇ ਦਸ ਵਜੇ ਦੇ ਕਰੀਬ ਸਕੂਲ ਛੱਡਾਂਗਾ।",
     kids("Harjot"), "2026-12-10 07:35", {"P1": ("late", "U", ["12-10 AM"])}),
    # pa: "ਸਾਰਾ ਅਗਲਾ ਹਫ਼ਤਾ" (all next week)
    ("ਅਸੀਂ ਨਾਨਾ ਜੀ ਨੂੰ ਮਿਲਣ ਇੰਡੀਆ ਜਾ ਰਹੇ ਹਾਂ, ਇਸ ਲਈ ਕਿਰਨ ਸਾਰਾ ਅਗਲਾ ਹਫ਼ਤਾ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Kiran"), "2026-12-02 15:00",
     {"P1": ("holiday", "G", full("12-07") + full("12-08") + full("12-09") + full("12-10") + full("12-11"))}),
    # pa: "ਅੱਖ ਹੀ ਨਹੀਂ ਖੁੱਲ੍ਹੀ" (we overslept), "ਹੁਣ ਕਾਫ਼ੀ ਦੇਰ ਹੋ ਗਈ ਹੈ" (it is too late now): missing the day
    ("ਅੱਜ ਸਾਡੀ ਅੱਖ ਹੀ ਨਹੀਂ ਖੁੱਲ੍ਹੀ, ਹੁਣ ਕਾਫ਼ੀ ਦੇਰ ਹੋ ਗਈ ਹੈ, ਇਸ ਲਈ ਮਨਜੋਤ ਅੱਜ ਨਹੀਂ ਆਵੇਗਾ।",
     kids("Manjot"), "2026-12-09 10:45", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pa: "ਅੱਜ ਤੋਂ ਲੈ ਕੇ ... ਤੱਕ, ਉਸ ਦਿਨ ਸਮੇਤ" (from today up to and including)
    ("ਅਰਸ਼ ਨੂੰ ਫਲੂ ਹੈ। ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਹੈ ਕਿ ਅੱਜ ਤੋਂ ਲੈ ਕੇ ਸ਼ੁੱਕਰਵਾਰ 4 ਦਸੰਬਰ ਤੱਕ, ਉਸ ਦਿਨ ਸਮੇਤ, ਘਰ ਆਰਾਮ ਕਰੇ।",
     kids("Arsh"), "2026-12-01 08:00",
     {"P1": ("illness", "I", full("12-01") + full("12-02") + full("12-03") + full("12-04"))}),
    # pa: "ਡੈਂਟਿਸਟ" (dentist), "ਅਪਾਇੰਟਮੈਂਟ" (appointment), collected at 12:30: the afternoon
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਅੱਜ ਮੈਂ ਹਰਲੀਨ ਨੂੰ ਸਾਢੇ ਬਾਰਾਂ ਵਜੇ ਲੈ ਜਾਵਾਂਗਾ, ਉਸਦੀ ਡੈਂਟਿਸਟ ਨਾਲ ਅਪਾਇੰਟਮੈਂਟ ਹੈ।",
     kids("Harleen"), "2026-12-10 08:15", {"P1": ("medical", "M", ["12-10 PM"])}),
    # pa: "ਮੰਗਲਵਾਰ 8 ਦਸੰਬਰ ਤੋਂ ਵੀਰਵਾਰ 10 ਦਸੰਬਰ ਤੱਕ": a weekday before each date of a range
    ("ਮੇਰੀ ਭੈਣ ਦਾ ਵਿਆਹ ਹੈ, ਇਸ ਲਈ ਸੁਖਮਨ ਮੰਗਲਵਾਰ 8 ਦਸੰਬਰ ਤੋਂ ਵੀਰਵਾਰ 10 ਦਸੰਬਰ ਤੱਕ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Sukhman"), "2026-12-03 17:00",
     {"P1": ("family_event", "O", full("12-08") + full("12-09") + full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m67_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
