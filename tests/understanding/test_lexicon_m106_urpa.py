"""Batch m106, Urdu and Punjabi (romanised and in their own scripts): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur (romanised): "dopahar ko" after another day named ("kal Jumma ko"): that day's afternoon, not this one; "Monday
    # ko normal aayega": back on Monday
    ("Salam, kal Jumma ko meri behen ki mehndi hai Leeds mein, hum dopahar ko niklenge. Main Hamza ko 12:30 baje school"
     " se le jaungi. Monday ko normal aayega.", kids("Hamza"), "2026-12-03 18:00",
     {"P1": ("family_event", "O", ["12-04 PM"])}),
    # ur (romanised): "aaj dopahar" is still this afternoon
    ("Zara ki aaj dopahar ko doctor appointment hai, main usko 1 baje school se le jaungi.", kids("Zara"),
     "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # pa (romanised): "Monday nu time te aa jaavegi" (will be in on time on Monday): back on Monday, not a day off
    ("Sat Sri Akal, Simran di bhua da viah hai. Thursday te Friday Simran school nahi aavegi. Monday nu time te aa"
     " jaavegi.", kids("Simran"), "2026-12-08 19:00",
     {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # pa (romanised): "school aaugi" (she will come to school): the sister is in as normal
    ("Aj Bandi Chhor Divas hai, asi saare Gurdwara ja rahe haan. Harjot aj school nahi aauga. Ohdi bhain Navneet school"
     " aaugi kyunki ohdi aj class trip hai.", kids("Harjot", "Navneet"), "2026-12-08 07:30",
     {"P1": ("religious", "R", full("12-08"))}),
    # pa (romanised): "agle Monday school bhejan di koshish karange" (we'll try to send her next Monday): off until then
    ("Gurnoor di baanh tutt gayi, is hafte ghar hi rahegi, agle Monday school bhejan di koshish karange.",
     kids("Gurnoor"), "2026-12-07 07:45",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # pa (romanised): "kal savere" (tomorrow morning), "11 vaje tak school chhad dawange" (we'll drop him by 11)
    ("Sat Sri Akal, kal savere Amrit di dentist appointment aa 9:30 vaje, 11 vaje tak school chhad dawange.",
     kids("Amrit"), "2026-12-08 18:00",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # ur (romanised): "kal school bhejne ki koshish karenge" (we'll try to send him tomorrow): today only
    ("Ayaan ko bukhar hai, aaj ghar pe rahega, kal school bhejne ki koshish karenge.", kids("Ayaan"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # pa: "ਅਗਲੇ ਸੋਮਵਾਰ ਸਕੂਲ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਾਂਗੇ" (we'll try to send him next Monday): off this week only
    ("ਜਸਕਰਨ ਦੇ ਗਿੱਟੇ ਤੇ ਸੱਟ ਲੱਗੀ ਹੈ, ਇਸ ਹਫ਼ਤੇ ਘਰ ਹੀ ਰਹੇਗਾ, ਅਗਲੇ ਸੋਮਵਾਰ ਸਕੂਲ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਾਂਗੇ।", kids("Jaskaran"),
     "2026-12-07 07:50",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # pa: "ਸੋਮਵਾਰ ਨੂੰ ਸਮੇਂ ਸਿਰ ਆ ਜਾਵੇਗੀ" (she will be in on time on Monday): back on Monday
    ("ਮੇਰੇ ਭਰਾ ਦਾ ਵਿਆਹ ਹੈ। ਵੀਰਵਾਰ ਅਤੇ ਸ਼ੁੱਕਰਵਾਰ ਹਰਲੀਨ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ। ਸੋਮਵਾਰ ਨੂੰ ਸਮੇਂ ਸਿਰ ਆ ਜਾਵੇਗੀ।", kids("Harleen"),
     "2026-12-08 19:00",
     {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # pa: "ਦੁਪਹਿਰ ਨੂੰ" after "ਕੱਲ੍ਹ ਸ਼ੁੱਕਰਵਾਰ" (tomorrow, Friday): that afternoon, not this one
    ("ਕੱਲ੍ਹ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਮਾਸੀ ਦੀ ਮਹਿੰਦੀ ਹੈ, ਅਸੀਂ ਦੁਪਹਿਰ ਨੂੰ ਨਿਕਲਾਂਗੇ। ਮੈਂ ਉਸਨੂੰ 12:30 ਵਜੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ।", kids("Gurleen"),
     "2026-12-03 18:30",
     {"P1": ("family_event", "O", ["12-04 PM"])}),
    # ur: "کل اسکول بھیجنے کی کوشش کریں گے" (we'll try to send him tomorrow): today only
    ("ایان کو بخار ہے، آج گھر پر رہے گا، کل اسکول بھیجنے کی کوشش کریں گے۔", kids("Ayaan"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # ur: a name ending in "ویر" (Jasveer) is not "ویر" (brother): the child himself is ill
    ("جسویر بیمار ہے، آج نہیں آئے گا۔", kids("Jasveer"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # pa: a name ending in "ਵੀਰ" (Manveer) is not "ਵੀਰ" (brother): the child himself is ill
    ("ਮਨਵੀਰ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।", kids("Manveer"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m106_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
