"""Somali and Turkish: vocabulary and phrases added for batch m14."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

THREE = [Child("P1", "Eylül"), Child("P2", "Arda"), Child("P3", "Irmak")]
TWO = [Child("P1", "Ali"), Child("P2", "Ayşe")]

CASES = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # Turkish: "salı akşamından beri" (since Tuesday evening: not a day off), "pazartesiden beri"
    ("Kerem salı akşamından beri öksürüyor ve ateşi var, bugün okula gelmeyecek.",
     [Child("P1", "Kerem")], "2026-12-03 07:10", {"P1": ("illness", "I", full("12-03"))}),
    ("Kerem pazartesiden beri hasta, cuma okula gelmeyecek.",
     [Child("P1", "Kerem")], "2026-12-03 07:10", {"P1": ("illness", "I", full("12-04"))}),
    # "yarın öğleden sonra" (tomorrow afternoon), "saat 12:45'te okuldan alacağım" (collected before the PM register)
    ("Zeynep'in yarın öğleden sonra 14:30'da hastanede göz randevusu var, saat 12:45'te okuldan alacağım.",
     [Child("P1", "Zeynep")], "2026-11-30 19:00", {"P1": ("medical", "M", ["12-01 PM"])}),
    # "X-Y Aralık arası izinli/izin rica ediyoruz" (leave from X to Y), "İzmir'e gidip anneannesini ziyaret" (visit)
    ("Aras ve Defne 14-18 Aralık arası izinli olacak, İzmir'e gidip anneannelerini ziyaret edeceğiz.",
     [Child("P1", "Aras"), Child("P2", "Defne")], "2026-12-01 19:00",
     {p: ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")) for p in ("P1", "P2")}),
    ("Aras için 7-9 Aralık arası izin rica ediyoruz, babaanne ve dedesini ziyaret edeceğiz. 10 Aralık'ta okula döner.",
     [Child("P1", "Aras")], "2026-12-01 19:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    # "astımı azdı, nefes almakta zorlanıyor"; "öğleden sonra iyileşirse getiririm" (in this afternoon if better)
    ("Mert'in astımı azdı, nefes almakta zorlanıyor, bu sabah evde kalacak, öğleden sonra iyileşirse getiririm.",
     [Child("P1", "Mert")], "2026-11-24 07:00", {"P1": ("illness", "I", ["11-24 AM"])}),
    ("Nisa'nın migreni var, bu sabah evde, öğlen iyileşirse okula getiririm.",
     [Child("P1", "Nisa")], "2026-11-24 07:00", {"P1": ("illness", "I", ["11-24 AM"])}),
    # "çarşamba dahil" (up to and including Wednesday), "kulak enfeksiyonu", "antibiyotik"
    ("Selin'in kulak enfeksiyonu var, antibiyotik başladık. Çarşamba dahil evde kalacak.",
     [Child("P1", "Selin")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("Can'ın boğaz enfeksiyonu var, salıya kadar dahil okula gelmeyecek.",
     [Child("P1", "Can")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("Selin'in idrar yolu enfeksiyonu var, bugün evde.",
     [Child("P1", "Selin")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    # "el bileğini burktu" (a sprained wrist), "pazartesi dönmesini umuyoruz" (hoping she is back on Monday)
    ("Ela dün el bileğini burktu, çok şişti. Bugün ve yarın evde kalacak, pazartesi dönmesini umuyoruz.",
     [Child("P1", "Ela")], "2026-11-25 07:10", {"P1": ("illness", "I", full("11-25", "11-26"))}),
    # "üç çocuğum da", "iki çocuğum da", "üçü de": every linked child; "hiçbiri gelmeyecek": none of them comes
    ("Günaydın, üç çocuğum da grip oldu, bugün hiçbiri okula gelmeyecek.", THREE, "2026-11-23 07:10",
     {p: ("illness", "I", full("11-23")) for p in ("P1", "P2", "P3")}),
    ("Üçü de gece boyunca kustu, bugün gelmeyecekler.", THREE, "2026-11-23 07:10",
     {p: ("illness", "I", full("11-23")) for p in ("P1", "P2", "P3")}),
    ("İki çocuğum da hasta, bugün okula gelemeyecekler.", TWO, "2026-11-23 07:10",
     {p: ("illness", "I", full("11-23")) for p in ("P1", "P2")}),
    # a parent's heart attack or stroke, in intensive care: exceptional
    ("Eşim dün gece kalp krizi geçirdi, şu an yoğun bakımda. Emre bugün ve yarın gelemeyecek.",
     [Child("P1", "Emre")], "2026-11-23 07:10", {"P1": ("exceptional", "C", full("11-23", "11-24"))}),
    ("Babam felç geçirdi, hastanedeyiz. Emre bugün okula gelemeyecek.",
     [Child("P1", "Emre")], "2026-11-23 07:10", {"P1": ("exceptional", "C", full("11-23"))}),
    # Somali: "xalay aad ayuu u soo daahay" (stayed up very late last night, not late for school),
    # "xaflad qoys / aroos ayaan ku jirnay" (we were at a family party / a wedding), "guriga ayuu ku nasanayaa"
    ("Warsame xalay aad ayuu u soo daahay, xaflad qoys ayaan ku jirnay ilaa saqdii dhexe. Aad ayuu u daallan yahay "
     "markaa maanta guriga ayuu ku nasanayaa.",
     [Child("P1", "Warsame")], "2026-11-23 07:50", {"P1": ("unsatisfactory", "O", full("11-23"))}),
    ("Hodan xalay aroos ayaan ku jirnay, aad bay u daallan tahay, maanta iskuulka ma iman doonto.",
     [Child("P1", "Hodan")], "2026-11-23 07:50", {"P1": ("unsatisfactory", "O", full("11-23"))}),
    # being late this morning is still late
    ("Warsame wuu soo daahay maanta, 9:10 ayuu iman doonaa",
     [Child("P1", "Warsame")], "2026-11-23 08:40", {"P1": ("late", "L", ["11-23 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_m14_lexicon(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # an appointment on one of two days, not known yet
    ("Ada'nın bu hafta hastanede kontrolü var, perşembe mi cuma mı henüz belli değil. O gün okula gelemeyecek.",
     [Child("P1", "Ada")], "2026-11-23 07:10", "clarify"),
    ("Ada'nın diş randevusu var, salı mı çarşamba mı daha belli olmadı, o gün gelmeyecek.",
     [Child("P1", "Ada")], "2026-11-23 07:10", "clarify"),
])
def test_m14_actions(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action
