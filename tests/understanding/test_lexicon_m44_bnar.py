"""Batch m44/m45, Bengali and Arabic (script, Arabizi, romanised Bengali): the vocabulary and phrasing its misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # ar: "من الإثنين ... إلى الأربعاء" (Monday written with a hamza): from one day to the other, both included
    ("مساء الخير، سلمى مريضة ورح تغيب من الإثنين ٧ ديسمبر إلى الأربعاء ٩ ديسمبر.", kids("Salma"),
     "2026-12-04 18:00", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # ar: "كتب الكتاب" / "عقد قران" (the marriage contract): a wedding, not the travelling to it
    ("مساء الخير، يوم الخميس كتب الكتاب لخالها وبنسافر الصبح بكير، فريم ما رح تكون بالمدرسة يوم الخميس.",
     kids("Reem"), "2026-12-08 18:00", {"P1": ("family_event", "O", full("12-10"))}),
    ("السلام عليكم، عندنا عقد قران أخي يوم الأربعاء، آدم ما رح يجي عالمدرسة.", kids("Adam"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-09"))}),
    # ar: "فخليت أخته ليلى بالبيت معه" (I kept his sister Layla home with him): the sibling kept home is not ill
    ("صباح الخير، يوسف عنده استفراغ، فخليت أخته ليلى بالبيت معه اليوم.", kids("Youssef", "Layla"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # ar: "وعندها حرارة" (and she has a fever)
    ("صباح الخير، مريم تعبانة وعندها حرارة، ما رح تيجي اليوم.", kids("Maryam"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # Arabizi: "wja3 bat2n mn el sob7" (a tummy ache since the morning), collected at 12:15: the afternoon only
    ("Salam, Sara 3anda wja3 bat2n mn el sobo7, ana jaye akhda el sa3a 12:15 mn el madrase.", kids("Sara"),
     "2026-12-08 09:45", {"P1": ("illness", "I", ["12-08 PM"])}),
    # romanised Bengali: "16 tarikh Wednesday" (on the 16th), "biye" (a wedding)
    ("Salam miss, amar bon er biye tai Rafi 16 tarikh Wednesday school e ashbe na.", kids("Rafi"),
     "2026-12-07 07:30", {"P1": ("family_event", "O", full("12-16"))}),
    # Bengali: "আমি ১২:১৫-এ ওকে স্কুল থেকে নিয়ে যাব" (I'll take him from school at 12:15): the afternoon only
    ("নমস্কার, আজ দুপুরে রিয়ানের একটা কলেজে ইন্টারভিউ আছে। আমি ১২:১৫-এ ওকে স্কুল থেকে নিয়ে যাব।", kids("Riyan"),
     "2026-12-08 07:30", {"P1": ("interview", "J1", ["12-08 PM"])}),
]

NOT_RECORDED = [
    # ar: "ليلى وأختها سما عندهم رشح" (Layla and her sister Sama have a cold): Sama is not linked, ask
    ("السلام عليكم، ليلى وأختها سما عندهم رشح، ما رح يجوا عالمدرسة اليوم.", kids("Layla"), "2026-12-08 07:10",
     "clarify"),
    # romanised Bengali: "Thursday ba Friday" (Thursday or Friday, not yet fixed): ask which
    ("Salam, Nabil ke embassy te niye jete hobe Tuesday ba Wednesday, ekhono thik hoy nai. Oi din school e ashte "
     "parbe na.", kids("Nabil"), "2026-12-07 12:00", "clarify"),
    # Arabizi: "3am yitmarran 3al play bel beit" (practising for the play at home): news for the teacher
    ("Marhaba miss, 7abbeit a5abbrik enno Adam 3am yitmarran 3al nativity bel beit kteer. Shukran", kids("Adam"),
     "2026-12-10 16:45", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m44_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m44_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    result = parse(text, children, when)
    assert result.action == action, result.explanation
