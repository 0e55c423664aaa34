"""Batches m55-m58, Urdu and Punjabi (native script and romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa: "ਜੀਪੀ ਤੇ ਟੀਕਾ ਲੱਗਣਾ ਹੈ" (a vaccination at the GP), "ਸਾਢੇ ਦਸ ਵਜੇ ਤੱਕ ਸਕੂਲ ਛੱਡ ਦਿਆਂਗੀ" (in by 10:30): the morning
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਅੱਜ ਸਵੇਰੇ ਹਰਨੂਰ ਨੂੰ ਜੀਪੀ ਤੇ ਟੀਕਾ ਲੱਗਣਾ ਹੈ, ਸਾਢੇ ਦਸ ਵਜੇ ਤੱਕ ਉਸਨੂੰ ਸਕੂਲ ਛੱਡ ਦਿਆਂਗੀ।",
     kids("Harnoor", "Jaskaran"), "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # pa: "ਬਰਫ਼ਬਾਰੀ ਕਰਕੇ ... ਸੜਕਾਂ ਬੰਦ ... ਬੱਸ ਵੀ ਨਹੀਂ ਚੱਲ ਰਹੀ": snow, roads closed, no bus (transport)
    ("ਬਰਫ਼ਬਾਰੀ ਕਰਕੇ ਪਿੰਡ ਦੀਆਂ ਸੜਕਾਂ ਬੰਦ ਨੇ ਤੇ ਸਕੂਲ ਦੀ ਬੱਸ ਵੀ ਨਹੀਂ ਚੱਲ ਰਹੀ, ਜਸਕਰਨ ਅੱਜ ਨਹੀਂ ਆ ਸਕਦਾ।", kids("Jaskaran"),
     "2026-12-02 07:10", {"P1": ("transport", "O", full("12-02"))}),
    # ur: "کل ان شاء اللہ اسکول آئے گا" (God willing he comes in tomorrow): only today
    ("السلام علیکم، حمزہ کے گلے میں درد ہے، وہ صرف آج چھٹی کرے گا، کل ان شاء اللہ اسکول آئے گا۔", kids("Hamza"),
     "2026-12-02 07:20", {"P1": ("illness", "I", full("12-02"))}),
    # ur (roman): "agle Monday se" (from next Monday), "January mein wapas aayenge" (back in January): to the end of
    # term
    ("Salam, agle Monday se Zara aur Ibrahim school nahi aayenge, Pakistan ja rahe hain, January mein wapas aayenge.",
     kids("Zara", "Ibrahim"), "2026-12-04 18:00",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17",
                                  "12-18")),
      "P2": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17",
                                  "12-18"))}),
    # pa: "12:15 ਵਜੇ ਲੰਚ ਤੋਂ ਪਹਿਲਾਂ ਲੈ ਜਾਵਾਂਗਾ" (I'll take him at 12:15, before lunch): the afternoon only
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਅੱਜ ਜਸਮੀਤ ਦੀ ਅੱਖਾਂ ਦਾ ਟੈਸਟ 2:00 ਵਜੇ ਹੈ, ਮੈਂ ਉਸਨੂੰ 12:15 ਵਜੇ ਲੰਚ ਤੋਂ ਪਹਿਲਾਂ ਲੈ ਜਾਵਾਂਗਾ।", kids("Jasmeet"),
     "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 PM"])}),
    # ur (roman): "choti behen saari raat ulti karti rahi" (the little sister vomited all night): the sibling is ill
    ("AoA, Hassan ki choti behen saari raat ulti karti rahi, mujhe usay doctor ke paas le ke jana hai aur ghar mein koi"
     " aur nahi, is liye Hassan aaj school nahi aa sakega.", kids("Hassan"), "2026-12-01 07:50",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # ur: "آج رات ... جا رہے ہیں" (we leave tonight), "کل سے اسکول نہیں آئے گا" (from tomorrow), back on Monday
    ("السلام علیکم، میری خالہ کا انتقال ہو گیا ہے۔ ہم آج رات بریڈفورڈ جا رہے ہیں۔"
     " عمر کل سے اسکول نہیں آئے گا، پیر کو واپس آئے گا۔",
     kids("Umar"), "2026-12-09 17:30", {"P1": ("exceptional", "C", full("12-10", "12-11"))}),
    # pa: "ਭਲਕੇ" is tomorrow
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਨਵਜੋਤ ਨੂੰ ਖੰਘ ਤੇ ਜ਼ੁਕਾਮ ਹੈ, ਉਹ ਭਲਕੇ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।", kids("Navjot"), "2026-12-07 18:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # pa (roman): "kal ... satt lag gayi si" (got hurt yesterday): "kal" with a past perfect is yesterday, today only
    ("Sat sri akal, kal Gurnoor di football khedde hoye ankh te satt lag gayi si, ajj ghar aaram karegi.",
     kids("Gurnoor"), "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # pa (roman): the baby is ill, "main ohnu chhad ke nahi ja sakdi" (I can't leave her), no one to take the pupil in
    ("SSA ji, baby nu raat ton ulti aa rahi aa te main ohnu chhad ke nahi ja sakdi. Jasleen nu aaj school chhadan wala"
     " koi nahi.", kids("Jasleen"), "2026-12-03 08:00", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # pa (roman): "late aa reha aa" (is coming late) is not "in as normal"; arrival after the register closes
    ("Sorry ji, Prabhjot late aa reha aa, gaddi start nahi hoyi. 9:50 tak pahunch javange", kids("Prabhjot"),
     "2026-12-10 09:00", {"P1": ("late", "U", ["12-10 AM"])}),
    # ur: "دادی کی طبیعت ... اچانک بگڑ گئی ہے" (grandma suddenly taken ill), "فوراً" (at once): a family emergency
    ("السلام علیکم، ہماری دادی کی طبیعت رات کو اچانک بگڑ گئی ہے، ہمیں فوراً لیسٹر جانا ہے۔"
     " آج سارہ اور احمد اسکول نہیں آئیں گے۔",
     kids("Sara", "Ahmed"), "2026-12-02 07:30",
     {"P1": ("exceptional", "C", full("12-02")), "P2": ("exceptional", "C", full("12-02"))}),
    # pa: "ਮੈਂ ਘਰ ਕੱਲੀ ਹਾਂ" (I am on my own at home; "ਕੱਲੀ" is not "ਕੱਲ੍ਹ"), the sibling kept home
    ("ਮਨਰੀਤ ਨੂੰ ਉਲਟੀਆਂ ਲੱਗੀਆਂ ਹੋਈਆਂ ਨੇ। ਮੈਂ ਘਰ ਕੱਲੀ ਹਾਂ ਤੇ ਉਹਨੂੰ ਛੱਡ ਕੇ ਨਹੀਂ ਜਾ ਸਕਦੀ, ਇਸ ਲਈ ਅਰਜਨ ਵੀ ਅੱਜ ਘਰ ਰਹੇਗਾ।",
     kids("Manreet", "Arjan"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m55_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
