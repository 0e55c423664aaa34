"""Batch m42/m43, Arabic (Arabic script and Arabizi): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ar: "سيعود إلى المدرسة بعد الظهر" (back to school in the afternoon, Standard verbs): the morning only
    ("مساء الخير، عند يوسف موعد عند طبيب الأسنان يوم الثلاثاء الساعة التاسعة، وسيعود إلى المدرسة بعد الظهر.",
     kids("Yusuf"), "2026-12-03 18:00", {"P1": ("medical", "M", ["12-08 AM"])}),
    # ar: "لآخر الأسبوع." keeps its full stop: the next sentence (a sibling in as normal) is a sentence of its own
    ("صباح الخير، سارة عندها زكام ورح تضل بالبيت لآخر الأسبوع. أخوها آدم رح ييجي عادي.", kids("Sara", "Adam"),
     "2026-12-09 07:10", {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # arabizi: "mish jay", "mish jaye" (not coming, the participle)
    ("Marhaba, Karim mish jay el yom, 3ando 7arara.", kids("Karim"), "2026-12-08 07:45",
     {"P1": ("illness", "I", full("12-08"))}),
    # arabizi: "mn 15 la 17 December", "min el 15 l7ad el 17": from the 15th to the 17th
    ("Masa el kheir, Lina ma ra7 tiji 3al madrase min el 15 l7ad el 17 December, msafrin 3al 3ers.", kids("Lina"),
     "2026-12-07 19:00", {"P1": ("family_event", "O", full("12-15", "12-16", "12-17"))}),
    # arabizi: "yom el tlete" is Tuesday (not "all three"); "hal nhar" after it is that day, not today
    ("Marhaba, yom el tlete 15 December 3ers khalto, fa Nour ma ra7 tiji hal nhar. Shukran", kids("Nour"),
     "2026-12-10 18:00", {"P1": ("family_event", "O", full("12-15"))}),
    # arabizi: "hal nhar" with no day named is today
    ("Sabah el kheir, Omar 3ando soda3 w ma ra7 yiji hal nhar.", kids("Omar"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # arabizi: "ba3d el dohr bjiba 3al madrase" (the time first): in after lunch, the morning only
    ("Marhaba, Layla 3anda maw3ed 3and el doktor el sob7, ba3d el dohr bjiba 3al madrase.", kids("Layla"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m42_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
