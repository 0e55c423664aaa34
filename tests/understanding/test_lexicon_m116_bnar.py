"""Batch m116, romanised Bengali and Arabizi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "tin jon e" (the three of them) and "Tuesday te janabo" (I'll let you know on Tuesday): all three, today only
    ("Salam, Yusuf o Mariam er aj shokal theke jor. Tin jon e aj school e ashbe na, Tuesday te janabo.",
     kids("Yusuf", "Mariam", "Tania"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("illness", "I", full("12-07")),
      "P3": ("illness", "I", full("12-07"))}),
    # bn: "bacchader shobar" (all the children's) and "kal abar janabo" (I'll write again tomorrow): today only
    ("Assalamualaikum, bacchader shobar pet kharap. Aj ashbe na, kal abar janabo.", kids("Rafi", "Nila"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # bn: "aj dupur theke" (since this afternoon), sent in the evening: when it began, not an absence this afternoon
    ("Salam apa, Tanvir er aj dupur theke khub kashi ar jor. Kal school e ashbe na.", kids("Tanvir"),
     "2026-12-09 18:30",
     {"P1": ("illness", "I", full("12-10"))}),
    # ar: "el itnein mish jayeen el yom": "el itnein" before a negated verb and "today" is both, not Monday
    ("Marhaba, el itnein mish jayeen el yom, 3andohom rash. Shukran", kids("Omar", "Huda"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10")), "P2": ("illness", "I", full("12-10"))}),
    # ar: "hab2a a2ollko bokra" (I'll tell you tomorrow): a promise to write, not an absence tomorrow
    ("Sabah el kheir, Lina 3andha 7arara, mish hatigi ennaharda. Hab2a a2ollko bokra law 7atigi.", kids("Lina"),
     "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10"))}),
    # ar: "khalohom 3amal 7adse w howa fel icu" (their uncle had an accident and is in intensive care): an emergency
    ("Salam, el wlad kollohom mish gayeen el naharda, khalohom 3amal 7adse w howa fel icu. Shukran",
     kids("Adam", "Nour"), "2026-12-11 07:15",
     {"P1": ("exceptional", "C", full("12-11")), "P2": ("exceptional", "C", full("12-11"))}),
    # ar: "yom el itnein mish jaye" (not coming on Monday): with "yom" before it "el itnein" stays Monday
    ("Salam, Khalid 3ando 7arara, yom el itnein mish jaye el madrasa", kids("Khalid"), "2026-12-04 17:00",
     {"P1": ("illness", "I", full("12-07"))}),
]

NOT_RECORDED = [
    # bn: "Monday te janabo" about a library book: a promise to write, no absence
    ("Assalamualaikum, Rafi er library book ta Monday te janabo.", kids("Rafi"), "2026-12-10 16:00", "forward"),
    # ar: "ha2ollko bokra iza ..." (I'll tell you tomorrow whether he comes): nothing to record yet
    ("Marhaba, ha2ollko bokra iza Omar ra7 yiji 3al madrase", kids("Omar"), "2026-12-10 17:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m116_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m116_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
