"""Phrasings from the b119 and m90 rounds: whose arrival time counts ("his grandad doesn't get here until 9, so he'll
be in about 9:30", "he will arrive maybe 9.30"), a drop-off before the school day is on time, a child at an
appointment with a sibling "late too" arriving together, a cause before the main clause ("As I can't leave her alone,
Leo won't go either"), "from tomorrow X comes as normal", sibling carers in plainer words ("I am alone and can not
leave Arif", "cannot do school run", "no one to leave Mihaela with"), "watch Zofia", "the GP to call back about Wren",
a parent writing or getting back late, "loose motions", an appointment "for his asthma", "already at breakfast club",
"his dad will bring him in", "after the dentist they both come to school", "he will be in as normal" after a comma,
a name in Bengali script ending in a vowel sign, and an Arabizi cousin who is not linked."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.text import word_re
from understanding.types import Child

RECORDED = [
    # the child's own arrival, not the adult's
    ("Ella's been sick so she's off today. Max will be late as his nan doesn't get here until 9, so he'll be in about "
     "9:35.", kids("Ella", "Max"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "U", ["12-08 AM"])}),
    ("Tomorrow Huda has an entrance exam all day. Omar will come late because we drop Huda first at 8.40, he will "
     "arrive maybe 9.30.", kids("Omar", "Huda"), "2026-12-07 18:30",
     {"P1": ("late", "U", ["12-08 AM"]), "P2": ("interview", "J1", full("12-08"))}),
    # a drop-off before the school day starts is on time
    ("Kemi has a fever and will rest at home today. Tobi has his carol service so he must come, I will drop him by "
     "8.40.", kids("Kemi", "Tobi"), "2026-12-15 07:25", {"P1": ("illness", "I", full("12-15"))}),
    # at the appointment with a sibling "late too": both arrive together
    ("I'm taking Defne to the eye doctor at 8:30, so Ali will be late too. We'll be at school around 9:30.",
     kids("Defne", "Ali"), "2026-12-01 07:30",
     {"P1": ("medical", "M", ["12-01 AM"]), "P2": ("late", "U", ["12-01 AM"])}),
    ("Today I'm taking Zoya to her vaccination at 8:30, so Bohdan will be late too, we'll be at school around 9:10.",
     kids("Zoya", "Bohdan"), "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("late", "L", ["12-02 AM"])}),
    # a sentence about both after the appointment is not the sibling's appointment
    ("I have to take Sofi to the dentist at 8:45, so Dani will also be late, around 9:30. After the dentist they both "
     "come to school.", kids("Sofi", "Dani"), "2026-11-30 07:30",
     {"P1": ("medical", "M", ["11-30 AM"]), "P2": ("late", "U", ["11-30 AM"])}),
    # "he will be in as normal" after a comma, beside a festival the sibling goes to
    ("Tomorrow is Gurpurab. Jasleen will go to the gurdwara with us and won't be in school. Arjan has a play at school "
     "tomorrow, he will be in as normal.", kids("Jasleen", "Arjan"), "2026-11-23 18:00",
     {"P1": ("religious", "R", full("11-24"))}),
    # a cause before the main clause belongs to it
    ("Noa has chickenpox and will stay home until Monday. As I can't leave her alone, Leo won't go to school today "
     "either.", kids("Noa", "Leo"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10", "12-11")), "P2": ("unsatisfactory", "O", full("12-10"))}),
    # "from tomorrow X comes as normal": back tomorrow
    ("Mia has chickenpox and will stay home the rest of the week. Sadly Eva can't come today either, I have no one to "
     "leave Mia with so I can take Eva to school. From tomorrow Eva comes as normal.", kids("Mia", "Eva"),
     "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18")), "P2": ("unsatisfactory", "O", full("12-16"))}),
    # sibling carers in plainer words
    ("Arif has fever and stay home. Sadia also stay home because I am alone and can not leave Arif. Rahim is going "
     "with his friend's family to school.", kids("Arif", "Sadia", "Rahim"), "2026-12-11 08:05",
     {"P1": ("illness", "I", full("12-11")), "P2": ("unsatisfactory", "O", full("12-11"))}),
    ("Tahmid is very sick with flu, he is staying home. Nusrat is also staying home because I have to look after "
     "Tahmid and cannot do school run.", kids("Tahmid", "Nusrat"), "2026-11-25 08:05",
     {"P1": ("illness", "I", full("11-25")), "P2": ("unsatisfactory", "O", full("11-25"))}),
    # "watch Zofia" and "about Wren" are errands for the ill child
    ("Zofia is sick with vomiting, she stay home today. Kacper will come normal but maybe little late because I must "
     "wait for my husband to come home and watch Zofia, we be there around 9.30.", kids("Zofia", "Kacper"),
     "2026-11-23 07:05", {"P1": ("illness", "I", full("11-23")), "P2": ("late", "U", ["11-23 AM"])}),
    ("Wren is off today, she's got a sickness bug. Stanley will be a bit late though as I'm waiting for the GP to call "
     "back about Wren, will have him in by 9.", kids("Stanley", "Wren"), "2026-12-15 07:15",
     {"P1": ("late", "L", ["12-15 AM"]), "P2": ("illness", "I", full("12-15"))}),
    # the parent writing late, or the family back late, is not a late arrival
    ("Sofia has fever from this morning, she is not at school today. Sorry I write late.", kids("Sofia"),
     "2026-12-10 10:30", {"P1": ("illness", "I", full("12-10"))}),
    ("Ana will not be at school today, she is tired because we came back very late from Romania last night.",
     kids("Ana"), "2026-12-11 07:40", {"P1": ("unsatisfactory", "O", full("12-11"))}),
    ("Aarav is having loose motions since last night so he will be on leave today.", kids("Aarav"),
     "2026-12-01 08:30", {"P1": ("illness", "I", full("12-01"))}),
    # an appointment for a condition, all day
    ("Abdi will be absent today, he has appointment in hospital for his asthma at 11.00, it is far so he will not come "
     "to school at all today.", kids("Abdi"), "2026-11-26 08:00", {"P1": ("medical", "M", full("11-26"))}),
    # children who are in anyway
    ("Our boiler has flooded the kitchen, we're waiting on the plumber. Lily and Charlie will be in late, about 10. "
     "Freya's already at breakfast club.", kids("Lily", "Charlie", "Freya"), "2026-12-10 07:20",
     {"P1": ("late", "U", ["12-10 AM"]), "P2": ("late", "U", ["12-10 AM"])}),
    ("We've had a burst pipe and the house is flooded. Flora and Angus won't be in today, Hamish is at his dad's this "
     "week and his dad will bring him in.", kids("Hamish", "Flora", "Angus"), "2026-12-16 07:30",
     {"P2": ("exceptional", "C", full("12-16")), "P3": ("exceptional", "C", full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_arrivals_and_carers(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_a_name_ending_in_a_vowel_sign_stands_alone() -> None:
    assert word_re("সুমাইয়া").search("ওর বোন সুমাইয়া একটু দেরিতে")
    assert not word_re("সুমাই").search("ওর বোন সুমাইয়া একটু দেরিতে")
    assert not word_re("jack").search("jackson is off")
    assert word_re("jack").search("jack's off, jackson is in").span() == (0, 4)
    assert [m.start() for m in word_re("ali").finditer("khalid and ali, ali's brother")] == [11, 16]


def test_an_arabizi_cousin_is_not_a_linked_child() -> None:
    assert_not_recorded("Sabah el 5er, Omar w ibn 3ammo Yaman ta3banin ktir, ma rah yeju 3al madrase lyom",
                        kids("Omar"), "2026-12-01 07:30", "clarify")
