"""Batch m67-m69, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pt: "tudo bem?" (a greeting, not a question); "só volta às aulas em janeiro": back after the Christmas break
    ("Olá, tudo bem? Vamos viajar para Portugal na quarta-feira e o Tomás só volta às aulas em janeiro.",
     kids("Tomás"), "2026-12-14 18:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # pt: "foi operada às amígdalas": an operation for an illness; "recomendou repouso até ... inclusive"
    ("Bom dia. A Beatriz foi operada às amígdalas na sexta e o médico recomendou repouso até quarta-feira, "
     "inclusive.", kids("Beatriz"), "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # pt: "já vai a caminho": on the way in (late, after the register closed)
    ("Desculpe, perdemos o autocarro, mas o Gonçalo já vai a caminho da escola.", kids("Gonçalo"),
     "2026-12-09 09:40", {"P1": ("late", "U", ["12-09 AM"])}),
    # pt: "entra na escola a seguir": in school after the appointment (the morning only)
    ("Bom dia, o Rui tem consulta no dentista às 8h30 e entra na escola logo a seguir.", kids("Rui"),
     "2026-12-10 07:30", {"P1": ("medical", "M", ["12-10 AM"])}),
    # pt: "vomitou muitas vezes" (an event, not the day of absence); Sunday evening, no day: the next open day
    ("Boa noite, a Inês vomitou muitas vezes, não vai estar em condições de ir à escola.", kids("Inês"),
     "2026-12-13 20:00", {"P1": ("illness", "I", full("12-14"))}),
    # es: "tenemos que recoger a Lucía a las 12": collected before the afternoon register (PM only)
    ("Tenemos que recoger a Lucía a las 12, su madre ha tenido un accidente y está en urgencias.", kids("Lucía"),
     "2026-12-03 10:30", {"P1": ("exceptional", "C", ["12-03 PM"])}),
    # es: "nos llamaron del hospital", "el abuelo está grave": a relative critically ill (a family emergency)
    ("Buenos días, nos llamaron del hospital, el abuelo de Pablo está grave y tenemos que salir ya. Pablo no irá "
     "hoy.", kids("Pablo"), "2026-12-08 07:10", {"P1": ("exceptional", "C", full("12-08"))}),
    # es: "volamos el jueves por la tarde", "saldrá a las 12:30 el jueves": leaves at lunchtime Thursday, off Friday
    ("El viernes es el cumpleaños de su abuela en Valencia y volamos el jueves por la tarde, así que Sara saldrá a "
     "las 12:30 el jueves y el viernes no irá.", kids("Sara"), "2026-12-07 19:00",
     {"P1": ("family_event", "O", ["12-10 PM", "12-11 AM", "12-11 PM"])}),
    # es: "se quemó nuestro piso": a house fire
    ("Buenos días, anoche se quemó nuestro piso y estamos en casa de mi hermana. Hoy Leo no irá.", kids("Leo"),
     "2026-12-09 07:00", {"P1": ("exceptional", "C", full("12-09"))}),
    # so: "waxaan dhakhtarka ballan ku leeyahay aniga": the parent's own appointment (late, not medical)
    ("Subax wanaagsan, saaka waxaan dhakhtarka ballan ku leeyahay aniga, Khadar wuxuu dugsiga iman doonaa "
     "qiyaastii 10:00.", kids("Khadar"), "2026-12-01 07:40", {"P1": ("late", "U", ["12-01 AM"])}),
    # so: "kadib dugsiga dib ugu celin doonaa": back to school afterwards (the morning only)
    ("Maanta Hodan waxay ballan ku leedahay dhakhtarka ilkaha saacadda 10, kadib dugsiga dib ugu celin doonaa.",
     kids("Hodan"), "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # tr: "kendi hastane randevum var": the parent's own appointment; "ancak 9:10'da getirebilirim": arrival time
    ("Günaydın, kendi hastane randevum var, Zeynep'i okula ancak 9:10'da getirebilirim.", kids("Zeynep"),
     "2026-12-01 07:40", {"P1": ("late", "L", ["12-01 AM"])}),
    # tr: "karlı hava nedeniyle servis çalışmayacak", "arabamız da yok": transport, the whole day
    ("Günaydın, karlı hava nedeniyle servis çalışmayacak, arabamız da yok. Kerem bugün okula gelemeyecek.",
     kids("Kerem"), "2026-12-02 07:30", {"P1": ("transport", "O", full("12-02"))}),
    # tr: a second, bare "öğleden sonra" is the afternoon already named (tomorrow's), not this afternoon
    ("İyi akşamlar, Deniz'in yarın öğleden sonra diş doktoru randevusu var, öğleden sonra okulda olmayacak.",
     kids("Deniz"), "2026-12-08 17:30", {"P1": ("medical", "M", ["12-09 PM"])}),
    # tr: "şu anda yolda": on the way in now (late)
    ("Kusura bakmayın, servisi kaçırdık, Arda şu anda yolda.", kids("Arda"), "2026-12-10 09:35",
     {"P1": ("late", "U", ["12-10 AM"])}),
    # tr: "biraz geç getireceğim": I'll bring her in a bit late (before the register closes)
    ("Günaydın, uyuyakaldık, Elif'i biraz geç getireceğim.", kids("Elif"), "2026-12-03 08:30",
     {"P1": ("late", "L", ["12-03 AM"])}),
    # tr: "dinlenmek istiyor", "bugünlük izin verdik": a day off to rest (unsatisfactory)
    ("Merhaba, Ece bugün okula gelmeyecek; dinlenmek istiyor, biz de bugünlük izin verdik.", kids("Ece"),
     "2026-12-04 08:00", {"P1": ("unsatisfactory", "O", full("12-04"))}),
    # tr: "haftanın geri kalanı": the rest of the week
    ("Günaydın, Mert ve Ada grip oldular, haftanın geri kalanı evde kalacaklar.", kids("Mert", "Ada"),
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16", "12-17", "12-18")),
                          "P2": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # tr: "randevudan sonra okula getireceğim": in school after the appointment (the morning only)
    ("Günaydın, Emre'nin bu sabah saat 9'da doktor randevusu var, randevudan sonra okula getireceğim.", kids("Emre"),
     "2026-12-07 07:30", {"P1": ("medical", "M", ["12-07 AM"])}),
    # tr: "bugünden 10 Aralık'a kadar ..., 11 Aralık'ta dönecek": from today to the date, back the day after it
    ("Günaydın, Berk su çiçeği oldu, bugünden 10 Aralık'a kadar okula gelmeyecek, 11 Aralık'ta dönecek.",
     kids("Berk"), "2026-12-08 07:15", {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
]

CLARIFIED = [
    # pt: "um dia destes", "depois aviso qual": a day not yet set
    ("Bom dia, o Pedro vai faltar um dia desses para ir ao dentista, depois aviso qual.", kids("Pedro", "Ana"),
     "2026-12-10 08:00"),
    # so: "maalintaas": that day (none named)
    ("Warsame wuxuu ballan ku leeyahay dhakhtarka, maalintaas dugsiga ma iman doono.", kids("Warsame"),
     "2026-12-08 07:40"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m67_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFIED)
def test_m67_ibso_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "clarify", result.explanation
