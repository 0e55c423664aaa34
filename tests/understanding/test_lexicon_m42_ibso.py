"""Batch m42/m43 (fresh labels), Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "levo ela pra escola depois": a pronoun between the verb and "depois" (in after the appointment)
    ("Boa noite, a Bia tem dentista amanhã às 9h, levo ela pra escola depois.", kids("Beatriz"),
     "2026-12-01 20:00", {"P1": ("medical", "M", ["12-02 AM"])}),
    # pt: "o Rodrigo não tem nada, vai normalmente": a sibling who is fine (no report for him)
    ("Bom dia. O Pedro está com gripe, hoje fica em casa. A Sofia não tem nada, vai à escola normalmente.",
     kids("Pedro", "Sofia"), "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # pt: "não acordou a tempo", "acordou tarde": overslept (a day missed for it is unsatisfactory)
    ("Bom dia, o Rui não acordou a tempo e já é tarde, hoje fica em casa.", kids("Rui"), "2026-12-01 09:45",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # pt: "vamos ao Brasil": a trip abroad ("ao" before the country)
    ("A Alice vai faltar de 14 a 16 de dezembro, vamos ao Brasil ver a família.", kids("Alice"), "2026-12-01 20:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # es: "del 9/12 al 11/12": a range of numeric dates (both ends)
    ("Hola, Marta faltará del 2/12 al 4/12, nos vamos de viaje a Canarias.", kids("Marta"), "2026-11-24 19:00",
     {"P1": ("holiday", "G", full("12-02", "12-03", "12-04"))}),
    # es: "tengo que llevar a su hermano al médico y no me da tiempo a llevarla": a sibling's appointment
    ("Buenos días, Marta hoy se queda en casa, tengo que llevar a su hermano al médico y no me da tiempo a llevarla "
     "al cole.", kids("Marta"), "2026-12-01 08:00", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # es: "se queda hoy en casa", "lo llevo al médico": staying home today, to the doctor's
    ("Pablo se queda hoy en casa, lo llevo al médico.", kids("Pablo"), "2026-12-01 08:00",
     {"P1": ("medical", "M", full("12-01"))}),
    # es: "ha empezado esta tarde con fiebre": when it began, the absence is the later day named
    ("Buenas noches, Pablo ha empezado esta tarde con fiebre. Mañana no irá.", kids("Pablo"), "2026-12-01 21:00",
     {"P1": ("illness", "I", full("12-02"))}),
    # es: "ya no vuelve por la tarde" (for the afternoon of the day named, not this afternoon), "a la 1"
    ("Hola, Sara tiene una entrevista en otro colegio el jueves. La recojo a la 1 y ya no vuelve por la tarde.",
     kids("Sara"), "2026-11-30 07:50", {"P1": ("interview", "J1", ["12-03 PM"])}),
    # so: "ma awoodo inaan X kaligiis ka tago": I can't leave the ill sibling alone; "sidoo kale": also
    ("Subax wanaagsan, Hodan waxay qabtaa qandho, maanta ma imanayso. Yusuf sidoo kale guriga ayuu joogayaa maanta, "
     "maxaa yeelay ma awoodo inaan Hodan kaligeed ka tago.", kids("Hodan", "Yusuf"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # so: "way soo laaban kartaa Isniinta": she can come back on Monday (exclusive)
    ("Asc, Hodan waxay qabtaa hargab. Dhakhtarku wuxuu yiri way soo laaban kartaa Isniinta. Maanta ma imanayso.",
     kids("Hodan"), "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03", "12-04"))}),
    # tr: "kulak burun boğaz": the ENT clinic (a specialist appointment, not a sore throat)
    ("İyi akşamlar, Elif'in yarın KBB randevusu var (kulak burun boğaz), bütün gün okula gelemeyecek.", kids("Elif"),
     "2026-12-01 18:00", {"P1": ("medical", "M", full("12-02"))}),
    # tr: "mide virüsü" (a stomach bug), "Mert iyi" (that child is well: no report)
    ("Günaydın, Emre'de mide virüsü var, bugün evde kalacak. Defne iyi, okula gelecek.", kids("Emre", "Defne"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # tr: "kına gecesi": the henna night of a wedding (a family event)
    ("Merhaba, perşembe günü teyzesinin kına gecesi var, Elif'i saat 12:30'da okuldan alacağım.", kids("Elif"),
     "2026-11-30 08:00", {"P1": ("family_event", "O", ["12-03 PM"])}),
    # tr: "Pazartesi sabahı uçuyoruz": the morning of departure (the whole day is missed)
    ("Merhaba, 7'si Pazartesi sabahı İzmir'e uçuyoruz. Can 7 ve 8 Aralık'ta okula gelemeyecek.", kids("Can"),
     "2026-12-01 20:00", {"P1": ("holiday", "G", full("12-07", "12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m42_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
