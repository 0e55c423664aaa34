"""Batches m34 and m35, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "przyjdzie dopiero po obiedzie": in after lunch (the morning only)
    ("Kuba ma jutro wizytę u dentysty o 9:30, przyjdzie do szkoły dopiero po obiedzie.", kids("Jakub"),
     "2026-12-01 19:00", {"P1": ("medical", "M", ["12-02 AM"])}),
    # pl: greetings and courtesies ("Dzień dobry Pani ...", "chciałam tylko dać znać, że", "w razie pytań proszę
    # dzwonić", "miłego dnia", "pozdrawiam serdecznie"): not a cause the lexicon does not know
    ("Dzień dobry Pani Smith, chciałam tylko dać znać, że Filipa jutro nie będzie w szkole. W razie pytań proszę "
     "dzwonić. Miłego dnia i pozdrawiam serdecznie, Ewa", kids("Filip"), "2026-12-01 19:00",
     {"P1": ("unknown", "N", full("12-02"))}),
    # pl: "jutro będzie na pewno": back tomorrow (today only)
    ("Dzień dobry, Wiki ma gorączkę i dziś zostaje w domu. Jutro będzie na pewno. Pozdrawiam", kids("Wiktoria"),
     "2026-12-07 07:40", {"P1": ("illness", "I", full("12-07"))}),
    # pl: "będzie trochę później", "będziemy za dziesięć dziesiąta" (9:50): late, arriving then
    ("Oliwer będzie trochę później, stoimy w korku, będziemy za dziesięć dziesiąta. Przepraszam", kids("Oliwer"),
     "2026-12-01 08:40", {"P1": ("late", "U", ["12-01 AM"])}),
    # pl: "przyjdzie do szkoły po lunchu": in after lunch
    ("W środę rano Hania ma wizytę u okulisty, przyjdzie do szkoły po lunchu.", kids("Hanna"),
     "2026-12-07 18:00", {"P1": ("medical", "M", ["12-09 AM"])}),
    # pl: "aż do przerwy świątecznej": until the Christmas break
    ("Szymek nie przyjdzie od czwartku 17.12 aż do przerwy świątecznej, lecimy do Polski.", kids("Szymon"),
     "2026-12-07 20:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # pl: "musi przypilnować młodszego brata", "niania się rozchorowała": minding a sibling (not the pupil's illness)
    ("Maja dzisiaj zostaje w domu, musi przypilnować młodszego brata, bo niania się rozchorowała.", kids("Maja"),
     "2026-12-09 07:25", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pl: "ani": neither today nor tomorrow; "Igi": the genitive of Iga
    ("Dzień dobry, Igi nie będzie dziś ani jutro w szkole. Dziękuję", kids("Iga"), "2026-12-10 07:35",
     {"P1": ("unknown", "N", full("12-10", "12-11"))}),
    # ro: "fratele meu se căsătorește": the sender's brother is getting married; "domnișoară de onoare": bridesmaid
    ("Bună seara, vineri fratele meu se căsătorește și Daria este domnișoară de onoare, deci nu va fi la școală.",
     kids("Daria"), "2026-12-08 19:40", {"P1": ("family_event", "O", full("12-11"))}),
    # ro: "rămâne la școală normal", "îl ia tatăl lui la 3": the sibling stays in as usual
    ("Maria are programare la dentist azi la 14:00, o iau de la școală la 12:30. Eric rămâne la școală normal și îl "
     "ia tatăl lui la 3.", kids("Eric", "Maria"), "2026-12-10 08:10", {"P2": ("medical", "M", ["12-10 PM"])}),
    # ro: "pe la zece fără un sfert" (9:45), "a fost un accident pe drum", "stăm în trafic": late after the register
    ("Bianca va ajunge la școală pe la zece fără un sfert, a fost un accident pe drum și stăm în trafic.",
     kids("Bianca"), "2026-12-03 08:50", {"P1": ("late", "U", ["12-03 AM"])}),
    # lt: "gruodžio 17 ir 18 dienomis": on both days
    ("Laba diena, Ugnė nebus mokykloje gruodžio 17 ir 18 dienomis, nes skrendame atostogų.", kids("Ugnė"),
     "2026-12-01 19:30", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # lt: "norėjau pranešti, kad", "jei reikės, paskambinkite", "geros dienos", "(Beno mama)": courtesies
    ("Laba diena, norėjau pranešti, kad Benas šiandien nebus mokykloje. Jei reikės, paskambinkite man. Geros dienos! "
     "Ačiū, Rūta (Beno mama)", kids("Benas"), "2026-12-14 08:05", {"P1": ("unknown", "N", full("12-14"))}),
    # lt: "būsim apie pusę dešimtos" (9:30): late after the register
    ("Labas rytas, Matas šiandien vėluos, atsiprašau. Būsim apie pusę dešimtos.", kids("Matas"), "2026-11-30 08:45",
     {"P1": ("late", "U", ["11-30 AM"])}),
    # lt: "skaudėjo pilvą": a tummy ache; "jei bus geriau, atvešiu po pietų": in after lunch if better
    ("Ugnei naktį skaudėjo pilvą, šį rytą paliksiu ją namie, jei bus geriau atvešiu po pietų.", kids("Ugnė"),
     "2026-12-03 07:50", {"P1": ("illness", "I", ["12-03 AM"])}),
    # lt: "stojimo pokalbis koledže", "po pokalbio grįš į mokyklą": a college interview, back in after it
    ("Paulius penktadienį 10 val. turi stojimo pokalbį koledže, po pokalbio grįš į mokyklą.", kids("Paulius"),
     "2026-12-07 07:30", {"P1": ("interview", "J1", ["12-11 AM"])}),
    # uk: "з понеділка 7 по середу 9 грудня": from one day to the other; "загинув наш дядько": an uncle killed
    ("На жаль, загинув наш дядько, похорон в Україні. Івана не буде з понеділка 7 по середу 9 грудня.", kids("Ivan"),
     "2026-12-03 19:40", {"P1": ("exceptional", "C", full("12-07", "12-08", "12-09"))}),
    # uk: "Іванка": a diminutive of Ivanna
    ("Іванка має температуру, лишаю її вдома сьогодні. Микола прийде як завжди.", kids("Mykola", "Ivanna"),
     "2026-12-14 07:25", {"P2": ("illness", "I", full("12-14"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m34_european_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
