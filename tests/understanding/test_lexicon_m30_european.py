"""Batches m30 and m32, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ro: "pe la 9 și 40": at 9:40 (after the register closes, so U)
    ("Bună dimineața, Maria întârzie azi, am pierdut autobuzul. Ajungem pe la 9 și 40.", kids("Maria"),
     "2026-11-24 08:50", {"P1": ("late", "U", ["11-24 AM"])}),
    # ro: "cu mare durere vă anunț": sadly (grief, not a pain); "a murit": passed away
    ("Cu mare durere vă anunț că bunicul a murit aseară. Ioana va lipsi mâine.", kids("Ioana"),
     "2026-11-30 19:00", {"P1": ("exceptional", "C", full("12-01"))}),
    # ro: "dacă nu-i trece, vă anunț și pentru vineri": Friday is not decided yet
    ("Teo are febră și tuse, mâine stă acasă. Dacă nu-i trece, vă anunț și pentru vineri.", kids("Teo"),
     "2026-12-02 20:00", {"P1": ("illness", "I", full("12-03"))}),
    # pl: "przeprowadzamy się": moving house; "pomaga nam przy pakowaniu": helping us pack (a day off)
    ("Dzień dobry, dzisiaj przeprowadzamy się i Kuba zostaje w domu, pomaga nam przy pakowaniu.", kids("Kuba"),
     "2026-11-30 07:50", {"P1": ("unsatisfactory", "O", full("11-30"))}),
    # pl: "dam znać, jak będzie w czwartek": Thursday is not decided yet
    ("Ola ma gorączkę, jutro nie przyjdzie do szkoły. Dam znać, jak będzie w czwartek.", kids("Ola"),
     "2026-12-08 19:40", {"P1": ("illness", "I", full("12-09"))}),
    # pl: "Julka już jest w szkole": that child is in already (only the other one is late)
    ("Filip się spóźni, stoimy w korku, będziemy ok 9:05. Julka już jest w szkole.", kids("Filip", "Julia"),
     "2026-12-10 08:42", {"P1": ("late", "L", ["12-10 AM"])}),
    # pl: "od czwartku 10 grudnia do piątku 18 grudnia": both ends included
    ("Zosia nie będzie w szkole od czwartku 10 grudnia do piątku 18 grudnia, bo lecimy do Polski na święta.",
     kids("Zosia"), "2026-11-25 08:15",
     {"P1": ("holiday", "G", full("12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pl: "musi zostać w domu z młodszym bratem, bo jest chory": minding an ill sibling (not her illness)
    ("Maja dzisiaj nie przyjdzie, musi zostać w domu z młodszym bratem, bo jest chory.", kids("Maja"),
     "2026-11-26 07:30", {"P1": ("unsatisfactory", "O", full("11-26"))}),
    # pl: "po rozmowie przywiozę go z powrotem do szkoły na popołudnie": back in after the interview (the morning)
    ("Bartek ma w czwartek 3.12 rozmowę kwalifikacyjną w college'u, po rozmowie przywiozę go z powrotem do szkoły"
     " na popołudnie.", kids("Bartek"), "2026-11-30 08:05", {"P1": ("interview", "J1", ["12-03 AM"])}),
    # pl: "nie przyjechał school bus", "mąż wziął auto do pracy": no bus, no car (transport)
    ("Dzisiaj nie przyjechał school bus, a mąż wziął auto do pracy, więc Natalia nie dotrze do szkoły.",
     kids("Natalia"), "2026-12-14 07:35", {"P1": ("transport", "O", full("12-14"))}),
    # lt: "kelią užliejo ir policija jį uždarė": the road is flooded and closed (transport, not the home flooded)
    ("Labas rytas, kelią užliejo ir policija jį uždarė, neturim kaip išvažiuoti. Paulius šiandien liks namie.",
     kids("Paulius"), "2026-12-02 07:30", {"P1": ("transport", "O", full("12-02"))}),
    # lt: "vyras pateko į avariją ir yra ligoninėje": a parent in hospital after an accident (exceptional)
    ("Vakar vyras pateko į avariją ir dabar yra ligoninėje, aš su juo. Lukas šiandien neateis.", kids("Lukas"),
     "2026-12-11 07:10", {"P1": ("exceptional", "C", full("12-11"))}),
    # lt: "paskutinė diena mokykloje bus": the last day in (not off); "grįšime": back on that date
    ("Ugnė išvyksta į Lietuvą pas senelius. Paskutinė diena mokykloje bus gruodžio 10 d. (ketvirtadienis),"
     " grįšime sausio 5 d.", kids("Ugnė"), "2026-11-30 09:45",
     {"P1": ("holiday", "G", full("12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # lt: "iki penktadienio (gruodžio 4 d.) imtinai": up to and including that Friday; "Pirmadienį grįš": back Monday
    ("Gabija serga angina, gydytoja liepė likti namie iki penktadienio (gruodžio 4 d.) imtinai. Pirmadienį grįš"
     " į mokyklą.", kids("Gabija"), "2026-12-01 07:20",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03", "12-04"))}),
    # lt: "autobusas šiandien neatvažiavo", "neturiu automobilio", "neatvyks": no bus, no car, won't come
    ("Autobusas šiandien neatvažiavo, o aš neturiu automobilio, todėl Tomas šiandien neatvyks.", kids("Tomas"),
     "2026-12-07 08:20", {"P1": ("transport", "O", full("12-07"))}),
    # uk: "загинув": was killed (a bereavement)
    ("Доброго ранку. Вчора загинув мій брат. Ярослав сьогодні та завтра не прийде до школи.", kids("Ярослав"),
     "2026-12-09 07:20", {"P1": ("exceptional", "C", full("12-09", "12-10"))}),
    # uk: "з понеділка 14 грудня по п'ятницю 18 грудня включно": from the first date to the second
    ("Артем не буде у школі з понеділка 14 грудня по п'ятницю 18 грудня включно, ми їдемо до бабусі в Польщу.",
     kids("Артем"), "2026-12-06 20:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # uk: "пізно вночі повернулися з поїздки", "хай відіспиться": tired after a trip (a day off, not a holiday);
    # "Завтра буде.": in tomorrow
    ("Тимофій сьогодні не прийде, ми пізно вночі повернулися з поїздки і він дуже втомлений, хай відіспиться."
     " Завтра буде.", kids("Тимофій"), "2026-12-07 07:50", {"P1": ("unsatisfactory", "O", full("12-07"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m30_european_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
