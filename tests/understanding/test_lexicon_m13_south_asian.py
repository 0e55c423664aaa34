"""Batch m13: Urdu, Punjabi and Bengali (native script and romanised) vocabulary the lexicons learnt."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

ONE = [Child("P1", "Zara")]
TWO = [Child("P1", "Adeel"), Child("P2", "Amna")]

CASES = [
    # Bengali (romanised): "X theke abar school e jabe" (back on X), "kal ... dekhiyechi" (yesterday)
    ("Salam, Zara r jor ar gola betha, kal doctor dekhiyechi. Wednesday theke abar school e jabe",
     ONE, "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("Zara r chokh e infection hoise. Doctor bolse Thursday te school e ferot jete parbe",
     ONE, "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("Salam, Zara r tonsillitis. Tuesday porjonto bashay thakbe, Wednesday theke school e jabe.",
     ONE, "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("Zara er flu hoise. Ei week ar school e ashbe na, next Monday theke ashbe.",
     ONE, "2026-11-25 07:30", {"P1": ("illness", "I", full("11-25", "11-26"))}),
    ("Miss, Zara aj school e ashbe na. Thanks", ONE, "2026-11-23 07:30", {"P1": ("unknown", "N", full("11-23"))}),
    ("Office theke call dise je Zara er bomi bomi lagche. Ami 12:30 e nite ashchi, bikele school e thakbe na.",
     ONE, "2026-11-23 11:30", {"P1": ("illness", "I", ["11-23 PM"])}),
    # Urdu / Punjabi (romanised)
    ("Salam, dono bachon ko bukhar hai, aaj nahi aa rahe. Kal ka bata dungi",
     TWO, "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23")), "P2": ("illness", "I", full("11-23"))}),
    ("Zara ko flu hai, doctor ne kaha hai ke wo baqi pura week school nahi aayegi.",
     ONE, "2026-11-24 07:30", {"P1": ("illness", "I", full("11-24", "11-25", "11-26"))}),
    ("Gaari motorway pe kharab ho gayi hai, recovery ka wait kar rahe hain. Adeel aur Amna aaj school nahi pohanch"
     " sakenge", TWO, "2026-11-23 08:10",
     {"P1": ("transport", "O", full("11-23")), "P2": ("transport", "O", full("11-23"))}),
    ("Sorry miss hum late hain, sab ki aankh der se khuli. Zara 9:40 tak aa jayegi",
     ONE, "2026-11-23 08:50", {"P1": ("late", "U", ["11-23 AM"])}),
    ("Zara ki aaj 2 baje eye appointment hai, main usko 12:30 pe reception se le lungi.",
     ONE, "2026-11-23 07:30", {"P1": ("medical", "M", ["11-23 PM"])}),
    ("Zara ka kal subah 10 baje college mein interview hai. Uske baad main usko school chhod dunga, lunch se pehle"
     " aa jayegi.", ONE, "2026-11-23 19:00", {"P1": ("interview", "J1", ["11-24 AM"])}),
    ("Sat sri akal, dowen bache bimaar ne, bukhar te khangh. Ajj te kal nahi aunge.",
     TWO, "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24")),
                               "P2": ("illness", "I", full("11-23", "11-24"))}),
    ("Zara da Tuesday nu... nahi sorry, Wednesday nu interview hai. Oh saara din school nahi aavegi.",
     ONE, "2026-11-23 07:30", {"P1": ("interview", "J1", full("11-25"))}),
    # Urdu (script)
    ("ہم پاکستان جا رہے ہیں۔ زارا 7 دسمبر سے اسکول نہیں آئے گی اور 14 دسمبر کو واپس اسکول آئے گی۔",
     ONE, "2026-11-23 19:00",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    ("عدیل کا آج صبح دس بجے dentist کے ساتھ appointment ہے، اس کے بعد میں اسے اسکول چھوڑ دوں گی۔ آمنہ وقت پر آ رہی ہے۔",
     TWO, "2026-11-23 07:30", {"P1": ("medical", "M", ["11-23 AM"])}),
    ("زارا کو نمونیا ہو گیا ہے۔ جب تک وہ ٹھیک نہیں ہوتی گھر پر رہے گی۔",
     ONE, "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23"))}),
    # Punjabi (Gurmukhi)
    ("ਮੇਰੀ ਭੈਣ ਦਾ ਵਿਆਹ ਹੈ। ਕੀ ਅਦੀਲ ਅਤੇ ਆਮਨਾ ਨੂੰ ਬੁੱਧਵਾਰ ਦੀ ਛੁੱਟੀ ਮਿਲ ਸਕਦੀ ਹੈ?",
     TWO, "2026-11-23 19:00",
     {"P1": ("family_event", "O", full("11-25")), "P2": ("family_event", "O", full("11-25"))}),
    ("ਜ਼ਾਰਾ ਦੇ ਕੰਨ ਵਿੱਚ ਦਰਦ ਹੈ। ਉਹ ਮੰਗਲਵਾਰ ਅਤੇ ਬੁੱਧਵਾਰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     ONE, "2026-11-23 19:00", {"P1": ("illness", "I", full("11-24", "11-25"))}),
    ("ਬੱਚਿਆਂ ਦੇ ਨਾਨਾ ਜੀ ਕੱਲ੍ਹ ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗਏ। ਅਦੀਲ ਅਤੇ ਆਮਨਾ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ।",
     TWO, "2026-11-23 07:30",
     {"P1": ("exceptional", "C", full("11-23")), "P2": ("exceptional", "C", full("11-23"))}),
    ("ਜ਼ਾਰਾ ਨੂੰ ਉਲਟੀ ਆਈ, ਅੱਜ ਸਵੇਰੇ ਘਰ ਰੱਖਾਂਗੇ। ਜੇ ਠੀਕ ਹੋ ਗਈ ਤਾਂ ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲੈ ਆਵਾਂਗੇ।",
     ONE, "2026-11-23 07:30", {"P1": ("illness", "I", ["11-23 AM"])}),
    # Bengali (script)
    ("আজ সকালে বাস আসেনি। আদিল আর আমনা ১০টার মধ্যে স্কুলে পৌঁছাবে।",
     TWO, "2026-11-23 08:40", {"P1": ("late", "U", ["11-23 AM"]), "P2": ("late", "U", ["11-23 AM"])}),
    ("আমরা বাংলাদেশে যাচ্ছি। অনুগ্রহ করে জারাকে ৭ই ডিসেম্বর থেকে ৯ই ডিসেম্বর পর্যন্ত ছুটি দিন। সে ১০ই ডিসেম্বর স্কুলে ফিরবে।",
     ONE, "2026-11-23 19:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    ("ওদের আব্বুকে রাতে হাসপাতালে ভর্তি করতে হয়েছে, আমি এখনও হাসপাতালে আছি। আজ আদিল আর আমনা স্কুলে আসতে পারবে না।",
     TWO, "2026-11-23 06:55",
     {"P1": ("exceptional", "C", full("11-23")), "P2": ("exceptional", "C", full("11-23"))}),
    ("জারার জ্বর ছিল, এখনও কমেনি। আগামীকাল সে স্কুলে যাবে না। বুধবারের কথা পরে জানাব।",
     ONE, "2026-11-23 19:00", {"P1": ("illness", "I", full("11-24"))}),
    ("বরফের জন্য রাস্তা বন্ধ, কোনো বাস চলছে না। তাই জারা আজ স্কুলে আসতে পারবে না।",
     ONE, "2026-11-23 07:45", {"P1": ("transport", "O", full("11-23"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_records(text: str, children: list[Child], when: str, expected: dict[str, tuple[str, str, list[str]]]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize("text", [
    "تمام اساتذہ کا بہت شکریہ، آپ سب کو چھٹیاں مبارک ہوں!",
    "ਸਾਰੇ ਅਧਿਆਪਕਾਂ ਦਾ ਧੰਨਵਾਦ, ਛੁੱਟੀਆਂ ਮੁਬਾਰਕ!",
])
def test_holiday_wishes_are_forwarded(text: str) -> None:
    assert parse(text, ONE, "2026-12-18 14:30").action == "forward"


def test_uncertain_day_is_asked() -> None:
    text = ("Salam, Zara r hospital appointment ase Wednesday othoba Thursday, hospital confirm korbe."
            " Oi din school e ashbe na.")
    assert parse(text, ONE, "2026-11-23 08:00").action == "clarify"
