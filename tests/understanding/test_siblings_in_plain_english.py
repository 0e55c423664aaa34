"""Several children in plain or second-language English: whose clause a "they" or an errand belongs to, collections
and arrivals written without the usual words, and an appointment followed by "then he'll be in"."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # "they will be off" after the sisters' illness and the brother going in: the sisters' days, not his
    ("Amal and Sagal they are sick with flu. Abdi he go to school. They will be off until Friday",
     kids("Amal", "Sagal", "Abdi"), "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03")),
      "P2": ("illness", "I", full("12-01", "12-02", "12-03"))}),
    # an appointment, then in: the morning only, beside a sibling ill all day
    ("Theo has the orthodontist first thing (8.45) then he'll be in. Isla is poorly so she's staying home",
     kids("Isla", "Theo"), "2026-12-10 07:50",
     {"P1": ("illness", "I", full("12-10")), "P2": ("medical", "M", ["12-10 AM"])}),
    # late because of the brothers' clinic visit: late, not the clinic
    ("Ada and Chidi have fever so they stay home today. Ngozi will be late because I have to take her brothers to the"
     " clinic first, she will arrive 9:45", kids("Ada", "Ngozi", "Chidi"), "2026-11-30 08:20",
     {"P1": ("illness", "I", full("11-30")), "P2": ("late", "U", ["11-30 AM"]), "P3": ("illness", "I", full("11-30"))}),
    # "missed school bus, I bring them, about 9.25": late
    ("Ali and Omar missed school bus, I bring them, about 9.30. Sara is sick, stay home", kids("Sara", "Ali", "Omar"),
     "2026-11-30 08:35",
     {"P1": ("illness", "I", full("11-30")), "P2": ("late", "U", ["11-30 AM"]), "P3": ("late", "U", ["11-30 AM"])}),
    # coming now to take one child in an emergency; the other's aunt collects her at home time
    ("I am coming now to take Yusuf, his grandad is rushed to hospital. Maryam she stay school, her aunt collect her at"
     " 3.15", kids("Maryam", "Yusuf"), "2026-12-01 12:35", {"P2": ("exceptional", "C", ["12-01 PM"])}),
    # collections in plainer words
    ("Assalamu alaykum, I coming at 1 to pick Bilal, he have bad headache", kids("Bilal"), "2026-12-08 12:40",
     {"P1": ("illness", "I", ["12-08 PM"])}),
    # on the way at the register close, with the time
    ("Maisie and Rose are on the way, the car wouldn't start, about 9.20", kids("Maisie", "Rose"), "2026-12-11 09:15",
     {"P1": ("late", "L", ["12-11 AM"]), "P2": ("late", "L", ["12-11 AM"])}),
    # "he will come but maybe 10 o'clock" after a breakdown: late
    ("Salaam, our car has broken down on the motorway, Hamza will come but maybe 10 o'clock", kids("Hamza"),
     "2026-12-17 08:40", {"P1": ("late", "U", ["12-17 AM"])}),
    # "not come in morning ... come to school for afternoon": the morning only
    ("Hello, Kasia today have interview at 10, so she not come in morning, after she come to school for afternoon",
     kids("Kasia"), "2026-11-25 08:00", {"P1": ("interview", "J1", ["11-25 AM"])}),
    # "rest for the remaining part of the week", "and all this week", "back in jan"
    ("Good morning ma, Tobi is down with malaria, the doctor said he should rest for the remaining part of the week",
     kids("Tobi"), "2026-11-25 07:55", {"P1": ("illness", "I", full("11-25", "11-26"))}),
    ("Good evening, Kuba have chickenpox, he cannot come tomorrow and all this week", kids("Kuba"), "2026-12-14 16:50",
     {"P1": ("illness", "I", full("12-15", "12-16", "12-17", "12-18"))}),
    ("we've booked a cheap deal to tenerife so Mia will be off from wed 16th and back in jan", kids("Mia"),
     "2026-12-12 09:30", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # two children with their own start days and one return for both
    ("We are going to Pakistan, Ali will be off from Monday and Mariam from Wednesday, both back in January",
     kids("Ali", "Mariam"), "2026-12-10 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    ("We're flying to Lagos. Tobi flies on Monday 14th with his nan and Kemi with me on Wednesday 16th. Back after the"
     " Christmas holidays.", kids("Tobi", "Kemi"), "2026-12-10 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # away visiting the grandmother in another city, beside a sibling ill today
    ("Adnan is sick from flu, he stay home today. Raisa going to her grandmother in Sylhet with her father from today"
     " to Friday.", kids("Adnan", "Raisa"), "2026-12-16 07:35",
     {"P1": ("illness", "I", full("12-16")), "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # "come later ... maybe 9:30": late, beside a sibling ill all day
    ("Alina has fever, she stay home. Denis come later because I must wait the doctor call, maybe 9:30",
     kids("Denis", "Alina"), "2026-12-08 08:00",
     {"P1": ("late", "U", ["12-08 AM"]), "P2": ("illness", "I", full("12-08"))}),
    # "won't be in until after the Christmas holidays" is the rest of term, not a late morning
    ("Ioana and Elena have chickenpox, won't be in until after the christmas holidays.", kids("Ioana", "Elena"),
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16", "12-17", "12-18")),
                          "P2": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # "Mehndi is tonight": a wedding custom, not a child's name
    ("Aliza will be absent tomorrow as we are attending my brother's wedding. Mehndi is tonight.", kids("Aliza"),
     "2026-12-10 18:00", {"P1": ("family_event", "O", full("12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


# a Somali cousin ("ina adeer", the paternal uncle's son) named beside the linked child: ask who he is
def test_a_somali_cousin_is_not_a_linked_child() -> None:
    assert_not_recorded("Asc macalin, Khadar iyo ina adeerkiis Bilaal oo nala jooga labaduba way xanuunsan yihiin,"
                        " maanta ma iman doonaan.", kids("Khadar"), "2026-12-03 07:30", "clarify")
