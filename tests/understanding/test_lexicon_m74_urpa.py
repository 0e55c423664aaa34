"""Batches m74-m75, Urdu and Punjabi: the vocabulary and phrasing their misses showed (connectors and limiters that give
each child their own clause, oversleeping, a grown-up rushed to hospital, a date range with no "until")."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "سوتے رہ گئے" (overslept), "دیر سے آنکھ کھلی" (woke up late: not a late arrival), "اسکول نہیں بھیج رہی"
    # (not sending her to school): the day missed
    ("معاف کیجیے، آج ہم سوتے رہ گئے اور دیر سے آنکھ کھلی، اس لیے زینب کو آج اسکول نہیں بھیج رہی۔",
     kids("Zainab"), "2026-12-08 10:00", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # ur: "صرف آج" (only today), "جبکہ" (whereas): each child keeps their own days
    ("سارہ کو زکام ہے، وہ صرف آج گھر پر رہے گی، جبکہ عمر کو فلو ہے اور وہ پورا ہفتہ اسکول نہیں آئے گا۔",
     kids("Sara", "Umar"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")),
      "P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # ur: "میں" (I; in) is not Amna
    ("آمنہ کو زکام ہے، وہ آج گھر پر رہے گی۔ حمزہ کی دوپہر تین بجے ہسپتال میں اپائنٹمنٹ ہے، میں اسے ایک بجے اسکول سے لے"
     " جاؤں گی۔",
     kids("Amna", "Hamza"), "2026-12-09 07:45",
     {"P1": ("illness", "I", full("12-09")), "P2": ("medical", "M", ["12-09 PM"])}),
    # ur: "مجھے علی کے پاس رہنا ہے" (I have to stay with Ali): the well child kept home for want of a lift
    ("علی کو تیز بخار ہے۔ فاطمہ ٹھیک ہے لیکن آج اسے بھی گھر پر رکھ رہی ہوں کیونکہ مجھے علی کے پاس رہنا ہے اور اسے اسکول"
     " چھوڑنے والا کوئی نہیں ہے۔",
     kids("Ali", "Fatima"), "2026-12-01 07:20",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # pa: "ਸਿਰਫ਼ ਅੱਜ" (only today), "ਪਰ" (but)
    ("ਗੁਰਪ੍ਰੀਤ ਅਤੇ ਹਰਮਨ ਦੋਵਾਂ ਨੂੰ ਜ਼ੁਕਾਮ ਹੈ। ਹਰਮਨ ਸਿਰਫ਼ ਅੱਜ ਘਰ ਰਹੇਗਾ, ਪਰ ਗੁਰਪ੍ਰੀਤ ਨੂੰ ਬੁਖਾਰ ਵੀ ਹੈ, ਉਹ ਬਾਕੀ ਹਫ਼ਤਾ ਸਕੂਲ"
     " ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Gurpreet", "Harman"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10", "12-11")), "P2": ("illness", "I", full("12-08"))}),
    # pa: "ਲੰਚ ਤੋਂ ਬਾਅਦ ਸਕੂਲ ਆ ਜਾਵੇਗੀ।" keeps its sentence end; "ਸਾਰਾ ਦਿਨ" (all day)
    ("ਕੱਲ੍ਹ ਗੁਰਪੁਰਬ ਹੈ। ਸਿਮਰਨ ਕੱਲ੍ਹ ਸਵੇਰੇ ਗੁਰਦੁਆਰੇ ਜਾਵੇਗੀ ਅਤੇ ਲੰਚ ਤੋਂ ਬਾਅਦ ਸਕੂਲ ਆ ਜਾਵੇਗੀ। ਅਮਨ ਸਾਰਾ ਦਿਨ ਸਾਡੇ ਨਾਲ"
     " ਗੁਰਦੁਆਰੇ ਰਹੇਗਾ, ਉਹ ਕੱਲ੍ਹ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।",
     kids("Simran", "Aman"), "2026-11-23 18:00",
     {"P1": ("religious", "R", ["11-24 AM"]), "P2": ("religious", "R", full("11-24"))}),
    # pa: "ਮਾਤਾ ਜੀ ਨੂੰ ਹਸਪਤਾਲ ਦਾਖਲ ਕਰਵਾਉਣਾ ਪਿਆ" (mother had to be admitted to hospital): the family's emergency
    ("ਮੇਰੀ ਮਾਤਾ ਜੀ ਨੂੰ ਰਾਤ ਹਸਪਤਾਲ ਦਾਖਲ ਕਰਵਾਉਣਾ ਪਿਆ। ਜਸਪ੍ਰੀਤ ਅੱਜ ਮੇਰੇ ਨਾਲ ਰਹੇਗੀ ਅਤੇ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     kids("Jaspreet"), "2026-12-10 07:40", {"P1": ("exceptional", "C", full("12-10"))}),
    # pa: a grandparent taken to hospital, one child collected ("ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ।" keeps its sentence end), the other stays
    ("ਮੇਰੇ ਸਹੁਰਾ ਜੀ ਨੂੰ ਹਸਪਤਾਲ ਲੈ ਕੇ ਜਾਣਾ ਪਿਆ ਹੈ। ਮੈਂ ਰਵਨੀਤ ਨੂੰ 12:30 ਵਜੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ। ਗੁਰਲੀਨ ਸਕੂਲ ਵਿੱਚ ਹੀ"
     " ਰਹੇਗੀ।",
     kids("Ravneet", "Gurleen"), "2026-12-02 11:30", {"P1": ("exceptional", "C", ["12-02 PM"])}),
    # pa: "14 ਤੋਂ 16 ਦਸੰਬਰ" (14 to 16 December, no "ਤੱਕ"): every day of the range
    ("ਅਸੀਂ ਨਾਨੀ ਜੀ ਨੂੰ ਮਿਲਣ ਇੰਡੀਆ ਜਾ ਰਹੇ ਹਾਂ। ਤਨਵੀਰ 14 ਤੋਂ 16 ਦਸੰਬਰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।",
     kids("Tanvir"), "2026-12-07 17:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # roman ur: "sirf aaj" (only today), "lekin" (but)
    ("Zara ko zukam hai, woh sirf aaj ghar rahegi, lekin Bilal ko flu hai aur woh poora hafta school nahi aayega.",
     kids("Zara", "Bilal"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")),
      "P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # pa: "ਜਦਕਿ" (whereas)
    ("ਨਵਜੋਤ ਨੂੰ ਖੰਘ ਹੈ, ਉਹ ਸਿਰਫ਼ ਅੱਜ ਘਰ ਰਹੇਗੀ, ਜਦਕਿ ਅਰਜਨ ਨੂੰ ਫਲੂ ਹੈ ਅਤੇ ਉਹ ਬਾਕੀ ਹਫ਼ਤਾ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।",
     kids("Navjot", "Arjan"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")),
      "P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # roman pa: "jadke" (whereas)
    ("Simran nu zukam hai, oh sirf aj ghar rahegi, jadke Manveer nu flu hai te oh poora hafta school nahi aavega.",
     kids("Simran", "Manveer"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07")),
      "P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m74_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
