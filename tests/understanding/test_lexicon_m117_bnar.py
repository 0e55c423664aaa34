"""Batch m117, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "11 tar por school e dia jabo" (I'll drop her at school after 11): in after that time, the morning off
    ("Salam, Nusrat er aj dentist er appointment ache, 11 tar por school e dia jabo.", kids("Nusrat"),
     "2026-12-08 07:45",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # bn: "January 4 e abar ashbe" (back on 4 January, the month before the day): the days before it only
    ("Amra Sylhet jacchi, Rumana 14 theke 18 tarikh porjonto school e ashbe na. January 4 e abar ashbe.",
     kids("Rumana"), "2026-12-07 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # bn: "baki shoptaho" (the rest of the week): today to Friday
    ("Salam apa, Imran er khub jor. Baki shoptaho bashay thakbe.", kids("Imran"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # ar: "yom el arb3a, el sob7 w ba3d el dohr" (on Wednesday, morning and afternoon): that day, not today as well
    ("Salam, Rami 3ando maw3ed 3and el daktor yom el arb3a, el sob7 w ba3d el dohr, fa mish ra7 yiji.",
     kids("Rami"), "2026-12-14 08:00",
     {"P1": ("medical", "M", full("12-16"))}),
    # ar: "ra7 ekhod Lina w Sami men el madrase el sa3a 12" (I'll take Lina and Sami from school at 12) to a
    # "janazet" (funeral): both, the afternoon only
    ("Marhaba, el yom janazet sitto, ra7 ekhod Lina w Sami men el madrase el sa3a 12.", kids("Lina", "Sami"),
     "2026-12-10 08:00",
     {"P1": ("exceptional", "C", ["12-10 PM"]), "P2": ("exceptional", "C", ["12-10 PM"])}),
    # ar: Egyptian "هتفضل في البيت لحد يوم الخميس" (she'll stay at home until Thursday): the days before it
    ("صباح الخير، ملك عندها حرارة، هتفضل في البيت لحد يوم الخميس.", kids("Malak"), "2026-12-14 07:30",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
    # arabizi: "men el madrase 3al 12:30" (from school at 12:30): a collection before the afternoon register
    ("Marhaba, ra7 ekhod Sami men el madrase 3al 12:45 lyom la2en 3enna 3ers khalto", kids("Sami"), "2026-12-09 07:30",
     {"P1": ("family_event", "O", ["12-09 PM"])}),
]

NOT_RECORDED = [
    # bn: "baki shoptaho school e ashbe" (she comes in for the rest of the week): present, nothing to record
    ("Assalamualaikum, Imran baki shoptaho school e ashbe, kono chinta nai.", kids("Imran"), "2026-12-09 16:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m117_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m117_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
