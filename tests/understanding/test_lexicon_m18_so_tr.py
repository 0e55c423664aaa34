"""Batch m18, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

SOMALI = [
    # "9ka ilaa 11ka Diseembar": a day of the month with its suffix, a Somali month; "maqnaan doonaa": will be absent
    ("Yusuf wuu maqnaan doonaa 9ka ilaa 11ka Diseembar, waxaan u safraynaa Itoobiya si aan u booqano qoyska.",
     kids("Yusuf"), "2026-12-01 07:30", {"P1": ("holiday", "G", full("12-09", "12-10", "12-11"))}),
    # "berri subax" (tomorrow morning), "marka uu dhammeeyo" (when he has finished) then brought in: the morning only
    ("Berri subax Yusuf wuxuu ballan ku leeyahay dhakhtarka saacadda 10:00. Marka uu dhammeeyo ayaan dugsiga "
     "keenayaa.", kids("Yusuf", "Amina"), "2026-11-30 19:00", {"P1": ("medical", "M", ["12-01 AM"])}),
    ("Yusuf Arbacada subax ballan isbitaal ayuu leeyahay, marka ay dhammaato dugsiga ayaan keenayaa.", kids("Yusuf"),
     "2026-11-30 19:00", {"P1": ("medical", "M", ["12-02 AM"])}),
    # "wareysi ... kulliyad" (a college interview), "9:00 subaxnimo" (9am), "marka ay ka soo baxdo" (when she is out)
    ("Amina waxay wareysi ku leedahay kulliyad Khamiista saacadda 9:00 subaxnimo, marka ay ka soo baxdo ayaan "
     "dugsiga keenayaa.", kids("Amina"), "2026-12-01 07:40", {"P1": ("interview", "J1", ["12-03 AM"])}),
    # "qof kale oo Yusuf iskuulka geeya ma jiro": no one else to take Yusuf in (kept off for a sibling's illness)
    ("Amina way xanuunsan tahay, qandho ayay qabtaa. Qof kale oo Yusuf iskuulka geeya ma jiro, isna maanta ma imaan "
     "karo.", kids("Yusuf", "Amina"), "2026-12-02 07:40",
     {"P1": ("unsatisfactory", "O", full("12-02")), "P2": ("illness", "I", full("12-02"))}),
]

TURKISH = [
    # "bugünden itibaren" (from today), "pazartesi okulda olur" (in school on Monday: the day of return)
    ("Kerem grip oldu, bugünden itibaren okula gelemeyecek, pazartesi okulda olur.", kids("Kerem"), "2026-12-02 07:40",
     {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # "perşembe durumuna bakarız": Thursday is undecided
    ("Kerem'in ateşi var, yarın okula gelmeyecek, perşembe durumuna bakarız.", kids("Kerem"), "2026-12-01 19:00",
     {"P1": ("illness", "I", full("12-02"))}),
    # "10:00 civarı ancak okulda olur", "9:10 civarında okulda olur": an arrival time
    ("Servis gelmedi, Kerem 10:00 civarı ancak okulda olur.", kids("Kerem"), "2026-12-01 08:30",
     {"P1": ("late", "U", ["12-01 AM"])}),
    ("Trafik var, Kerem 9:10 civarında okulda olur.", kids("Kerem"), "2026-12-01 08:30",
     {"P1": ("late", "L", ["12-01 AM"])}),
    # "nişanı" (an engagement party) is a family event
    ("Yarın Zeynep okula gelmeyecek, ablasının nişanı var.", kids("Zeynep"), "2026-12-01 18:00",
     {"P1": ("family_event", "O", full("12-02"))}),
    # "nikahtaydı" (was at a wedding, now over): tired and off today is unsatisfactory
    ("Zeynep cumartesi nikahtaydı, çok yorgun, bugün evde kalsın dedim.", kids("Zeynep"), "2026-12-07 07:40",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # "alçıya alındı" (put in plaster), "okula gitmesin dedi" (the doctor said not to go in)
    ("Emre'nin bacağı alçıya alındı, doktor bu hafta okula gitmesin dedi.", kids("Emre"), "2026-12-02 07:40",
     {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # "perşembe görüşürüz" (see you on Thursday) after "çarşamba dahil" (up to and including Wednesday)
    ("Emre'ye bronşit teşhisi kondu, çarşamba dahil evde kalacak, perşembe görüşürüz.", kids("Emre"),
     "2026-12-07 07:40", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*SOMALI, *TURKISH])
def test_m18_so_tr_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # so: "Isniinta 15ka Diseembar": 15 December 2026 is a Tuesday, a conflict to ask about
    ("Yusuf wuxuu ballan ku leeyahay dhakhtarka Isniinta 15ka Diseembar, maalinta oo dhan wuu maqnaan doonaa.",
     kids("Yusuf"), "2026-12-02 07:40"),
    # tr: "ya çarşamba ya (da) perşembe": one of two days, not yet known
    ("Zeynep'in hastanede ultrason randevusu var, ya çarşamba ya perşembe, hastane yarın haber verecek. O gün okula "
     "gelemeyecek.", kids("Zeynep"), "2026-12-01 07:40"),
    ("Zeynep'in hastanede ultrason randevusu var, ya çarşamba ya da perşembe, hastane bugün arayıp bilgi verecek.",
     kids("Zeynep"), "2026-12-01 07:40"),
])
def test_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
