"""Batch m76-m77, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "vai normalmente hoje, mas amanhã falta": in today, off tomorrow (the clause after "mas" stands alone)
    ("Bom dia, a Sofia vai normalmente hoje, mas amanhã falta porque é o casamento da tia.", kids("Sofia", "Rui"),
     "2026-12-01 07:30", {"P1": ("family_event", "O", full("12-02"))}),
    # pt: "mas o Rui": a second child's own clause and day
    ("A Sofia tem febre e fica em casa hoje e amanhã, mas o Rui falta só amanhã porque vai ao casamento da tia.",
     kids("Sofia", "Rui"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02")), "P2": ("family_event", "O", full("12-02"))}),
    # pt: "até ao final da semana": to the end of this week
    ("O Diogo está com varicela e não vai à escola até ao final da semana.", kids("Diogo"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03", "12-04"))}),
    # pt: "reagiu mal à vacina": unwell after a jab (an illness, not a medical appointment)
    ("Olá, a Marta reagiu mal à vacina do sarampo e hoje fica em casa.", kids("Marta"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # es: "hemos tenido que ingresar a ...", "no sabemos cuándo le darán el alta": admitted, a vague end
    ("Anoche hemos tenido que ingresar a Lucía en el hospital con una crisis de asma y aún no sabemos cuándo le "
     "darán el alta.", kids("Lucía"), "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # es: "después la llevo al colegio": in school after the appointment (the morning only)
    ("Sara tiene cita con el oculista mañana a las 9; después la llevo al colegio.", kids("Sara"),
     "2026-12-01 16:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # es: "llegará sobre las once": an hour in words, after the register closes
    ("Lo siento, nos hemos dormido. Hugo llegará sobre las once.", kids("Hugo"), "2026-12-01 08:50",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # so: ", Ayaan se ...": but Ayaan (each child's own clause and days)
    ("Ayaan iyo Nimco labaduba hargab ayay qabaan. Nimco waxay dugsiga ku soo laabanaysaa Khamiista, Ayaan se "
     "toddobaadkan oo dhan guriga ayay joogaysaa.", kids("Ayaan", "Nimco"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30", "12-01", "12-02", "12-03", "12-04")),
      "P2": ("illness", "I", full("11-30", "12-01", "12-02"))}),
    # so: "ku soo laabanayaa iskuulka Jimcaha": the school between the verb and the day of return
    ("Cali wuxuu qabaa hargab, wuxuu ku soo laabanayaa iskuulka Jimcaha.", kids("Cali"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03"))}),
    # so: "waxaan ka qaadi doonaa 12:45": collected before the afternoon register
    ("Maryan maanta way imanaysaa laakiin waxaan ka qaadi doonaa 12:45, ballan dhakhtar ayay leedahay.", kids("Maryan"),
     "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 PM"])}),
    # so: "ilig xanuun aad u daran": a very bad toothache (an illness, not the dentist)
    ("Xasan ilig xanuun aad u daran ayuu qabaa, maanta guriga ayuu joogayaa.", kids("Xasan"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # tr: "bugün okuldan hasta geldi": the day is over; the absence is the days named after
    ("İyi akşamlar, Zeynep bugün okuldan hasta geldi, yarın okula gelmeyecek.", kids("Zeynep"), "2026-12-01 18:00",
     {"P1": ("illness", "I", full("12-02"))}),
    # tr: "annesiyle sonra gelecek": joins the trip later (not an arrival at school)
    ("Almanya'ya tatile gidiyoruz. Selin 7-11 Aralık arası okula gelmeyecek. Arda annesiyle sonra gelecek, o sadece "
     "9-11 Aralık arası yok.", kids("Selin", "Arda"), "2026-12-01 19:00",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11")),
      "P2": ("holiday", "G", full("12-09", "12-10", "12-11"))}),
    # tr: "okula saat 10 civarı gelir", "10 civarı orada oluruz": in around then (after the register)
    ("Özür dilerim, Kaan uyuyakaldı, okula saat 10 civarı gelir.", kids("Kaan"), "2026-12-01 08:40",
     {"P1": ("late", "U", ["12-01 AM"])}),
    ("Günaydın, trafikteyiz. Kaan'ı getiriyorum, 9:50 civarı orada oluruz.", kids("Kaan"), "2026-12-01 08:50",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # tr: "Mert de bizimle gelecek": coming with us too (the same event), collected at noon
    ("Yarın kuzenimin düğünü var, Ece'yi bütün gün götüreceğiz. Mert de bizimle gelecek ama öğlen 12'de alacağım.",
     kids("Ece", "Mert"), "2026-12-01 17:00",
     {"P1": ("family_event", "O", full("12-02")), "P2": ("family_event", "O", ["12-02 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m76_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
