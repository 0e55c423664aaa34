"""Batches m55-m58, Bengali and Arabic (script and romanised): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn: "ঘুম থেকে উঠতে দেরি হয়ে গেছে" (we got up late): overslept; "যাচ্ছে না" (isn't going): the whole day
    ("আজ ঘুম থেকে উঠতে অনেক দেরি হয়ে গেছে, নাদিয়া আজ আর স্কুলে যাচ্ছে না।", kids("Nadia"), "2026-12-10 09:35",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # bn: "বাচ্চারা সবাই" (all the children)
    ("আমার বাচ্চারা সবাই রাত থেকে বমি করছে, আজ কেউ স্কুলে আসবে না।", kids("Ruhi", "Arif", "Sumon"),
     "2026-12-08 07:15", {p: ("illness", "I", full("12-08")) for p in ("P1", "P2", "P3")}),
    # bn (romanised): "ghurte jacchi" (going on a trip), "7/12 theke" (from 7/12), "January mashe abar school e ashbe"
    # (back at school in January)
    ("Salam, amra 14/12 theke Sylhet e ghurte jabo. Nabil 14/12 theke school e ashbe na, January mashe abar school e"
     " ashbe.", kids("Nabil"), "2026-12-02 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # bn (romanised): "kalke ... dhuye dilam" (washed it yesterday), "kal theke ashbe" (in from tomorrow): today only
    ("Sorry, Imran er school uniform kalke dhuye dilam, ekhono shukay nai. Aj pathabo na, kal theke school e ashbe",
     kids("Imran"), "2026-12-08 08:10", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # bn (romanised): "biye ache" (there is a wedding), not a pain
    ("Amina r Rafi kal school e jabe na, Birmingham e amar bhai er biye ache. Dhonnobad", kids("Amina", "Rafi"),
     "2026-12-07 19:30", {"P1": ("family_event", "O", full("12-08")), "P2": ("family_event", "O", full("12-08"))}),
    # bn (romanised): "or dadi hospital e bhorti hoyeche" (her grandmother has been admitted to hospital): an emergency
    ("Assalamu alaikum, amar meye Tania ke aj 12:30 e school theke niye jabo, or dadi hospital e bhorti hoyeche,"
     " obostha onek kharap, amra ekhon jacchi", kids("Tania"), "2026-12-10 11:40",
     {"P1": ("exceptional", "C", ["12-10 PM"])}),
    # bn (romanised): "Sami er onek jor" (Sami has a high fever); "Rima keo basay rakhbo" (I'll keep Rima home too),
    # "oke school e diye ashar keu nei" (no one to take her to school)
    ("Salam, Sami er onek jor, ami eka achi, tai Rima keo aaj basay rakhbo, oke school e diye ashar keu nei.",
     kids("Sami", "Rima"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # ar (Arabizi): "w ma ra7 yerja3" (and he won't come back): collected for the afternoon only
    ("Sabah el kheir, Omar 3ando maw3ed 3and el dentist el yom ba3d el dohr. Ra7 a5do mn el madrase 3al 12:45 w ma"
     " ra7 yerja3.", kids("Omar"), "2026-12-09 07:30", {"P1": ("medical", "M", ["12-09 PM"])}),
    # ar (Arabizi): "ba3d el 7da3sh" (after eleven): back in the morning, the morning only
    ("Marhaba, Nour 3andha maw3ed bel mustashfa el sa3a 8:30, bterja3 3al madrase ba3d el 7da3sh. Shukran",
     kids("Nour"), "2026-12-10 07:20", {"P1": ("medical", "M", ["12-10 AM"])}),
    # ar (Arabizi): "okhto el zghire sa5ne" (her little sister has a temperature), "ma ba2der jib Lina" (I can't
    # bring Lina): kept home for a sibling
    ("Salam, okhto el zghire sa5ne men embare7 w ana la7ali bel bet, ma ba2der jib Lina 3al madrase el yom.",
     kids("Lina"), "2026-12-08 07:50", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ar (Arabizi, Egyptian): "mesh hayigi" (won't come), "el esbo3 da kolo" (this whole week), "lel dafna" (for the
    # burial)
    ("Ahlan, teta etwaffet w e7na msafrin lel dafna. Youssef mesh hayigi el madrasa el esbo3 da kolo. Shokran",
     kids("Youssef"), "2026-12-09 07:10", {"P1": ("exceptional", "C", full("12-09", "12-10", "12-11"))}),
    # ar (Arabizi, Egyptian): "Omar w Hana el etnein 3andohom" (both of them have), "el doktora 2alet yerta7o" (the
    # doctor said they should rest), "le akher el esbo3" (until the end of the week)
    ("Omar w Hana el etnein 3andohom bard, el doktora 2alet yerta7o le akher el esbo3.", kids("Omar", "Hana"),
     "2026-12-16 07:30",
     {p: ("illness", "I", full("12-16", "12-17", "12-18")) for p in ("P1", "P2")}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m55_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # bn: "গতকাল ... অসুস্থ ছিল, তাই স্কুলে আসেনি" (yesterday he was ill, so didn't come), "আজ ও স্কুলে এসেছে" (today
    # he has come to school): a past absence, for the office
    ("গতকাল আরিয়ান অসুস্থ ছিল, তাই স্কুলে আসেনি। জানাতে দেরি হলো, দুঃখিত। আজ ও স্কুলে এসেছে।", kids("Ariyan"),
     "2026-12-09 10:00"),
    # bn (romanised): "ami jante chaisilam ... school bondho thakbe naki?" (I wanted to ask whether school will be
    # closed), "chuti form fill korte hobe?" (do we have to fill in a leave form?): a question, no absence
    ("Salam, ami jante chaisilam Eid er din school bondho thakbe naki? Chuti form fill korte hobe? Janaben please.",
     kids("Ayaan"), "2026-12-09 16:00"),
])
def test_m55_bnar_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
