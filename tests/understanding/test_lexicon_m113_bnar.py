"""Batch m113, Bengali and Arabic (script and romanised): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "raat er duty shesh kore hospital theke firchi": the parent's own night duty, a late arrival,
    # not a hospital visit
    ("Salam, Nabil aj deri korbe, ami raat er duty shesh kore hospital theke firchi. 9:10 er moddhe school e pouche "
     "dibo", kids("Nabil"), "2026-12-08 08:30",
     {"P1": ("late", "L", ["12-08 AM"])}),
    # bn (romanised): "kaj shesh kore factory theke ashchi": coming straight from the parent's shift, both late
    ("Salam miss, Tania r Sami aj ektu late, ami kaj shesh kore factory theke ashchi. 9:15 nagad pouchabo",
     kids("Tania", "Sami"), "2026-12-09 08:40",
     {"P1": ("late", "L", ["12-09 AM"]), "P2": ("late", "L", ["12-09 AM"])}),
    # bn: "রাতের ডিউটি শেষ করে হাসপাতাল থেকে ফিরছি": the same in Bengali script
    ("নমস্কার, তিশা আজ একটু দেরিতে আসবে, আমি রাতের ডিউটি শেষ করে হাসপাতাল থেকে ফিরছি। ৯:১৫ এর মধ্যে পৌঁছে যাব",
     kids("Tisha"), "2026-12-10 08:35",
     {"P1": ("late", "L", ["12-10 AM"])}),
    # arabizi: Egyptian "ana ha5od ... mn el madrasa el sa3a 11:45" (I'll collect her at 11:45) and "ma3ad" (an
    # appointment): the afternoon only
    ("Sabah el kheir, ana ha5od Mariam mn el madrasa el sa3a 11:45 3ashan 3andaha ma3ad 3and doktor el asnan",
     kids("Mariam"), "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # arabizi: "7a5od ... men el madrasa 12:30" (a time with no "el sa3a") and "ma3ad fel mostashfa"
    ("Ahlan, 7a5od Youssef men el madrasa 12:30, 3ando ma3ad fel mostashfa", kids("Youssef"), "2026-12-09 07:45",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # arabizi: "mghas ... min ba3d el dohr" (stomach cramps since the afternoon): how long it has lasted, off tomorrow
    ("Masa el kheir, Lina 3andaha mghas w sokhne min ba3d el dohr, mish 7atiji bokra", kids("Lina"),
     "2026-12-07 19:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # arabizi: "ishal min el 3asr" sent in the evening with no day: the next school day, not this afternoon
    ("Masa el nour, Omar 3ando ishal min el 3asr, mish hayegi", kids("Omar"), "2026-12-10 19:00",
     {"P1": ("illness", "I", full("12-11"))}),
    # ar: "لن تعود إلى المدرسة إلا بعد العطلة" (not back until after the holiday, none named): to the end of term
    ("مساء الخير، سارة لن تعود إلى المدرسة إلا بعد العطلة، سنسافر إلى المغرب لزيارة جدتها", kids("Sara"),
     "2026-12-15 18:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ar: "من بكرة وما رح يرجع قبل العطلة" (from tomorrow, not back before the holiday)
    ("مرحبا، يوسف مسافر مع العائلة من بكرة وما رح يرجع قبل العطلة", kids("Yousef"), "2026-12-14 19:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # arabizi: "ma3ad" alone (no longer), not an appointment: a question for the office
    ("Salam, el madrasa ma3ad fiha mkan?", kids("Adam"), "2026-12-14 19:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m113_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m113_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
