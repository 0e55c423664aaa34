"""Batch m121, Bengali, Arabic and Arabizi: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "or pet e khub byatha" ("e" apart from "pet": her stomach hurts a lot): a stomach ache, illness
    ("Salam, Nila ajke school e ashbe na, or pet e khub byatha.", kids("Nila"), "2026-12-09 07:20",
     {"P1": ("illness", "I", full("12-09"))}),
    # bn: "oder pete onek betha" (their stomachs hurt a lot): both named children ill
    ("Tanvir ar Nila ajke ashbe na, oder pete onek betha.", kids("Tanvir", "Nila"), "2026-12-09 07:20",
     {"P1": ("illness", "I", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
    # ar: "لأن أخاها الصغير مريض" (because her little brother is ill: "أخاها" after "لأن"): a sibling ill, kept home
    ("مساء الخير، ليان لن تحضر غدا لأن أخاها الصغير مريض ولا يوجد أحد يوصلها.", kids("Layan"), "2026-12-09 18:00",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # ar: "لأن أخاه الكبير مريض" (because his big brother is ill)
    ("يوسف ما رح يجي اليوم لأن أخاه الكبير مريض وأنا بالشغل", kids("Yousef"), "2026-12-10 07:20",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # ar-latn: "ra7 tiji 3al madrase 3al 10:30" (she'll come to school at 10:30), "la2nha" (because she): in late for
    # an appointment, the morning only
    ("marhaba, Yara ra7 tiji 3al madrase 3al 10:30 la2nha 3andha maw3ed 3and el dentist", kids("Yara"),
     "2026-12-14 07:50", {"P1": ("medical", "M", ["12-14 AM"])}),
    # ar-latn: "ra7 yiji 3al 9:50 la2no" (he'll come at 9:50 because he ...): an eye test first, the morning only
    ("salam, Adam ra7 yiji 3al 9:50 la2no 3ando fa7s 3yoon el sob7", kids("Adam"), "2026-12-15 07:50",
     {"P1": ("medical", "M", ["12-15 AM"])}),
]

NOT_RECORDED = [
    # bn: "kal or pet e betha chilo" (she had a stomach ache yesterday), in today: no absence
    ("Nila kal or pet e betha chilo, ekhon bhalo ache. Ajke school e ashbe.", kids("Nila"), "2026-12-09 07:20",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m121_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m121_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
