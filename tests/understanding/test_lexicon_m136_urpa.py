"""Batch m136, Urdu and Punjabi (Urdu script, Shahmukhi, Gurmukhi and romanised): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "9 دسمبر، بدھ کو واپس آئے گی" (back on 9 December, a Wednesday): the weekday after the date names the same
    # day of return
    ("فاطمہ کی طبیعت خراب ہے، وہ 9 دسمبر، بدھ کو واپس آئے گی", kids("Fatima"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # ur: "بدھ کی رات کو لاہور جا رہے ہیں" (we fly on Wednesday night): that night, not the school day (nor last night)
    ("ہم بدھ کی رات کو لاہور جا رہے ہیں، خاندان والوں سے ملنے۔ علی جمعہ 18 دسمبر کو اسکول نہیں آئے گا", kids("Ali"),
     "2026-12-14 07:30", {"P1": ("holiday", "G", full("12-18"))}),
    # ur (romanised): "bimar bhai ko le kar usko school chhodne nahi ja sakti" (with her ill brother along I can't take
    # her to school): a sibling is ill, the child named is kept home for it
    ("Bilal ko bukhar hai, ghar pe hai. Zoya ko bhi aaj ghar pe rakh rahi hoon, bimar bhai ko le kar usko school"
     " chhodne nahi ja sakti", kids("Bilal", "Zoya"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")), "P2": ("unsatisfactory", "O", full("12-07"))}),
    # pa (romanised): "Parson aa jaange" (they come in the day after tomorrow): back then
    ("Kal Noor te Ekam school nahi aaunge, saade chachu da viah ae. Parson aa jaange.", kids("Noor", "Ekam"),
     "2026-12-08 18:30", {"P1": ("family_event", "O", full("12-09")), "P2": ("family_event", "O", full("12-09"))}),
    # ur: "پرسوں آ جائے گا" (he comes in the day after tomorrow): back then
    ("کل حمزہ اسکول نہیں آئے گا، ماموں کی شادی ہے۔ پرسوں آ جائے گا۔", kids("Hamza"), "2026-12-08 18:30",
     {"P1": ("family_event", "O", full("12-09"))}),
    # pa (Gurmukhi): "ਪਰਸੋਂ ਆ ਜਾਵੇਗੀ" (she comes in the day after tomorrow): back then
    ("ਕੱਲ੍ਹ ਹਰਲੀਨ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ, ਮਾਸੀ ਦਾ ਵਿਆਹ ਹੈ। ਪਰਸੋਂ ਆ ਜਾਵੇਗੀ।", kids("Harleen"), "2026-12-08 18:30",
     {"P1": ("family_event", "O", full("12-09"))}),
    # pa (Gurmukhi), pa (romanised), ur: "ਵੀਰਵਾਰ ਨੂੰ ਸ਼ਾਇਦ ਆ ਜਾਵੇਗਾ" (maybe he comes in on Thursday): a hedged return
    # counts as stated, back on Thursday
    ("ਗੁਰਨੂਰ ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ, ਅੱਜ ਤੇ ਕੱਲ੍ਹ ਘਰ ਰਹੇਗਾ। ਵੀਰਵਾਰ ਨੂੰ ਸ਼ਾਇਦ ਆ ਜਾਵੇਗਾ।", kids("Gurnoor"), "2026-12-15 07:30",
     {"P1": ("illness", "I", full("12-15", "12-16"))}),
    ("Gurnoor nu bukhar aa, aj te kal ghar rahega. Thursday nu shayad aa jaavega.", kids("Gurnoor"), "2026-12-15 07:30",
     {"P1": ("illness", "I", full("12-15", "12-16"))}),
    ("عمر کو بخار ہے، آج اور کل گھر رہے گا۔ جمعرات کو شاید آ جائے گا۔", kids("Umar"), "2026-12-15 07:30",
     {"P1": ("illness", "I", full("12-15", "12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m136_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
