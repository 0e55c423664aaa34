"""Batch m129, Arabic: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ar: "فرح أخويا" (my brother's wedding, Egyptian "فرح"), with "هنسافر" (we'll travel) to it: a family event
    ("مساء الخير، فرح أخويا يوم الجمعة وهنسافر الصبح، فملك مش هتيجي المدرسة يوم الجمعة.", kids("Malak", "Jana"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-11"))}),
    # ar: "الفرح يوم الأربعاء" (the wedding is on Wednesday)
    ("الفرح يوم الأربعاء عند بيت جدها، ويوسف مش هييجي يوم الأربعاء.", kids("Youssef"), "2026-12-07 08:10",
     {"P1": ("family_event", "O", full("12-09"))}),
    # ar: "فرح خالتها تاخدها" is "ف" + "رح" (so her aunt will take her), not a wedding
    ("جنى تعبانة اليوم وما رح تيجي، فرح خالتها تاخدها عند الدكتور.", kids("Jana"), "2026-12-07 07:45",
     {"P1": ("illness", "I", full("12-07"))}),
    # ar: "وباجر" (and tomorrow, Iraqi and Gulf), "و" written onto the word
    ("هلو ست، حسين عنده حرارة، ما راح يجي اليوم وباجر.", kids("Hussein"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m129_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
