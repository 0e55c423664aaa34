"""Each supported language: understood (reason, days, children) and answered in that language."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, full, marks, parse
from understanding.canon import detect
from understanding.types import Child

CASES = [
    # language, message, children, expected {pupil: (reason, code, sessions)}, a word the reply must contain
    ("pl", "Dzień dobry, Kuba ma gorączkę i dzisiaj nie przyjdzie do szkoły. Pozdrawiam",
     [Child("P1", "Jakub")], {"P1": ("illness", "I", full("11-23"))}, "Dziękujemy"),
    ("ro", "Bună ziua, Andrei este răcit și nu va veni la școală mâine. Mulțumesc!",
     [Child("P1", "Andrei")], {"P1": ("illness", "I", full("11-24"))}, "Mulțumim"),
    ("pt", "Bom dia, a Beatriz está com febre e não vai à escola hoje. Obrigada",
     [Child("P1", "Beatriz")], {"P1": ("illness", "I", full("11-23"))}, "Obrigado"),
    ("es", "Buenos días, Lucía tiene fiebre y no irá al colegio hasta el jueves. Gracias.",
     [Child("P1", "Lucía")], {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}, "Gracias"),
    ("lt", "Laba diena, Emilija serga, šiandien į mokyklą neateis. Ačiū",
     [Child("P1", "Emilija")], {"P1": ("illness", "I", full("11-23"))}, "Ačiū"),
    ("so", "Subax wanaagsan, Hodan way xanuunsan tahay, qandho ayay qabtaa. Maanta dugsiga ma imaan doonto.",
     [Child("P1", "Hodan")], {"P1": ("illness", "I", full("11-23"))}, "Mahadsanid"),
    ("tr", "Günaydın, Emir hasta, ateşi var. Bugün okula gelmeyecek. Teşekkürler.",
     [Child("P1", "Emir")], {"P1": ("illness", "I", full("11-23"))}, "Teşekkürler"),
    ("uk", "Доброго ранку! Софія захворіла, у неї температура. Вона сьогодні не прийде до школи.",
     [Child("P1", "Sofiia")], {"P1": ("illness", "I", full("11-23"))}, "Дякуємо"),
    ("ar", "صباح الخير، يوسف مريض وعنده حرارة، لن يحضر إلى المدرسة اليوم. شكراً",
     [Child("P1", "Yousef")], {"P1": ("illness", "I", full("11-23"))}, "شكرًا"),
    ("ur", "السلام علیکم، فاطمہ کو بخار ہے۔ وہ آج اسکول نہیں آئے گی۔ شکریہ",
     [Child("P1", "Fatima")], {"P1": ("illness", "I", full("11-23"))}, "شکریہ"),
    ("ur", "Assalam o alaikum, Ali ko bukhar hai, aaj school nahi aa sakega. Shukriya",
     [Child("P1", "Ali")], {"P1": ("illness", "I", full("11-23"))}, "شکریہ"),
    ("pa", "Sat Sri Akal ji. Simran nu bukhar te khangh hai, aj school nahi aavegi. Dhanvaad",
     [Child("P1", "Simran")], {"P1": ("illness", "I", full("11-23"))}, "ਧੰਨਵਾਦ"),
    ("pa", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਿਮਰਨ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗੀ।",
     [Child("P1", "Simran")], {"P1": ("illness", "I", full("11-23"))}, "ਧੰਨਵਾਦ"),
    ("bn", "আসসালামু আলাইকুম, তাহমিদের জ্বর আর কাশি হয়েছে, তাই সে আজ স্কুলে আসবে না। ধন্যবাদ।",
     [Child("P1", "Tahmid")], {"P1": ("illness", "I", full("11-23"))}, "ধন্যবাদ"),
]


@pytest.mark.parametrize(("lang", "text", "children", "expected", "reply_word"), CASES)
def test_understood_and_answered_in_the_language(lang: str, text: str, children: list[Child],
                                                 expected: dict[str, object], reply_word: str) -> None:
    assert detect(text) == lang
    result = parse(text, children)
    assert result.action == "record", result.explanation
    assert marks(result) == expected
    assert result.language == lang
    assert reply_word in result.reply


@pytest.mark.parametrize(("text", "lang"), [
    ("Dzień dobry, Maja i Filip będą nieobecni od 14 do 18 grudnia włącznie, wyjeżdżamy na święta.", "pl"),
    ("Sveiki, Maja ir Filip nelankys mokyklos nuo gruodžio 14 d. iki gruodžio 18 d. imtinai, išvykstame atostogų.",
     "lt"),
    ("Maja ve Filip 14 Aralık'tan itibaren okula gelemeyecek, tatile gidiyoruz, 19 Aralık'ta dönecekler.", "tr"),
])
def test_explicit_foreign_dates_and_ranges(text: str, lang: str) -> None:
    children = [Child("P1", "Maja"), Child("P2", "Filip")]
    result = parse(text, children)
    assert detect(text) == lang
    days = full("12-14", "12-15", "12-16", "12-17", "12-18")
    assert marks(result) == {"P1": ("holiday", "G", days), "P2": ("holiday", "G", days)}


def test_my_son_in_another_language_with_two_children_asks() -> None:
    result = parse("Bom dia, o meu filho está com febre e não vai à escola hoje.", [JACK, AMELIA])
    assert result.action == "clarify"
    assert "filhos" in result.reply


def test_a_named_relative_who_is_not_linked_asks() -> None:
    result = parse("Buenos días, Lucía y su prima Carla no vendrán hoy al colegio porque tienen fiebre.",
                   [Child("P1", "Lucía")])
    assert result.action == "clarify" and result.reports == ()


def test_contact_language_overrides_the_message_language() -> None:
    result = parse("Jack won't be in today, he has a temperature", language="pl")
    assert result.language == "pl" and "Dziękujemy" in result.reply


def test_a_question_in_arabic_is_forwarded() -> None:
    result = parse("السلام عليكم، هل يمكن أن تخبروني في أي ساعة تنتهي المدرسة يوم الجمعة؟ شكراً")
    assert result.action == "forward"
    assert result.language == "ar"


def test_contact_language_codes_are_normalised_and_unknown_ones_ignored() -> None:
    assert parse("Jack won't be in today", language="pt-BR").language == "pt"
    assert parse("Jack won't be in today", language="xx").language == "en"
