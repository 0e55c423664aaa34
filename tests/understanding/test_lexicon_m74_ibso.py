"""Batch m74-m75, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "ela volta à escola para a tarde": back in school for the afternoon (out for the morning only)
    ("Bom dia, a Leonor tem consulta no dentista hoje às 10h. Depois ela volta à escola para a tarde.",
     kids("Leonor"), "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # pt: "vai à escola hoje e amanhã ... falta só na sexta": in on both days, absent only on Friday
    ("O bisavô faleceu. O Tomás fica em casa até sexta. A Rita vai à escola hoje e amanhã e falta só na sexta.",
     kids("Tomás", "Rita"), "2026-12-02 07:30",
     {"P1": ("exceptional", "C", full("12-02", "12-03")), "P2": ("exceptional", "C", full("12-04"))}),
    # es: "le ha empezado la fiebre esta tarde": the fever began this evening; no day: the next open day
    ("Hola, a Daniel le ha empezado la fiebre esta tarde. No creo que pueda ir al colegio.", kids("Daniel"),
     "2026-12-03 18:00", {"P1": ("illness", "I", full("12-04"))}),
    # es: "pinchado una rueda", "llegará unos minutos tarde": a flat tyre, a few minutes late
    ("Se nos ha pinchado la rueda, Álvaro llegará unos minutos tarde.", kids("Álvaro"), "2026-12-02 08:40",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # es: "pero" (but), "está bien e irá": the second child is fine, in that day, off the next
    ("Buenas noches. Lucas tiene fiebre y no irá ni el lunes ni el martes. Paula está bien e irá el lunes, "
     "pero el martes no irá porque tiene el examen de acceso al conservatorio.", kids("Lucas", "Paula"),
     "2026-12-06 20:00",
     {"P1": ("illness", "I", full("12-07", "12-08")), "P2": ("interview", "J1", full("12-08"))}),
    # es: "ya os diré": an update later, not a day of absence
    ("Buenos días, Irene tiene gripe y hoy no va. Mañana ya os diré.", kids("Irene"), "2026-12-02 07:40",
     {"P1": ("illness", "I", full("12-02"))}),
    # es: "a Marta la llevo yo ... tengo que llevar a Pedro al médico": the sibling's doctor, not Marta's
    ("Pedro se queda en casa hoy con conjuntivitis. A Marta la llevo yo, pero llegará tarde, hacia las 9:45, "
     "porque primero tengo que llevar a Pedro al médico.", kids("Pedro", "Marta"), "2026-12-02 07:45",
     {"P1": ("illness", "I", full("12-02")), "P2": ("late", "U", ["12-02 AM"])}),
    # so: "laakiin" (but), "maanta oo kaliya" (only today)
    ("Cabdi iyo Hodan way xanuunsan yihiin. Hodan maanta oo kaliya ayay guriga joogi doontaa, laakiin Cabdi wuxuu "
     "dugsiga ku soo laaban doonaa Jimcaha.", kids("Cabdi", "Hodan"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02", "12-03")), "P2": ("illness", "I", full("12-01"))}),
    # so: "u socdaalaynaa ... si aan u booqanno qoyska": travelling to visit family (a holiday)
    ("Waxaan u socdaalaynaa Kenya si aan u booqanno qoyska. Faysal dugsiga ma imaan doono laga bilaabo 7 ilaa 11 "
     "Diseembar.", kids("Faysal"), "2026-12-02 16:30",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # tr: "sadece" (only), "Elif ise": whereas Elif (each child's own clause)
    ("Günaydın, Kerem ve Elif hasta. Kerem sadece bugün evde kalacak, Elif ise cuma günü okula döner.",
     kids("Kerem", "Elif"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("illness", "I", full("12-01", "12-02", "12-03"))}),
    # tr: "özür dilerim", "uyuyakaldı", "yola çıkıyoruz": Turkish, overslept and on the way (after the register)
    ("Özür dilerim, Emir uyuyakaldı, şimdi yola çıkıyoruz.", kids("Emir"), "2026-12-03 09:35",
     {"P1": ("late", "U", ["12-03 AM"])}),
    # tr: "7 Aralık Pazartesi'den 11 Aralık Cuma'ya kadar (dahil)": the suffixes after an apostrophe
    ("Zehra 7 Aralık Pazartesi'den 11 Aralık Cuma'ya kadar (dahil) tatil için okula gelemeyecek.", kids("Zehra"),
     "2026-12-03 16:40", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # tr: "ama" (but), "düğüne bizimle gelecek": comes with us to the wedding (off that day only)
    ("Yarın kuzenimin düğünü var. Ali yarın okula gelmeyecek. Ayşe bugün okula gelecek ama yarın düğüne bizimle "
     "gelecek.", kids("Ali", "Ayşe"), "2026-12-02 07:30",
     {"P1": ("family_event", "O", full("12-03")), "P2": ("family_event", "O", full("12-03"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m74_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
