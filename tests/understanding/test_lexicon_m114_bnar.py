"""Batch m114, romanised Bengali and Arabizi: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "kal theke 4 December porjonto" (from tomorrow until 4 December), "7 tarikh theke abar ashbe" (back on the
    # 7th): a span from tomorrow to a date, both ends included
    ("Salam, amra Bangladesh e nanur bari jacchi. Rafi kal theke 4 December porjonto school e ashbe na, 7 tarikh theke"
     " abar ashbe.", kids("Rafi"), "2026-11-30 18:00",
     {"P1": ("holiday", "G", full("12-01", "12-02", "12-03", "12-04"))}),
    # bn: "aj theke Thursday porjonto" (from today until Thursday): today to that weekday, both included
    ("Assalamualaikum, Nadia r onek jor. Aj theke Thursday porjonto school e ashbe na.", kids("Nadia"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # bn: "Monday theke 16 tarikh porjonto" (from Monday until the 16th): a weekday to a day of the month
    ("Salam, Tania ar Rohan Monday theke 16 tarikh porjonto school e ashbe na, amra nanur bari jacchi.",
     kids("Tania", "Rohan"), "2026-12-10 17:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16")),
      "P2": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # bn: "16 tarikhe abar school e ashbe" (comes to school again on the 16th): back that day, off until then
    ("Salam, Tamim er pet kharap, bomi hocche. 16 tarikhe abar school e ashbe insha Allah", kids("Tamim"),
     "2026-12-14 07:40",
     {"P1": ("illness", "I", full("12-14", "12-15"))}),
    # ar-latn: "el madrase 7akouni" (the school called me), "rasa 3am yuja3a" (her head hurts), "jeye a5edha" (I'm
    # coming to take her): ill at school, collected at midday, the afternoon only
    ("Marhaba, el madrase 7akouni, Lina rasa 3am yuja3a ktir. Ana jeye a5edha halla2.", kids("Lina"),
     "2026-12-09 12:05",
     {"P1": ("illness", "I", ["12-09 PM"])}),
    # ar-latn: "7akatni" (she called me), "ra7 eji akhdo" (I'll come and take him): collected before the afternoon
    ("Salam, el mudarse 7akatni enno Omar 3am yet2ayya w 3ando 7arara. Ra7 eji akhdo 3al 1", kids("Omar"),
     "2026-12-09 11:30",
     {"P1": ("illness", "I", ["12-09 PM"])}),
]

NOT_RECORDED = [
    # ar-latn: "el madrase 7akatni 3an el trip" (the school called me about the trip): a question, no absence
    ("Marhaba, el madrase 7akatni 3an el trip taba3 bukra. Shu lazem Karim yjib ma3o?", kids("Karim"),
     "2026-12-09 16:00", "forward"),
    # bn: "kal theke 4 January porjonto bondho thakbe?" (closed from tomorrow until 4 January?): a question
    ("Salam, school ki kal theke 4 January porjonto bondho thakbe? Janaben please", kids("Sumaiya"),
     "2026-12-17 16:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m114_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m114_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
