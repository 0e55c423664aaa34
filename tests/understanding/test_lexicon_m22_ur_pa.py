"""Batch m22, Urdu and Punjabi (native scripts and romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

URDU_SCRIPT = [
    # "کل سے کھانسی ہے": a cough since yesterday, not from tomorrow
    ("ثنا کو کل سے کھانسی اور بخار ہے، آج اسکول نہیں آئے گی۔", kids("Sana"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30"))}),
    # "گاڑی راستے میں خراب ہو گئی": the car broke down on the way; "نہیں پہنچ سکے گا": he can't get there
    ("ہماری گاڑی راستے میں خراب ہو گئی ہے، آج بلال اسکول نہیں پہنچ سکے گا۔", kids("Bilal"), "2026-12-01 08:20",
     {"P1": ("transport", "O", full("12-01"))}),
    # Shahmukhi "ریکوری والی گڈی" (the recovery truck) is not a recovery from illness
    ("ساڈی گڈی خراب ہو گئی اے، ریکوری والی گڈی دی اڈیک کر رہے آں۔ اج عمر سکول نئیں آوے گا۔", kids("Umar"),
     "2026-12-01 08:20", {"P1": ("transport", "O", full("12-01"))}),
    # "school bus نہیں آئی" (no bus) with the English word, "پیدل آ رہے ہیں" (walking in): a late arrival
    ("بلال کی school bus نہیں آئی، ہم پیدل آ رہے ہیں، دس بجے تک پہنچیں گے۔", kids("Bilal"), "2026-12-01 08:40",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # "میں اسے سوا بارہ بجے لے جاؤں گی": collected at 12:15 for the appointment, the afternoon only
    ("آج عائشہ کا دانتوں کا اپوائنٹمنٹ ڈھائی بجے ہے، میں اسے سوا بارہ بجے لے جاؤں گی۔", kids("Ayesha"),
     "2026-12-01 07:50", {"P1": ("medical", "M", ["12-01 PM"])}),
    # "کراچی جا رہے ہیں": a city in Pakistan is a trip abroad
    ("ہم جمعرات کو کراچی جا رہے ہیں، علی جمعرات اور جمعہ کو اسکول نہیں آئے گا۔", kids("Ali"), "2026-12-07 07:50",
     {"P1": ("holiday", "G", full("12-10", "12-11"))}),
    # Shahmukhi "حمزہ تے مریم" (Hamza and Maryam)
    ("اج حمزہ تے مریم نوں بخار اے، سکول نئیں آن گے۔", kids("Hamza", "Maryam"), "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01")), "P2": ("illness", "I", full("12-01"))}),
]

ROMAN = [
    # "kal se khansi hai": a cough since yesterday, today only
    ("Ali ko kal se khansi hai, aaj school nahi aayega", kids("Ali"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30"))}),
    # "meri tabiyat ... kharab" is the parent's; "chhoti ko sambhalne wali koi nahi", "behen ka khayal rakhegi":
    # kept home to look after her sister
    ("Meri tabiyat subah se kharab hai, chhoti ko sambhalne wali koi nahi, Sara aaj ghar pe mere saath rahegi aur "
     "behen ka khayal rakhegi.", kids("Sara"), "2026-12-01 07:40", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # "mujhe office se late ho jayegi": the parent is held up at work, no absence
    ("Salam, kya parents evening ka slot 5 baje ho sakta hai? Mujhe office se late ho jayegi. Shukriya, Sadia",
     kids("Hamza"), "2026-12-01 12:10", "forward"),
    # "tarikh abhi pakka nahi hui": the day is not fixed yet
    ("Hamza ek din chhutti karega, mamu ki shaadi hai, tarikh abhi pakka nahi hui.", kids("Hamza"),
     "2026-12-01 10:15", "clarify"),
    # "thakke hoye ne" (are worn out) after a wedding
    ("Kal raat wedding ton der naal aaye, Gurleen te Simran bahut thakke hoye ne, aj nahi bhej rahe.",
     kids("Gurleen", "Simran"), "2026-12-07 08:10",
     {"P1": ("unsatisfactory", "O", full("12-07")), "P2": ("unsatisfactory", "O", full("12-07"))}),
    # "Amritsar ja rahe haan": a city in India is a trip abroad
    ("Asi 10 December nu Amritsar ja rahe haan, Harleen 10 December ton 11 December tak nahi aavegi.",
     kids("Harleen"), "2026-12-01 18:00", {"P1": ("holiday", "G", full("12-10", "12-11"))}),
    # "chhuttiyon tak" (until the holidays) is the end of term, back after the break
    ("Hum 14 December ko Islamabad ja rahe hain, Zara 14 December se chhuttiyon tak nahi aayegi, 5 January ko wapas "
     "aayegi.", kids("Zara"), "2026-12-01 18:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17",
                                                                          "12-18"))}),
    # "odo" (then, that day) after an event "next week" with no day: cannot be placed
    ("Jaspreet di agle hafte dentist appointment aa, odo oh late aauga.", kids("Jaspreet"), "2026-11-26 13:00",
     "clarify"),
    # Punjabi markers ("keha", "nu", "ditte", "rakho"): read as Punjabi, "2 din ghar rakho" is two days at home
    ("Doctor ne keha Gurveer nu 2 din ghar rakho, kann di infection aa. Dawai shuru kar ditti ae.", kids("Gurveer"),
     "2026-12-10 08:00", {"P1": ("illness", "I", full("12-10", "12-11"))}),
]

GURMUKHI = [
    # "ਸਿਮਰਨ ਸਕੂਲ ਆ ਰਹੀ ਹੈ": that child comes in
    ("ਹਰਮਨ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਨਹੀਂ ਆਵੇਗਾ। ਸਿਮਰਨ ਸਕੂਲ ਆ ਰਹੀ ਹੈ।", kids("Harman", "Simran"), "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01"))}),
    # "ਕੱਲ੍ਹ ਤੋਂ ਖੰਘ ਹੈ": a cough since yesterday, today only
    ("ਹਰਮਨ ਨੂੰ ਕੱਲ੍ਹ ਤੋਂ ਖੰਘ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।", kids("Harman"), "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*URDU_SCRIPT, *ROMAN, *GURMUKHI])
def test_m22_ur_pa(text: str, children: list[Child], when: str, expected: dict | str) -> None:
    if isinstance(expected, str):
        assert parse(text, children, when).action == expected
    else:
        assert_recorded(text, children, when, expected)
