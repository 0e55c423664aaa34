"""Batch m132, Urdu and Punjabi (both scripts, and romanised): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "معذرت، کل نہیں، شادی جمعہ کو ہے" (sorry, not tomorrow, the wedding is on Friday): tomorrow taken back
    ("زینب کل اسکول نہیں آئے گی، اس کی پھوپھو کی شادی ہے۔ معذرت، کل نہیں، شادی جمعہ کو ہے، تو زینب جمعہ کو"
     " نہیں آئے گی۔",
     kids("Zainab"), "2026-11-30 19:00", {"P1": ("family_event", "O", full("12-04"))}),
    # ur: "معاف کیجیے، آج نہیں بلکہ کل" (sorry, not today but tomorrow)
    ("معاف کیجیے، آج نہیں بلکہ کل حمزہ اسکول نہیں آئے گا کیونکہ ڈینٹسٹ کی اپوائنٹمنٹ ہے", kids("Hamza"),
     "2026-11-30 07:10", {"P1": ("medical", "M", full("12-01"))}),
    # Roman Urdu: "maaf kijiye, kal nahi balke Friday" (sorry, not tomorrow but Friday)
    ("Zainab kal nahi aayegi, phuppo ki shaadi hai. maaf kijiye, kal nahi balke Friday, Zainab Friday ko nahi aayegi",
     kids("Zainab"), "2026-11-30 19:00", {"P1": ("family_event", "O", full("12-04"))}),
    # pa: "ਸ਼ਹੀਦੀ ਦਿਹਾੜਾ" (a martyrdom day): a Sikh holy day
    ("ਕੱਲ੍ਹ ਸ਼ਹੀਦੀ ਦਿਹਾੜਾ ਹੈ, ਅਸੀਂ ਗੁਰੂਘਰ ਜਾਣਾ ਹੈ। ਹਰਲੀਨ ਕੱਲ੍ਹ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।", kids("Harleen"), "2026-11-30 19:00",
     {"P1": ("religious", "R", full("12-01"))}),
    # pa: "ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦਾ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ" (Guru Nanak Dev Ji's Prakash Purab)
    ("ਕੱਲ੍ਹ ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦਾ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ ਹੈ। ਹਰਲੀਨ ਅਤੇ ਜਸਰਾਜ ਕੱਲ੍ਹ ਨਹੀਂ ਆਉਣਗੇ।", kids("Harleen", "Jasraj"),
     "2026-11-30 19:00", {"P1": ("religious", "R", full("12-01")), "P2": ("religious", "R", full("12-01"))}),
    # romanised Punjabi: "parkash purab" (a gurpurab)
    ("SSA ji, kal Guru Nanak Dev ji da parkash purab hai, Jasraj school nahi aavega", kids("Jasraj"),
     "2026-11-30 19:00", {"P1": ("religious", "R", full("12-01"))}),
    # romanised Punjabi: "viah Thursday nu ae" (the wedding is on Thursday: the copula, not "back on Thursday"), "kal
    # school aa jaavegi" (she comes to school tomorrow), "Thursday nu nahi aavegi" (she won't be in on Thursday)
    ("Harleen kal nahi aavegi, mama ji da viah ae... nahi sorry viah Thursday nu ae, kal school aa jaavegi, Thursday nu"
     " nahi aavegi", kids("Harleen"), "2026-11-30 19:00", {"P1": ("family_event", "O", full("12-03"))}),
    # romanised Punjabi: "kal time te aauga" (he comes in on time tomorrow): not absent tomorrow
    ("sorry ji asi sare late uthe, Jasraj aj school nahi aa reha, kal time te aauga", kids("Jasraj"),
     "2026-12-01 09:50", {"P1": ("unsatisfactory", "O", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m132_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
