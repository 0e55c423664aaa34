"""Batch m62-m64, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pt: "o avô do Duarte caiu": a relative had a fall; "nas urgências com ele": at A&E with him (a family emergency)
    ("Bom dia, o avô do Duarte caiu ontem e partiu o pulso, estive nas urgências com ele a noite toda. Hoje o Duarte "
     "fica em casa.", kids("Duarte"), "2026-12-02 07:20", {"P1": ("exceptional", "C", full("12-02"))}),
    # pt: "tenho uma consulta no hospital": the parent's own appointment makes the child late (late, not medical)
    ("Bom dia, tenho uma consulta no hospital às 9h, por isso a Mariana vai chegar atrasada, lá para as 10h.",
     kids("Mariana"), "2026-12-03 07:45", {"P1": ("late", "U", ["12-03 AM"])}),
    # es: "hospitalizaron a Pablo": the child admitted to hospital (an illness); "estará fuera": he will be off
    ("Hola, ayer hospitalizaron a Pablo por una neumonía, estará fuera hoy y mañana.", kids("Pablo"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # es: "tengo cita en el dentista": the parent's own appointment (late, not medical)
    ("Hola, tengo cita en el dentista a las 8:45 y Nora llegará tarde, sobre las 9:10.", kids("Nora"),
     "2026-12-09 07:30", {"P1": ("late", "L", ["12-09 AM"])}),
    # es: "si se encuentra mejor mañana, lo llevo": in again tomorrow if better (today only)
    ("Buenas, Hugo tiene gastroenteritis y hoy no va. Si se encuentra mejor mañana, lo llevo.", kids("Hugo"),
     "2026-12-15 07:30", {"P1": ("illness", "I", full("12-15"))}),
    # es: "su padre está de viaje": a parent away (not the child on holiday)
    ("Hola, su padre está de viaje y Martina tiene tos y fiebre, hoy se queda en casa conmigo.", kids("Martina"),
     "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10"))}),
    # so: "isbitaalka loo geeyay": the child taken into hospital; "neefta ayaa ku kacday": an asthma attack
    ("Asc, Hibaaq shalay ayaa isbitaalka loo geeyay, neefta ayaa ku kacday. Maanta dugsiga ma imaan doonto.",
     kids("Hibaaq"), "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # so: "waxaan leeyahay ballan isbitaal": the parent's own appointment (late, not medical)
    ("Subax wanaagsan, waxaan leeyahay ballan isbitaal 8:30, Naasir wuu soo daahi doonaa, wuxuu iman doonaa "
     "qiyaastii 9:45.", kids("Naasir"), "2026-12-02 07:30", {"P1": ("late", "U", ["12-02 AM"])}),
    # so: a parent in hospital after a comma ("..., hadda waxay ku jirtaa isbitaalka"): a family emergency
    ("Asc, hooyadood ayaa shalay shil gashay, hadda waxay ku jirtaa isbitaalka. Sahra iyo Bilaal maanta ma iman "
     "doonaan.", kids("Sahra", "Bilaal"), "2026-12-07 07:30",
     {"P1": ("exceptional", "C", full("12-07")), "P2": ("exceptional", "C", full("12-07"))}),
    # so: "Deeqa waxaan keeni doonaa 9:10": I'll bring her in at that time (late)
    ("Subax wanaagsan, gaarigii ayaa xumaaday. Deeqa waxaan keeni doonaa 9:10.", kids("Deeqa"), "2026-12-03 08:30",
     {"P1": ("late", "L", ["12-03 AM"])}),
    # so: "baabuurkayaga ayaa xumaaday" (our car broke down), "basaskuna ma socdaan" (and the buses are not running)
    ("Asc, baabuurkayaga ayaa xumaaday, basaskuna ma socdaan barafka darteed. Sagal iyo Nimco maanta ma imaan karaan.",
     kids("Sagal", "Nimco"), "2026-12-14 07:30",
     {"P1": ("transport", "O", full("12-14")), "P2": ("transport", "O", full("12-14"))}),
    # tr: "dis doktoruna gidecek" (no diacritics): to the dentist, then school (M for the morning)
    ("Gunaydin, Kaan bugun saat 9'da dis doktoruna gidecek, sonra okula getirecegim.", kids("Kaan"),
     "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 AM"])}),
    # tr: "aşısı var" (her vaccination), "öğleden sonra okulda olur" (in for the afternoon)
    ("Merhaba, Ela'nın bugün saat 10'da aşısı var, öğleden sonra okulda olur.", kids("Ela"), "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 AM"])}),
    # tr: "yola çıkıyoruz" (we're setting off), "11 gibi orada oluruz" (a bare hour of arrival)
    ("Günaydın, Efe uyuyakaldı, şimdi yola çıkıyoruz, 11 gibi orada oluruz.", kids("Efe"), "2026-12-08 08:30",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # tr: "Cuma okuldalar": back on Friday (not a further day off)
    ("İyi akşamlar, Can ve Duru yarından itibaren perşembe dahil gelemeyecek, düğün için Hollanda'ya gidiyoruz. Cuma "
     "okuldalar.", kids("Can", "Duru"), "2026-12-07 19:00",
     {"P1": ("family_event", "O", full("12-08", "12-09", "12-10")),
      "P2": ("family_event", "O", full("12-08", "12-09", "12-10"))}),
    # tr: "14 Aralık pazartesiden 16 Aralık çarşambaya kadar (çarşamba dahil)": from one date to another, inclusive
    ("Merhaba, Selin 14 Aralık pazartesiden 16 Aralık çarşambaya kadar (çarşamba dahil) okula gelmeyecek, tatile "
     "gidiyoruz.", kids("Selin"), "2026-12-09 07:30", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # so: "gurigayaga ayaa biyo galeen": water got into our house (a flood, a family emergency)
    ("Asc, gurigayaga ayaa biyo galeen, maanta Cawo iyo Hodan dugsiga ma imaan karaan.", kids("Cawo", "Hodan"),
     "2026-12-10 07:20", {"P1": ("exceptional", "C", full("12-10")), "P2": ("exceptional", "C", full("12-10"))}),
    # tr: "doktor randevum var": the parent's own appointment (late, not medical)
    ("Merhaba, benim doktor randevum var, Elif'i biraz geç getireceğim, 9:10 gibi okulda oluruz.", kids("Elif"),
     "2026-12-04 07:40", {"P1": ("late", "L", ["12-04 AM"])}),
]

FORWARDED = [
    # tr: "okula normal gelmeye devam ediyor": he keeps coming to school as normal (a note for the teacher)
    ("İyi akşamlar hocam, Deniz'in dedesi hastanede, Deniz biraz dalgın olabilir. Okula normal gelmeye devam ediyor, "
     "bilginize.", kids("Deniz"), "2026-12-08 17:30"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m62_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m62_ibso_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
