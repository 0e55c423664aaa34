"""Second-language English from the b117 and b118 rounds (a word of the parent's own language for the illness, "X
not come today", "grandfather die", "maybe he not survive", "break her arm", "for her skin (eczema)", "I need take
him at 12.45", "we go all family"), and: "will be 2 days absent", "doctor say 3 days at home", "2 days they
will stay home", "water everywhere from the pipe broken", "our flat has fire", "she was sleep very late", "we wait
for the recovery", "come school", "lunch time", "was not feeling well in school today" told in the evening, "will
not come back before the Christmas holiday", "Janaza is today", and "Ali stay home with me, Zeynep is coming"."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # a number of days, however it is put
    ("Good morning, Deniz will be 3 days absent, he has ear infection.", kids("Deniz"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    ("Kacper is sick, he has angina. Doctor say 2 days at home.", kids("Kacper"), "2026-12-09 07:10",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    ("Elif and Can both have flu, 2 days they will stay home.", kids("Elif", "Can"), "2026-12-14 07:30",
     {"P1": ("illness", "I", full("12-14", "12-15")), "P2": ("illness", "I", full("12-14", "12-15"))}),
    # emergencies at home
    ("Omar and Lina not coming today, water everywhere in our house from pipe broken in the night.",
     kids("Omar", "Lina"), "2026-11-30 08:00", {"P1": ("exceptional", "C", full("11-30")),
                                              "P2": ("exceptional", "C", full("11-30"))}),
    ("Hodan will not come today, our flat has fire last night, everybody ok.", kids("Hodan"), "2026-12-14 07:20",
     {"P1": ("exceptional", "C", full("12-14"))}),
    # going to sleep late is tiredness, not a late arrival
    ("Good morning, Ayan today stay home, he is tired, he was sleep very late yesterday.", kids("Ayan"),
     "2026-12-04 07:10", {"P1": ("unsatisfactory", "O", full("12-04"))}),
    # "we wait for the recovery" is the breakdown truck
    ("The car broke on the motorway, we wait for the recovery, Rui miss all morning. I bring him after lunch.",
     kids("Rui"), "2026-12-02 09:30", {"P1": ("transport", "O", ["12-02 AM"])}),
    # "come school" and "lunch time"
    ("We overslept, Jonas will come school later, about 9.50.", kids("Jonas"), "2026-12-02 08:00",
     {"P1": ("late", "U", ["12-02 AM"])}),
    ("Ayaan has his injections at GP at 8.40 so he will come school around 9.30.", kids("Ayaan"), "2026-12-01 07:15",
     {"P1": ("medical", "M", ["12-01 AM"])}),
    ("Teacher, Ifrah she have dentist at 2 o clock, I pick her at lunch time 12.30.", kids("Ifrah"),
     "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 PM"])}),
    # an evening message about today's illness at school: tomorrow only
    ("Hello, Joao was not feeling well in school today and now he has fever. He will not go tomorrow.", kids("Joao"),
     "2026-12-08 16:45", {"P1": ("illness", "I", full("12-09"))}),
    # off until the holidays
    ("Yousef has chickenpox, he will not come back before the Christmas holiday.", kids("Yousef"),
     "2026-12-16 07:00", {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # "Janaza" is the funeral prayer, not a child
    ("Salam, Rayan will be absent today, his grandfather passed away. Janaza is today.", kids("Rayan"),
     "2026-12-02 07:00", {"P1": ("exceptional", "C", full("12-02"))}),
    # a word of the parent's own language inside English
    ("Hola, sorry Pablo is not in school today, he has mucho dolor de barriga.", kids("Pablo"), "2026-11-23 09:35",
     {"P1": ("illness", "I", full("11-23"))}),
    ("Bom dia, Rita is with febre since yesterday, she will miss today and tomorrow.", kids("Rita"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09", "12-10"))}),
    ("Hello, Zuzia is not coming today, she has bad migrena since morning.", kids("Zuzia"), "2026-11-30 09:40",
     {"P1": ("illness", "I", full("11-30"))}),
    ("Hola, Javi is with fiebre again, tomorrow no school.", kids("Javi"), "2026-12-16 17:30",
     {"P1": ("illness", "I", full("12-17"))}),
    ("Asc, Ubah not come today. Thanks", kids("Ubah"), "2026-12-18 07:30", {"P1": ("unknown", "N", full("12-18"))}),
    # emergencies told plainly
    ("Yesterday their grandfather die in Ukraine, both children today will not be in school.", kids("Ivan", "Polina"),
     "2026-12-10 07:25", {"P1": ("exceptional", "C", full("12-10")), "P2": ("exceptional", "C", full("12-10"))}),
    ("Rumi will be absent until Friday, we going to Bangladesh because my father is very ill, they say maybe he not "
     "survive.", kids("Rumi"), "2026-12-02 19:50", {"P1": ("exceptional", "C", full("12-03"))}),
    # "break her arm", an appointment "for her skin", "I need take him at 12.45", "we go all family"
    ("Emilija break her arm at football today. Doctor say she must stay home on Monday and Tuesday.",
     kids("Emilija"), "2026-11-28 10:15", {"P1": ("illness", "I", full("11-30", "12-01"))}),
    ("Safa will be not in school on Thursday because she have appointment with hospital for her skin (eczema) at "
     "11.30.",
     kids("Safa"), "2026-11-25 17:40", {"P1": ("medical", "M", full("11-26"))}),
    ("I need take Tiago at 12.45 today, he has appointment with physio for his knee at 1.30.", kids("Tiago"),
     "2026-11-30 11:20", {"P1": ("medical", "M", ["11-30 PM"])}),
    ("Liza and Bohdan will not be in school tomorrow, it is Bohdan birthday and we go all family to Legoland.",
     kids("Liza", "Bohdan"), "2026-12-03 20:20", {"P1": ("family_event", "O", full("12-04")),
                                                 "P2": ("family_event", "O", full("12-04"))}),
    # b120: "doctor said rest 3 days", "we going Bangladesh", "Kids can't come in", "maybe 9.10-9.15", "will come
    # with his uncle at 10.30", "come back in school in January"
    ("Hello teacher, Lin cough very bad, doctor said rest 3 days. He will not come school.", kids("Lin"),
     "2026-11-30 07:30", {"P1": ("illness", "I", full("11-30", "12-01", "12-02"))}),
    ("Both children will be absent on Monday 14 and Tuesday 15 December because we going Pakistan to visit my parents.",
     kids("Sami", "Hira"), "2026-11-28 11:30",
     {"P1": ("holiday", "G", full("12-14", "12-15")), "P2": ("holiday", "G", full("12-14", "12-15"))}),
    ("Our car broken down last night. Kids can't come in today as we live far and no bus.", kids("Amar", "Jas"),
     "2026-12-09 07:40", {"P1": ("transport", "O", full("12-09")), "P2": ("transport", "O", full("12-09"))}),
    ("Stuck in traffic, accident on the road. Kuba will arrive late, maybe 9.10-9.15", kids("Kuba"),
     "2026-12-08 08:45", {"P1": ("late", "L", ["12-08 AM"])}),
    ("Sorry, Ishaan missed the bus and I am working, he will come with his uncle at 10.30", kids("Ishaan"),
     "2026-12-11 09:40", {"P1": ("late", "U", ["12-11 AM"])}),
    ("Mei and Jun will be absent from today, we fly to China this afternoon, they come back in school in January.",
     kids("Mei", "Jun"), "2026-12-16 08:10", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18")),
                                              "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # "Ali stay home with me today, Zeynep is coming ... 9:30": a clause for each
    ("Sorry we are late, Emre was sick in the morning. Emre stay home with me today, Aylin is coming with her father "
     "about 9:40", kids("Aylin", "Emre"), "2026-11-30 08:55",
     {"P1": ("late", "U", ["11-30 AM"]), "P2": ("illness", "I", full("11-30"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_second_language_english(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
