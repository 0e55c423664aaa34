"""Batches m53/m54/m59, Urdu, Punjabi, Bengali and Arabic (native script and romanised): the vocabulary and phrasing
their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # ur (romanised): "mera pota" (my grandson) with one linked child is that child
    ("Assalam o alaikum, main Zayan ka dada hoon. Mera pota kal raat se bimar hai, aaj school nahi aayega.",
     kids("Zayan"), "2026-12-08 07:45", {"P1": ("illness", "I", full("12-08"))}),
    # pa: "kal ton aaugi" (she comes in from tomorrow): back tomorrow, today only
    ("Sat sri akal ji, Jasleen nu raat ton ulti ho rahi hai, aj school nahi aa sakdi. Kal ton aaugi. Dhanvaad",
     kids("Jasleen"), "2026-12-09 07:40", {"P1": ("illness", "I", full("12-09"))}),
    # pa: "Wednesday nu auga" (he comes on Wednesday): back on Wednesday
    ("Sat sri akal, Jaskaran di dadi ji da dehant ho gaya, Jaskaran aj te kal school nahi aavega. Wednesday nu auga.",
     kids("Jaskaran"), "2026-12-07 07:30", {"P1": ("exceptional", "C", full("12-07", "12-08"))}),
    # pa: "lain aa rahi haan" (I am coming to get him), "sir ch dard" (a headache): collected before the afternoon
    ("Hello ji, school ton call aayi ke Manveer de sir ch dard hai. Main 1 vaje lain aa rahi haan.",
     kids("Manveer"), "2026-12-10 11:40", {"P1": ("illness", "I", ["12-10 PM"])}),
    # ur (romanised): "lene aa rahi hoon" (coming to collect her)
    ("Salam, school se phone aaya ke Hiba ko ulti ho rahi hai. Main 12:45 baje usay lene aa rahi hoon.",
     kids("Hiba"), "2026-12-10 11:50", {"P1": ("illness", "I", ["12-10 PM"])}),
    # bn (romanised): "kalkeo mone hoy" (tomorrow too, I think): a hedged second day counts
    ("Salam, Nabil er pet kharap ar bomi, ajke school e jabe na. Kalkeo mone hoy ashte parbe na.",
     kids("Nabil"), "2026-12-08 07:20", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # bn (romanised): "X er choto bhai er khub jor" (X's little brother has a high fever): kept home for a sibling
    ("Assalamualaikum, Tasnim er choto bhai er khub jor, ami eka, tai Tasnim ke ajke school e pathate parbo na.",
     kids("Tasnim"), "2026-12-14 08:00", {"P1": ("unsatisfactory", "O", full("12-14"))}),
    ("Salam miss, Rumi r boro bon ta oshustho, ami eka achi, tai Rumi aj school e ashte parbe na. Sorry",
     kids("Rumi"), "2026-12-15 08:05", {"P1": ("unsatisfactory", "O", full("12-15"))}),
    # bn (romanised): "January te firbe" (they come back in January): every open day to the end of term
    ("Salam, amra Sylhet e jacchi, Ayaan ar Inaya 14 December theke school e ashbe na. January te firbe. Dhonnobad",
     kids("Ayaan", "Inaya"), "2026-12-09 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # bn: "জানুয়ারি মাসে ফিরবে" (comes back in January)
    ("আসসালামু আলাইকুম, আমরা ১৬ ডিসেম্বর বাংলাদেশে যাচ্ছি, তাই আরিফ ১৬ ডিসেম্বর থেকে স্কুলে আসবে না। ও জানুয়ারি মাসে ফিরবে।",
     kids("Arif"), "2026-12-07 19:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # bn: "কালকেও মনে হয়" (tomorrow too, I think)
    ("আসসালামু আলাইকুম, আরিফের খুব জ্বর, আজ স্কুলে আসবে না। কালকেও মনে হয় আসতে পারবে না।",
     kids("Arif"), "2026-12-09 07:20", {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # ur: "کل ان شاء اللہ واپس آ جائے گی" (back tomorrow, God willing): today only
    ("السلام علیکم، میرے بیٹے کو بخار ہے، وہ آج اسکول نہیں آئے گا۔ کل ان شاء اللہ واپس آ جائے گا۔",
     kids("Rayyan"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # ar (Arabizi): "ko7a" (a cough), "ba2eit el esbou3" (the rest of the week)
    ("Sabah el kheir, Yassin 3ando ko7a w s5oune, ha yefdal fel beit ba2eit el esbou3.",
     kids("Yassin"), "2026-12-15 07:30", {"P1": ("illness", "I", full("12-15", "12-16", "12-17", "12-18"))}),
    # ar (Arabizi): "om el wlad 3emlet accident w hiye bel mostashfa" (the children's mother is in hospital after an
    # accident): a family emergency, not a medical appointment
    ("Salam, om el wlad 3emlet accident embare7 w hiye bel mostashfa, ma ba2dar jib Omar 3al madrase el yom.",
     kids("Omar"), "2026-12-08 07:50", {"P1": ("exceptional", "C", full("12-08"))}),
    # ar (Arabizi): "ra7 tousal 3al 9:05" (she will arrive at 9:05) is read as Arabic
    ("Hi, Layla ra7 tousal 3al 9:05 la2anno fi traffic ktir. Sorry", kids("Layla"), "2026-12-16 08:45",
     {"P1": ("late", "L", ["12-16 AM"])}),
]

CLARIFY = [
    # ur (romanised): a grandparent's "meri nawasi" (my granddaughter) with two linked children: which one?
    ("Salam, main bachon ki nani hoon. Meri nawasi ko raat se bukhar hai, aaj school nahi ja sakegi.",
     kids("Maryam", "Aisha"), "2026-12-08 07:40"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m53_asian_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFY)
def test_m53_asian_clarify(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
