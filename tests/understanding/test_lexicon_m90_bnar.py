"""Batch m90, Bengali and Arabic (Arabizi): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # bn: "X-এর রক্ত পরীক্ষা আছে" (X has a blood test), "দুজনেই দেরিতে আসবে" (both will come late): the tested child's
    # lateness is the appointment, the sibling's is a late arrival
    ("শুভ সকাল, আজ সকাল ৯টায় নুসরাতের রক্ত পরীক্ষা আছে, তাই নুসরাত আর ইমন দুজনেই দেরিতে আসবে, আনুমানিক সাড়ে দশটায়।",
     kids("Nusrat", "Imon"), "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"]), "P2": ("late", "U", ["12-08 AM"])}),
    # bn: "পারিবারিক বিয়ের জন্য" (for a family wedding), "বুধবার ও বৃহস্পতিবার" (Wednesday and Thursday), then "Y শুধু
    # বৃহস্পতিবার আসবে না" (Y only won't come on Thursday): the second child is away for the same cause, fewer days
    ("নমস্কার, পারিবারিক বিয়ের জন্য তিস্তা বুধবার ও বৃহস্পতিবার স্কুলে আসবে না। অর্ক শুধু বৃহস্পতিবার আসবে না।",
     kids("Tista", "Arko"), "2026-12-07 18:00",
     {"P1": ("family_event", "O", full("12-09", "12-10")), "P2": ("family_event", "O", full("12-10"))}),
    # bn: "চোখের ডাক্তার" (eye doctor); "Y স্কুলে থাকবে, ছুটির পর ওকে নিয়ে যাব" (Y stays at school, collected after
    # school): only the child with the appointment is marked
    ("আসসালামু আলাইকুম, আজ দুপুরে তাহসিনের চোখের ডাক্তারের অ্যাপয়েন্টমেন্ট আছে, সাড়ে বারোটায় ওকে স্কুল থেকে নিয়ে যাব। "
     "রিমা স্কুলে থাকবে, ছুটির পর ওকে নিয়ে যাব।", kids("Tahsin", "Rima"), "2026-12-09 07:45",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # bn: "একটু দেরিতে আসবে" (will come a little late), "ফার্মেসি থেকে X-এর ওষুধ আনতে যাচ্ছি" (going to the pharmacy
    # for X's medicine): an errand for the ill sibling, not the late child's reason
    ("শুভ সকাল, রাকিবের জ্বর, আজ স্কুলে আসবে না। ওর বোন নাজনীন একটু দেরিতে আসবে, আমি ফার্মেসি থেকে রাকিবের ওষুধ আনতে "
     "যাচ্ছি, ৯:১০-এর মধ্যে ওকে পৌঁছে দেব।", kids("Rakib", "Nazneen"), "2026-12-08 07:50",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # arabizi: "X w ibn 3ammo Y" (X and his cousin Y), both linked: both away
    ("Marhaba, Sami w ibn 3ammo Karim ta3banin ktir, ma ra7 yeju 3al madrase lyom", kids("Sami", "Karim"),
     "2026-12-08 07:40", {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m90_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m90_arabizi_cousin_is_not_my_son() -> None:
    # arabizi: "ibn 3ammo", "bint khalto" (his uncle's son, his aunt's daughter) are a cousin, not "my son" and "uncle"
    text = canonical("Rami w ibn 3ammo w bint khalto mardanin", "ar", dt.date(2026, 12, 8))
    assert text.count("his cousin") == 2 and "my son" not in text
