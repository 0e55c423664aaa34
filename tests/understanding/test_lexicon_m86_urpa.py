"""Batch m86, Urdu and Punjabi (with their romanised forms): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur (romanised): "kal se woh school aa jayegi": a pronoun between "from tomorrow" and "comes in" (back tomorrow)
    ("Assalam o alaikum, Zain ko bukhar hai, woh aaj aur kal ghar pe rahega. Hania ko bhi aaj ghar rakh rahi hoon "
     "kyunke bhai bimar hai, kal se woh school aa jayegi.", kids("Zain", "Hania"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03")), "P2": ("unsatisfactory", "O", full("12-02"))}),
    # ur: "کل سے وہ آ جائے گی": the same with the pronoun in Urdu script
    ("حمزہ کو بخار ہے، وہ آج اور کل گھر رہے گا۔ زارا کو بھی آج گھر رکھ رہی ہوں کیونکہ بھائی بیمار ہے، "
     "کل سے وہ آ جائے گی۔",
     kids("Hamza", "Zara"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03")), "P2": ("unsatisfactory", "O", full("12-02"))}),
    # pa (romanised): "Harnoor aj te kal dono din ghar rahegi": the days before the verb (each child's own days)
    ("SSA ji, Gurleen te Harnoor dono nu bukhar hai. Gurleen aj nahi aavegi, Harnoor aj te kal dono din ghar rahegi.",
     kids("Gurleen", "Harnoor"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("illness", "I", full("12-07", "12-08"))}),
    # pa (Shahmukhi): "عائشہ نوں اوہدی پھپھو سکول چھڈ آوے گی": someone drops that child at school (she is in)
    ("السلام علیکم، میرے ابو نوں رات ہسپتال لے کے گئے نیں۔ بلال اج سکول نئیں آوے گا، اوہ میرے نال اے۔ "
     "عائشہ نوں اوہدی پھپھو سکول چھڈ آوے گی۔", kids("Bilal", "Ayesha"), "2026-12-08 07:45",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # pa (Gurmukhi): "ਨਵਨੀਤ ਨੂੰ ਉਹਦੀ ਮਾਸੀ ਸਕੂਲ ਛੱਡ ਦੇਵੇਗੀ": the same in Gurmukhi
    ("ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੂੰ ਰਾਤ ਹਸਪਤਾਲ ਦਾਖਲ ਕਰਵਾਇਆ। ਜਸਪ੍ਰੀਤ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ। ਨਵਨੀਤ ਨੂੰ ਉਹਦੀ ਮਾਸੀ ਸਕੂਲ ਛੱਡ ਦੇਵੇਗੀ।",
     kids("Jaspreet", "Navneet"), "2026-12-08 07:45", {"P1": ("exceptional", "C", full("12-08"))}),
    # ur (romanised): "Sana ko uske chacha school chhod denge": the same in romanised Urdu
    ("Salam, meri walida ko raat hospital le jana para. Usman aaj school nahi aayega. Sana ko uske chacha school "
     "chhod denge.", kids("Usman", "Sana"), "2026-12-08 07:45", {"P1": ("exceptional", "C", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m86_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
