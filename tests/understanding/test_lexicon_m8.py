"""Polish, Romanian and Lithuanian lexicon rules added for batch m8: what each message must come to."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, marks, parse
from understanding.types import Child

ADAM, NIKOLA, KAJUS, GABIJA = Child("P1", "Adam"), Child("P2", "Nikola"), Child("P1", "Kajus"), Child("P2", "Gabija")
OLA, IOANA, ONA = Child("P1", "Ola"), Child("P1", "Ioana"), Child("P1", "Ona")

CASES = [
    # Polish: dates written 3.12, a sick note, a self-corrected day of return, a morning at home, a day off
    ("Ola ma mononukleozę, lekarz wystawił zwolnienie od 7.12 do 9.12. Pozdrawiam", [OLA], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    ("Dzień dobry, w środę 9.12 Ola ma ślub cioci, nie będzie jej w szkole. Pozdrawiam", [OLA], "2026-12-07 18:00",
     {"P1": ("family_event", "O", full("12-09"))}),
    ("Ola ma gorączkę, zostaje w domu. Wróci w czwartek, przepraszam, w piątek.", [OLA], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10"))}),
    ("Olę boli głowa, zostanie w domu do południa, przywiozę ją po obiedzie.", [OLA], "2026-12-07 07:30",
     {"P1": ("illness", "I", ["12-07 AM"])}),
    ("Ola miała wycięte migdałki, lekarz zalecił, żeby nie chodziła do szkoły przez cały przyszły tydzień.", [OLA],
     "2026-12-04 07:30", {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    ("Ola prosiła o dzień wolny, więc pozwoliłam jej dziś zostać w domu. Jutro będzie.", [OLA], "2026-12-07 07:30",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    ("Ola ma grypę, jutro jej nie będzie, a co z piątkiem to zobaczymy.", [OLA], "2026-12-09 19:00",
     {"P1": ("illness", "I", full("12-10"))}),
    ("Całą czwórkę dopadła grypa żołądkowa, dziś zostają w domu.",
     [Child("P1", "Jan"), Child("P2", "Lena"), Child("P3", "Piotr"), Child("P4", "Zofia")], "2026-12-07 07:30",
     {p: ("illness", "I", full("12-07")) for p in ("P1", "P2", "P3", "P4")}),
    ("Nikola ma wysoką gorączkę, a ja jestem sama w domu, więc Adam też zostanie w domu, bo nie mogę jej zostawić.",
     [ADAM, NIKOLA], "2026-12-07 07:30",
     {"P2": ("illness", "I", full("12-07")), "P1": ("unsatisfactory", "O", full("12-07"))}),
    # Romanian: ill since a past day, brought in at a time, a vague end, a flood, "until the holidays", who comes in
    ("Ioana are viroză de marți și încă are febră. Luni nu va veni la școală.", [IOANA], "2026-12-05 10:00",
     {"P1": ("illness", "I", full("12-07"))}),
    ("Ioana are programare la stomatolog la 9, o aduc la școală pe la 11.", [IOANA], "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-07 AM"])}),
    ("Ioana are pneumonie, stă acasă până se simte mai bine.", [IOANA], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07"))}),
    ("Ne-a inundat casa azi-noapte, Ioana nu vine azi la școală.", [IOANA], "2026-12-07 07:30",
     {"P1": ("exceptional", "C", full("12-07"))}),
    ("Ioana are covid. Nu mai vine la școală până în vacanța de Crăciun.", [IOANA], "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    ("Maria are febră, rămâne acasă azi. Ioana vine la școală.", [IOANA, Child("P2", "Maria")], "2026-12-07 07:30",
     {"P2": ("illness", "I", full("12-07"))}),
    # Lithuanian: "kaip įprasta", pneumonia to the week's end, in at a time, late, a past day, one unknown day
    ("Gabija serga angina, grįš penktadienį. Kajus eina kaip įprasta.", [KAJUS, GABIJA], "2026-12-07 07:30",
     {"P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10"))}),
    ("Ona susirgo plaučių uždegimu, iki savaitės pabaigos bus namie.", [ONA], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10", "12-11"))}),
    ("Ona šiandien 9 val. skiepijama, į mokyklą atvesiu apie 11 val.", [ONA], "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-07 AM"])}),
    ("Ona atvyks vėliau, apie 9:40, nes užšalo mašina.", [ONA], "2026-12-07 08:40",
     {"P1": ("late", "U", ["12-07 AM"])}),
    ("Ona ketvirtadienį susilaužė koją, rytoj į mokyklą neis.", [ONA], "2026-12-06 10:00",
     {"P1": ("illness", "I", full("12-07"))}),
    ("Ona turi pilvo virusą, gydytojas liepė 3 dienas pabūti namie.", [ONA], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    ("Ona turi kosulį, šiandien neis. Jei ir rytoj neis, parašysiu.", [ONA], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07"))}),
    ("Naktį mirė mano tėtis, vaikai nebus mokykloje iki Kalėdų atostogų.", [ONA, Child("P2", "Jonas")],
     "2026-12-16 07:00", {p: ("exceptional", "C", full("12-16", "12-17", "12-18")) for p in ("P1", "P2")}),
    ("Karolina serga, o aš turiu likti su ja namie ir neturiu kaip nuvežti Kajus į mokyklą.",
     [KAJUS, Child("P2", "Karolina")], "2026-12-07 07:30",
     {"P2": ("illness", "I", full("12-07")), "P1": ("unsatisfactory", "O", full("12-07"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_m8_lexicon_rules(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    ("Ona šią savaitę vieną dieną neateis, dar nežinau kurią dieną.", [ONA], "2026-12-07 07:45"),
    ("Ionela o duc la dentist săptămâna viitoare, nu știu încă ziua.", [IOANA], "2026-12-07 07:45"),
])
def test_m8_unknown_day_asks(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"


def test_m8_lithuanian_name_liepa_is_not_rewritten() -> None:
    """"Liepa" is a first name and "liepos" a month: only the verb forms of "liepti" mean "told"."""
    result = parse("Liepa trečiadienį 14 val. turi vizitą pas optometristą, pasiimsiu ją 12:30.",
                   [Child("P1", "Liepa"), Child("P2", "Jonas")], "2026-12-14 07:15")
    assert marks(result) == {"P1": ("medical", "M", ["12-16 PM"])}
