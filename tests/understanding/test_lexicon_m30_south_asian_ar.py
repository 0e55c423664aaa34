"""Batches m30 and m32, Urdu, Punjabi, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn: "ঋ" (the vowel ri) in a name written in Bengali script: "ঋতিকার" is Ritika's
    ("ঋতিকার জ্বর এসেছে, আজ স্কুলে আসবে না।", kids("Ritika", "Arka"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # pa (romanised): "14 ton" (from the 14th); "4 Jan nu wapis aavegi" (back on 4 January, a short month name)
    ("Asi India ja rahe haan, Jasleen 14 ton school nahi aavegi te 4 Jan nu wapis aavegi.", kids("Jasleen"),
     "2026-12-01 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa (romanised): "aa jaavega": that child comes in as normal
    ("Ssa ji, Harjot nu bukhar aa, aj school nahi aavega. Arjun aa jaavega", kids("Harjot", "Arjun"),
     "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02"))}),
    # pa (romanised): "dehant ho gaya" (passed away); "Monday ton aavegi" (she comes from Monday: back on Monday)
    ("Sat sri akal, sade dadi ji da kal dehant ho gaya. Jaspreet is hafte school nahi aavegi, Monday ton aavegi.",
     kids("Jaspreet"), "2026-12-02 07:40", {"P1": ("exceptional", "C", full("12-02", "12-03", "12-04"))}),
    # pa (romanised): "operation hoya si" (had an operation: recovering, not an appointment); "Thursday 10 December
    # tak" (until then); "Friday 11 nu school aavega" (back on Friday the 11th)
    ("Harman da Sunday nu appendix da operation hoya si. Doctor ne keha Thursday 10 December tak ghar aaram kare, "
     "Friday 11 nu school aavega.", kids("Harman"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10"))}),
    # ur (romanised): "14 December (Monday) se" (from then, the weekday in brackets); "wapsi 4 January ko hogi"
    # (the return is on 4 January)
    ("Hum Bangladesh ja rahe hain, Ayaan 14 December (Monday) se school nahi aayega. Wapsi 4 January ko hogi.",
     kids("Ayaan"), "2026-12-01 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # bn (romanised): "kal" and "na" mark the language ("kal school e ashbe na": won't come in tomorrow)
    ("Rafi kal school e ashbe na. Thank you", kids("Rafi"), "2026-12-09 18:10",
     {"P1": ("unknown", "N", full("12-10"))}),
    # ar: "من ... لحد ..." (from ... to ...)
    ("آدم رح يغيب من الثلاثاء ١٥ ديسمبر لحد الخميس ١٧ ديسمبر لأننا مسافرين.", kids("Adam"), "2026-12-01 08:30",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
    # ar: "لغاية يوم الثلاثاء" with no "from" before it: until Tuesday; "بترجع ... يوم الأربعاء": back on Wednesday
    ("ليلى عندها حرارة، الدكتور قال ترتاح بالبيت لغاية يوم الثلاثاء ٨ ديسمبر، وبترجع على المدرسة يوم الأربعاء.",
     kids("Layla"), "2026-12-07 07:00", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # ar: "من الغد" (from tomorrow)
    ("سيغيب يوسف من الغد حتى نهاية الأسبوع بسبب المرض.", kids("Yousef"), "2026-12-08 19:00",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # bn: "৭ ডিসেম্বর সোমবার থেকে ৯ ডিসেম্বর বুধবার পর্যন্ত": each date with its weekday, both ends included
    ("রাফি ৭ ডিসেম্বর সোমবার থেকে ৯ ডিসেম্বর বুধবার পর্যন্ত স্কুলে আসবে না, আমরা বাংলাদেশে যাচ্ছি।", kids("Rafi"),
     "2026-12-01 08:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    # bn: "বুধবার ৯ তারিখ পর্যন্ত" (up to and including Wednesday the 9th: the word comes after the date)
    ("রাফির জ্বর। ডাক্তার বলেছেন বুধবার ৯ তারিখ পর্যন্ত বাসায় থাকতে হবে।", kids("Rafi"), "2026-12-07 07:15",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # pa: "ਡਾਕਟਰ ਨੇ 3 ਦਿਨ ਅਰਾਮ ਕਰਨ ਨੂੰ ਕਿਹਾ ਹੈ" (the doctor said to rest for 3 days)
    ("ਜਸਪ੍ਰੀਤ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਡਾਕਟਰ ਨੇ 3 ਦਿਨ ਅਰਾਮ ਕਰਨ ਨੂੰ ਕਿਹਾ ਹੈ।", kids("Jaspreet"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # pa: "14/12 ਤੋਂ 16/12 ਤੱਕ" (from 14/12 to 16/12, both included)
    ("ਮਨਪ੍ਰੀਤ 14/12 ਤੋਂ 16/12 ਤੱਕ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ, ਪਰਿਵਾਰ ਵਿੱਚ ਵਿਆਹ ਹੈ।", kids("Manpreet"), "2026-12-08 20:00",
     {"P1": ("family_event", "O", full("12-14", "12-15", "12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m30_south_asian_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # ar: "أثناء مرضه" (while he was ill) and "الآن بخير" (fine now): thanks, not an absence
    ("شكراً جزيلاً للأستاذ على إرسال الواجبات إلى البيت أثناء مرضه. يوسف الآن بخير والحمد لله.", kids("Yousef"),
     "2026-12-02 16:00"),
])
def test_m30_thanks_after_illness_is_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
