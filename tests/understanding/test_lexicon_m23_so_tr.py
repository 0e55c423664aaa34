"""Batch m23, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

SOMALI = [
    # "laga bilaabo 14-ka Diseembar" (from 14 December, a hyphen before the suffix), "dhammaadka termka" (end of term)
    ("Waxaan u safraynaa Itoobiya. Yusuf ma iman doono laga bilaabo 14-ka Diseembar ilaa dhammaadka termka.",
     kids("Yusuf"), "2026-12-01 18:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # "berri iyo maalinta ka dambaysa": tomorrow and the day after
    ("Amina qandho ayay qabtaa, berri iyo maalinta ka dambaysa iskuulka ma iman karto.", kids("Amina"),
     "2026-12-01 19:00", {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # "13:00 ayaan iskuulka ka qaadayaa" (I'll collect him from school at 13:00), "ma soo laabanayo" (won't be back)
    ("Maanta 13:00 ayaan iskuulka ka qaadayaa Yusuf, ballan ilkaha ayuu leeyahay. Galabta ma soo laabanayo.",
     kids("Yusuf"), "2026-12-01 08:00", {"P1": ("medical", "M", ["12-01 PM"])}),
    # "kadib ayaan iskuulka ku soo celinayaa" (then I'll bring her back to school),
    # "12-ka duhurnimo ka hor" (before noon)
    ("Berri Amina ballan dhakhtar ayay leedahay 9:30 subaxnimo. Kadib ayaan iskuulka ku soo celinayaa, 12-ka "
     "duhurnimo ka hor.", kids("Amina"), "2026-12-01 18:00", {"P1": ("medical", "M", ["12-02 AM"])}),
    # "walaashiis yar ayaa buka" (his little sister is ill),
    # "cid aan Yusuf uga tago ma jirto" (there is no one to leave him with)
    ("Yusuf maanta guriga ayuu joogayaa. Walaashiis yar ayaa buka, dhakhtarka ayaan geynayaa, cid aan Yusuf uga tago "
     "ma jirto.", kids("Yusuf"), "2026-12-02 07:30", {"P1": ("unsatisfactory", "O", full("12-02"))}),
]

TURKISH = [
    # "düğünden çok geç döndük": back very late from a wedding (over): tired and off today is unsatisfactory
    ("Kerem bugün okula gelmeyecek, cumartesi düğünden çok geç döndük, çok yorgun.", kids("Kerem"),
     "2026-12-07 07:40", {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # "başı çok ağrıyor" (a bad headache), "öğlen gelip alıyorum" (collecting her at lunchtime),
    # "okulda olmayacak" (won't be in)
    ("Zeynep'in başı çok ağrıyor. Öğlen gelip alıyorum, öğleden sonra okulda olmayacak.", kids("Zeynep"),
     "2026-12-01 11:30", {"P1": ("illness", "I", ["12-01 PM"])}),
    # "şimdi getiriyoruz, yoldayız": bringing him in now, we're on our way (after the register has closed)
    ("Kusura bakmayın, Emre'yi şimdi getiriyoruz, yoldayız.", kids("Emre"), "2026-12-01 09:35",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # "dedesi çok rahatsız": his grandfather is very unwell (a family emergency, not the child's illness)
    ("Dedesi çok rahatsız, hastanedeyiz. Emre bugün okula gelemeyecek.", kids("Emre"), "2026-12-02 07:30",
     {"P1": ("exceptional", "C", full("12-02"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*SOMALI, *TURKISH])
def test_m23_so_tr_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # so: "ilmaha midkood": one of the children, two linked
    ("Asc, ilmaha midkood ayaa qandho qaba, maanta guriga ayuu joogayaa.", kids("Yusuf", "Amina"), "2026-12-02 07:30"),
    # so: "dhawaan" (soon), "taariikhda ... idin soo sheegi doonaa" (I'll tell you the date): no day yet
    ("Dhawaan waxaan u safraynaa Muqdisho, Amina way maqnaan doontaa. Taariikhda ayaan idin soo sheegi doonaa.",
     kids("Amina"), "2026-12-02 10:00"),
])
def test_undetermined_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
