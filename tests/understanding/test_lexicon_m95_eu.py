"""Batches m95 and m96, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "zostaje z nami dłużej i będzie dopiero 16 grudnia": staying on, back only on that date (off until then)
    ("Dzień dobry, w środę lecimy do Polski na pogrzeb dziadka. Kacper zostaje z nami dłużej i będzie dopiero "
     "16 grudnia.", kids("Kacper"), "2026-12-07 18:00",
     {"P1": ("exceptional", "C", full("12-09", "12-10", "12-11", "12-14", "12-15"))}),
    # pl: "już jedziemy, będziemy za 20 min": on the way, in after the register closes
    ("Przepraszam, Zuzia zaspała, już jedziemy, będziemy za jakieś 20 min", kids("Zuzanna"), "2026-12-08 09:25",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # pl: "jutro ma okulistę ... już jej nie przywiozę": the optician tomorrow, not brought in after (in today)
    ("Dzień dobry, Kuba ma grypę i zostaje w domu. Ola dzisiaj idzie normalnie, ale jutro ma okulistę o 10 i już jej "
     "nie przywiozę.", kids("Jakub", "Ola"), "2026-12-08 07:45",
     {"P1": ("illness", "I", full("12-08")), "P2": ("medical", "M", full("12-09"))}),
    # pl: "ma logopedę o 8.30": speech therapy makes her late (medical for the morning)
    ("Dzień dobry, Maja ma rano logopedę o 8.30, będzie w szkole ok 9.45.", kids("Maja"), "2026-12-03 07:20",
     {"P1": ("medical", "M", ["12-03 AM"])}),
    # pl: "Jutro normalnie": in as usual tomorrow (only the afternoon of the pick-up is off)
    ("Odbiorę Tosię dzisiaj o 12:30, ma dentystę o 13:15. Jutro normalnie.", kids("Antonina"), "2026-12-09 08:10",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # pl: "dzieciaki zostają w domu": the kids, every linked child
    ("Samochód nie odpala, a autobusy nie jeżdżą przez strajk. Dzieciaki zostają dziś w domu.",
     kids("Bartek", "Lena"), "2026-12-10 07:00",
     {"P1": ("transport", "O", full("12-10")), "P2": ("transport", "O", full("12-10"))}),
    # ro: "de Sfântul Nicolae" and "hramul bisericii": a saint's feast day (the saint is not the child Nicolae)
    ("Bună seara, mâine e Sfântul Nicolae, hramul bisericii noastre, mergem toți la slujbă. Nicolae și Ana nu vin "
     "mâine la școală.", kids("Nicolae", "Ana"), "2026-12-07 18:30",
     {"P1": ("religious", "R", full("12-08")), "P2": ("religious", "R", full("12-08"))}),
    # ro: "îl iau pe Luca acum de la școală": collected at the time of the message, before the afternoon register
    ("Bună, îl iau pe Luca acum de la școală, avem botezul nepoatei mele. Mulțumesc", kids("Luca"), "2026-12-10 12:50",
     {"P1": ("family_event", "O", ["12-10 PM"])}),
    # ro: "am ajuns târziu ... intră acum": late, going in now after the register closed
    ("Bună, am ajuns târziu, autobuzul 25 n-a mai venit deloc. Radu intră acum.", kids("Radu"), "2026-12-04 09:40",
     {"P1": ("late", "U", ["12-04 AM"])}),
    # ro: "cea mică e bolnavă": the little one at home is ill, the pupil kept home (not ill herself)
    ("Bună dimineața, cea mică e bolnavă și sunt singură, nu am cu cine s-o las, nu pot s-o duc pe Sara azi.",
     kids("Sara"), "2026-12-08 07:10",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ro: "e răcit rău, probabil și mâine": a bad cold, hedged span counts
    ("Matei rămâne acasă, e răcit rău, probabil și mâine.", kids("Matei"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # ro: "la control la ortoped ... o aduc după": an orthopaedic check-up with a return (the morning only)
    ("Bună, marți o duc pe Daria la control la ortoped la 9, o aduc după.", kids("Daria"), "2026-12-03 18:00",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # ro: "mașina e la service" and "cu autobuzul nu avem legătură"; "vin amândoi normal" the day after
    ("Mâine Ionuț și Bianca nu pot veni, mașina e la service și cu autobuzul nu avem legătură. Vineri vin amândoi "
     "normal.", kids("Ionut", "Bianca"), "2026-12-09 17:30",
     {"P1": ("transport", "O", full("12-10")), "P2": ("transport", "O", full("12-10"))}),
    # lt: "grįšim po švenčių": off every open day left before Christmas
    ("Laba diena, Emilija nuo trečiadienio neateis, išvykstam į Kauną, grįšim po švenčių.", kids("Emilija"),
     "2026-12-14 18:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # lt: no diacritics, "pavelavo ... dabar vezu": late, being brought in now
    ("Atsiprasau, Jonas pavelavo, autobusas neatvaziavo, dabar vezu", kids("Jonas"), "2026-12-07 09:35",
     {"P1": ("late", "U", ["12-07 AM"])}),
    # uk: "доброго ранку": a greeting, not a pet name of a child (both children share the cause)
    ("Доброго ранку, у нас вдома прорвало трубу і затопило квартиру. Вероніка і Денис сьогодні не прийдуть.",
     kids("Veronika", "Denys"), "2026-12-08 07:15",
     {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", full("12-08"))}),
    # uk (Latin letters): "zaraz bude": in shortly, after the register closed
    ("Dobryi den, Ivan zaraz bude, prospav, vybachte", kids("Ivan"), "2026-12-09 09:30",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # uk: "ми зараз у GP здаємо кров": late for a blood test at the GP (medical for the morning)
    ("Доброго ранку, Богдан буде о 9:40, ми зараз у GP здаємо кров.", kids("Bohdan"), "2026-12-02 08:20",
     {"P1": ("medical", "M", ["12-02 AM"])}),
    # uk: "в лікарні видаляють мигдалики": an operation in hospital (illness)
    ("Добрий день, Марії не буде завтра і в п'ятницю, їй в лікарні видаляють мигдалики.", kids("Mariia"),
     "2026-12-09 16:30",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # uk: "треба посидіти з молодшою сестрою, бо я на зміні": kept home to mind a sister
    ("Добрий вечір, завтра Артем залишиться вдома, треба посидіти з молодшою сестрою, бо я на зміні.",
     kids("Artem"), "2026-12-09 17:00",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m95_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
