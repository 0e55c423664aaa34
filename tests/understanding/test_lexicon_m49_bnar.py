"""Batch m49, Bengali and Arabic (Arabic script and Arabizi): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # arabizi: "ma nam kwayes ... w ta3ban ktir" (didn't sleep well and very tired): tired, not ill
    ("Marhaba, Omar ma nam mni7 w ta3ban ktir, ra7 yib2a bel bet el yom", kids("Omar"), "2026-12-07 08:10",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # arabizi: "3anna emergency bel 3ayle" (an emergency in the family): exceptional, not A&E for the child
    ("Salam, 3anna emergency bel 3ayle, Sami w Rana mesh ra7 yiju el yom", kids("Sami", "Rana"), "2026-12-08 06:50",
     {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", full("12-08"))}),
    # arabizi: "ra7 akhodo mn el madrase 12:40" (o-vowel "take him", a bare time after the school): collected then
    ("Marhaba, Adam 3ando maw3ed bel mustashfa el sa3a 2 ba3d el dohr, ra7 akhodo mn el madrase 12:40", kids("Adam"),
     "2026-12-03 07:10", {"P1": ("medical", "M", ["12-03 PM"])}),
    # arabizi: "mesh ra7 ykoun bil madrase" (won't be in school), "18/12 el sob7" (that date's morning, not today's)
    ("Salam, msafrin 3a Lubnan, el flight 18/12 el sob7, fa Ali mesh ra7 ykoun bil madrase el jum3a", kids("Ali"),
     "2026-12-14 15:10", {"P1": ("holiday", "G", full("12-18"))}),
    # arabizi: "fatha el bus" (she missed the bus), "ra7 wasselha" (I'll bring her), "bas mish abl 10" (not before 10)
    ("Salam, Huda fatha el bus, ra7 wasselha bas mish abl 10:00", kids("Huda"), "2026-12-01 08:40",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # bn: "কাল খেলতে গিয়ে পায়ে চোট পেয়েছে": "কাল" with a past verb a few words on is yesterday
    ("রাফি কাল খেলতে গিয়ে পায়ে চোট পেয়েছে, আজ স্কুলে আসবে না।", kids("Rafi"), "2026-12-03 08:15",
     {"P1": ("illness", "I", full("12-03"))}),
    # bn, romanised: "tar pore school e niye ashbo" (after that I'll bring her to school): in after the appointment
    ("Assalamualaikum, Rafi r aaj doctor appointment ache 9.30 e, tar pore school e niye ashbo, 11.00 er moddhe "
     "pouche jabe", kids("Rafi"), "2026-11-30 07:30", {"P1": ("medical", "M", ["11-30 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m49_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
