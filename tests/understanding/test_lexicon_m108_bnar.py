"""Batch m108, Bengali and Arabic (script and Latin letters): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding import canon
from understanding.types import Child

RECORDED = [
    # ar: "بسبب ارتفاع حرارتها" (because of the rise in her temperature): a fever
    ("صباح الخير، سلمى لن تذهب إلى المدرسة اليوم بسبب ارتفاع حرارتها.", kids("Salma"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # ar: "ارتفاع في درجة الحرارة" (a rise in temperature)
    ("مساء الخير، يوسف سيغيب غداً، عنده ارتفاع في درجة الحرارة منذ المساء.", kids("Yousef"), "2026-12-08 18:30",
     {"P1": ("illness", "I", full("12-09"))}),
    # ar-latn: "ra7 arja3ha 3al madrase ba3d el ghada" (I'll bring her back to school after lunch): the morning only
    ("Sabah el 5eir, Maya 3andha maw3ed 3and doctor el 3oyoun el sa3a 9:30, ra7 arja3ha 3al madrase ba3d el ghada",
     kids("Maya"), "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # ar-latn: "narja3hom" (we'll bring them back), two children
    ("Marhaba, Sami w Rami 3andhom fa7s bel mustashfa el sa3a 10, ra7 narja3hom 3al madrase ba3d el dohr",
     kids("Sami", "Rami"), "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"]), "P2": ("medical", "M", ["12-08 AM"])}),
    # bn: "ওকে একা রেখে যেতে পারব না, তাই নাদিয়াও ..." (I can't leave him alone, so Nadia too ...): the sibling kept home
    ("রাফির পেট খারাপ, আজ বাসায় থাকবে। ওকে একা রেখে যেতে পারব না, তাই নাদিয়াও আজ স্কুলে আসবে না।",
     kids("Rafi", "Nadia"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # bn romanised (Sylheti): "barotar somoy school tane nimu" (I'll take him from school at twelve): the afternoon
    ("Assalamualaikum, aaj Imran re ami barotar somoy school tane nimu, GP appointment ase.", kids("Imran"),
     "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # bn romanised (Sylheti): "ektay" (at one), "hospital o" (at the hospital)
    ("Salam, aaj Mahir re ami ektay school tane nimu, tar eye test ase hospital o.", kids("Mahir"),
     "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # bn romanised: "dentist te niye jabo" (I'll take him to the dentist): "te" is "to", not "and"
    ("Kalke Nabil ke dentist te niye jabo 10 tay, tarpor school e diye jabo.", kids("Nabil"), "2026-12-08 19:00",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # bn romanised: "biye te jacchi" (we're going to a wedding)
    ("Kal Tania school e ashbe na, amra mama r biye te jacchi.", kids("Tania"), "2026-12-08 19:00",
     {"P1": ("family_event", "O", full("12-09"))}),
    # bn romanised: "Thursday te abar school e ashbe" (back at school on Thursday)
    ("Sabiha r jor, aj school e jabe na. Thursday te abar school e ashbe.", kids("Sabiha"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
]

# romanised Bengali "te" after a word (to, at) is never the Punjabi "te" (and)
TE_AS_TO = [
    "Aj Nadia ke hospital te niye jabo, Rafi school e jabe.",
    "Rafi aj school e jabe na, nanu r janaza te jacchi.",
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m108_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize("text", TE_AS_TO)
def test_m108_bengali_te_is_not_and(text: str) -> None:
    assert " and " not in canon.canonical(text, "bn", dt.date(2026, 12, 8))


def test_m108_punjabi_te_is_still_and() -> None:
    # pa: "aj te kal" (today and tomorrow) is untouched by the Bengali reading
    assert "today and tomorrow" in canon.canonical("Simran aj te kal ghar rahegi", "pa", dt.date(2026, 12, 8))
