"""Batch m17: Urdu and Punjabi (Arabic script, Gurmukhi and romanised) lexicon rules."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

BILAL, SAMINA, ZOHA = Child("P1", "Bilal"), Child("P2", "Samina"), Child("P3", "Zoha")
ARMAAN, KIRAT, NOOR = Child("P1", "Armaan"), Child("P2", "Kirat"), Child("P3", "Noor")
HASSAN, MAHIRA, ZARA, HIBA = Child("P1", "Hassan"), Child("P2", "Mahira"), Child("P1", "Zara"), Child("P2", "Hiba")
RAVNEET, GURLEEN, JAPJI = Child("P1", "Ravneet"), Child("P2", "Gurleen"), Child("P3", "Japji")

UR_PA_ROMAN = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # clock words: "saade das tak" (by half past ten) after the register closes, "sawa nau" (quarter past nine)
    ("AoA, gaari kharab ho gayi hai, Bilal late hoga, saade das tak pohanch jaye ga", [BILAL], "2026-11-24 08:40",
     {"P1": ("late", "U", ["11-24 AM"])}),
    ("Bilal aur Samina thore late hain, sawa nau baje tak pahunch jayenge", [BILAL, SAMINA], "2026-11-24 08:40",
     {"P1": ("late", "L", ["11-24 AM"]), "P2": ("late", "L", ["11-24 AM"])}),
    # "late ne" (they are late), "paune nau" (a quarter to nine)
    ("Armaan te Kirat aj late ne, paune das vaje tak pahunch jaange", [ARMAAN, KIRAT], "2026-11-25 08:30",
     {"P1": ("late", "U", ["11-25 AM"]), "P2": ("late", "U", ["11-25 AM"])}),
    # "dedh baje" (half past one) appointment, collected before the afternoon register
    ("Samina ki aaj dedh baje dentist appointment hai, main usay 12:45 baje school se le jaungi", [SAMINA],
     "2026-11-26 07:40", {"P2": ("medical", "M", ["11-26 PM"])}),
    # "kal ... gir gaya" (fell yesterday): the injury is past; "toot gaya" (broken) is illness; no day: the next day
    ("AoA, kal football khelte hue Bilal gir gaya aur uska baazu toot gaya hai. Abhi woh school nahi aa sake ga.",
     [BILAL], "2026-12-05 10:00", {"P1": ("illness", "I", full("12-07"))}),
    # "Friday ko subah": that morning; "interview ke baad" he comes in
    ("Salam, Hassan ka Friday ko subah 9:30 baje college mein interview hai. Interview ke baad school aa jaye ga.",
     [HASSAN], "2026-11-29 19:00", {"P1": ("interview", "J1", ["12-04 AM"])}),
    # "school mein hi rahe gi": that child is in school all day
    ("kal meri nand ki mehndi hai, Mahira ko main 12:30 baje school se le jaungi. Hassan poora din school mein hi"
     " rahe ga.", [HASSAN, MAHIRA], "2026-12-01 19:00", {"P2": ("family_event", "O", ["12-02 PM"])}),
    # a sibling kept home: "ko bhi nahi bhej sakti", "akeli hoon", "ko chhor ke nahi ja sakti"
    ("Bilal ko bukhar hai wo aaj ghar pe rahe ga. Samina ko bhi nahi bhej sakti, main akeli hoon aur Bilal ko chhor"
     " ke nahi ja sakti", [BILAL, SAMINA], "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("unsatisfactory", "O", full("12-02"))}),
    # "nu school chhaddan wala koi nahi": no one to take that child to school
    ("Kirat nu ulti aa rahi hai, main ohde kol ghar rehna. Armaan nu school chhaddan wala koi nahi, is layi dowein aj"
     " nahi aaunge.", [ARMAAN, KIRAT], "2026-12-03 07:30",
     {"P1": ("unsatisfactory", "O", full("12-03")), "P2": ("illness", "I", full("12-03"))}),
    # home late from a party the night before: tired, a day off
    ("kal raat assi mama ji di wedding ton bahut late aaye, Armaan bahut thakya hoya hai. Aj ohnu ghar rakh rahe aa",
     [ARMAAN], "2026-12-07 07:45", {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # "dono bachon" with exactly two children: both
    ("Salam, dono bachon ko khansi aur bukhar hai, aaj school nahi aayenge", [BILAL, SAMINA], "2026-12-08 07:10",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
]

UR_SCRIPT = [
    # "پونے ایک بجے" is 12:45, before the afternoon register
    ("آج حسن کی ہسپتال میں اپائنٹمنٹ دو بجے ہے، میں اسے پونے ایک بجے اسکول سے لے جاؤں گی۔", [HASSAN],
     "2026-11-24 07:50", {"P1": ("medical", "M", ["11-24 PM"])}),
    # "کان میں شدید درد" (a bad earache)
    ("زارا کے کان میں بہت شدید درد ہے، آج وہ اسکول نہیں آئے گی۔", [ZARA, HIBA], "2026-11-24 07:40",
     {"P1": ("illness", "I", full("11-24"))}),
    # "پانچ دن" (five days), "تین دن"
    ("حبا کو چکن پاکس ہو گیا ہے، وہ پانچ دن اسکول نہیں آئے گی۔", [HIBA], "2026-11-30 07:15",
     {"P2": ("illness", "I", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    ("زارا کو تیز بخار ہے، وہ تین دن اسکول نہیں آئے گی", [ZARA], "2026-12-07 07:15",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # "فلو", "اس پورے ہفتے" (this whole week)
    ("حسن کو فلو ہے، وہ اس پورے ہفتے اسکول نہیں آ سکے گا۔", [HASSAN], "2026-12-07 07:05",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # Shahmukhi: a wife taken to hospital in the night; "کل سویرے" (tomorrow morning), "اوہدے مگروں" (after that)
    ("میری گھر والی نوں رات ہسپتال لے جانا پیا۔ ایس لئی حسن اج سکول نئیں آوے گا۔", [HASSAN], "2026-12-09 07:15",
     {"P1": ("exceptional", "C", full("12-09"))}),
    ("کل سویرے دس وجے حبا دی ہسپتال وچ اپائنٹمنٹ اے۔ اوہدے مگروں میں اوہنوں سکول چھڈ دیاں گی۔", [HIBA],
     "2026-12-09 18:30", {"P2": ("medical", "M", ["12-10 AM"])}),
]

PA_GURMUKHI = [
    # "ਕੱਲ੍ਹ ਦੁਪਹਿਰ" (tomorrow afternoon), "ਇੰਟਰਵਿਊ", collected "ਸਕੂਲੋਂ" (from school) before the afternoon register
    ("ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਨੂੰ ਰਵਨੀਤ ਦੀ ਕਾਲਜ ਵਿੱਚ ਇੰਟਰਵਿਊ ਹੈ। ਮੈਂ ਉਸ ਨੂੰ 12:45 ਵਜੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗਾ।", [RAVNEET],
     "2026-11-30 19:00", {"P1": ("interview", "J1", ["12-01 PM"])}),
    # "ਪੌਣੇ ਇੱਕ ਵਜੇ" is 12:45
    ("ਅੱਜ ਗੁਰਲੀਨ ਦੀ ਡਾਕਟਰ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਹੈ, ਮੈਂ ਉਸਨੂੰ ਪੌਣੇ ਇੱਕ ਵਜੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ।", [GURLEEN],
     "2026-12-01 07:30", {"P2": ("medical", "M", ["12-01 PM"])}),
    # "ਤਿੰਨਾਂ ਬੱਚਿਆਂ" (all three children), "ਪੇਟ ਖਰਾਬ" (upset stomach)
    ("ਤਿੰਨਾਂ ਬੱਚਿਆਂ ਦਾ ਪੇਟ ਖਰਾਬ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ।", [RAVNEET, GURLEEN, JAPJI], "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("illness", "I", full("12-02")),
      "P3": ("illness", "I", full("12-02"))}),
    # "ਦੋਵੇਂ ਬੱਚੇ" with exactly two children
    ("ਦੋਵੇਂ ਬੱਚੇ ਬਿਮਾਰ ਹਨ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ", [RAVNEET, GURLEEN], "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("illness", "I", full("12-02"))}),
    # visiting the grandparents in Punjab; "X ਤੋਂ Y ਤੱਕ" (from X to Y)
    ("ਅਸੀਂ ਨਾਨੀ ਜੀ ਨੂੰ ਮਿਲਣ ਪੰਜਾਬ ਜਾ ਰਹੇ ਹਾਂ। ਜਪਜੀ 7 ਦਸੰਬਰ ਤੋਂ 9 ਦਸੰਬਰ ਤੱਕ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।", [JAPJI],
     "2026-12-01 07:20", {"P3": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    # the greeting and a thank-you around a bare absence: no reason given
    ("ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਗੁਰਲੀਨ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ। ਧੰਨਵਾਦ", [GURLEEN], "2026-12-03 07:45",
     {"P2": ("unknown", "N", full("12-03"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*UR_PA_ROMAN, *UR_SCRIPT, *PA_GURMUKHI])
def test_m17_ur_pa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # "dono bachon" / "دونوں بچے" with three children: which two?
    ("AoA, dono bachon ko zukam hai, aaj ghar pe rahenge", [BILAL, SAMINA, ZOHA], "2026-12-08 07:00", "clarify"),
    ("دونوں بچوں کو بخار ہے، آج اسکول نہیں آئیں گے", [BILAL, SAMINA, ZOHA], "2026-12-08 07:00", "clarify"),
    # "کان میں شدید درد" (a bad earache) about a child who is not linked
    ("مریم کے کان میں شدید درد ہے، آج وہ اسکول نہیں آئے گی۔", [Child("P1", "Amna"), HIBA], "2026-12-08 07:40",
     "clarify"),
    # "X تے Y دوویں": Y is not a linked child
    ("حسن تے عثمان دوویں بیمار نیں، اج سکول نئیں آن گے۔", [HASSAN, MAHIRA], "2026-12-08 07:25", "clarify"),
    # "kal ja parson" (tomorrow or the day after), "haje pakka nahi" (not confirmed yet)
    ("Gurleen da dentist kal ja parson hovega, haje pakka nahi hoya. Jis din hovega os din school nahi aaugi.",
     [GURLEEN], "2026-12-08 07:50", "clarify"),
    # thanks to the teacher is not an absence
    ("AoA, Miss Sophie ka bohat shukriya, Zoha ko Christmas play mein angel ka role mila hai", [ZOHA],
     "2026-12-14 16:30", "forward"),
])
def test_m17_ur_pa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action
