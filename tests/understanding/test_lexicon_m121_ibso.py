"""Batches m121 and m122, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # tr: "Nisan 9:45 gibi okulda olacak": a child named for a month before a clock time (a name and an arrival, not
    # the 9th of April)
    ("Günaydın, otobüsü kaçırdık, Nisan 9:45 gibi okulda olacak.", kids("Nisan"), "2026-12-09 08:30",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # tr: "Ekin ve Eylül 9.50'de okulda olurlar": the same with a dotted time, two children
    ("Merhaba, arabamız çalışmadı, Ekin ve Eylül 9.50'de okulda olurlar.", kids("Ekin", "Eylül"), "2026-12-14 08:35",
     {"P1": ("late", "U", ["12-14 AM"]), "P2": ("late", "U", ["12-14 AM"])}),
    # es: "Abril 9:40 llegará tarde": a child named for a month before a clock time
    ("Hola, perdimos el autobús, Abril 9:40 llegará tarde.", kids("Abril"), "2026-12-10 08:30",
     {"P1": ("late", "U", ["12-10 AM"])}),
    # pt: "a Abril 9:45 chega atrasada": a child named for a month before a clock time
    ("Bom dia, perdemos o autocarro, a Abril 9:45 chega atrasada.", kids("Abril"), "2026-12-16 08:30",
     {"P1": ("late", "U", ["12-16 AM"])}),
    # tr: "pazartesi bademcik ameliyatı olacak", "önümüzdeki hafta boyunca evde": a tonsil operation (illness), every
    # day of next week
    ("Merhaba, Kerem pazartesi bademcik ameliyatı olacak, doktor önümüzdeki hafta boyunca evde kalmasını söyledi.",
     kids("Kerem"), "2026-12-10 18:00",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # tr: "Ayşe'nin bademcik ameliyatı var", a range of dates with a return day (illness, not an appointment)
    ("Merhaba, Ayşe'nin bademcik ameliyatı var, 8 Aralık'tan 10 Aralık'a kadar okula gelemeyecek, 11 Aralık Cuma "
     "dönecek.", kids("Ayşe"), "2026-12-02 18:00", {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # tr: "bademcikleri yarın alınacak": the tonsils out tomorrow
    ("Merhaba, Deniz'in bademcikleri yarın alınacak, iki gün okula gelmeyecek.", kids("Deniz"), "2026-12-08 10:00",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # es: "la van a operar de las anginas", "tiene que quedarse en casa la semana que viene entera": illness, all of
    # next week after the operation's Monday
    ("Hola, a Lucía la van a operar de las anginas el lunes y tiene que quedarse en casa la semana que viene entera.",
     kids("Lucía"), "2026-12-10 18:00", {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # es: "toda la próxima semana" after a weekday
    ("Hola, a Mateo lo operan de las amígdalas el lunes, no irá al colegio toda la próxima semana.", kids("Mateo"),
     "2026-12-03 17:30", {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # es: "tiene operación de amígdalas": an operation for an illness
    ("Hola, Valeria tiene operación de amígdalas el martes, no irá al colegio el martes ni el miércoles.",
     kids("Valeria"), "2026-12-03 18:00", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # es: "lo vacunaron ayer y hoy tiene fiebre": the fever after a vaccination (illness, not a medical visit)
    ("Hola, a Lucas lo vacunaron ayer y hoy tiene fiebre, no irá al colegio.", kids("Lucas"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08"))}),
    # es: "ayer le pusieron la vacuna de la gripe a Sara": the same, the child named after the vaccine
    ("Buenos días, ayer le pusieron la vacuna de la gripe a Sara y tiene fiebre, hoy se queda en casa.", kids("Sara"),
     "2026-12-15 07:30", {"P1": ("illness", "I", full("12-15"))}),
    # pt: "tomou a vacina ontem e hoje tem febre": the fever after a vaccination
    ("Bom dia, o Tiago tomou a vacina ontem e hoje tem febre, não vai à escola.", kids("Tiago"), "2026-12-09 07:20",
     {"P1": ("illness", "I", full("12-09"))}),
    # tr: "dün aşı oldu, bugün ateşi var": the fever after a vaccination
    ("Günaydın, Ali dün aşı oldu, bugün ateşi var, okula gelmeyecek.", kids("Ali"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10"))}),
    # so: "shalay ayaa la tallaalay, maanta qandho": vaccinated yesterday, a fever today
    ("Subax wanaagsan, Cali shalay ayaa la tallaalay, maanta qandho ayuu qabaa, iskuulka ma imanayo.", kids("Cali"),
     "2026-12-16 07:20", {"P1": ("illness", "I", full("12-16"))}),
    # so: "Isniinta ..., toddobaadka soo socda oo dhan": every day of next week after a weekday (not only the Monday)
    ("Subax wanaagsan, Hodan waxay qabtaa hargab, Isniinta ma imanayso, guriga ayay joogi doontaa toddobaadka soo "
     "socda oo dhan.", kids("Hodan"), "2026-12-10 18:00",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # tr: "bu sabah okula gitti ama 11:30'da okuldan alıp eve götüreceğim": in this morning, collected before the
    # afternoon
    ("Merhaba, Elif'in başı ağrıyor, bu sabah okula gitti ama 11:30'da okuldan alıp eve götüreceğim.", kids("Elif"),
     "2026-12-09 09:50", {"P1": ("illness", "I", ["12-09 PM"])}),
    # tr: "öğlen alıp eve götüreceğim": collected at lunchtime
    ("Merhaba, Emir'in midesi bulanıyor, öğlen alıp eve götüreceğim.", kids("Emir"), "2026-12-11 10:15",
     {"P1": ("illness", "I", ["12-11 PM"])}),
]

NOT_RECORDED = [
    # tr: "Eylül 14:00'te": a child named for a month in a question (no date, no absence)
    ("Merhaba, Eylül 14:00'te veli toplantısına katılabilir miyiz?", kids("Eylül"), "2026-12-08 17:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m121_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m121_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
