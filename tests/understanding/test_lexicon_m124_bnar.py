"""Batch m124, Bengali, Arabic and Arabizi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED: list[tuple[str, list[Child], str, dict]] = [
    # bn (romanised): "appointment er pore school e diye jabo": after the appointment I'll drop him at school (AM only)
    ("Assalamu alaikum, Tanvir er aj 9:15 e dentist appointment, appointment er pore school e diye jabo.",
     kids("Tanvir"), "2026-12-09 07:45", {"P1": ("medical", "M", ["12-09 AM"])}),
    # bn (romanised): "doctor dekhanor por school e chole ashbe": in school after seeing the doctor
    ("Tanvir er kal 11 tay doctor appointment, doctor dekhanor por school e chole ashbe.", kids("Tanvir"),
     "2026-12-09 17:45", {"P1": ("medical", "M", ["12-10 AM"])}),
    # bn (romanised): "Rafi ke ami 10 tar moddhe school e pouche dibo" (I'll get Rafi to school by 10): late; "age Mahi
    # ke dadir bashay rekhe jete hobe" (first I must leave Mahi at her grandma's): the ill sister's errand
    ("Mahi r pet kharap, aj ashbe na. Rafi ke ami 10 tar moddhe school e pouche dibo, age Mahi ke dadir bashay rekhe"
     " jete hobe.", kids("Mahi", "Rafi"), "2026-12-10 08:20",
     {"P1": ("illness", "I", full("12-10")), "P2": ("late", "U", ["12-10 AM"])}),
    # bn: the same in Bengali script, "রাফিকে আমি ৯:৩০-এর মধ্যে দিয়ে যাব", "আগে মাহিকে খালার বাসায় রেখে আসতে হবে"
    ("মাহির পেট খারাপ, আজ আসবে না। রাফিকে আমি ৯:৩০-এর মধ্যে দিয়ে যাব, আগে মাহিকে খালার বাসায় রেখে আসতে হবে।",
     kids("Mahi", "Rafi"), "2026-12-10 08:20",
     {"P1": ("illness", "I", full("12-10")), "P2": ("late", "U", ["12-10 AM"])}),
    # bn (romanised): "jabe, kintu oke 11:45 e niye ashbo": after going in, "niye ashbo" fetches him (not late)
    ("Rafi aj school e jabe, kintu oke 11:45 e niye ashbo", kids("Rafi"), "2026-12-10 07:20",
     {"P1": ("unknown", "N", ["12-10 PM"])}),
    # arabizi: "l youm w bokra" (today and tomorrow): the article "l" alone before "youm"
    ("Salam, Yasmin 3andha sukhuneh, mish jaye 3al madrase l youm w bokra", kids("Yasmin"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # arabizi: "rdv" / "rendez-vous" (Maghrebi French: an appointment)
    ("Yasmin 3ndha rdv m3a tbib l yom el tlata, ma rah tiji", kids("Yasmin"), "2026-12-03 17:20",
     {"P1": ("medical", "M", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m124_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
