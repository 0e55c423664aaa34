"""Batch m47/m48, Bengali and Arabic (script, romanised, Arabizi): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "কাল থেকে জ্বর আছে": ill since yesterday (an ongoing state), not from tomorrow
    ("শুভ সকাল, রাহুলের কাল থেকে জ্বর আছে, আজ স্কুলে আসবে না।", kids("Rahul"), "2026-11-23 07:40",
     {"P1": ("illness", "I", full("11-23"))}),
    # bn, romanised: "shobai thik ache" (everyone is fine), "kintu" (but) after a house fire
    ("Kal raate amader barite agun legechilo, sobai valo ache kintu Tania aaj school e aste parbe na", kids("Tania"),
     "2026-12-08 07:00", {"P1": ("exceptional", "C", full("12-08"))}),
    # bn, romanised: "or jor" (her fever), "or bon X jacche" (her sister goes in as normal)
    ("Or jor hoyeche, Rahim ajke school e jabe na. Or bon Mitu jacche.", kids("Rahim", "Mitu"), "2026-11-30 07:45",
     {"P1": ("illness", "I", full("11-30"))}),
    # ar (Levantine): "مش رح يكون بالمدرسة" (won't be at school), "نشتري هدايا الكريسماس" (Christmas shopping)
    ("اليوم بدنا نشتري هدايا الكريسماس مع عمر، فمش رح يكون بالمدرسة", kids("عمر"), "2026-12-11 07:40",
     {"P1": ("unsatisfactory", "O", full("12-11"))}),
    # ar (Levantine): "نمنا وما صحينا إلا متأخر" (we overslept), staying home the whole day
    ("سوري، وما صحينا إلا متأخرين، سارة رح تضل بالبيت اليوم.", kids("سارة"), "2026-12-04 09:40",
     {"P1": ("unsatisfactory", "O", full("12-04"))}),
    # Arabizi: "mn 14/12 la 16/12": from one numeric date to the other, inclusive
    ("Marhaba, Omar w Huda msafreen 3al Masr la zyarit el 3eleh mn 14/12 la 16/12. Shukran", kids("Omar", "Huda"),
     "2026-11-30 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16")),
                          "P2": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m47_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
