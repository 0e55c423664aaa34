"""Batch m105, Urdu and Punjabi (in every script they are written in): the phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "اسکول جائے گا مگر ... بجے میں اسے ڈاکٹر کے پاس لے جاؤں گی": in school, collected at that time for the doctor
    ("السلام علیکم، آج زینب کو بخار ہے، وہ گھر پر رہے گی۔ عمر اسکول جائے گا مگر ساڑھے گیارہ بجے میں اسے ڈاکٹر کے پاس"
     " لے جاؤں گی۔", kids("Zainab", "Umar"), "2026-12-09 07:20",
     {"P1": ("illness", "I", full("12-09")), "P2": ("medical", "M", ["12-09 PM"])}),
    # ur (Shahmukhi Punjabi): "اوہنوں بارہ وجے اسکول توں ہسپتال لے جاواں گی": taken from school to a hospital
    # appointment
    ("آج بلال اسکول آئے گا، اوہنوں بارہ وجے اسکول توں ہسپتال لے جاواں گی۔", kids("Bilal"), "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # ur (romanised): "school aayega lekin main usay 11 baje dentist ke paas le jaungi": collected for the dentist
    ("Aoa, aaj Hamza school aayega lekin main usay 11 baje dentist ke paas le jaungi.", kids("Hamza"),
     "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # pa (romanised): "school aavegi par main ohnu 12:15 vaje doctor kol lai javangi": collected for the doctor
    ("SSA ji, Gurleen aj school aavegi par main ohnu 12:15 vaje doctor kol lai javangi.", kids("Gurleen"),
     "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # pa (Gurmukhi): "ਸਕੂਲ ਆਵੇਗੀ ਪਰ ਮੈਂ ਉਹਨੂੰ ... ਵਜੇ ਡਾਕਟਰ ਕੋਲ ਲੈ ਜਾਵਾਂਗੀ": collected for the doctor
    ("ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਅੱਜ ਨਵਨੀਤ ਸਕੂਲ ਆਵੇਗੀ ਪਰ ਮੈਂ ਉਹਨੂੰ ਸਾਢੇ ਗਿਆਰਾਂ ਵਜੇ ਡਾਕਟਰ ਕੋਲ ਲੈ ਜਾਵਾਂਗੀ।", kids("Navneet"),
     "2026-12-09 07:20",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # ur (romanised): "chhuttiyon pe ja rahe hain" (going on holiday), "9.12 se" (from 9.12, a date with a dot)
    ("Assalam o alaikum, hum Pakistan chhuttiyon pe ja rahe hain. Zara 9.12 se school nahi aayegi aur 4 January ko"
     " wapas aayegi.", kids("Zara"), "2026-12-04 18:00",
     {"P1": ("holiday", "G", full("12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa (romanised): "8.12 ton 10.12 tak" (from 8.12 to 10.12, dates with a dot), "chhuttiyan manaun ja rahe haan"
    ("SSA, Simran 8.12 ton 10.12 tak school nahi aavegi, asi Dubai chhuttiyan manaun ja rahe haan.", kids("Simran"),
     "2026-12-04 18:00",
     {"P1": ("holiday", "G", full("12-08", "12-09", "12-10"))}),
    # pa (romanised): "raat nu late tak jaagda reha" (was up late), "thakeya hoya" (tired): missing the day
    ("SSA ji, Harman raat nu late tak jaagda reha te hun bahut thakeya hoya hai, aj school nahi aavega.",
     kids("Harman"), "2026-12-09 08:05",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ur (romanised): "uska 10/12 ko science ka exam hai": an exam at school that day, so only the other day is off
    ("Khala ki shadi hai. Ayaan 10/12 aur 11/12 ko school nahi aayega. Hiba sirf 11/12 ko nahi aayegi kyunki uska"
     " 10/12 ko science ka exam hai.", kids("Ayaan", "Hiba"), "2026-12-05 10:30",
     {"P1": ("family_event", "O", full("12-10", "12-11")), "P2": ("family_event", "O", full("12-11"))}),
    # ur: "اس کا 10/12 کو امتحان ہے": an exam at school that day, so only the other day is off
    ("خالہ کی شادی ہے۔ علی 10/12 اور 11/12 کو اسکول نہیں آئے گا۔ ثنا صرف 11/12 کو نہیں آئے گی کیونکہ اس کا 10/12 کو"
     " امتحان ہے۔", kids("Ali", "Sana"), "2026-12-05 10:30",
     {"P1": ("family_event", "O", full("12-10", "12-11")), "P2": ("family_event", "O", full("12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m105_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
