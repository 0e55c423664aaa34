"""Batches m53/m54/m59, Polish, Romanian, Lithuanian, Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "z powodu śmierci dziadka jedziemy na pogrzeb": a death in the family, travelling to the funeral (not a
    # holiday)
    ("Dzień dobry, z powodu śmierci dziadka jedziemy na pogrzeb do Polski. Ola nie będzie w szkole od poniedziałku"
     " 14 grudnia do wtorku 15 grudnia włącznie.", kids("Ola"),
     "2026-12-10 19:00", {"P1": ("exceptional", "C", full("12-14", "12-15"))}),
    # pl: "byłam z nią dzisiaj u lekarza": a past visit that day, not a day off (the days off are said apart)
    ("Dobry wieczór, Hania ma zapalenie ucha, byłam z nią dzisiaj u lekarza. Od jutra do końca tygodnia zostanie"
     " w domu.", kids("Hania"),
     "2026-12-09 18:30", {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # pl: "będzie dziś trochę później": a bit late that day; "problem z autem": car trouble
    ("Dzień dobry, Kuba będzie dziś trochę później, mamy problem z autem.", kids("Kuba"),
     "2026-12-09 08:30", {"P1": ("late", "L", ["12-09 AM"])}),
    # ro: "pe la 10 jumate": half past ten (after the register closes)
    ("Bună dimineața, Matei întârzie, ajungem pe la 10 jumate.", kids("Matei"),
     "2026-12-09 08:40", {"P1": ("late", "U", ["12-09 AM"])}),
    # ro: "am adormit" (we overslept) and the day is missed
    ("Ne cerem scuze, am adormit toți și Ioana nu mai vine azi la școală.", kids("Ioana"),
     "2026-12-09 09:10", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ro: "vor lipsi de marți până joi, 15-17 decembrie": the weekdays with their dates, after "vor lipsi"
    ("Bună seara, Vlad și Irina vor lipsi de marți până joi, 15-17 decembrie, plecăm în vacanță.",
     kids("Vlad", "Irina"), "2026-12-03 19:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17")),
      "P2": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
    # ro: "ne întoarcem în ianuarie": back in January (after the end of term)
    ("Bună seara, plecăm în vacanță în Moldova, Andrei va lipsi de la 16 decembrie. Ne întoarcem în ianuarie.",
     kids("Andrei"), "2026-12-08 19:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ro: "vineri e înapoi la școală": back on Friday (not a day off)
    ("Bună seara, joi avem botezul verișoarei, așa că Tudor va lipsi joi. Vineri e înapoi la școală.",
     kids("Tudor"), "2026-12-07 19:00", {"P1": ("family_event", "O", full("12-10"))}),
    # lt: "ar galėtų nebūti mokykloje ...?": a request for leave, recorded
    ("Laba diena, ar Gabija galėtų nebūti mokykloje gruodžio 16 ir 17 dienomis? Skrendame į Lietuvą anksčiau.",
     kids("Gabija"), "2026-12-01 12:00", {"P1": ("holiday", "G", full("12-16", "12-17"))}),
    # lt: "skrendame ketvirtadienio vakarą": Thursday evening, after school (not a day off)
    ("Sveiki, sekmadienį dukterėčios krikštynos, skrendame ketvirtadienio vakarą, todėl Rokas penktadienį"
     " neateis.", kids("Rokas"), "2026-12-07 19:00", {"P1": ("family_event", "O", full("12-11"))}),
    # lt: "iki kitos savaitės antradienio": until next Tuesday (not included)
    ("Sveiki, Ugnė serga gripu, nebus mokykloje iki kitos savaitės antradienio.", kids("Ugnė"),
     "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03", "12-04", "12-07"))}),
    # lt: "grįšime sausio mėnesį": back in January (after the end of term)
    ("Sveiki, Matas nuo gruodžio 17 d. nelankys mokyklos, nes vykstame atostogų į Lietuvą. Grįšime sausio mėnesį.",
     kids("Matas"), "2026-12-10 20:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # uk (Russian words): "приём в поликлинике на весь день": an all-day appointment
    ("Здравствуйте, у Артема завтра приём в поликлинике на весь день, в школу не придет.", kids("Artem"),
     "2026-12-08 18:00", {"P1": ("medical", "M", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m53_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
