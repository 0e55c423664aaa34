"""Batches m102 and m103, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "vou buscá-la ... tem de vir comigo": collected to come along with the parent (not her own appointment)
    ("Bom dia. O Tiago está com febre e fica em casa hoje. A Beatriz vai à escola, mas vou buscá-la às 12h porque"
     " tem de vir comigo e com o irmão ao hospital.", kids("Tiago", "Beatriz"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")), "P2": ("unsatisfactory", "O", ["12-07 PM"])}),
    # pt: "vou buscar a Marta" (the article before the name is not a pronoun); "de manhã está na escola
    # normalmente": in for the morning; "amanhã já fica o dia todo": in for the whole day tomorrow
    ("Olá, hoje vou buscar a Marta às 12h15 porque tem consulta no dentista às 13h30. De manhã está na escola"
     " normalmente. Amanhã já fica o dia todo.", kids("Marta"), "2026-12-02 07:50",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # pt: "a festa na paróquia" after mass on a holy day: a church festival (religious, not a party)
    ("Boa noite, amanhã é dia santo para nós, vamos à missa e à festa na paróquia. O Gonçalo não vai à escola"
     " amanhã.", kids("Gonçalo"), "2026-12-07 19:30",
     {"P1": ("religious", "R", full("12-08"))}),
    # es: "del 9 al 11/12": the month written once, on the last day (every day between is off)
    ("Buenas tardes, nos vamos a la boda de mi hermana en Sevilla, Lucas faltará del 9 al 11/12.", kids("Lucas"),
     "2026-12-01 17:00",
     {"P1": ("family_event", "O", full("12-09", "12-10", "12-11"))}),
    # es: "ya está mejor, lo llevo ahora": better now and on the way in (not a child named "Ya")
    ("Perdón, Martín se ha dormido, anoche tuvo fiebre. Ya está mejor, lo llevo ahora, llegaremos sobre las 10.",
     kids("Martín"), "2026-12-03 09:35",
     {"P1": ("late", "U", ["12-03 AM"])}),
    # es: "análisis de sangre ... llegará más tarde": a blood test then in later (the morning only); "Si ... me
    # decís": "if" opening a sentence, not a child named "Si"
    ("Buenos días, Carla tiene análisis de sangre a las 8:45, así que llegará más tarde, sobre las 9:50. Si hace"
     " falta firmar algo me decís.", kids("Carla"), "2026-12-04 07:45",
     {"P1": ("medical", "M", ["12-04 AM"])}),
    # so: "wuu iman doonaa kadib": he comes in after the appointment (the morning only)
    ("Asc, Yusuf wuxuu leeyahay ballan dhakhtarka saacadda 9:15, wuu iman doonaa kadib.", kids("Yusuf"),
     "2026-12-02 07:45",
     {"P1": ("medical", "M", ["12-02 AM"])}),
    # so: "berri way imaan doontaa, laakiin": she is in tomorrow, but collected (not a day of return)
    ("Fiid wanaagsan, Hodan berri way imaan doontaa, laakiin saacadda 12:30 ayaan ka qaadayaa, waxay leedahay"
     " ballan dhakhtarka.", kids("Hodan"), "2026-12-03 18:40",
     {"P1": ("medical", "M", ["12-04 PM"])}),
    # so: "way imanaysaa laakiin way soo daahaysaa": she is coming but late; "X ayaan GP u geynayaa": I'm taking
    # her brother to the GP (the brother's illness is his own report)
    ("Subax wanaagsan, Abdi wuxuu qabaa qandho, maanta ma imaanayo. Amina way imanaysaa laakiin way soo daahaysaa"
     " maxaa yeelay Abdi ayaan GP u geynayaa, waxay iman doontaa qiyaastii 9:15.", kids("Abdi", "Amina"),
     "2026-12-08 07:15",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # so: "saacadda 10 ayuu iman doonaa": in at that time (after the register closes)
    ("Asc, Omar wuu daahi doonaa, saacadda 10 ayuu iman doonaa.", kids("Omar"), "2026-12-10 07:25",
     {"P1": ("late", "U", ["12-10 AM"])}),
    # so: "duulimaadku waa ...": the flight (not a name opening the sentence)
    ("Asc, waxaan u safraynaa Soomaaliya. Duulimaadku waa 14/12, Ayaan ma iman doonto 14/12 ilaa 18/12.",
     kids("Ayaan"), "2026-12-01 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # tr: "tatil bitene kadar": until the holidays are over (every open day before them)
    ("İyi akşamlar, 16 Aralık Çarşamba'dan itibaren tatil bitene kadar Almanya'ya aile ziyaretine gidiyoruz, Deniz"
     " okula gelemeyecek.", kids("Deniz"), "2026-12-08 18:30",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # tr: "sabah okula gelecek, 12'de alacağım": in for the morning, collected at noon for the funeral
    ("Günaydın, babaannemiz vefat etti, cenaze bugün öğlen. Arda bugün gelmeyecek. Zeynep sabah okula gelecek,"
     " 12'de alacağım.", kids("Arda", "Zeynep"), "2026-12-10 07:05",
     {"P1": ("exceptional", "C", full("12-10")), "P2": ("exceptional", "C", ["12-10 PM"])}),
    # tr: "sabah okulda olacak": in for the morning (collected for the afternoon appointment)
    ("Merhaba, bugün Emir'i saat 12:15'te okuldan alacağım, hastanede randevusu var. Sabah okulda olacak.",
     kids("Emir"), "2026-11-26 07:45",
     {"P1": ("medical", "M", ["11-26 PM"])}),
    # tr: "sabah erkenden yola çıkıyoruz": we set off early that day (a departure, not on our way in late)
    ("Günaydın, cuma günü Elif okula gelmeyecek, kuzenimin düğünü var, sabah erkenden yola çıkıyoruz.",
     kids("Elif"), "2026-12-08 07:30",
     {"P1": ("family_event", "O", full("12-11"))}),
    # tr: "11.12'den dönem sonuna kadar": a dotted day and month (not 11:12) to the end of term
    ("İyi akşamlar, Türkiye'ye gidiyoruz, 11.12'de uçuyoruz. Can 11.12'den dönem sonuna kadar okula gelmeyecek.",
     kids("Can"), "2026-12-04 18:30",
     {"P1": ("holiday", "G", full("12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # tr: "Noel partisi için": the school's Christmas party, a question aside (not a family event)
    ("Merhaba, Ali'nin bugün saat 9'da dişçi randevusu var, sonra okula getireceğim. Noel partisi için bir şey"
     " getirmemiz gerekiyor mu?", kids("Ali"), "2026-12-15 07:40",
     {"P1": ("medical", "M", ["12-15 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m102_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
