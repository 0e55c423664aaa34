"""Batches m95 and m96, Urdu, Punjabi (Gurmukhi and Shahmukhi) and their romanised forms: the phrasing the misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "پہلے X کو ڈاکٹر کے پاس لے کر جانا ہے" (first I have to take X to the doctor): the doctor is the ill child's,
    # the other child is only late
    ("السلام علیکم، زینب کو کل رات سے الٹیاں ہو رہی ہیں، آج نہیں آئے گی۔ علی کو دس بجے تک چھوڑ دوں گی، پہلے زینب کو "
     "ڈاکٹر کے پاس لے کر جانا ہے۔", kids("Zainab", "Ali"), "2026-11-24 07:45",
     {"P1": ("illness", "I", full("11-24")), "P2": ("late", "U", ["11-24 AM"])}),
    # roman ur: "N December ko ... ja rahe hain" (we go on that date), "N tak school aye gi" (attends until the Nth),
    # "phir January mein wapis" (then back in January)
    ("Aoa, hum 17 December ko Dubai ja rahe hain, Anaya 16 tak school aye gi phir January mein wapis.",
     kids("Anaya"), "2026-12-09 18:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # roman ur: "ko", "hogaya", "rakhein" mark Roman Urdu (not Romanian), "N din ghr pe rakhein" (keep home N days)
    ("Hassan ko khasra hogaya hai, doctor ne bola hai 3 din ghr pe rakhein.", kids("Hassan"), "2026-12-07 07:20",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # pa: "ਅਗਲੇ ਸੋਮਵਾਰ" (next Monday), "ਅਪਰੇਸ਼ਨ" (an operation, a planned medical absence)
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਹਰਮਨ ਦਾ ਅਗਲੇ ਸੋਮਵਾਰ ਹਸਪਤਾਲ ਵਿੱਚ ਅਪਰੇਸ਼ਨ ਹੈ, ਉਹ ਉਸ ਦਿਨ ਨਹੀਂ ਆਵੇਗਾ।", kids("Harman"),
     "2026-12-02 08:00", {"P1": ("medical", "M", full("12-07"))}),
    # pa: "ਉਸਦਾ ਟੀਕਾ ਲੱਗਣਾ ਹੈ, ਫੇਰ ਸਕੂਲ ਲੈ ਆਵਾਂਗੇ" (he has his jab, then we bring him in): that child's morning only
    ("ਜਸਪ੍ਰੀਤ ਨੂੰ ਜ਼ੁਕਾਮ ਹੈ, ਉਹ ਅੱਜ ਨਹੀਂ ਆਵੇਗੀ। ਗੁਰਵੀਰ ਅੱਜ ਆ ਰਿਹਾ ਹੈ ਪਰ ਕੱਲ੍ਹ ਸਵੇਰੇ 9 ਵਜੇ ਉਸਦਾ ਟੀਕਾ ਲੱਗਣਾ ਹੈ, ਫੇਰ ਸਕੂਲ "
     "ਲੈ ਆਵਾਂਗੇ।", kids("Jaspreet", "Gurveer"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08")), "P2": ("medical", "M", ["12-09 AM"])}),
    # roman pa: "apni chhoti bhain nu sambhalu" (will mind his little sister): kept home, not ill
    ("Sat sri akal, Jaskaran aj nahi aauga, oh ghar reh ke apni chhoti bhain nu sambhalu.", kids("Jaskaran"),
     "2026-12-03 07:50", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # shahmukhi: "ایس ہفتے" (this week), "سوموار نوں آئے گا" (comes in on Monday)
    ("بلال نوں بخار اے، ایس ہفتے سکول نئیں آ سکدا، سوموار نوں آئے گا", kids("Bilal"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # shahmukhi: "X نوں اوہدی امی ... وجے تک لیاوے گی" (his mother brings X by then): each child's own time
    ("گڈی سٹارٹ نئیں ہوئی۔ عائشہ نوں میں نو وجے چھڈ دیاں گی، عمر نوں اوہدے ابو دس وجے تک لیاون گے۔",
     kids("Ayesha", "Umar"), "2026-12-10 08:30",
     {"P1": ("late", "L", ["12-10 AM"]), "P2": ("late", "U", ["12-10 AM"])}),
    # pa: "ਲੈਣ ਆਵਾਂਗੀ" (I will come to collect her), "ਫਿਜ਼ੀਓਥੈਰੇਪੀ", "ਕੱਲ੍ਹ ਆਮ ਵਾਂਗ ਆਵੇਗੀ" (back tomorrow as usual)
    ("ਮੈਂ ਕਿਰਨ ਨੂੰ 12:45 ਵਜੇ ਲੈਣ ਆਵਾਂਗੀ, ਉਸਦੀ ਫਿਜ਼ੀਓਥੈਰੇਪੀ ਹੈ। ਕੱਲ੍ਹ ਆਮ ਵਾਂਗ ਆਵੇਗੀ।", kids("Kiran"), "2026-12-08 09:10",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # ur: "ٹانگ ... ٹوٹ گئی" (broke his leg) with words between, "کچھ دن" (a few days: the first day only)
    ("السلام علیکم، احمد کی ٹانگ سیڑھیوں سے گر کر ٹوٹ گئی ہے۔ وہ کچھ دن اسکول نہیں آ سکے گا", kids("Ahmed"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # ur: "اگلے پورے ہفتے" (all next week), "(14 سے 18 دسمبر)" (14 to 18 December)
    ("السلام علیکم، ہم نانی سے ملنے بنگلہ دیش جا رہے ہیں۔ سارہ اگلے پورے ہفتے (14 سے 18 دسمبر) اسکول نہیں آئے گی۔",
     kids("Sarah"), "2026-12-09 07:45", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa: "ਕੱਲ੍ਹ ਦਾ ਦੇਖ ਕੇ ਦੱਸਾਂਗੇ" (we'll see about tomorrow and tell you): today only
    ("ਅਰਜਨ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਘਰ ਹੀ ਰਹੂਗਾ। ਕੱਲ੍ਹ ਦਾ ਦੇਖ ਕੇ ਦੱਸਾਂਗੇ", kids("Arjan"), "2026-12-02 07:15",
     {"P1": ("illness", "I", full("12-02"))}),
    # shahmukhi: "ویاہ" (a wedding), "چھٹی کرن گے" (will take the day off)
    ("سلام جی، کل ساڈے ماموں دا ویاہ اے، نمرہ تے حمزہ کل چھٹی کرن گے", kids("Nimra", "Hamza"), "2026-12-08 19:00",
     {"P1": ("family_event", "O", full("12-09")), "P2": ("family_event", "O", full("12-09"))}),
    # pa: "ਕੈਨੇਡਾ ਮਾਸੀ ਕੋਲ ਜਾ ਰਹੇ ਹਾਂ" (going to our aunt in Canada): a trip abroad
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਅਸੀਂ ਬੁੱਧਵਾਰ ਕੈਨੇਡਾ ਭੂਆ ਕੋਲ ਜਾ ਰਹੇ ਹਾਂ, ਸਿਮਰ ਬੁੱਧਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ ਤੱਕ ਨਹੀਂ ਆਵੇਗੀ", kids("Simar"),
     "2026-12-13 19:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m95_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


NOT_RECORDED = [
    # pa: "ਅਗਲੇ ਹਫ਼ਤੇ ... ਇੱਕ ਦਿਨ" (one day next week), "ਦਿਨ ਪੱਕਾ ਹੋਣ ਤੇ ਦੱਸਾਂਗੇ" (we'll say once the day is fixed): ask
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਅਗਲੇ ਹਫ਼ਤੇ ਨਵਜੋਤ ਇੱਕ ਦਿਨ ਨਹੀਂ ਆਵੇਗੀ, ਭੂਆ ਦੇ ਮੁੰਡੇ ਦਾ ਵਿਆਹ ਹੈ। ਦਿਨ ਪੱਕਾ ਹੋਣ ਤੇ ਦੱਸਾਂਗੇ।",
     kids("Navjot"), "2026-11-25 18:00", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m95_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
