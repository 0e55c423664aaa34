"""Batch m94, Urdu and Punjabi (Arabic script, Gurmukhi and romanised): the phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "آٹھ بج کر پچیس منٹ تک پہنچ جائے گا" (will get there by 8:25, minutes spelt out) after "تھوڑی دیر ہو جائے گی",
    # and "گلا بہت خراب" (a very sore throat, with the intensifier between)
    ("بس چھوٹ گئی، احمد کو تھوڑی دیر ہو جائے گی، آٹھ بج کر پچیس منٹ تک پہنچ جائے گا۔ مریم کا گلا بہت خراب ہے، وہ آج"
     " گھر پر رہے گی۔", kids("Ahmed", "Maryam"), "2026-12-08 08:10",
     {"P1": ("late", "L", ["12-08 AM"]), "P2": ("illness", "I", full("12-08"))}),
    # pa (Shahmukhi): "ساڈی اماں جی نوں ... دل دا دورہ پیا، ہسپتال وچ نیں" (our mother had a heart
    # attack, is in hospital), "اسی سارے ہسپتال وچ آں" (we are all at the hospital): a family emergency for every child
    ("سلام، ساڈی اماں جی نوں کل رات دل دا دورہ پیا تے ہسپتال وچ نیں۔ اج بلال تے عائشہ سکول نئیں آن گے، اسی سارے"
     " ہسپتال وچ آں۔", kids("Bilal", "Ayesha"), "2026-12-09 07:20",
     {"P1": ("exceptional", "C", full("12-09")), "P2": ("exceptional", "C", full("12-09"))}),
    # pa: "12:50 ਤੇ" is a clock time (at 12:50), not "and"; "ਮੈਂ ਉਸਨੂੰ ... pick up ਕਰਾਂਗਾ": collected before the afternoon
    ("ਅੱਜ ਅਰਜਨ ਦੀ dentist appointment ਹੈ 1:30 ਤੇ, ਮੈਂ ਉਸਨੂੰ 12:50 ਤੇ pick up ਕਰਾਂਗਾ।", kids("Arjan"),
     "2026-12-03 07:40",
     {"P1": ("medical", "M", ["12-03 PM"])}),
    # pa: "9:45 ਤੇ ਆਵੇਗਾ ਕਿਉਂਕਿ ਮੈਂ ਪਹਿਲਾਂ ਆਪਣੀ ਦਵਾਈ ਲੈਣ ਜਾਣਾ ਹੈ": arrives after the close for a parent's errand
    ("ਗੁਰਵੀਰ ਅੱਜ 9:45 ਤੇ ਆਵੇਗਾ ਕਿਉਂਕਿ ਮੈਂ ਪਹਿਲਾਂ ਆਪਣੀ ਦਵਾਈ ਲੈਣ ਜਾਣਾ ਹੈ।", kids("Gurveer"), "2026-12-10 07:30",
     {"P1": ("late", "U", ["12-10 AM"])}),
    # roman ur: "phir school aa jayega" after a morning appointment: in after it (the morning only), not in as normal
    ("Salam, Hamza ka Wednesday ko dentist hai 9:30 baje, phir school aa jayega.", kids("Hamza"),
     "2026-12-07 18:30",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # roman pa: "X nu kalli nahi chhad sakdi te Y nu school chhadan nahi aa sakdi": the sibling is kept home
    ("Gurleen nu bukhar aa, ajj ghar rahegi. Main Gurleen nu kalli nahi chhad sakdi te Fateh nu school chhadan nahi aa"
     " sakdi, so Fateh vi ajj nahi aauga.", kids("Gurleen", "Fateh"), "2026-12-01 07:45",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # roman pa: "dono 5 January nu wapas" (both back on 5 January): every child, nothing after the break
    ("Sat Sri Akal, asi India ja rahe haan. Jasleen te Karan 15 December ton school nahi aunge. Dono 5 January nu"
     " wapas.", kids("Jasleen", "Karan"), "2026-12-04 07:30",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m94_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
