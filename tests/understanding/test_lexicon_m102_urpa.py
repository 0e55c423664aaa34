"""Batches m102 and m103, Urdu and Punjabi (native script and romanised): the vocabulary and phrasing their misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "kal se regular aaye ga": in as usual from tomorrow, so only today is off
    ("Salam, Hamza ko raat se bukhar hai, aaj school nahi aa sakega. Kal se regular aaye ga InshaAllah.",
     kids("Hamza"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07"))}),
    # ur: "Friday tak ... (Friday ko bhi nahi aayega)": the day named is off too
    ("Salam, Rayyan ko chicken pox hai, doctor ne kaha hai Friday tak ghar pe rakhein (Friday ko bhi nahi aayega).",
     kids("Rayyan"), "2026-12-01 07:20",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03", "12-04"))}),
    # ur: "10 tareekh se" (from the 10th); "apne abbu ke sath" (with her dad)
    ("Salam, hum Pakistan ja rahe hain, January mein wapas aayenge. Sara apne abbu ke sath jayegi, is liye wo 10"
     " tareekh se school nahi aa sakegi.",
     kids("Sara"), "2026-12-03 18:45",
     {"P1": ("holiday", "G", full("12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # ur: "wo poora din wahin hoga" (there all day); "jab tak main Bilal ke sath hoon" (while I am with Bilal)
    ("Bilal ka aaj college mein interview hai, wo poora din wahin hoga. Mahnoor ko bhi aaj ghar rakh rahi hoon taake"
     " wo choti behen ka khayal rakhe jab tak main Bilal ke sath hoon.", kids("Mahnoor", "Bilal"), "2026-12-08 07:45",
     {"P1": ("unsatisfactory", "O", full("12-08")), "P2": ("interview", "J1", full("12-08"))}),
    # pa: "theek ae par" (is fine but), "bus koi nai jandi" (no bus goes), "is layi" (so), "kal aa jae gi" (back
    # tomorrow)
    ("Salam ji, Safa theek ae par gaddi kharab ho gayi te bus koi nai jandi, is layi o aj nai aa sakdi, kal aa jae gi",
     kids("Safa"), "2026-12-07 07:25",
     {"P1": ("transport", "O", full("12-07"))}),
    # pa: "oh 11 vaje aaugi" (she comes in at 11) after the appointment: the morning only
    ("aoa, Zoya da GP appointment 9:40 da ae, oh 11 vaje aaugi", kids("Zoya"), "2026-12-08 08:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # pa: "dard aa kal da" (pain since yesterday, not tomorrow); brought in after the GP
    ("Ekam di GP appointment aa 8:50 te, ohde kann vich dard aa kal da. Appointment ton baad main ohnu school chad"
     " javanga, 10 vaje tak.", kids("Ekam"), "2026-11-25 08:10",
     {"P1": ("medical", "M", ["11-25 AM"])}),
    # pa: "11/12 nu school aa jaange" (in on 11/12), "14/12 ton 18/12 tak" (from 14/12 to 18/12)
    ("Sat sri akal ji, assi India ja rahe haan. Jaskaran 11/12 nu school aa jaange, par 14/12 ton 18/12 tak nahi aa"
     " sakde.", kids("Jaskaran"), "2026-12-01 18:20",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa: "shagan di rasam" (an engagement); "savere poora time school rahu" (in all morning)
    ("Sat sri akal, aj meri bhen di shagan di rasam aa. Main Kiran nu 12:30 te school ton lai javangi. Savere poora"
     " time school rahu.", kids("Kiran"), "2026-12-11 07:30",
     {"P1": ("family_event", "O", ["12-11 PM"])}),
    # pa (Gurmukhi): "ਦੋ ਦਿਨਾਂ ਤੋਂ ਬੁਖਾਰ ਹੈ" (a fever for two days): how long it has lasted, only tomorrow is off
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਸਿਮਰਨ ਨੂੰ ਦੋ ਦਿਨਾਂ ਤੋਂ ਬੁਖਾਰ ਹੈ। ਕੱਲ੍ਹ ਉਹ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ। ਧੰਨਵਾਦ ਜੀ", kids("Simran"),
     "2026-11-29 20:00",
     {"P1": ("illness", "I", full("11-30"))}),
    # pa (Gurmukhi): "ਡੈਡੀ ਨੂੰ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਹੋਇਆ ਤੇ ਐਂਬੂਲੈਂਸ ਲੈ ਗਈ" (dad taken by ambulance): a family emergency
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਰਾਤ ਨੂੰ ਬੱਚਿਆਂ ਦੇ ਡੈਡੀ ਨੂੰ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਹੋਇਆ ਤੇ ਐਂਬੂਲੈਂਸ ਲੈ ਗਈ। ਅੱਜ ਸਿਮਰਨ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Simran"), "2026-12-08 07:55",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # ur (Urdu script): "حفصہ آج آئے گی" (Hafsa comes in today); "ڈینٹسٹ" (dentist) tomorrow morning, then in
    ("السلام علیکم، حفصہ آج آئے گی، لیکن کل صبح ساڑھے نو بجے اس کا ڈینٹسٹ کا اپوائنٹمنٹ ہے، وہ اس کے بعد اسکول آ جائے"
     " گی۔", kids("Hafsa"), "2026-12-09 07:10",
     {"P1": ("medical", "M", ["12-10 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m102_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
