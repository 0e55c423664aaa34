"""Batches m62-m64, Urdu and Punjabi (native script and romanised): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # ur: "حمزہ کا چھوٹا بھائی صبح سے بیمار ہے" (his little brother is ill): the pupil is kept home, not ill himself
    ("السلام علیکم، حمزہ کا چھوٹا بھائی صبح سے بیمار ہے اور گھر پر کوئی نہیں، اس لیے آج حمزہ اسکول نہیں آئے گا۔",
     kids("Hamza"), "2026-12-01 07:20", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # ur: "میرا اپنا ہسپتال میں چیک اپ ہے" (I have my own check-up): the pupil is late, not at an appointment; the
    # check-up's time is not the arrival
    ("السلام علیکم، آج نو بجے میرا اپنا ہسپتال میں چیک اپ ہے، اس لیے مریم دیر سے آئے گی، تقریباً ساڑھے گیارہ بجے۔",
     kids("Maryam"), "2026-12-02 08:10", {"P1": ("late", "U", ["12-02 AM"])}),
    # ur: "فیملی میں انتقال ہو گیا ہے" (there has been a death in the family): a bereavement
    ("السلام علیکم، ہماری فیملی میں انتقال ہو گیا ہے اور آج جنازہ ہے۔ فاطمہ آج اسکول نہیں آئے گی۔",
     kids("Fatima"), "2026-12-03 07:00", {"P1": ("exceptional", "C", full("12-03"))}),
    # pa: "ਹਾਲਤ ਕਾਫ਼ੀ ਗੰਭੀਰ ਹੈ" (critically ill), "ਅੱਜ ਰਾਤ ਨੂੰ" (tonight, not the school day), "ਵਾਪਸੀ ਦੀ ਤਰੀਕ ਅਜੇ ਪੱਕੀ
    # ਨਹੀਂ" (the return date is not fixed): a family emergency, the first day only
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਜਸਲੀਨ ਦੀ ਦਾਦੀ ਜੀ ਹਸਪਤਾਲ ਵਿੱਚ ਹਨ ਤੇ ਹਾਲਤ ਕਾਫ਼ੀ ਗੰਭੀਰ ਹੈ। ਅਸੀਂ ਅੱਜ ਰਾਤ ਨੂੰ ਇੰਡੀਆ ਜਾ ਰਹੇ ਹਾਂ।"
     " ਜਸਲੀਨ ਕੱਲ੍ਹ ਤੋਂ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ, ਵਾਪਸੀ ਦੀ ਤਰੀਕ ਅਜੇ ਪੱਕੀ ਨਹੀਂ।",
     kids("Jasleen"), "2026-12-01 07:30", {"P1": ("exceptional", "C", full("12-02"))}),
    # pa (roman): "mera apna dentist appointment hai" (my own appointment): late, not medical
    ("SSA ji, aaj mera apna dentist appointment hai 8:45 te, Simran thoda late aavegi, 9:15 tak chhad dangi.",
     kids("Simran"), "2026-11-26 07:40", {"P1": ("late", "L", ["11-26 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m62_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


FORWARDED = [
    # ur (roman): "aaj se uski khala usko school se le jayengi" (from today her aunt collects her): who picks up at home
    # time, not an absence
    ("Assalam o alaikum, Aliya ki nani hospital mein hain, is liye aaj se uski khala usko school se le jayengi."
     " Shukriya",
     kids("Aliya"), "2026-12-08 08:20"),
]


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m62_urpa_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
