"""Urdu, Punjabi and Bengali (native script and romanised): vocabulary and phrases added for batch m9."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

CASES = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # romanised Urdu: "9:30 baje" is half past nine, not "30 o'clock"; "le jaungi" collects, "pick kar lun gi" too
    ("Zara ka aaj 2 baje dentist appointment hai, main usay 12:30 baje reception se pick kar lungi",
     [Child("P1", "Zara")], "2026-11-23 07:30", {"P1": ("medical", "M", ["11-23 PM"])}),
    ("Office se call aaya ke Bilal ki tabiyat kharab hai. Main 12:15 tak le jaungi, aaj dopahar ko wapas nahi aayega",
     [Child("P1", "Bilal")], "2026-11-23 11:40", {"P1": ("illness", "I", ["11-23 PM"])}),
    ("Sana ki aaj 9:30 pe physio hai, physio ke baad 11:15 tak school aa jaye gi",
     [Child("P1", "Sana")], "2026-11-23 07:20", {"P1": ("medical", "M", ["11-23 AM"])}),
    ("Omar ka pet kharab hai, raat ko ulti bhi ki. Kal school nahi aa payega. Sara inshallah aa jaye gi",
     [Child("P1", "Omar"), Child("P2", "Sara")], "2026-11-23 19:30", {"P1": ("illness", "I", full("11-24"))}),
    ("Ayan ko khasra ho gaya hai, aaj school nahi aayega. Doctor ne kaha hai ke Thursday ko wapas school ja sakta hai",
     [Child("P1", "Ayan")], "2026-11-23 07:20", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("Maryam ko chicken pox hai. Doctor ne kaha jab daane sookh jayen tab school jaye, Wednesday ko wapas aayegi",
     [Child("P1", "Maryam")], "2026-11-23 07:20", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    # romanised Punjabi: "gaddi motorway te kharab", "kal shaam ton khangh aa rahi aa", "Veervaar vi shaamil"
    ("Gaddi motorway te kharab ho gayi, recovery wali gaddi di udeek kar rahe haan. Is layi Harleen ajj school"
     " nahi aa sakdi",
     [Child("P1", "Harleen")], "2026-11-23 07:45", {"P1": ("transport", "O", full("11-23"))}),
    ("Gurleen nu kal shaam ton bahut khangh aa rahi aa. Is layi Gurleen ajj school nahi aaugi",
     [Child("P1", "Gurleen")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    ("Navjot nu flu aa. Ohne Budhvaar tak ghar rehna, Budhvaar vi shaamil. Veervaar nu school aa jaauga",
     [Child("P1", "Navjot")], "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("Manpreet di ajj 11 vaje hospital ch scan aa. Main ohnu 10:30 vaje school ton lai jaana, wapas ni aauga",
     [Child("P1", "Manpreet")], "2026-11-23 07:45", {"P1": ("medical", "M", ["11-23 PM"])}),
    # romanised Bengali: told apart from English and Urdu, "r" (and / 's), "kalke", "aaj r kal", "Monday te ... firbe"
    ("rumana r raat theke bomi r patla paikhana. aaj r kal school e jaite parbe na",
     [Child("P1", "Rumana")], "2026-11-23 06:50", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("tanvir er abar jor ashche shondhay, kalke school e pathabo na. thank u",
     [Child("P1", "Tanvir")], "2026-11-23 20:15", {"P1": ("illness", "I", full("11-24"))}),
    ("Rima r chickenpox hoise, aaj theke basay thakbe. asha kori Thursday te school e firbe",
     [Child("P1", "Rima")], "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("amra shobai ghumiye chhilam, uthte uthte 10:00 baje gese. sumaiya aaj ar school e jabe na, sorry",
     [Child("P1", "Sumaiya")], "2026-11-23 10:05", {"P1": ("unsatisfactory", "O", full("11-23"))}),
    ("nadia r shokal theke matha betha. ajke shokale school e ashbe na, lunch er por niye ashbo",
     [Child("P1", "Nadia")], "2026-11-23 08:10", {"P1": ("illness", "I", ["11-23 AM"])}),
    ("Sami er hospital e appointment ache 2/12 te, shara din lagbe tai oi din school e ashbe na."
     " letter ta kalke diye dibo",
     [Child("P1", "Sami")], "2026-11-23 18:40", {"P1": ("medical", "M", full("12-02"))}),
    # Urdu script: a stomach bug, an ear infection, a broken arm, "back on" a day, late
    ("زینب کے کان میں انفیکشن ہے اور بہت درد ہے۔ وہ بدھ کو واپس اسکول آئے گی۔",
     [Child("P1", "Zainab")], "2026-11-23 07:35", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("عمر کا کل کرکٹ کھیلتے ہوئے ہاتھ ٹوٹ گیا، پلاسٹر لگا ہے۔ آج چھٹی کرے گا، منگل کو آ جائے گا۔",
     [Child("P1", "Omar")], "2026-11-23 07:45", {"P1": ("illness", "I", full("11-23"))}),
    ("علی اور آمنہ دونوں کو پیٹ کا وائرس ہو گیا ہے، آج اسکول نہیں آئیں گے۔",
     [Child("P1", "Ali"), Child("P2", "Amna")], "2026-11-23 07:00",
     {"P1": ("illness", "I", full("11-23")), "P2": ("illness", "I", full("11-23"))}),
    ("معذرت، زینب آج تھوڑی لیٹ ہو جائے گی۔",
     [Child("P1", "Zainab")], "2026-11-23 08:35", {"P1": ("late", "L", ["11-23 AM"])}),
    # Punjabi (Gurmukhi): an injury, dizziness, collected from reception at a time
    ("ਜਸਪ੍ਰੀਤ ਦੇ ਗੋਡੇ ਤੇ ਸੱਟ ਲੱਗ ਗਈ, ਸੋਜ ਬਹੁਤ ਹੈ। ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।",
     [Child("P1", "Jaspreet")], "2026-11-23 07:20", {"P1": ("illness", "I", full("11-23"))}),
    ("ਅਮਨ ਦੀ ਅੱਜ 2 ਵਜੇ dentist ਨਾਲ appointment ਹੈ, ਮੈਂ ਉਹਨੂੰ 12:30 ਵਜੇ reception ਤੋਂ ਲੈ ਜਾਵਾਂਗੀ।",
     [Child("P1", "Aman")], "2026-11-23 07:40", {"P1": ("medical", "M", ["11-23 PM"])}),
    # Bengali: collected from reception, "সহ" (included), "শুক্রবার আসবে" (back on Friday), a sibling attends
    ("রিয়ার আজ দুপুর ৩টায় জিপি অ্যাপয়েন্টমেন্ট আছে। আমি ওকে ১২:৩০-এ রিসেপশন থেকে নিয়ে যাব।",
     [Child("P1", "Ria")], "2026-11-23 07:55", {"P1": ("medical", "M", ["11-23 PM"])}),
    ("সাদিয়ার কোভিড হয়েছে। আজ থেকে বুধবার সহ ও স্কুলে আসবে না, বৃহস্পতিবার আসবে।",
     [Child("P1", "Sadia")], "2026-11-23 07:20", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m9_lexicon(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # a packed lunch left at home ("ghar reh gaya") is not staying home; thanks after an illness is not an absence
    ("ssa ji, gurnoor da packed lunch ghar reh gaya, main 11 vaje reception te chhad jaangi",
     [Child("P1", "Gurnoor"), Child("P2", "Arjan")], "2026-11-23 08:10", "forward"),
    ("Hamza ab bilkul theek hai alhamdulillah, aaj school aa raha hai. Homework bhejne ka bohat shukriya",
     [Child("P1", "Hamza")], "2026-11-23 07:30", "forward"),
    # "kal ya parson" (tomorrow or the day after), not confirmed: the day cannot be told
    ("Iqra ka dentist ka appointment kal ya parson hai, abhi confirm nahi hua",
     [Child("P1", "Iqra")], "2026-11-23 07:45", "clarify"),
    # Bengali: broken glasses and a request to sit at the front, no absence
    ("তাসফিয়ার চশমা কাল ভেঙে গেছে। দয়া করে ওকে সামনের দিকে বসতে দেবেন। ধন্যবাদ",
     [Child("P1", "Tasfia")], "2026-11-23 07:30", "forward"),
])
def test_m9_actions(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action
