"""Batches m34 and m35, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "Kika" (Francisca); "desde quinta-feira": ill since Thursday (when it began, not a day of absence)
    ("Boa noite, a Kika está com febre desde quinta-feira, o médico disse para ficar em casa de segunda a quarta.",
     kids("Francisca"), "2026-12-06 19:00", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # pt: "dez menos vinte": twenty to ten (09:40, after the register closes)
    ("Bom dia, o Duarte vai chegar atrasado, o carro avariou. Deve chegar por volta das dez menos vinte.",
     kids("Duarte"), "2026-11-23 08:40", {"P1": ("late", "U", ["11-23 AM"])}),
    # pt: "depois da consulta levo-a para a escola": in school after the appointment (the morning only)
    ("A Inês tem consulta no oftalmologista amanhã às 9h, depois da consulta levo-a para a escola.",
     kids("Inês"), "2026-11-29 20:00", {"P1": ("medical", "M", ["11-30 AM"])}),
    # pt: "quarta já vai": in again on Wednesday (the day of return)
    ("Bom dia, hoje o Martim fica em casa porque não tem o uniforme lavado. Quarta já vai.", kids("Martim"),
     "2026-12-07 07:30", {"P1": ("unsatisfactory", "O", full("12-07", "12-08"))}),
    # pt: "vírus intestinal": a stomach bug; "estão de cama": in bed; "antes das férias": before the school holidays
    # (a date, not the family's holiday)
    ("Os dois apanharam um vírus intestinal, estão de cama. Não vão hoje, que é o último dia antes das férias.",
     kids("Rafael", "Gabriela"), "2026-12-18 07:00",
     {"P1": ("illness", "I", full("12-18")), "P2": ("illness", "I", full("12-18"))}),
    # es: "ambos inclusive": both ends included
    ("Hola, Mateo faltará desde el lunes 14/12 hasta el miércoles 16/12, ambos inclusive, nos vamos a México.",
     kids("Mateo"), "2026-12-02 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # es: "por Navidad": for Christmas (a season, not a child's name)
    ("Hola, nos vamos a Perú por Navidad y Sofía faltará desde el miércoles 16 de diciembre. Volverá el 5 de enero.",
     kids("Sofía"), "2026-12-02 20:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # es: "las diez menos cinco": five to ten (09:55, after the register closes)
    ("Buenos días, Pablo llegará tarde, tenemos que esperar al técnico. Llegamos a las diez menos cinco.",
     kids("Pablo"), "2026-11-23 08:30", {"P1": ("late", "U", ["11-23 AM"])}),
    # es: "se irá del colegio a las 12": collected before the afternoon (the afternoon only)
    ("El jueves Lucas se irá del colegio a las 12, tiene cita en el dentista.", kids("Lucas"),
     "2026-11-30 17:00", {"P1": ("medical", "M", ["12-03 PM"])}),
    # so: "berri way imanaysaa insha Allah": she comes in tomorrow (the day of return)
    ("Maanta Hodan guriga ayay joogtaa, waxay ilaalinaysaa walaalkeed yar oo xanuunsan. Berri way imanaysaa "
     "insha Allah.", kids("Hodan"), "2026-12-07 08:00", {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # so: "galabta ayay ... ku bilaabatay": it began this afternoon (sent in the evening: the next school day)
    ("Fiid wanaagsan, Sagal galabta ayay qandho ku bilaabatay, dugsiga ma imanayso.", kids("Sagal"),
     "2026-12-15 18:30", {"P1": ("illness", "I", full("12-16"))}),
    # so: "ballan ayaan leeyahay": the parent has an appointment; "walaalihiis yaryar": his little siblings
    ("Zakariye maanta guriga ayuu joogayaa, wuxuu ilaalinayaa walaalihiis yaryar sababtoo ah ballan ayaan leeyahay.",
     kids("Zakariye"), "2026-12-14 07:50", {"P1": ("unsatisfactory", "O", full("12-14"))}),
    # tr: "okula götüremiyorum": I can't take him in; "onunla evde kalmam gerekiyor": I have to stay home with her;
    # "bırakacak kimse yok": no one to take him; "çünkü": because
    ("Günaydın, Ela'nın ateşi var. Emir'i de okula götüremiyorum çünkü onunla evde kalmam gerekiyor ve bırakacak "
     "kimse yok. İkisi de bugün gelmeyecek.", kids("Emir", "Ela"), "2026-12-14 08:00",
     {"P1": ("unsatisfactory", "O", full("12-14")), "P2": ("illness", "I", full("12-14"))}),
    # tr: "bilginize sunarım" (for your information), "herhangi bir şey olursa beni arayabilirsiniz" (call me if
    # anything comes up), "iyi çalışmalar" (a sign-off): no cause is given
    ("Merhaba, Mert bugün okulda olmayacak, bilginize sunarım. Herhangi bir şey olursa beni arayabilirsiniz. "
     "İyi çalışmalar.", kids("Mert"), "2026-12-16 07:50", {"P1": ("unknown", "N", full("12-16"))}),
    # tr: "ona yirmi kala": twenty to ten (09:40); "ancak orada oluruz": we'll only be there then
    ("Merhaba hocam, servis gelmedi, Elif'i ben getiriyorum ama ona yirmi kala ancak orada oluruz.", kids("Elif"),
     "2026-12-10 08:45", {"P1": ("late", "U", ["12-10 AM"])}),
    # tr: "annem acil ameliyata alındı": a parent taken into emergency surgery (a family emergency);
    # "hastanedeyiz": we are at the hospital
    ("İyi akşamlar, annem bu akşam acil ameliyata alındı, hastanedeyiz. Kerem yarın okula gelemeyecek.",
     kids("Kerem"), "2026-12-15 21:00", {"P1": ("exceptional", "C", full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m34_pt_es_so_tr_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
