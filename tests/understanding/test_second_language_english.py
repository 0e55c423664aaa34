"""Second-language English from the b117 round: "will be 2 days absent", "doctor say 3 days at home", "2 days they
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
    # "Ali stay home with me today, Zeynep is coming ... 9:30": a clause for each
    ("Sorry we are late, Emre was sick in the morning. Emre stay home with me today, Aylin is coming with her father "
     "about 9:40", kids("Aylin", "Emre"), "2026-11-30 08:55",
     {"P1": ("late", "U", ["11-30 AM"]), "P2": ("illness", "I", full("11-30"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_second_language_english(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
