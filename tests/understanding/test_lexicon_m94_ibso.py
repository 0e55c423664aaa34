"""Batch m94, Portuguese, Spanish and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # tr: "elifin bugün": a name's genitive typed without the apostrophe ("Elif'in"); "kulak burun boğaz": ENT
    ("İyi günler, elifin bugün hastanede kulak burun boğaz randevusu var, bütün gün sürecek.", kids("Elif", "Ali"),
     "2026-12-02 07:20",
     {"P1": ("medical", "M", full("12-02"))}),
    # tr: "geliyor ama 9:45'te": in, but only at that time (after the close: U); "önce Arda'yı doktora götürmem
    # lazım": the ill sibling is the one taken to the doctor
    ("Günaydın, Arda ateşlendi, bugün evde kalıyor. Defne geliyor ama 9:45'te, önce Arda'yı doktora götürmem lazım.",
     kids("Defne", "Arda"), "2026-12-02 07:20",
     {"P1": ("late", "U", ["12-02 AM"]), "P2": ("illness", "I", full("12-02"))}),
    # tr: "bizimle gelmek zorunda, evde ona bakacak kimse yok": a sibling taken along for want of a minder (O)
    ("İyi akşamlar, Selin'in yarın Manchester'da bir okulda mülakatı var, bütün gün orada olacağız. Emir de bizimle "
     "gelmek zorunda, evde ona bakacak kimse yok.", kids("Selin", "Emir"), "2026-12-02 20:30",
     {"P1": ("interview", "J1", full("12-03")), "P2": ("unsatisfactory", "O", full("12-03"))}),
    # tr: "arabamız yolda kaldı": our car broke down on the way (transport)
    ("Günaydın, arabamız yolda kaldı, Yusuf ve Zehra bugün gelemeyecek.", kids("Yusuf", "Zehra"), "2026-12-02 07:40",
     {"P1": ("transport", "O", full("12-02")), "P2": ("transport", "O", full("12-02"))}),
    # tr: "çekici bekliyoruz" (waiting for the recovery truck), "otobüs de yok" (no bus either)
    ("Günaydın, Yusuf bugün gelemeyecek, çekici bekliyoruz, otobüs de yok.", kids("Yusuf"), "2026-12-02 07:40",
     {"P1": ("transport", "O", full("12-02"))}),
    # tr: "diş çekimi": a tooth extraction, in school after it (the morning only)
    ("Günaydın, Elif'in bugün saat 10'da diş çekimi var, sonra okula getiririm.", kids("Elif", "Ali"),
     "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 AM"])}),
    # tr: "göz muayenesi": an eye test on a later weekday morning
    ("Günaydın, Ali'nin perşembe sabah 9'da göz muayenesi var, sonra okula gelir.", kids("Elif", "Ali"),
     "2026-12-02 07:30",
     {"P2": ("medical", "M", ["12-03 AM"])}),
    # es: "hoy llevo a Lucía un poco tarde": brought in a bit late (before the close: L)
    ("Hola, hoy llevo a Lucía un poco tarde, hacia las 9:05.", kids("Lucia", "Pablo"), "2026-12-09 08:20",
     {"P1": ("late", "L", ["12-09 AM"])}),
    # es: "lo lleva su madre más tarde": in later with his mum (a late arrival after the close, not a day off)
    ("Buenas, Pablo se quedó dormido y lo lleva su madre más tarde, sobre las 10:30.", kids("Lucia", "Pablo"),
     "2026-12-09 08:20",
     {"P2": ("late", "U", ["12-09 AM"])}),
    # es: "murió ... y viajamos": travelling to a bereavement (not a holiday); "regresamos el 5 de enero y vuelven
    # al colegio el 6": the bare day of return takes the month named before it
    ("Buenos días. Murió la abuela en Madrid y viajamos hoy a la noche. Lucía y Pablo faltan desde mañana, "
     "regresamos el 5 de enero y vuelven al colegio el 6.", kids("Lucia", "Pablo"), "2026-12-16 07:00",
     {"P1": ("exceptional", "C", full("12-17", "12-18", "01-05")),
      "P2": ("exceptional", "C", full("12-17", "12-18", "01-05"))}),
    # pt: "o Tiago tem um teste e vai.": a bare "vai" ending the clause, the sibling goes in
    ("Boa noite, amanhã a Inês vai ao funeral do avô e não vai à escola. O Tiago tem um teste e vai.",
     kids("Ines", "Tiago"), "2026-12-03 19:00",
     {"P1": ("exceptional", "C", full("12-04"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m94_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
