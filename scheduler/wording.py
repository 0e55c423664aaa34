"""What a chase message says, in the contact's language.

A small translation table rather than a gettext catalogue: one sentence per language, each with a
`{name}` placeholder for the pupil's first name. English uses the pupil's pronoun when the
gender is known; the other languages are worded so they need none.
"""

from __future__ import annotations

CHASE_TEXT: dict[str, str] = {
    "en": "{name} is not in school today and we have no reason for {their} absence. Please reply to tell us why.",
    "pl": "{name} nie ma dziś w szkole, a nie znamy powodu nieobecności. Prosimy o odpowiedź z informacją, dlaczego.",
    "ro": "{name} nu este astăzi la școală și nu cunoaștem motivul absenței. Vă rugăm să ne răspundeți și să ne "
          "spuneți de ce.",
    "ur": "{name} آج اسکول میں نہیں ہے اور ہمیں غیر حاضری کی وجہ معلوم نہیں۔ براہ کرم جواب دے کر ہمیں وجہ بتائیں۔",
    "pa": "{name} ਅੱਜ ਸਕੂਲ ਵਿੱਚ ਨਹੀਂ ਹੈ ਅਤੇ ਸਾਨੂੰ ਗੈਰਹਾਜ਼ਰੀ ਦਾ ਕਾਰਨ ਨਹੀਂ ਪਤਾ। ਕਿਰਪਾ ਕਰਕੇ ਜਵਾਬ ਦੇ ਕੇ ਸਾਨੂੰ ਕਾਰਨ ਦੱਸੋ।",
    "bn": "{name} আজ স্কুলে আসেনি এবং অনুপস্থিতির কারণ আমরা জানি না। অনুগ্রহ করে উত্তর দিয়ে কারণটি জানান।",
    "ar": "{name} ليس في المدرسة اليوم ولا نعرف سبب الغياب. يرجى الرد لإخبارنا بالسبب.",
    "pt": "{name} não está na escola hoje e não sabemos o motivo da ausência. Por favor, responda para nos dizer "
          "porquê.",
    "es": "{name} no está hoy en el colegio y no sabemos el motivo de la ausencia. Por favor, responda para "
          "decirnos por qué.",
    "lt": "{name} šiandien nėra mokykloje, o mes nežinome neatvykimo priežasties. Prašome atsakyti ir nurodyti "
          "priežastį.",
    "so": "{name} maanta ma joogo dugsiga, mana naqaanno sababta maqnaanshaha. Fadlan noo soo jawaab oo noo "
          "sheeg sababta.",
    "uk": "{name} сьогодні немає в школі, і ми не знаємо причини відсутності. Будь ласка, дайте відповідь і "
          "повідомте причину.",
    "tr": "{name} bugün okulda değil ve devamsızlığın nedenini bilmiyoruz. Lütfen yanıt vererek nedenini bize "
          "bildirin.",
}

_PRONOUN = {"m": "his", "male": "his", "f": "her", "female": "her"}


def language_of(code: str | None) -> str:
    """The table's language for a contact's language tag ("pl", "pl-PL", "PT_br"); English otherwise."""
    base = (code or "en").replace("_", "-").split("-")[0].lower()
    return base if base in CHASE_TEXT else "en"


def chase_text(first_name: str, language: str | None, gender: str | None = None) -> str:
    """The chase message for a pupil, in the contact's language."""
    their = _PRONOUN.get((gender or "").strip().lower(), "their")
    return CHASE_TEXT[language_of(language)].format(name=first_name, their=their)
