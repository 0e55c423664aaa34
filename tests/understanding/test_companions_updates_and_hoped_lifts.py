"""Phrasings from the b111-b113 rounds: a sibling who "will have to come along with us" or is kept off "as I'm home
with her", "X is ok" between two sentences about the ill child, a lift hoped for tomorrow, "Update:" as a change of
plan, "can I get him at 1?" as a collection, a brother's injury that makes the child late, second-language English
("the car broke", "exam for entrance"), "because X is sick and I have nobody to bring Y", "I will come back later
with the reason", the cold weather, and "another half hour" or a bare "10 mins" as the arrival."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # a sibling taken along to the other's appointment is kept off without a reason of their own
    ("Hi, Maisie has her eye clinic appointment in Sheffield on Thursday so she'll be off all day. I'm taking her so "
     "Reuben will have to come along with me for the day.", kids("Reuben", "Maisie"), "2026-11-30 19:00",
     {"P1": ("unsatisfactory", "O", full("12-03")), "P2": ("medical", "M", full("12-03"))}),
    # kept home because the parent is at home with the ill one
    ("Leo has chickenpox so he'll be off today, and since I'm home with him I'll keep Nell off as well.",
     kids("Leo", "Nell"), "2026-12-07 07:40", {"P1": ("illness", "I", full("12-07")),
                                               "P2": ("unsatisfactory", "O", full("12-07"))}),
    # "Jake is fine" between two sentences about the ill child: the second is still hers
    ("Rosie has a high temperature and won't be in today. Jake is fine. I'll probably keep her off tomorrow too.",
     kids("Rosie", "Jake"), "2026-12-01 07:00", {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # a lift hoped for tomorrow is not an absence tomorrow
    ("Our car has broken down and there are no buses from the village, so Ivy will be off today. I'll try to sort a "
     "lift for tomorrow.", kids("Ivy"), "2026-12-09 08:10", {"P1": ("transport", "O", full("12-09"))}),
    # "Update:" replaces the plan before it
    ("Sam has a sore throat but says he's ok so I'll bring him in for 10. Update: he's just been sick so he's staying "
     "home all day.", kids("Sam"), "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02"))}),
    # "can I get him at 1?" is a collection before the afternoon register
    ("Hamza has the orthodontist at 2.15 today, can I get him at 1? Thanks", kids("Hamza"), "2026-12-03 08:05",
     {"P1": ("medical", "M", ["12-03 PM"])}),
    # the brother's injury is why the child is late, not his own appointment
    ("Elliot will be a bit late, his little brother banged his head so I'm taking him to the walk-in centre first",
     kids("Elliot"), "2026-12-08 07:50", {"P1": ("late", "L", ["12-08 AM"])}),
    # second-language English: "the car broke", "exam for entrance", "in critical condition", "I need to take her at"
    ("Today Kamil not coming, the car broke and no bus from our village.", kids("Kamil"), "2026-12-01 08:10",
     {"P1": ("transport", "O", full("12-01"))}),
    ("Zara has exam for entrance at the grammar school tomorrow morning, she will come to school after.",
     kids("Zara"), "2026-12-07 17:00", {"P1": ("interview", "J1", ["12-08 AM"])}),
    ("Please excuse Bilal 14th to 16th December, we travel to Bangladesh, his grandmother is in critical condition.",
     kids("Bilal"), "2026-12-11 16:30", {"P1": ("exceptional", "C", full("12-14", "12-15", "12-16"))}),
    ("Miss, I need to take Hodan at 12:45 today for her hearing test in the hospital. Thank you",
     kids("Hodan"), "2026-12-09 08:00", {"P1": ("medical", "M", ["12-09 PM"])}),
    # "because Amira is sick and I have nobody to bring Yusuf": a reason for each
    ("Amira and Yusuf will not come today because Amira is sick and I have nobody to bring Yusuf to school.",
     kids("Amira", "Yusuf"), "2026-12-03 08:05", {"P1": ("illness", "I", full("12-03")),
                                                 "P2": ("unsatisfactory", "O", full("12-03"))}),
    # "I will come back later with the reason" is the parent, not the child returning
    ("Hello, Dominik is not at school today, I will come back later with the reason", kids("Dominik"),
     "2026-12-02 08:30", {"P1": ("unknown", "N", full("12-02"))}),
    # the cold weather is not a cold; "another half hour" and a bare "10 mins" count from the message
    ("Running late, the car wouldn't start in the cold. Max and Ella will be there for 9.15", kids("Max", "Ella"),
     "2026-12-14 08:40", {"P1": ("late", "L", ["12-14 AM"]), "P2": ("late", "L", ["12-14 AM"])}),
    ("Stuck in traffic, looks like we'll be another half hour, sorry. Finn will be in asap", kids("Finn"),
     "2026-12-02 09:00", {"P1": ("late", "U", ["12-02 AM"])}),
    ("Sorry, Ruby's going to be late, we're at the garage, 10 mins", kids("Ruby"), "2026-12-15 09:15",
     {"P1": ("late", "U", ["12-15 AM"])}),
    # a sibling collected "so he can join us" goes to the family's occasion
    ("Orla won't be in today, it's her cousin's wedding. Cian will come in this morning and I'll pick him up at 12 so "
     "he can join us.", kids("Cian", "Orla"), "2026-12-10 07:30",
     {"P1": ("family_event", "O", ["12-10 PM"]), "P2": ("family_event", "O", full("12-10"))}),
    # a breakdown told to everyone does not rival one child's own hospital appointment
    ("We've got a flat tyre and are waiting for the AA. Leon will be late, about 10. Maya won't be in at all today, "
     "she has a hospital appointment.", kids("Leon", "Maya"), "2026-11-30 08:00",
     {"P1": ("late", "U", ["11-30 AM"]), "P2": ("medical", "M", full("11-30"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_companions_updates_and_hoped_lifts(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
