"""Batches m62-m64, Bengali and Arabic (script and romanised): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "তাহসিনের বড় বোনের অনেক জ্বর" (Tahsin's big sister has a high fever): the sister is ill, Tahsin kept home
    ("তাহসিনের বড় বোনের অনেক জ্বর, বাসায় ওকে দেখার কেউ নেই, তাই তাহসিন আজ স্কুলে যাবে না।", kids("Tahsin"),
     "2026-12-08 07:20", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # bn (romanised): "amar wife kal raate hothat ... hospital e bhorti hoyeche" (my wife was suddenly admitted to
    # hospital last night): a family emergency, not the child's appointment
    ("Salam, amar wife kal raate hothat oshustho hoye hospital e bhorti hoyeche. Rafi aaj school e ashbe na.",
     kids("Rafi"), "2026-12-09 07:05", {"P1": ("exceptional", "C", full("12-09"))}),
    # bn (romanised): "11 tar moddhe pouche jabe" (will have arrived by eleven): late, after the register closes
    ("Salam, Tamim ar Nila aj deri kore ashbe, gari nosto hoye geche. 11 tar moddhe school e pouche jabe.",
     kids("Tamim", "Nila"), "2026-12-10 08:30",
     {"P1": ("late", "U", ["12-10 AM"]), "P2": ("late", "U", ["12-10 AM"])}),
    # bn (romanised): "ekhon rowna diyechi ... deri hoye geche" (we've set off now ... we're late): on the way, late
    ("Sorry miss, Nusrat ar Tahmid ekhon rowna diyechi, gari start hocchilo na tai deri hoye geche. Rumana er jor,"
     " o aj basay thakbe.", kids("Nusrat", "Tahmid", "Rumana"), "2026-12-01 09:35",
     {"P1": ("late", "U", ["12-01 AM"]), "P2": ("late", "U", ["12-01 AM"]), "P3": ("illness", "I", full("12-01"))}),
    # ar: "جد يوسف مريض جدا ونقلوه إلى المستشفى" (Yousef's grandfather is very ill and was taken to hospital): a
    # family emergency, Yousef is not ill
    ("السلام عليكم، جد يوسف مريض جدا ونقلوه إلى المستشفى، لذلك لن يحضر يوسف إلى المدرسة اليوم.", kids("Yousef"),
     "2026-12-03 07:30", {"P1": ("exceptional", "C", full("12-03"))}),
    # ar: "أخو كريم الكبير مريض" (Karim's big brother is ill), "زوجي بالشغل" (my husband is at work): kept home
    ("صباح الخير، أخو كريم الكبير مريض وزوجي بالشغل، فما قدرت أجيب كريم اليوم.", kids("Karim"), "2026-12-07 08:15",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # ar: "سأمر لآخذها" (I'll stop by to take her): collected before the afternoon register
    ("مرحبا، سأمر لآخذها الساعة 1 لأن عندها موعد عند طبيب الأسنان.", kids("Maryam"), "2026-12-10 08:00",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # ar (Arabizi): "nayme bel mustashfa" (staying in hospital, admitted), "2azmet rabw" (an asthma attack): illness
    ("Salam, Yara nayme bel mustashfa mn el sabt, ejetha 2azmet rabw. Mish ra7 tiji el yom w bukra.", kids("Yara"),
     "2026-12-08 07:10", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # ar (Arabizi): "ana ra7 eji a5od Sami el sa3a 1:15" (I'll come and take Sami at 1:15): collected for the afternoon
    ("Marhaba, ana ra7 eji a5od Sami el sa3a 1:15 la2an 3ando maw3ed 3and el daktor. Leen btib2a.",
     kids("Sami", "Leen"), "2026-12-03 08:00", {"P1": ("medical", "M", ["12-03 PM"])}),
    # ar (Moroccan Arabizi): "tonobil t3tlat f triq" (the car broke down on the way), "ghadi nwssel ... m3a 9:40
    # taqriban" (I'll get him to school around 9:40): late, after the register closes
    ("Salam, tonobil t3tlat f triq, ghadi nwssel Yassine l madrasa m3a 9:40 taqriban. Smhili", kids("Yassine"),
     "2026-12-09 08:30", {"P1": ("late", "U", ["12-09 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m62_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
