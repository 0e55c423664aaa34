"""Batches m62-m64, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pl: "przyjdzie, ale trochę się spóźni": that child comes in, late (the other ill at home)
    ("Dzień dobry, Staś ma anginę i zostaje w domu. Ola przyjdzie, ale trochę się spóźni, bo najpierw jedziemy"
     " do apteki, będzie około 9:05.", kids("Stanisław", "Ola"), "2026-12-03 07:40",
     {"P1": ("illness", "I", full("12-03")), "P2": ("late", "L", ["12-03 AM"])}),
    # pl: "od dzisiaj do czwartku", "od jutra do środy": a span, both ends included
    ("Dzień dobry, Marta od dzisiaj do czwartku nie będzie w szkole, lecimy na wakacje.", kids("Marta"),
     "2026-12-07 07:30", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10"))}),
    ("Dzień dobry, Kuba od jutra do środy nie przyjdzie, ma ospę.", kids("Jakub"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # ro: "îl duc acum la urgențe": on the way to A&E now, so not in today
    ("Bună dimineața, Andrei și-a sucit mâna aseară și îl doare tare, îl duc acum la urgențe.", kids("Andrei"),
     "2026-12-02 07:40", {"P1": ("illness", "I", full("12-02"))}),
    # ro: "trebuie să-l las pe Mihai la bunica": the other child dropped off first (not the late one)
    ("Bună ziua. Mihai are gripă și rămâne acasă azi. Ioana va întârzia puțin, trebuie să-l las pe Mihai la"
     " bunica, ajungem pe la 9:10.", kids("Ioana", "Mihai"), "2026-12-04 08:20",
     {"P1": ("late", "L", ["12-04 AM"]), "P2": ("illness", "I", full("12-04"))}),
    # ro: "vine normal, dar o iau la 12:15": "dar" (but) keeps the collection with the child who comes in
    ("Bună dimineața, Sofia vine normal, dar o iau la 12:15 pentru că are programare la dentist.", kids("Sofia"),
     "2026-12-08 07:50", {"P1": ("medical", "M", ["12-08 PM"])}),
    # lt: "irgi važiuoja su mumis": the other child comes along to the funeral (not a holiday)
    ("Labas vakaras, rytoj Lukas neis į mokyklą, nes mirė senelis ir važiuojam į laidotuves. Ema irgi važiuoja"
     " su mumis.", kids("Lukas", "Ema"), "2026-12-02 19:30",
     {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03"))}),
    # uk: "запис до ортодонта", "залишиться до кінця уроків": collected for the orthodontist, the other stays in
    ("Добрий день, я заберу Олега о 12:40, в нього запис до ортодонта. Софія залишиться до кінця уроків.",
     kids("Oleh", "Sofiia"), "2026-12-03 11:50", {"P1": ("medical", "M", ["12-03 PM"])}),
    # uk: "прийдуть, але трохи пізніше", "спочатку з Іваном в аптеку": the others late, the one taken along ill
    ("Доброго ранку. Іван сьогодні вдома, в нього температура. Марко прийде, але трохи пізніше, десь о 9:10, бо я"
     " спочатку з Іваном в аптеку.", kids("Marko", "Ivan"), "2026-12-09 08:00",
     {"P1": ("late", "L", ["12-09 AM"]), "P2": ("illness", "I", full("12-09"))}),
    # uk: "ми вже виходимо, будемо хвилин через 15": on the way, there in about a quarter of an hour
    ("Вибачте, Тарас проспав, ми вже виходимо, будемо хвилин через 15.", kids("Taras"), "2026-12-10 09:30",
     {"P1": ("late", "U", ["12-10 AM"])}),
    # pl: "zostanie ze mną w domu", "Zosię przyprowadzę normalnie": one stays home, the other brought in
    ("Dzień dobry, tu dziadek Frania i Zosi. Franek ma katar i gorączkę, zostanie ze mną w domu, a Zosię"
     " przyprowadzę normalnie.", kids("Franciszek", "Zofia"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10"))}),
    # pl: "nie zostawię chorej Zosi samej": the brother kept home with the ill sister
    ("Dzień dobry, Zosia ma wysoką gorączkę. Antek też zostaje w domu, nie zostawię chorej Zosi samej.",
     kids("Zofia", "Antoni"), "2026-12-01 07:15",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # the parent's own appointment holds the child up: late, not medical
    # pl: "mam rano wizytę u dentysty"
    ("Dzień dobry, Maja się dziś spóźni, mam rano wizytę u dentysty, będziemy koło 9:10.", kids("Maja"),
     "2026-12-02 07:30", {"P1": ("late", "L", ["12-02 AM"])}),
    # ro: "am programare la medic"
    ("Bună, am programare la medic la 8:15, așa că Ana va întârzia, o aduc pe la 9:40.", kids("Ana"),
     "2026-12-02 07:30", {"P1": ("late", "U", ["12-02 AM"])}),
    # lt: "man paskirta pas gydytoją"
    ("Labas rytas, Jonas šiandien vėluos, man paskirta pas gydytoją 8:15, būsim apie 9:10.", kids("Jonas"),
     "2026-12-02 07:30", {"P1": ("late", "L", ["12-02 AM"])}),
    # uk: "у мене запис до лікаря"
    ("Добрий ранок, у мене запис до лікаря на 8:20, тому Олена трохи запізниться, будемо десь о 9:40.",
     kids("Olena"), "2026-12-02 07:30", {"P1": ("late", "U", ["12-02 AM"])}),
    # pl: "przywiozę z powrotem przed obiadem": back before lunch, the morning only
    ("Dzień dobry, Igor ma dziś o 10:15 wizytę u okulisty. Odbiorę go o 9:45 i przywiozę z powrotem przed"
     " obiadem.", kids("Igor"), "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 AM"])}),
    # ro: "ne întoarcem luni": the family back on Monday, absent to Friday
    ("Bună ziua, a murit bunica lui Ștefan, plecăm azi la înmormântare, Ștefan va lipsi toată săptămâna, ne"
     " întoarcem luni.", kids("Ștefan"), "2026-12-08 07:15",
     {"P1": ("exceptional", "C", full("12-08", "12-09", "12-10", "12-11"))}),
    # uk: "повернемося 14 грудня": the family back on that date
    ("Добрий ранок. Помер мій дідусь, ми їдемо на похорон. Остап не буде у школі цього тижня, повернемося 14"
     " грудня.", kids("Ostap"), "2026-12-08 07:10",
     {"P1": ("exceptional", "C", full("12-08", "12-09", "12-10", "12-11"))}),
    # lt: "serga jo vyresnė sesuo": the verb first, the sister ill, the pupil kept home
    ("Laba diena, Dovydas šiandien neateis – serga jo vyresnė sesuo, o aš neturiu su kuo jos palikti.",
     kids("Dovydas"), "2026-12-09 07:40", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # uk: "у старшого брата температура": the brother has the fever, the pupil kept home
    ("Доброго ранку! Софійка сьогодні не прийде, у старшого брата температура, а мені нема з ким його залишити.",
     kids("Sofiia"), "2026-12-09 07:25", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # lt: "po vizito parvešiu atgal į mokyklą": back to school after the appointment, the morning only
    ("Laba diena, Ieva šiandien 10 val. turi vizitą pas gydytoją, pasiimsiu ją 9:30 ir po vizito parvešiu atgal"
     " į mokyklą.", kids("Ieva"), "2026-12-10 07:50", {"P1": ("medical", "M", ["12-10 AM"])}),
    # uk: "скаржився на живіт": complained of a tummy ache, collected before the afternoon register
    ("Вибачте, Богдан зранку скаржився на живіт, я його заберу о 12:15 додому.", kids("Bohdan"),
     "2026-12-11 11:50", {"P1": ("illness", "I", ["12-11 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m62_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m62_eu_parse_runs() -> None:
    assert parse("Dzień dobry, Ola przyjdzie, ale trochę się spóźni.", kids("Ola"), "2026-12-03 07:40").action
