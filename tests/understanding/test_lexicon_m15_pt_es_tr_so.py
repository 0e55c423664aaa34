"""Batch m15, Portuguese, Spanish, Turkish and Somali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pt: "deve chegar ... pelas 10h" after a dentist appointment: medical for the morning only
    ("A Inês deve chegar à escola pelas 10h, tem consulta no dentista às 9h.", kids("Inês"), "2026-12-03 07:45",
     {"P1": ("medical", "M", ["12-03 AM"])}),
    # pt: "festa de anos" is a family event; "sexta está de volta" is the day of return
    ("Na quinta é a festa de anos da avó, o Tomás vai faltar. Sexta está de volta.", kids("Tomás"),
     "2026-12-01 19:00", {"P1": ("family_event", "O", full("12-03"))}),
    ("No sábado é a festa dos 90 anos do bisavô, o Tomás falta na sexta. Segunda estamos de volta.",
     kids("Tomás"), "2026-12-01 19:00", {"P1": ("family_event", "O", full("12-04"))}),
    # pt: a house fire is exceptional
    ("Ontem houve um incêndio em casa, os miúdos não vão à escola hoje.", kids("Tomás", "Inês"), "2026-12-01 07:00",
     {"P1": ("exceptional", "C", full("12-01")), "P2": ("exceptional", "C", full("12-01"))}),
    # es: a parent's stroke or heart attack, in hospital: exceptional ("perdone que escriba tan tarde" is not late)
    ("Disculpe que avise tan tarde, a mi madre le dio un ictus y está ingresada. Pablo no irá hoy.", kids("Pablo"),
     "2026-12-04 09:30", {"P1": ("exceptional", "C", full("12-04"))}),
    ("Mi padre tuvo un accidente y está en urgencias, Pablo no irá mañana.", kids("Pablo"), "2026-12-01 18:00",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # es: the child in hospital is ill
    ("Pablo está ingresado desde anoche con neumonía, hoy no irá.", kids("Pablo"), "2026-12-01 07:00",
     {"P1": ("illness", "I", full("12-01"))}),
    ("Anoche hubo un incendio en casa, los niños no irán hoy ni mañana.", kids("Pablo", "Lucía"), "2026-12-01 07:00",
     {"P1": ("exceptional", "C", full("12-01", "12-02")), "P2": ("exceptional", "C", full("12-01", "12-02"))}),
    # tr: "bir saate kadar okulda olur": there within the hour, before the register closes
    ("Otobüs gelmedi, Emir bir saate kadar okulda olur.", kids("Emir"), "2026-11-30 08:15",
     {"P1": ("late", "L", ["11-30 AM"])}),
    ("Araba bozuldu, taksi bekliyoruz, Emir yarım saate kadar okulda olur.", kids("Emir"), "2026-11-30 08:35",
     {"P1": ("late", "L", ["11-30 AM"])}),
    # tr: "pardon" correcting a day
    ("Emir yarın gelemeyecek, yok pardon, cuma gelemeyecek. Düğüne gidiyoruz.", kids("Emir"), "2026-11-30 07:00",
     {"P1": ("family_event", "O", full("12-04"))}),
    ("Emir grip oldu. Salı okula dönecek, pardon, Çarşamba günü dönecek.", kids("Emir"), "2026-11-30 07:00",
     {"P1": ("illness", "I", full("11-30", "12-01"))}),
    # tr: a house fire
    ("Evimiz yandı, bu hafta Emir okula gelemeyecek.", kids("Emir"), "2026-12-02 07:00",
     {"P1": ("exceptional", "C", full("12-02", "12-03", "12-04"))}),
    ("Dün akşam evde yangın çıktı, Emir bugün gelemeyecek.", kids("Emir"), "2026-12-02 07:00",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # so: "way imaneysaa" (spelt with e): that child comes in
    ("Sagal maanta ma imaneyso qandho ayay qabtaa, Khadra way imaneysaa.", kids("Sagal", "Khadra"),
     "2026-11-25 07:50", {"P1": ("illness", "I", full("11-25"))}),
    # so: a house fire
    ("Xalay gurigeenna dab ayaa qabsaday, Hodan maanta ma imaan doonto.", kids("Hodan"), "2026-12-14 07:10",
     {"P1": ("exceptional", "C", full("12-14"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # pt/es: an appointment in part of a month, no day: the day cannot be told
    ("A Yasmin vai faltar no dia da consulta no hospital, que vai ser lá para o fim de janeiro.", kids("Yasmin"),
     "2026-11-23 07:50"),
    ("O Tiago vai faltar para uma consulta no hospital em meados de dezembro.", kids("Tiago"), "2026-11-23 07:50"),
    ("La cita del hospital de Lucía será a finales de enero, ese día faltará.", kids("Lucía"), "2026-11-23 07:50"),
    ("Lucía faltará por una cita en el hospital a principios de diciembre.", kids("Lucía"), "2026-11-23 07:50"),
])
def test_unplaced_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"


@pytest.mark.parametrize(("text", "children", "when"), [
    # so: a note about an inhaler for the teacher, no absence
    ("Fadlan u sheeg macalinka in Hodan buufinteeda ay ku jirto boorsadeeda. Mahadsanid", kids("Hodan"),
     "2026-12-14 16:10"),
    ("Asc, fadlan u sheeg Miss Evans in Hodan inhaler-keeda ay ku jirto boorsadeeda, haddii ay qufacdo ha isticmaasho.",
     kids("Hodan"), "2026-12-14 16:10"),
])
def test_note_for_teacher_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
