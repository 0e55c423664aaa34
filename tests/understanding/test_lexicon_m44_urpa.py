"""Batch m44/m45, Urdu and Punjabi (both scripts and romanised): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pa, romanised: "tinno bacheyan nu" (all three children)
    ("Sat sri akal, tinno bacheyan nu bukhar hai, aj te kal ghar rehnge.", kids("Harleen", "Jasleen", "Arjun"),
     "2026-12-08 07:30", {p: ("illness", "I", full("12-08", "12-09")) for p in ("P1", "P2", "P3")}),
    # pa: "ਪਾਈਪ ਫਟ ਗਈ" (a pipe burst), "ਘਰ ਵਿੱਚ ਪਾਣੀ ਭਰ ਗਿਆ" (the house flooded): an emergency at home
    ("ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਰਾਤ ਨੂੰ ਰਸੋਈ ਦੀ ਪਾਈਪ ਫਟ ਗਈ ਤੇ ਘਰ ਵਿੱਚ ਪਾਣੀ ਭਰ ਗਿਆ, ਇਸ ਲਈ ਜਸਲੀਨ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Jasleen"), "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # ur: "پانی کا پائپ پھٹ گیا" (a water pipe burst), "پانی بھر گیا" (flooded)
    ("السلام علیکم، رات ہمارے گھر میں پانی کا پائپ پھٹ گیا اور نیچے سارا پانی بھر گیا، "
     "اس لیے علی آج اسکول نہیں آئے گا۔",
     kids("Ali"), "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # ur, romanised: "mujhe ammi ko ... appointment pe le ke jana hai" (a grown-up's appointment), "chhote ko sambhalne
    # wala koi nahi" (nobody to mind the little one): kept home, not the child's appointment
    ("Salam, aaj Amir ghar rahega, mujhe ammi ko doctor ke paas appointment pe le ke jana hai aur chhote ko sambhalne "
     "wala koi nahi.", kids("Amir"), "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pa: "ਮੰਮੀ ਨੂੰ ਹਸਪਤਾਲ ਦੀ ਅਪੌਇੰਟਮੈਂਟ ਤੇ ਲੈ ਕੇ ਜਾਣਾ" (take my mother to her appointment), "ਛੋਟੀ ਨੂੰ ਸੰਭਾਲਣ ਵਾਲਾ
    # ਕੋਈ ਨਹੀਂ" (nobody to mind the little one)
    ("ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਅੱਜ ਅਮਰਿਤ ਘਰ ਰਹੇਗਾ, ਮੈਂ ਮੰਮੀ ਨੂੰ ਹਸਪਤਾਲ ਦੀ ਅਪੌਇੰਟਮੈਂਟ ਤੇ ਲੈ ਕੇ ਜਾਣਾ ਹੈ ਤੇ ਛੋਟੀ ਨੂੰ ਸੰਭਾਲਣ ਵਾਲਾ ਕੋਈ ਨਹੀਂ।",
     kids("Amrit"), "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur: "امی کو ہسپتال اپوائنٹمنٹ پر لے کر جانا ہے", "چھوٹی کو سنبھالنے والا کوئی نہیں"
    ("السلام علیکم، آج علی گھر رہے گا، مجھے امی کو ہسپتال اپوائنٹمنٹ پر لے کر جانا ہے "
     "اور چھوٹی کو سنبھالنے والا کوئی نہیں۔",
     kids("Ali"), "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pa, romanised: "12:45 te leke jaungi" ("le ke" written as one word): collected before the afternoon register
    ("Sat sri akal, Simran nu school vich ulti aayi, office ton phone aaya. Main 12:45 te leke jaungi.",
     kids("Simran"), "2026-12-08 11:00", {"P1": ("illness", "I", ["12-08 PM"])}),
    # pa, romanised: "pair moch gaya kal" (sprained a foot, "kal" after a past verb is yesterday)
    ("Harleen da pair moch gaya kal gym vich, ohnu turna aukha hai. Aj ghar rahegi.", kids("Harleen"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m44_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
