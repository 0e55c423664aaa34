"""Punjabi (Gurmukhi)."""

import re

from understanding.lexicons.pickups import collected_for

MARKERS = frozenset()

_HOURS = {"ਇੱਕ": 1, "ਇਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7, "ਅੱਠ": 8, "ਨੌਂ": 9, "ਨੌ": 9,
          "ਦਸ": 10, "ਗਿਆਰਾਂ": 11, "ਗਿਆਰਾ": 11, "ਬਾਰਾਂ": 12, "ਬਾਰਾ": 12}
_HOUR = "(" + "|".join(sorted(_HOURS, key=len, reverse=True)) + r"|(?<![\d:.])\d{1,2})"
_PLUS = {"ਸਵਾ": 15, "ਸਾਢੇ": 30, "ਪੌਣੇ": -15}


def _clock(m: re.Match[str]) -> str:
    """ "ਸਵਾ ਦਸ ਵਜੇ" (quarter past ten) as "at 10:15"; "... ਤੱਕ" (by) as "by 10:15"."""
    hour = int(m[2]) if m[2].isdigit() else _HOURS[m[2]]
    minutes = hour * 60 + _PLUS.get(m[1] or "", 0)
    return f" {'by' if m[3] else 'at'} {minutes // 60 or 12}:{minutes % 60:02d} "  # "ਪੌਣੇ ਇੱਕ" is 12:45


_WEEKDAY_EN = {"ਸੋਮਵਾਰ": "monday", "ਮੰਗਲਵਾਰ": "tuesday", "ਬੁੱਧਵਾਰ": "wednesday", "ਬੁਧਵਾਰ": "wednesday",
               "ਵੀਰਵਾਰ": "thursday", "ਸ਼ੁੱਕਰਵਾਰ": "friday", "ਸ਼ੁਕਰਵਾਰ": "friday"}
_DAY_PA = "|".join(_WEEKDAY_EN)

_PRONOUN = "(?:ਮੈਂ|ਮੈ|ਅਸੀਂ|ਉਹਨੂੰ|ਉਸਨੂੰ|ਉਸ ਨੂੰ|ਓਹਨੂੰ|ਇਹਨੂੰ|ਉਹਨਾਂ ਨੂੰ)"


def _collected_for(m: re.Match[str]) -> str:
    """ "at 12:00 dentist ਕੋਲ ਲੈ ਜਾਵਾਂਗੀ" after "will be in as normal": a collection for the dentist."""
    place = {"dentist": "the dentist", "hospital": "a hospital appointment", "clinic": "the clinic",
             "ਕਲੀਨਿਕ": "the clinic"}.get(m[4], "the doctor")
    return collected_for(m, m[2], place)


_TODAY_BEFORE = re.compile(r"ਅੱਜ|\btoday\b")
_OTHER_DAY_BEFORE = re.compile(rf"(?<![\u0a00-\u0a7f])(?:ਕੱਲ੍ਹ|ਕੱਲ|ਭਲਕੇ|ਪਰਸੋਂ|{_DAY_PA})"
                               r"(?! (?:ਰਾਤ|ਸ਼ਾਮ|ਤੋਂ|ਤੋ)(?![\u0a00-\u0a7f]))"
                               r"|\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday)\b"
                               r"|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october"
                               r"|november|december)\b")


def _afternoon(m: re.Match[str]) -> str:
    """ "ਦੁਪਹਿਰ ਨੂੰ" as "this afternoon"; after another day named (and not today) as "in the afternoon" (of that day)."""
    before = m.string[:m.start()]
    if m[1] or _TODAY_BEFORE.search(before) or not _OTHER_DAY_BEFORE.search(before):
        return " this afternoon "
    return " in the afternoon "


_COUNT = {"ਇੱਕ": "1", "ਇਕ": "1", "ਦੋ": "2", "ਤਿੰਨ": "3", "ਚਾਰ": "4", "ਪੰਜ": "5"}

CANON: tuple[tuple[str, object], ...] = (
    # "ਉਸਦਾ ਟੀਕਾ ਲੱਗਣਾ ਹੈ" (he is having his vaccination), "ਫੇਰ ਸਕੂਲ ਲੈ ਆਵਾਂਗੇ" (then we will bring him to school)
    (r"(?:ਉਸਦਾ|ਉਸ ਦਾ|ਉਹਦਾ|ਉਸਦੇ|ਉਸ ਦੇ|ਉਹਦੇ|ਉਸਦੀ|ਉਸ ਦੀ|ਉਹਦੀ|ਉਸਨੂੰ|ਉਸ ਨੂੰ|ਉਹਨੂੰ) (?:ਟੀਕੇ|ਟੀਕਾ|ਟੀਕਿਆਂ|ਵੈਕਸੀਨ)"
     r" (?:ਲੱਗਣਾ|ਲੱਗਣੇ|ਲਗਣਾ|ਲਗਣੇ|ਲੱਗਣ|ਲਗਵਾਉਣਾ|ਲਗਵਾਉਣੇ|ਲੱਗਣੀ)(?: (?:ਹੈ|ਹਨ|ਏ|ਆ|ਨੇ))?", "he has his vaccinations"),
    (r"(?:ਫੇਰ|ਫਿਰ|ਉਸ (?:ਤੋਂ|ਤੋ) ਬਾਅਦ|ਬਾਅਦ ਵਿੱਚ|ਮਗਰੋਂ)(?: (?:ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਸ ਨੂੰ|ਉਹਨਾਂ ਨੂੰ|ਦੋਵਾਂ ਨੂੰ))? ਸਕੂਲ"
     r" (?:ਲੈ ਆ|ਲੈ ਕੇ ਆ|ਲੈਕੇ ਆ|ਛੱਡ|ਛਡ)[^\s.,!?।]*(?: (?:ਦੇਵਾਂਗੇ|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਦਿਆਂਗੇ|ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਜਾਵਾਂਗੇ"
     r"|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ))?", "then we will bring him to school"),
    # "ਬਾਕੀ ਹਫ਼ਤਾ" / "ਸਾਰਾ ਹਫ਼ਤਾ": the rest of the week
    (r"ਬਾਕੀ (?:ਦਾ )?(?:ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ)", "the rest of the week"),
    # "ਅਗਲਾ ਪੂਰਾ ਹਫ਼ਤਾ", "ਸਾਰਾ ਅਗਲਾ ਹਫ਼ਤਾ" (all next week), "ਅਗਲਾ ਹਫ਼ਤਾ" (next week)
    (r"ਅਗਲ(?:ਾ|ੇ) (?:ਪੂਰਾ|ਪੂਰੇ|ਸਾਰਾ|ਸਾਰੇ) (?:ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ)|(?:ਪੂਰਾ|ਪੂਰੇ|ਸਾਰਾ|ਸਾਰੇ) ਅਗਲ(?:ਾ|ੇ)"
     r" (?:ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ)", "all next week"),
    (r"ਅਗਲਾ (?:ਹਫ਼ਤਾ|ਹਫਤਾ)", "next week"),
    (r"(?:ਇਸ )?(?:ਪੂਰਾ|ਪੂਰੇ|ਸਾਰਾ|ਸਾਰੇ) (?:ਹਫ਼ਤਾ|ਹਫਤਾ|ਹਫ਼ਤੇ|ਹਫਤੇ)", "this whole week"),
    # "ਬੁੱਧਵਾਰ 2 ਦਸੰਬਰ ਤੱਕ, ਉਸ ਦਿਨ ਸਮੇਤ" (until Wednesday 2 December, that day included); "ਅੱਜ ਤੋਂ ਲੈ ਕੇ" (from today)
    (rf"((?:(?:{_DAY_PA})\s+)?\d{{1,2}} [a-z]+(?: 20\d\d)?|{_DAY_PA}) (?:ਤੱਕ|ਤਕ),? (?:(?:ਉਸ|ਓਸ|ਉਸੇ|ਉਹ) ਦਿਨ"
     r"(?: ਨੂੰ)? (?:ਵੀ )?)?(?:ਸਮੇਤ|ਸ਼ਾਮਲ|ਮਿਲਾ ਕੇ)", r"up to and including \1"),
    (r"(?<![\u0a00-\u0a7f])ਅੱਜ (?:ਤੋਂ|ਤੋ) ਲੈ ਕੇ", "from today"),
    (r"ਸਤਿ? ਸ੍ਰੀ ਅਕਾਲ(?: ਜੀ)?", "hello"),  # the greeting
    # "12:45 ਤੇ" / "9:40 'ਤੇ" (at 12:45): a clock time, not "and"
    (r"(?<![\d:.])(\d{1,2}:\d\d) (?:ਵਜੇ )?(?:ਤੇ|'ਤੇ|ਉੱਤੇ)(?![\u0a00-\u0a7f])", r"at \1"),
    # "ਮੈਂ ਉਹਨੂੰ 12:45 ਤੇ pick up ਕਰਾਂਗੀ", "ਮੈਂ ਉਸਨੂੰ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ" (I will pick him up / take him out of school)
    (r"(?:ਮੈਂ|ਮੈ|ਅਸੀਂ) (?:ਉਹਨੂੰ|ਉਸਨੂੰ|ਉਸ ਨੂੰ|ਓਹਨੂੰ|ਉਹਨਾਂ ਨੂੰ|ਇਹਨੂੰ)((?:\s+(?:at|by) \d{1,2}:\d\d)?)"
     r"\s+(?:pick up|pickup|collect|ਸਕੂਲੋਂ ਲੈ ਜਾ|ਸਕੂਲ ਤੋਂ ਲੈ ਜਾ|ਲੈਣ ਆ)[^\s.,!?।]*"
     r"(?: (?:ਕਰਾਂਗੀ|ਕਰਾਂਗਾ|ਕਰਾਂਗੇ|ਕਰ ਲਵਾਂਗੀ|ਕਰ ਲਵਾਂਗਾ|ਕਰ ਲਵਾਂਗੇ|ਕਰਨਾ ਹੈ|ਕਰਨਾ|ਵਾਂਗੀ|ਵਾਂਗਾ|ਵਾਂਗੇ))?",
     r" i will pick him up\1 "),
    # "ਅੱਜ ਉਹ 9:40 ਤੇ ਆਵੇਗੀ", "10 ਵਜੇ ਤੱਕ ਪਹੁੰਚ ਜਾਵੇਗਾ" (she will arrive at 9:40, he will get there by 10)
    (r"((?:at|by) \d{1,2}:\d\d) (?:ਸਕੂਲ )?(?:ਆਵੇਗੀ|ਆਵੇਗਾ|ਆਉਣਗੇ|ਆਊਗੀ|ਆਊਗਾ|ਆਊ|ਆ ਜਾਵੇਗੀ|ਆ ਜਾਵੇਗਾ|ਆ ਜਾਣਗੇ"
     r"|ਪਹੁੰਚੇਗੀ|ਪਹੁੰਚੇਗਾ|ਪਹੁੰਚ ਜਾਵੇਗੀ|ਪਹੁੰਚ ਜਾਵੇਗਾ|ਪਹੁੰਚ ਜਾਣਗੇ)(?![\u0a00-\u0a7f])", r"will arrive \1"),
    # "ਮੈਂ ਪਹਿਲਾਂ ਆਪਣੀ ਦਵਾਈ ਲੈਣ ਜਾਣਾ ਹੈ" (first I have to go and get my medicine): the parent's errand
    (r"(?:ਮੈਂ|ਮੈਨੂੰ) (?:ਪਹਿਲਾਂ |ਪਹਿਲੋਂ )?(?:ਆਪਣੀ |ਆਪਣੀਆਂ |ਮੇਰੀ )?(?:ਦਵਾਈ|ਦਵਾਈਆਂ|ਦੁਆਈ|ਪ੍ਰਿਸਕ੍ਰਿਪਸ਼ਨ) (?:ਲੈਣ|ਲੈਣੀ|ਲਿਆਉਣ)"
     r"(?: (?:ਜਾਣਾ|ਜਾਣੀ))?(?: (?:ਪੈਣਾ|ਪਊ))?(?: (?:ਹੈ|ਏ|ਆ))?", " i have to go and get my medicine first "),
    # "ਹਾਲਤ ਬਹੁਤ ਨਾਜ਼ੁਕ ਹੈ" (the condition is very critical): critically ill
    (r"(?:ਹਾਲਤ|ਹਾਲਾਤ|ਤਬੀਅਤ|ਸਿਹਤ)(?: ਵੀ)? (?:(?:ਬਹੁਤ|ਕਾਫ਼ੀ|ਕਾਫੀ|ਬੜੀ|ਬਹੁਤ ਹੀ) )?(?:ਨਾਜ਼ੁਕ|ਨਾਜੁਕ|ਗੰਭੀਰ|ਸੀਰੀਅਸ)"
     r"(?: (?:ਹੈ|ਏ|ਆ|ਬਣੀ ਹੋਈ ਹੈ))?", "critically ill"),
    # "ਵਾਪਸੀ ਦੀ ਤਾਰੀਖ ਹਾਲੇ ਪੱਕੀ ਨਹੀਂ" (the return date is not fixed yet): a vague end
    (r"ਵਾਪਸੀ (?:ਦੀ|ਦਾ) (?:ਤਾਰੀਖ|ਤਾਰੀਖ਼|ਤਰੀਕ|ਡੇਟ|ਦਿਨ)(?: ਵੀ)? (?:ਅਜੇ|ਹਾਲੇ|ਹਜੇ)(?: ਤੱਕ)? (?:ਪੱਕੀ|ਪੱਕਾ|ਤੈਅ|ਕਨਫਰਮ"
     r"|ਫਾਈਨਲ) (?:ਨਹੀਂ|ਨੀ)(?: (?:ਹੋਈ|ਹੋਇਆ|ਹੈ|ਏ))?", "the return date is not known yet"),
    (r"ਵਾਪਸੀ", "return"),
    # "ਅੱਜ ਸ਼ਾਮ ਨੂੰ ਜਾ ਰਹੇ ਹਾਂ" (we are going this evening), "ਅੱਜ ਰਾਤ" (tonight): not the school day
    (r"ਅੱਜ ਸ਼ਾਮ(?: ਨੂੰ)?(?! ਤੋਂ| ਤੋ)", "this evening"), (r"ਅੱਜ ਰਾਤ(?: ਨੂੰ)?(?! ਤੋਂ| ਤੋ)", "tonight"),
    # "ਮੈਂ ਘਰ ਇਕੱਲੀ ਹਾਂ" (I am on my own at home): "ਇਕੱਲਾ", "ਕੱਲੀ" (alone) are not "ਕੱਲ੍ਹ" (tomorrow, yesterday)
    (r"(?:(?:ਮੈਂ|ਮੈ) )?(?:ਘਰ (?:ਵਿੱਚ |ਵਿਚ |ਚ |ਤੇ )?)?(?<![\u0a00-\u0a7f])(?:ਇ)?ਕੱਲ(?:ੀ|ਾ) (?:ਹਾਂ|ਆਂ|ਹੈਗੀ|ਹੈਗਾ)",
     "i am on my own"),
    (r"(?<![\u0a00-\u0a7f])(?:ਇ)?ਕੱਲ(?:ੀ|ਾ|ੇ|ਿਆਂ)(?![\u0a00-\u0a7f])", "alone"),
    # "ਉਸਨੂੰ ਛੱਡ ਕੇ ਨਹੀਂ ਜਾ ਸਕਦੀ" (I can't leave her and go)
    # ("ਇਕੱਲੀ" before it is already " alone ", spaced: "ਉਸਨੂੰ ਇਕੱਲੀ ਛੱਡ ਕੇ ਨਹੀਂ ਜਾ ਸਕਦੀ", "ਉਸਨੂੰ ਇਕੱਲਾ ਨਹੀਂ ਛੱਡ ਸਕਦੀ")
    # (a comma before it ends the clause about the ill child: "ਨਵਨੀਤ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਮੈਂ ਉਸਨੂੰ ...")
    (r"([,،]\s*)?(?:(?:ਮੈਂ|ਮੈ) )?(?:ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਸ ਨੂੰ|ਓਹਨੂੰ|ਉਹਨਾਂ ਨੂੰ)(?:\s+alone)?\s+(?:ਨਹੀਂ|ਨੀ) ਛੱਡ\S*"
     r"(?: (?:ਸਕਦੀ|ਸਕਦਾ|ਸਕਦੇ))?(?: (?:ਹਾਂ|ਆਂ))?", lambda m: ("; " if m[1] else " ") + "i can't leave her alone "),
    (r"([,،]\s*)?(?:(?:ਮੈਂ|ਮੈ) )?(?:ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਸ ਨੂੰ|ਓਹਨੂੰ|ਉਹਨਾਂ ਨੂੰ)(?:\s+alone)?\s+(?:ਛੱਡ|ਛੱਡਕੇ)(?: ਕੇ)?"
     r" (?:ਨਹੀਂ|ਨੀ) (?:ਜਾ|ਜਾਂ)\S*(?: (?:ਸਕਦੀ|ਸਕਦਾ|ਸਕਦੇ))?(?: (?:ਹਾਂ|ਆਂ))?",
     lambda m: ("; " if m[1] else " ") + "i can't leave her alone "),
    # weather and roads: "ਬਰਫ਼ ਕਰਕੇ" (because of the snow), "ਸੜਕ ਬੰਦ ਹੈ" (the road is closed), "ਬੱਸ ਨਹੀਂ ਚੱਲ ਰਹੀ" (no
    # bus is running)
    (r"(?:ਬਰਫ਼|ਬਰਫ|ਬਰਫਬਾਰੀ|ਬਰਫ਼ਬਾਰੀ)\S*(?: (?:ਕਰਕੇ|ਕਰ ਕੇ|ਦੀ ਵਜ੍ਹਾ ਨਾਲ|ਦੀ ਵਜ੍ਹਾ ਕਰਕੇ|ਕਾਰਨ))?", "snow"),
    (r"(?:ਸੜਕ|ਸੜਕਾਂ|ਰਸਤਾ|ਰਾਹ)(?: (?:ਵੀ|ਹੀ))? (?:ਬੰਦ)", "road closed"),
    (r"(?:ਬੱਸ|ਬੱਸਾਂ|ਬਸ)(?: (?:ਵੀ|ਹੀ))? (?:ਨਹੀਂ|ਨੀ) (?:ਚੱਲ|ਚਲ)\S*(?: (?:ਰਹੀ|ਰਹੀਆਂ|ਰਿਹਾ|ਰਹੇ))?|(?:ਬੱਸ|ਬੱਸਾਂ)(?: ਵੀ)? ਬੰਦ",
     "no bus"),
    # "ਜੀਪੀ ਕੋਲ ਟੀਕੇ ਲੱਗਣੇ ਹਨ" (vaccinations at the GP)
    (r"(?:ਦੇ |ਦੀ |ਦਾ )?(?:ਜੀਪੀ|ਜੀ ਪੀ|ਜੀ.ਪੀ.?)(?: (?:ਕੋਲ|ਤੇ|ਵਿਖੇ))?", " at the gp "),
    (r"(?:ਟੀਕੇ|ਟੀਕਾ|ਟੀਕਿਆਂ|ਟੀਕਾਕਰਨ|ਵੈਕਸੀਨ|ਵੈਕਸੀਨੇਸ਼ਨ)(?: (?:ਲੱਗਣੇ|ਲੱਗਣਾ|ਲਗਵਾਉਣੇ|ਲਗਵਾਉਣ|ਲੱਗਣ))?", "vaccinations"),
    # "ਭਲਕੇ" is only tomorrow (never yesterday)
    (r"(?<![\u0a00-\u0a7f])ਭਲਕੇ(?: ਨੂੰ)? ਸਵੇਰੇ", "tomorrow morning"),
    (r"(?<![\u0a00-\u0a7f])ਭਲਕੇ(?: ਨੂੰ)? ਦੁਪਹਿਰ(?: ਨੂੰ| ਤੋਂ ਬਾਅਦ)?", "tomorrow afternoon"),
    (r"(?<![\u0a00-\u0a7f])ਭਲਕੇ(?![\u0a00-\u0a7f])", "tomorrow"),
    # "ਮਨਜੋਤ ਅਤੇ ਪ੍ਰਭ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ, ਦੋਵਾਂ ਨੂੰ ਜ਼ੁਕਾਮ ਹੈ": the two named at the start are the "both" the message
    # speaks of (so a name among them that is not a linked child is seen)
    (r"(?:^|(?<=[.,।!?:]\s)|(?<=[.,।!?:]))(?!ਦੋ)([\u0a00-\u0a7f]+) (?:ਅਤੇ|ਤੇ) ([\u0a00-\u0a7f]+)"
     r"(?= [^.।!?]{0,60}?(?:ਦੋਵਾਂ|ਦੋਹਾਂ|ਦੋਵੇਂ|ਦੋਨੋਂ|ਦੋਨਾਂ|ਦੋਵੇਂ ਹੀ)(?:\s|[.,।!?]|$))", r"\1 and \2 both"),
    # "ਦੀ ਛੁੱਟੀ ਮਿਲ ਸਕਦੀ ਹੈ?" (may they have the day off?); "ਛੁੱਟੀਆਂ ਮੁਬਾਰਕ" (happy holidays) is a wish
    (r"(?:ਦੀ|ਦਾ|ਦੇ|ਕੀ|ਕਾ) ਛੁੱਟੀ (?:ਮਿਲ|ਮਿੱਲ) (?:ਸਕਦੀ|ਸਕਦਾ|ਸਕਦੇ|ਜਾਵੇਗੀ|ਜਾਊ|ਜਾਏਗੀ)\S*(?: ਹੈ| ਏ| ਆ)?",
     "could have the day off"),
    (r"ਛੁੱਟੀਆਂ (?:ਮੁਬਾਰਕ|ਦੀਆਂ ਵਧਾਈਆਂ|ਦੀ ਵਧਾਈ)\S*", "happy holidays"),
    # a death: "ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗਏ", "ਪੂਰੇ ਹੋ ਗਏ", "ਗੁਜ਼ਰ ਗਏ"; the cremation, the funeral
    (r"ਅਕਾਲ ਚਲਾਣਾ ਕਰ\S*(?: ਗਏ| ਗਿਆ| ਗਈ)?|(?:ਪੂਰੇ|ਪੂਰਾ|ਪੂਰੀ) ਹੋ (?:ਗਏ|ਗਿਆ|ਗਈ)|(?:ਗੁਜ਼ਰ|ਗੁਜਰ) (?:ਗਏ|ਗਿਆ|ਗਈ)"
     r"|ਸਵਰਗਵਾਸ\S*|ਮੌਤ ਹੋ (?:ਗਈ|ਗਏ)", "passed away"),
    (r"ਸਸਕਾਰ|ਅੰਤਿਮ ਸੰਸਕਾਰ|ਅੰਤਮ ਸੰਸਕਾਰ|ਭੋਗ", "funeral"),
    # "ਅਸੀਂ ਸੁੱਤੇ ਰਹਿ ਗਏ" (we overslept), "ਅਲਾਰਮ ਨਹੀਂ ਵੱਜਿਆ" (the alarm didn't go off), "ਹੁਣ ਬਹੁਤ ਦੇਰ ਹੋ ਗਈ ਹੈ"
    # (it is too late now)
    (r"(?:ਸੁੱਤੇ|ਸੁੱਤਾ|ਸੁੱਤੀ|ਸੁੱਤੀਆਂ|ਸੌਂਦੇ|ਸੌਂਦਾ|ਸੌਂਦੀ) (?:ਹੀ )?ਰਹਿ (?:ਗਏ|ਗਿਆ|ਗਈ|ਗਈਆਂ)(?: (?:ਸੀ|ਸਨ))?"
     r"|(?:ਜਾਗ|ਅੱਖ)(?: ਹੀ)? (?:ਨਹੀਂ|ਨੀ) (?:ਖੁੱਲ੍ਹੀ|ਖੁੱਲੀ|ਖੁਲ੍ਹੀ|ਖੁੱਲ੍ਹ|ਆਈ)(?: (?:ਸਕੀ|ਸੀ))?", "overslept"),
    (r"ਅਲਾਰਮ(?: (?:ਹੀ|ਵੀ))? (?:ਨਹੀਂ|ਨੀ) (?:ਵੱਜਿਆ|ਵੱਜੀ|ਵਜਿਆ|ਵੱਜਾ|ਬੋਲਿਆ|ਚੱਲਿਆ|ਵੱਜ)[^\s.,!?।]*", "the alarm didn't go off"),
    # "ਵਿਆਹ ਤੋਂ ਬਹੁਤ ਦੇਰ ਨਾਲ ਘਰ ਮੁੜੇ" (got home very late from the wedding): tired, not a late arrival
    (r"(?:(ਵਿਆਹ|ਪਾਰਟੀ|ਮਹਿੰਦੀ|ਜਾਗੋ|ਗੁਰਦੁਆਰ\S*|ਰਿਸ਼ਤੇਦਾਰਾਂ) (?:ਤੋਂ|ਤੋ|ਚੋਂ|ਵਿੱਚੋਂ) )?(?:(?:ਬਹੁਤ|ਕਾਫ਼ੀ|ਕਾਫੀ) )?(?:ਦੇਰ|ਲੇਟ)"
     r" (?:ਨਾਲ |ਤੱਕ |ਰਾਤ )?ਘਰ (?:ਮੁੜ|ਆ|ਪਹੁੰਚ|ਪਰਤ|ਵਾਪਸ ਆ)[^\s.,!?।]*(?: (?:ਸੀ|ਸਨ|ਹਾਂ|ਆਂ|ਗਏ))?",
     lambda m: "got home late" + {"ਵਿਆਹ": " from the wedding", "ਪਾਰਟੀ": " from the party", "ਮਹਿੰਦੀ": " from the wedding",
                                  "ਜਾਗੋ": " from the wedding", "ਰਿਸ਼ਤੇਦਾਰਾਂ": " from our relatives"}.get(
         m[1] or "", " from the gurdwara" if m[1] else "")),
    # "ਸੋਮਵਾਰ ਦੇਖਦੇ ਹਾਂ" (we'll see about Monday): that day is not decided
    (rf"(?<![\u0a00-\u0a7f])({_DAY_PA})(?: (?:ਨੂੰ|ਦਾ))? (?:ਦੇਖਦੇ|ਵੇਖਦੇ|ਦੇਖਾਂਗੇ|ਵੇਖਾਂਗੇ|ਦੇਖਾਂਗੀ|ਵੇਖਾਂਗੀ|ਦੇਖਾਂਗਾ|ਵੇਖਾਂਗਾ)"
     r"(?: (?:ਹਾਂ|ਆਂ))?", lambda m: f" we'll see about {_WEEKDAY_EN[m[1]]} "),
    # "ਕੱਲ੍ਹ ਦਾ ਦੇਖ ਕੇ ਦੱਸਾਂਗੇ" (we'll see about tomorrow and let you know): tomorrow is not decided
    (r"(?<![\u0a00-\u0a7f])(?:ਕੱਲ੍ਹ|ਕੱਲ|ਭਲਕੇ)(?: (?:ਦਾ|ਦੀ|ਬਾਰੇ|ਨੂੰ))? (?:ਦੇਖ|ਵੇਖ)(?: ਕੇ|ਕੇ)?"
     r"(?= (?:ਦੱਸ|ਦਸ)[^\s.,!?।]*)|(?<![\u0a00-\u0a7f])(?:ਕੱਲ੍ਹ|ਕੱਲ|ਭਲਕੇ)(?: (?:ਦਾ|ਦੀ|ਬਾਰੇ|ਨੂੰ))? (?:ਦੇਖਦੇ|ਵੇਖਦੇ"
     r"|ਦੇਖਾਂਗੇ|ਵੇਖਾਂਗੇ|ਦੇਖਾਂਗੀ|ਵੇਖਾਂਗੀ|ਦੇਖਾਂਗਾ|ਵੇਖਾਂਗਾ)(?: (?:ਹਾਂ|ਆਂ))?", "we'll see about tomorrow,"),
    (r"(?:ਹੁਣ )?(?:ਬਹੁਤ|ਕਾਫ਼ੀ|ਕਾਫੀ) (?:ਜ਼ਿਆਦਾ )?ਦੇਰ ਹੋ (?:ਗਈ|ਗਿਆ|ਚੁੱਕੀ)(?: (?:ਹੈ|ਏ|ਆ))?", "it is too late now"),
    # "ਛੋਟੀ ਭੈਣ ਬਿਮਾਰ ਹੈ" (his little sister is ill: the child named is kept home because of it; not "ਭੈਣ ਵੀ", ill too,
    # nor "X ਅਤੇ ਉਸਦੀ ਭੈਣ", both ill)
    (r"(?<!ਅਤੇ )(?<!ਤੇ )(?:(?:ਉਸਦੀ|ਉਸਦਾ|ਉਹਦੀ|ਉਹਦਾ|ਉਸ ਦੀ|ਉਸ ਦਾ|ਇਸਦੀ|ਇਸਦਾ) )?(?:(ਛੋਟੀ|ਛੋਟਾ|ਨਿੱਕੀ|ਨਿੱਕਾ|ਵੱਡੀ|ਵੱਡਾ) )?"
     r"(?<![\u0a00-\u0a7f])(ਭੈਣ|ਭਰਾ|ਵੀਰ)(?: ਨੂੰ)? (?:(?:ਬਹੁਤ|ਤੇਜ਼|ਤੇਜ) )?(?:ਬਿਮਾਰ|ਬੀਮਾਰ|ਬੁਖਾਰ|ਬੁਖ਼ਾਰ)(?: (?:ਹੈ|ਏ|ਆ|ਹੋ ਗਈ|ਹੋ ਗਿਆ))?",
     lambda m: "his " + ("little " if m[1] and m[1][0] in "ਛਨ" else "") + ("sister" if m[2] == "ਭੈਣ" else "brother")
     + " is ill"),
    (r"(?:ਮੈਂ|ਮੈਨੂੰ) (?:ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਸ ਨੂੰ) (?:ਲੈ ਕੇ|ਲੈਕੇ) (?:ਹਸਪਤਾਲ|ਡਾਕਟਰ ਕੋਲ) (?:ਜਾਣਾ|ਜਾਣੀ)(?: (?:ਹੈ|ਏ|ਆ|ਪੈਣਾ))?",
     lambda m: "i have to take her to " + ("hospital" if "ਹਸਪਤਾਲ" in m[0] else "the doctor")),
    # "ਪਹਿਲਾਂ ਮੈਂ ਹਰਲੀਨ ਨੂੰ ਡਾਕਟਰ ਕੋਲ ਲੈ ਕੇ ਜਾਣਾ ਹੈ" (first I have to take Harleen to the doctor): an errand for that child
    # (the one who is late is not the patient)
    (r"(?:(ਪਹਿਲਾਂ|ਪਹਿਲੋਂ|ਪਹਿਲਾ) )?(?:ਮੈਂ|ਮੈਨੂੰ|ਅਸੀਂ|ਸਾਨੂੰ) (?:(ਪਹਿਲਾਂ|ਪਹਿਲੋਂ|ਪਹਿਲਾ) )?(\S+) ਨੂੰ (ਡਾਕਟਰ|ਹਸਪਤਾਲ|ਡੈਂਟਿਸਟ"
     r"|ਕਲੀਨਿਕ)(?: (?:ਕੋਲ|ਦੇ ਕੋਲ|ਕੋਲੇ|ਵਿਖੇ))? (?:ਲੈ ਕੇ|ਲੈਕੇ|ਲੈ) (?:ਜਾਣਾ|ਜਾਣੀ)(?: (?:ਪੈਣਾ|ਪਊ|ਪਵੇਗਾ))?(?: (?:ਹੈ|ਏ|ਆ))?",
     lambda m: f"i have to take {m[3]} to the " + {"ਡਾਕਟਰ": "doctor", "ਡੈਂਟਿਸਟ": "dentist", "ਕਲੀਨਿਕ": "clinic"}.get(
         m[4], "hospital") + (" first" if m[1] or m[2] else "")),
    (r"(?<![\u0a00-\u0a7f])(?:ਕਿਉਂਕਿ|ਕਿਉਂ ਕਿ|ਕਿਓਂਕਿ|ਕਿਉਕਿ)(?![\u0a00-\u0a7f])", "because"),
    (r"(?<![\u0a00-\u0a7f])(?:ਥੋੜ੍ਹਾ|ਥੋੜਾ|ਥੋੜ੍ਹੀ|ਥੋੜੀ|ਥੋੜ੍ਹੇ|ਥੋੜੇ)(?: ਜਿਹਾ| ਜਿਹੀ| ਜਿਹੇ)?(?![\u0a00-\u0a7f])", "a bit"),
    # "ਮੈਨੂੰ ਕੰਮ ਤੇ ਜਾਣਾ ਪੈਣਾ ਹੈ" (I have to go to work); "ਉਸਨੇ ਆਪਣੀ ਭੈਣ ਦਾ ਧਿਆਨ ਰੱਖਣਾ ਹੈ" (he has to look after his sister)
    (r"(?:(?:ਮੈਨੂੰ|ਮੈਂ|ਅਸੀਂ|ਸਾਨੂੰ) )?(?:ਵੀ )?(?:ਕੰਮ|ਡਿਊਟੀ|ਨੌਕਰੀ|ਦਫ਼ਤਰ|ਦਫਤਰ) (?:ਤੇ|'ਤੇ|ਉੱਤੇ|ਉਤੇ) (?:ਜਾਣਾ|ਜਾਣੀ)"
     r"(?: (?:ਪੈਣਾ|ਪੈਂਦਾ|ਪਊ|ਪਵੇਗਾ))?(?: (?:ਹੈ|ਏ|ਆ))?", "i have to go to work"),
    (r"(?:(?:ਉਸਨੇ|ਉਹਨੇ|ਉਸ ਨੇ|ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਸ ਨੂੰ) )?(?:(?:ਆਪਣੀ|ਆਪਣੇ|ਆਪਣਾ|ਉਸਦੀ|ਉਸਦੇ|ਉਸਦਾ) )?(?:(ਛੋਟੀ|ਛੋਟੇ|ਛੋਟਾ|ਨਿੱਕੀ"
     r"|ਨਿੱਕੇ|ਨਿੱਕਾ) )?(?<![\u0a00-\u0a7f])(ਭੈਣ|ਭਰਾ|ਵੀਰ|ਭੈਣਾਂ|ਭਰਾਵਾਂ|ਭੈਣ ਭਰਾਵਾਂ) (?:ਦਾ|ਦੀ|ਦੇ) (?:ਧਿਆਨ|ਖਿਆਲ|ਖ਼ਿਆਲ|ਦੇਖਭਾਲ|ਦੇਖ ਭਾਲ)"
     r" (?:ਰੱਖਣਾ|ਰੱਖਣੀ|ਰੱਖੇ\S*|ਰੱਖ|ਕਰਨੀ|ਕਰਨਾ|ਕਰੇ\S*)(?: (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ))?(?: (?:ਹੈ|ਏ|ਆ|ਪੈਣਾ))?",
     lambda m: "look after his " + ("little " if m[1] else "") + ("sister" if m[2].startswith("ਭੈਣ") else "brother")),
    (r"ਘਰ(?: ਹੋਰ)? ਕੋਈ(?: ਹੋਰ| ਵੀ)? (?:ਨਹੀਂ|ਨੀ)(?: (?:ਹੈ|ਏ|ਆ))?", "there is no one at home"),
    # "ਛੋਟੀ ਨੂੰ ਸੰਭਾਲਣ ਵਾਲਾ ਕੋਈ ਨਹੀਂ" (nobody to look after the little one)
    (r"(?:ਛੋਟੀ|ਛੋਟੇ|ਛੋਟਾ|ਨਿੱਕੀ|ਨਿੱਕਾ|ਨਿੱਕੇ|ਬੇਬੀ)(?: (?:ਭੈਣ|ਭਰਾ|ਵੀਰ|ਬੱਚੇ|ਬੱਚੀ))? ਨੂੰ (?:ਸੰਭਾਲਣ|ਸਾਂਭਣ|ਸੰਭਾਲਨ|ਦੇਖਣ|ਰੱਖਣ)"
     r"(?: (?:ਵਾਲਾ|ਵਾਲੀ|ਵਾਲੇ))? ਕੋਈ(?: (?:ਹੋਰ|ਵੀ))? (?:ਨਹੀਂ|ਨੀ)(?: (?:ਹੈ|ਏ|ਆ))?", "no one to look after the little one"),
    # a grown-up's appointment the parent takes them to: "ਮੈਂ ਮੰਮੀ ਨੂੰ ਹਸਪਤਾਲ ਦੀ ਅਪੌਇੰਟਮੈਂਟ ਤੇ ਲੈ ਕੇ ਜਾਣਾ ਹੈ" (I have to
    # take my mother to a hospital appointment): not the child's appointment
    (r"(?:(?:ਮੈਂ|ਮੈਨੂੰ|ਅਸੀਂ|ਸਾਨੂੰ) )?(?:(?:ਮੇਰੀ|ਮੇਰੇ|ਸਾਡੀ|ਸਾਡੇ|ਆਪਣੀ|ਆਪਣੇ) )?(ਮੰਮੀ|ਮਾਂ|ਮਾਤਾ|ਪਾਪਾ|ਪਿਤਾ|ਡੈਡੀ|ਦਾਦੀ|ਨਾਨੀ"
     r"|ਬੀਬੀ|ਬੇਬੇ|ਦਾਦਾ|ਨਾਨਾ|ਬਾਪੂ|ਘਰਵਾਲੀ|ਘਰਵਾਲੇ|ਪਤੀ|ਪਤਨੀ)(?: ਜੀ)? ਨੂੰ(?: [^.।!?,]{0,30}?)?"
     r" (?:ਅਪੌਇੰਟਮੈਂਟ|ਅਪੋਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ|ਚੈੱਕਅਪ|ਚੈਕਅਪ|ਚੈੱਕ ਅੱਪ|ਟੈਸਟ|ਜਾਂਚ|ਓਪਰੇਸ਼ਨ|ਅਪਰੇਸ਼ਨ)[^.।!?,]{0,20}?"
     r" (?:ਲੈ ਕੇ|ਲੈਕੇ|ਲੈ) (?:ਜਾਣਾ|ਜਾਣੀ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ)(?: (?:ਹੈ|ਏ|ਆ|ਪੈਣਾ|ਪਊ|ਪਵੇਗਾ))?",
     lambda m: "i have to take my " + ("mum" if m[1] in ("ਮੰਮੀ", "ਮਾਂ", "ਮਾਤਾ") else "dad"
                                        if m[1] in ("ਪਾਪਾ", "ਪਿਤਾ", "ਡੈਡੀ") else "grandma"
                                        if m[1] in ("ਦਾਦੀ", "ਨਾਨੀ", "ਬੀਬੀ", "ਬੇਬੇ") else "grandad"
                                        if m[1] in ("ਦਾਦਾ", "ਨਾਨਾ", "ਬਾਪੂ") else "wife"
                                        if m[1] in ("ਘਰਵਾਲੀ", "ਪਤਨੀ") else "husband") + " to a hospital appointment"),
    # "ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੂੰ ਅਚਾਨਕ ਹਸਪਤਾਲ ਲੈ ਕੇ ਜਾਣਾ ਪਿਆ" (my father had to be taken to hospital suddenly), "ਦਾਦੀ ਜੀ ਹਸਪਤਾਲ
    # ਦਾਖਲ ਹਨ" (grandma is admitted to hospital), "ਡੈਡੀ ਨੂੰ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਹੋਇਆ ਤੇ ਐਂਬੂਲੈਂਸ ਲੈ ਗਈ" (dad had chest pain and
    # the ambulance took him): a grown-up rushed to hospital is the family's emergency
    (r"(?:(?:ਮੇਰੇ|ਮੇਰੀ|ਸਾਡੇ|ਸਾਡੀ|(ਬੱਚਿਆਂ) ਦੇ|(ਬੱਚਿਆਂ) ਦੀ) )?(ਪਿਤਾ|ਪਾਪਾ|ਡੈਡੀ|ਮੰਮੀ|ਮਾਂ|ਮਾਤਾ|ਦਾਦੀ|ਨਾਨੀ|ਦਾਦਾ|ਨਾਨਾ|ਬਾਪੂ|ਬੇਬੇ"
     r"|ਘਰਵਾਲੀ|ਘਰਵਾਲੇ|ਪਤੀ|ਪਤਨੀ|ਸੱਸ|ਸਹੁਰਾ|ਸਹੁਰੇ)(?: ਜੀ)?(?: ਨੂੰ)? (?:[^.।!?,]{0,30}? )?(?:ਹਸਪਤਾਲ|ਐਮਰਜੈਂਸੀ"
     r"|ਐਂਬੂਲੈਂਸ|ਐਮਬੂਲੈਂਸ|ਐਂਬੂਲੈਨਸ)"
     r"(?: (?:ਵਿੱਚ|ਵਿਚ|ਚ))? (?:ਲੈ ਕੇ|ਲੈਕੇ|ਲੈ|ਲਿਜਾ|ਦਾਖਲ|ਦਾਖ਼ਲ|ਭਰਤੀ|ਐਡਮਿਟ|ਪਹੁੰਚਾ)[^.।!?,]*",
     lambda m: ("the children's " if m[1] or m[2] else "my ")
     + ("mother" if m[3] in ("ਮੰਮੀ", "ਮਾਂ", "ਮਾਤਾ", "ਸੱਸ") else "father"
        if m[3] in ("ਪਿਤਾ", "ਪਾਪਾ", "ਡੈਡੀ", "ਸਹੁਰਾ", "ਸਹੁਰੇ") else "grandma"
        if m[3] in ("ਦਾਦੀ", "ਨਾਨੀ", "ਬੇਬੇ") else "grandad" if m[3] in ("ਦਾਦਾ", "ਨਾਨਾ", "ਬਾਪੂ") else "wife"
        if m[3] in ("ਘਰਵਾਲੀ", "ਪਤਨੀ") else "husband") + " was rushed to hospital"),
    # damage at home: "ਪਾਣੀ ਵਾਲੀ ਪਾਈਪ ਫਟ ਗਈ" (a water pipe burst), "ਘਰ ਵਿੱਚ ਪਾਣੀ ਭਰ ਗਿਆ" (the house flooded), "ਹੜ੍ਹ" (a
    # flood), "ਘਰ ਨੂੰ ਅੱਗ ਲੱਗ ਗਈ" (a fire at the house)
    (r"(?:ਪਾਣੀ (?:ਵਾਲੀ|ਵਾਲਾ|ਦੀ|ਦਾ) )?(?:ਪਾਈਪ|ਪਾਇਪ|ਨਲਕਾ|ਟੂਟੀ)(?: ਵੀ)? (?:ਫਟ|ਫੱਟ|ਟੁੱਟ|ਟੁਟ|ਲੀਕ)\S*"
     r"(?: (?:ਗਈ|ਗਿਆ|ਗਏ|ਪਈ|ਹੋ ਗਈ|ਹੋ ਗਿਆ))?(?: (?:ਹੈ|ਸੀ|ਏ))?", "burst pipe"),
    (r"ਪਾਣੀ (?:ਭਰ|ਵੜ|ਵੜਿਆ|ਚੜ੍ਹ|ਚੜ)\S* (?:ਗਿਆ|ਗਈ|ਗਏ|ਪਿਆ)(?: (?:ਹੈ|ਸੀ|ਏ))?|ਪਾਣੀ ਹੀ ਪਾਣੀ|ਹੜ੍ਹ\S*", "flooded"),
    (r"ਅੱਗ (?:ਲੱਗ|ਲਗ)\S*(?: (?:ਗਈ|ਗਿਆ|ਪਈ))?(?: (?:ਸੀ|ਹੈ|ਏ))?", "house fire"),
    # "ਜੇ ਕੱਲ੍ਹ ਵੀ ਠੀਕ ਨਾ ਹੋਈ ਤਾਂ ਦੱਸ ਦਿਆਂਗੇ" (if she is not better tomorrow either, we will let you know): only a
    # condition on that day
    (r"ਜੇ (?:ਉਹ )?(?:(ਕੱਲ੍ਹ?|ਭਲਕੇ|ਪਰਸੋਂ)(?: ਨੂੰ)?(?: ਵੀ)? )?(?:ਉਹ )?(?:ਠੀਕ|ਬਿਹਤਰ|ਚੰਗਾ|ਚੰਗੀ|ਤੰਦਰੁਸਤ) (?:ਨਾ|ਨਹੀਂ|ਨੀ)"
     r" (?:ਹੋਈ|ਹੋਇਆ|ਹੋਏ|ਹੋਵੇ|ਹੋਵੇਗੀ|ਹੋਵੇਗਾ|ਹੋਈਆਂ|ਲੱਗਿਆ|ਲੱਗੀ)(?: ਤਾਂ)?",
     lambda m: "if she is not better" + (" the day after tomorrow" if m[1] == "ਪਰਸੋਂ" else " tomorrow" if m[1] else "")),
    (r"(?:ਅਸੀਂ |ਮੈਂ )?(?:ਤੁਹਾਨੂੰ )?(?:ਦੱਸ|ਦਸ) (?:ਦਿਆਂਗੇ|ਦੇਵਾਂਗੇ|ਦਿਆਂਗੀ|ਦੇਵਾਂਗੀ|ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ|ਦੇਊਂਗੀ|ਦੇਊਂਗਾ)"
     r"|(?:ਅਸੀਂ |ਮੈਂ )?(?:ਤੁਹਾਨੂੰ )?(?:ਦੱਸਾਂਗੇ|ਦੱਸਾਂਗੀ|ਦੱਸਾਂਗਾ)", "we will let you know"),
    # "ਕੱਲ੍ਹ ਤੋਂ ਖੰਘ ਹੈ": a symptom since yesterday (present tense, nothing future in the clause)
    (r"ਕੱਲ੍ਹ?(?: ਦੀ)? (?:ਤੋਂ|ਤੋ)(?= [^.।!?,]{0,40}?(?:ਬੁਖਾਰ|ਬੁਖ਼ਾਰ|ਖੰਘ|ਉਲਟੀ|ਦਸਤ|ਦਰਦ|ਪੀੜ|ਜ਼ੁਕਾਮ|ਜੁਕਾਮ|ਬਿਮਾਰ|ਬੀਮਾਰ"
     r"|ਤਬੀਅਤ|ਸਿਹਤ|ਇਨਫੈਕਸ਼ਨ|ਢਿੱਡ|ਢਿਡ|ਪੇਟ|ਖਰਾਬ|ਖ਼ਰਾਬ|vomiting|stomach bug|d&v))"
     r"(?=[^.।!?,]*\s(?:ਹੈ|ਹਨ|ਏ|ਆ|ਨੇ|ਰਹੀ|ਰਿਹਾ|ਰਹੇ)(?:[\s.।,!?]|$))"
     r"(?![^.।!?,]*(?:ਗਾ|ਗੀ|ਗੇ|ਵੇਗਾ|ਵੇਗੀ|ਣਗੇ)(?:[\s.।,!?]|$))(?![^.।!?,]*(?:ਛੁੱਟੀ|ਸਕੂਲ))", "since yesterday"),
    # "ਕੱਲ੍ਹ" with a past verb ("ਕਰ ਗਏ", "ਸੀ") is yesterday
    (r"ਕੱਲ੍ਹ?(?! ਰਾਤ)(?= [^.।!?]{0,50}?(?:ਗਏ|ਗਿਆ|ਗਈ|ਸੀ|ਸਨ|ਹੋਇਆ|ਹੋਈ|ਆਇਆ|ਆਈ|passed away)(?:[\s.।,!?]|$))"
     r"(?![^.।!?,]*(?:ਗਾ|ਗੀ|ਗੇ|ਵੇਗਾ|ਵੇਗੀ|ਣਗੇ)(?:[\s.।,!?]|$))", "yesterday"),
    # "ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਨੂੰ" (tomorrow afternoon), "ਕੱਲ੍ਹ ਸਵੇਰੇ" (tomorrow morning)
    (r"ਕੱਲ੍ਹ?(?: ਨੂੰ)? ਦੁਪਹਿਰ(?: ਨੂੰ| ਤੋਂ ਬਾਅਦ| ਤੋਂ| ਵੇਲੇ)?", "tomorrow afternoon"),
    (r"ਕੱਲ੍ਹ?(?: ਨੂੰ)? ਸਵੇਰੇ(?: ਸਵੇਰੇ)?", "tomorrow morning"),
    # "ਕੰਨਾਂ ਦਾ ਟੈਸਟ" (a hearing test), "ਅੱਖਾਂ ਦਾ ਟੈਸਟ" (an eye test)
    (r"(?:ਕੰਨਾਂ|ਕੰਨ|ਸੁਣਨ) (?:ਦਾ|ਦੀ|ਦੇ) (?:ਟੈਸਟ|ਟੈੱਸਟ|ਚੈੱਕਅਪ|ਚੈਕਅਪ|ਚੈੱਕ ਅੱਪ|ਜਾਂਚ)", "hearing test"),
    (r"(?:ਅੱਖਾਂ|ਅੱਖ|ਨਜ਼ਰ|ਨਿਗਾਹ) (?:ਦਾ|ਦੀ|ਦੇ) (?:ਟੈਸਟ|ਟੈੱਸਟ|ਚੈੱਕਅਪ|ਚੈਕਅਪ|ਚੈੱਕ ਅੱਪ|ਜਾਂਚ)", "eye test"),
    # the day not known: "ਕਿਸੇ ਦਿਨ" (some day), "ਛੁੱਟੀਆਂ ਤੋਂ ਪਹਿਲਾਂ" (before the holidays), "ਚਿੱਠੀ ਅਜੇ ਨਹੀਂ ਆਈ" (the
    # letter has not come yet: not "won't be in"), "ਤਾਰੀਖ ਅਜੇ ਪੱਕੀ ਨਹੀਂ" (the date is not fixed yet), "ਉਸ ਦਿਨ" (that day)
    (r"ਕਿਸੇ (?:ਦਿਨ|ਵੇਲੇ|ਦਿਹਾੜੇ)", "on some day"),
    (r"ਛੁੱਟੀਆਂ (?:ਤੋਂ|ਤੋ) (?:ਪਹਿਲਾਂ|ਪਹਿਲੋਂ|ਪਹਿਲਾ)", "before the holidays"),
    # "(ਛੁੱਟੀਆਂ ਤੋਂ ਬਾਅਦ) ਜਨਵਰੀ ਵਿੱਚ ਵਾਪਸ ਆਉਣਗੇ", "ਨਵੇਂ ਸਾਲ ਵਿੱਚ ਸਕੂਲ ਆਵੇਗੀ" ((after the holidays) will come back in
    # January, in the new year): back after the end of term
    (r"((?:ਛੁੱਟੀਆਂ|ਛੁੱਟੀਆਂ) (?:ਤੋਂ|ਤੋ) (?:ਬਾਅਦ|ਮਗਰੋਂ|ਪਿੱਛੋਂ) )?(?:(ਜਨਵਰੀ)|(?:ਨਵੇਂ|ਨਵੇ) (?:ਸਾਲ|ਵਰ੍ਹੇ))"
     r" (?:ਵਿੱਚ|ਵਿਚ|ਚ|ਨੂੰ)(?: (?:ਹੀ|ਈ))?(?: (?:ਵਾਪਸ|ਸਕੂਲ)){0,2}"
     r" (?:ਆਉਣਗੇ|ਆਵੇਗਾ|ਆਵੇਗੀ|ਆਵਾਂਗੇ|ਆਉਣਗੀਆਂ|ਆਊਗਾ|ਆਊਗੀ|ਆਉਣਾ|ਆ ਜਾਣਗੇ|ਆ ਜਾਵੇਗਾ|ਆ ਜਾਵੇਗੀ|ਆ ਜਾਵਾਂਗੇ|ਆਵੇ|ਆਉਣ)"
     r"(?: (?:ਗੇ|ਗਾ|ਗੀ|ਹੈ|ਹਨ|ਏ|ਨੇ))?(?![^\s.,!?।])",
     lambda m: (" back after the holidays" if m[1] else " back") + (" in january " if m[2] else " in the new year ")),
    (r"ਛੁੱਟੀਆਂ (?:ਤੋਂ|ਤੋ) (?:ਬਾਅਦ|ਮਗਰੋਂ|ਪਿੱਛੋਂ)", "after the holidays"),
    (r"(?:ਚਿੱਠੀ|ਚਿੱਠੀਆਂ|ਖ਼ਤ|ਖਤ|ਲੈਟਰ|ਮੈਸੇਜ|ਸੁਨੇਹਾ)(?: ਵੀ)? (?:ਅਜੇ|ਹਾਲੇ|ਹਜੇ|ਹੁਣ)(?: ਤੱਕ)? (?:ਨਹੀਂ|ਨੀ) (?:ਆਈ|ਆਇਆ|ਆਏ"
     r"|ਮਿਲੀ|ਮਿਲਿਆ)(?: ਹੈ| ਏ)?", "the letter has not come yet"),
    (r"(?:ਤਾਰੀਖ|ਤਾਰੀਖ਼|ਤਰੀਕ|ਦਿਨ|ਡੇਟ)(?: ਵੀ)? (?:ਅਜੇ|ਹਾਲੇ|ਹਜੇ)(?: ਤੱਕ)? (?:ਪੱਕੀ|ਪੱਕਾ|ਤੈਅ|ਕਨਫਰਮ|ਫਾਈਨਲ) (?:ਨਹੀਂ|ਨੀ)"
     r"(?: (?:ਹੋਈ|ਹੋਇਆ|ਹੈ|ਏ))?", "the day is not known yet"),
    # "ਦਿਨ ਪੱਕਾ ਹੋਣ ਤੇ ਦੱਸਾਂਗੇ" (we will tell you once the day is fixed): the day is not known yet
    (r"(?:ਤਾਰੀਖ|ਤਾਰੀਖ਼|ਤਰੀਕ|ਦਿਨ|ਡੇਟ)(?: ਵੀ)? (?:ਪੱਕੀ|ਪੱਕਾ|ਤੈਅ|ਕਨਫਰਮ|ਫਾਈਨਲ) (?:ਹੋਣ|ਹੋਣੇ|ਹੁੰਦੇ|ਹੁੰਦਿਆਂ)"
     r"(?: (?:ਤੇ|'ਤੇ|ਉੱਤੇ|ਉਤੇ|ਸਾਰ|ਹੀ|ਸਾਰ ਹੀ))?", "the day is not known yet,"),
    (r"(?:ਉਸ|ਓਸ|ਉਸੇ|ਓਸੇ) ਦਿਨ", "that day"),
    # earache, headache, sore throat
    (r"ਕੰਨ\S{0,2} (?:ਵਿੱਚ |ਵਿਚ |ਚ |ਦਾ |ਦੀ )?(?:ਦਰਦ|ਪੀੜ)", "earache"), (r"ਸਿਰ (?:ਵਿੱਚ |ਦਾ )?(?:ਦਰਦ|ਪੀੜ)", "headache"),
    (r"ਗਲ(?:ਾ|ੇ) (?:ਵੀ )?(?:ਬਹੁਤ )?(?:ਦੁਖਦਾ|ਦੁੱਖਦਾ|ਖਰਾਬ|ਖ਼ਰਾਬ|ਦਰਦ|ਬੈਠ)\S*(?: ਹੈ)?", "sore throat"),
    # "ਕੰਨਾਂ ਦਾ ਅਪਰੇਸ਼ਨ" (an ear operation), "ਅਪਰੇਸ਼ਨ" / "ਓਪਰੇਸ਼ਨ" (an operation)
    (r"(?:ਕੰਨਾਂ|ਕੰਨ) (?:ਦਾ|ਦੀ|ਦੇ) (?:ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਆਪਰੇਸ਼ਨ|ਅਪ੍ਰੇਸ਼ਨ)", "ear operation"),
    (r"ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਆਪਰੇਸ਼ਨ|ਅਪ੍ਰੇਸ਼ਨ", "operation"),
    (r"ਕੰਨ", "ear"), (r"ਦਰਦ|ਪੀੜ", "pain"),
    # the morning at home, in after lunch: "ਅੱਜ ਸਵੇਰੇ ਘਰ ਰੱਖਾਂਗੇ", "ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲੈ ਆਵਾਂਗੇ"
    (r"ਜੇ (?:ਉਹ )?(?:ਠੀਕ|ਬਿਹਤਰ|ਚੰਗਾ|ਚੰਗੀ) (?:ਹੋ ਗਈ|ਹੋ ਗਿਆ|ਹੋਈ|ਹੋਇਆ|ਲੱਗਿਆ|ਲੱਗੀ|ਮਹਿਸੂਸ ਕੀਤਾ)(?: ਤਾਂ)?",
     "if she feels better"),
    (r"(?:ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ|ਲੰਚ|ਰੋਟੀ|ਖਾਣੇ) (?:ਤੋਂ|ਤੋ) (?:ਬਾਅਦ|ਪਿੱਛੋਂ|ਮਗਰੋਂ)(?![^.।,]*ਨਹੀਂ)[^.।,]*?"
     r"(?:ਲੈ ਆ|ਛੱਡ|ਆ ਜਾ|ਭੇਜ|ਆ)[^\s.,!?।]*(?: ਜਾਵਾਂਗੇ| ਦੇਵਾਂਗੇ| ਜਾਵਾਂਗੀ| ਦਿਆਂਗੇ| ਜਾਵੇਗੀ| ਜਾਵੇਗਾ)?",
     "will be in after lunch"),
    (r"(?:ਅੱਜ )?ਸਵੇਰੇ ਘਰ (?:ਰੱਖ|ਰਹਿ)\S*", "keeping her home this morning"), (r"ਅੱਜ ਸਵੇਰੇ", "this morning"),
    # "ਮੇਰੀ ਸਿਹਤ ਠੀਕ ਨਹੀਂ" (I am not well myself), "ਛੋਟਾ ਵੀ ਬੀਮਾਰ ਹੈ" (the little one is ill too), "ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਛੱਡ
    # ਸਕਦੀ" (can't take him to school): the parent cannot bring the child in
    (r"(?:ਮੇਰੀ|ਮੇਰੀ ਆਪਣੀ|ਮੈਨੂੰ|ਮੇਰੀ ਵੀ) (?:ਤਬੀਅਤ|ਸਿਹਤ|ਤਬੀਯਤ) (?:ਠੀਕ ਨਹੀਂ|ਠੀਕ ਨੀ|ਖਰਾਬ|ਖ਼ਰਾਬ)\S*(?: ਹੈ| ਏ| ਆ)?",
     "i am unwell"),
    (r"(?:ਛੋਟਾ|ਛੋਟੀ|ਛੋਟੇ|ਨਿੱਕਾ|ਨਿੱਕੀ)(?: (?:ਭਰਾ|ਭੈਣ|ਬੱਚਾ|ਬੇਬੀ))?(?: ਵੀ)? (?:ਬਿਮਾਰ|ਬੀਮਾਰ)(?: ਹੈ| ਏ| ਆ)?",
     "the little one is ill too"),
    (r"(\S+) ਨੂੰ (?:ਸਕੂਲ|school) (?:ਨਹੀਂ|ਨੀ) (?:ਛੱਡ|ਲੈ ਕੇ ਜਾ|ਲਿਜਾ|ਲੈ ਜਾ)\S*(?: (?:ਸਕਦੀ|ਸਕਦਾ|ਸਕਦੇ|ਸਕਾਂਗੀ|ਸਕਾਂਗਾ"
     r"|ਸਕਾਂਗੇ))?"
     r"(?: ਹਾਂ| ਆਂ)?", r"i can't take \1 to school"),
    (r"(?:ਮੁੰਡੇ|ਕੁੜੀ|ਪੁੱਤਰ|ਬੱਚੇ)(?: ਦੀ)? (?:ਤਬੀਅਤ|ਸਿਹਤ|ਤਬੀਯਤ) (?:ਠੀਕ ਨਹੀਂ|ਖਰਾਬ|ਖ਼ਰਾਬ)\S*",
     lambda m: ("my son" if m[0].startswith(("ਮੁੰਡੇ", "ਪੁੱਤਰ")) else "my daughter" if m[0].startswith("ਕੁੜੀ")
                else "the child") + " is unwell"),
    (r"(?:ਤਬੀਅਤ|ਸਿਹਤ|ਤਬੀਯਤ) (?:ਠੀਕ ਨਹੀਂ|ਖਰਾਬ|ਖ਼ਰਾਬ)\S*", "unwell"),
    # "ਅਲੀਜ਼ਾ ਛੁੱਟੀ ਤੱਕ ਰਹੇਗੀ", "ਛੁੱਟੀ ਹੋਣ ਤੱਕ ਸਕੂਲ ਵਿੱਚ ਰਹੇਗਾ" (stays until home time): in school as normal
    (r"(?<!\S)ਛੁੱਟੀ (?:ਹੋਣ )?(?:ਤੱਕ|ਤਕ|ਤੀਕ)(?: (?:ਸਕੂਲ|ਸਕੂਲ ਵਿੱਚ|ਸਕੂਲ ਵਿਚ|ਸਕੂਲੇ))?(?: ਹੀ)? (?:ਰਹੇਗੀ|ਰਹੇਗਾ|ਰਹਿਣਗੇ|ਰਹੂ"
     r"|ਰਹੂਗੀ|ਰਹੇ|ਰਹਿਣਾ)(?![^\s.,!?।])", " will stay at school until home time "),
    (r"(?<!\S)ਛੁੱਟੀ (?:ਹੋਣ )?(?:ਤੱਕ|ਤਕ|ਤੀਕ)(?!\S)", "until home time"),
    # "ਵਿਆਹ ਦੀ ਸ਼ਾਪਿੰਗ", "ਈਦ ਲਈ ਖਰੀਦਦਾਰੀ" (shopping for a wedding, for Eid): a shopping trip, not the event itself
    (r"(?:(?:ਵਿਆਹ|ਈਦ) (?:ਦੀ|ਲਈ|ਵਾਸਤੇ|ਦੇ ਲਈ) )?(?:ਸ਼ਾਪਿੰਗ|ਸ਼ੌਪਿੰਗ|ਸ਼ਾਪਿੰਗ|ਸ਼ੌਪਿੰਗ|ਸ਼ਾਪਿੰਗ|ਖਰੀਦਦਾਰੀ|ਖ਼ਰੀਦਦਾਰੀ|ਖਰੀਦੋ-ਫਰੋਖਤ)",
     "shopping"),
    (r"ਛੁੱਟੀ (?:ਕਰੇਗਾ|ਕਰੇਗੀ|ਕਰਨਗੇ|ਲਵੇਗਾ|ਲਵੇਗੀ|ਲੈਣਗੇ|ਕਰ ਰਿਹਾ|ਕਰ ਰਹੀ|ਕਰ ਰਹੇ)\S*(?: ਹੈ| ਹਨ| ਨੇ)?", "won't be in"),
    # "ਮੈਂ ਉਸਨੂੰ 12:45 ਤੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ": collected from school at that time
    (r"(?<![\d:.])(\d{1,2})[:.](\d\d) (?:ਤੇ|ਵਜੇ|ਵਜੇ ਤੇ) (?:ਸਕੂਲ ?(?:ਤੋਂ|ਤੋ|ਚੋਂ)|ਸਕੂਲੋਂ|ਸਕੂਲੋ) (?:ਲੈ|ਲੈਣ|ਚੁੱਕ)(?: ਕੇ)?"
     r" (?:ਜਾ|ਆ)[^\s.,!?।]*(?: ਗਾ| ਗੀ| ਗੇ)?", r"collect him from school at \1:\2"),
    (r"(?:(?:ਸਕੂਲ|ਰਿਸੈਪਸ਼ਨ|reception|ਦਫ਼ਤਰ|ਦਫਤਰ|office) ?(?:ਤੋਂ|ਤੋ|ਚੋਂ|ਵਿੱਚੋਂ)|ਸਕੂਲੋਂ|ਸਕੂਲੋ) (?:ਲੈ|ਲੈਣ"
     r"|ਚੁੱਕ)(?: ਕੇ)? (?:ਜਾ|ਆ)[^\s.,!?।]*"
     r"(?: ਗਾ| ਗੀ| ਗੇ)?", "collect him from school"),
    (r"ਦੰਦਾਂ (?:ਦੇ|ਵਾਲੇ) (?:ਡਾਕਟਰ|ਡਾਕਟਰਾਂ)\S*", "dentist"),
    (r"ਇੰਟਰਵਿਊ|ਇੰਟਰਵਿਉ|ਇੰਟਰਵਿਯੂ", "interview"), (r"ਸਿਕਸਥ ਫ਼?ਾਰਮ", "sixth form"), (r"ਕਾਲਜ", "college"),
    (r"ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ", "thanks"),
    # "ਤਿੰਨਾਂ ਬੱਚਿਆਂ" (all three children), "ਦੋਵਾਂ ਬੱਚਿਆਂ" (both children: two of them)
    (r"(?:ਤਿੰਨਾਂ|ਤਿੰਨੇ|ਤਿੰਨੋਂ|ਤਿੰਨੋ)(?: ਹੀ)?(?: ਬੱਚਿਆਂ| ਬੱਚੇ)?", "all three"),
    (r"(?:ਦੋਵਾਂ|ਦੋਹਾਂ|ਦੋਵੇਂ|ਦੋਨੋਂ|ਦੋਨਾਂ) (?:ਬੱਚਿਆਂ|ਬੱਚੇ)", "both kids"), (r"ਬੱਚਿਆਂ", "the children"),
    (r"(?:ਪੇਟ|ਢਿੱਡ|ਢਿਡ) (?:ਖ਼ਰਾਬ|ਖਰਾਬ)", "upset stomach"),
    (r"ਜਨਮ ?ਦਿਨ|ਜਨਮਦਿਨ|ਬਰਥਡੇ|ਬਰਥ ਡੇ", "birthday"), (r"ਪਾਰਟੀ", "party"),
    (r"ਡੈਂਟਿਸਟ|ਡੈਂਟਸਟ|ਡੈਨਟਿਸਟ|ਡੈਂਟਿਸ", "dentist"),
    (r"ਅਪੁਆਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ|ਅਪੋਇੰਟਮੈਂਟ|ਐਪੋਇੰਟਮੈਂਟ|ਅਪੌਇੰਟਮੈਂਟ|ਅਪੋਆਇੰਟਮੈਂਟ", "appointment"),
    (r"ਮਹਿੰਦੀ|ਮੇਹੰਦੀ|ਬਰਾਤ|ਅਨੰਦ ਕਾਰਜ|ਆਨੰਦ ਕਾਰਜ|ਸ਼ਗਨ|ਜਾਗੋ|ਡੋਲੀ", "wedding"),
    (r"ਬਾਕੀ (?:ਦੇ |ਸਾਰੇ )?(?:ਬੱਚੇ|ਦੋਵੇਂ|ਤਿੰਨੇ)?(?: ਸਕੂਲ)? (?:ਆ|ਜਾ) (?:ਰਹੇ|ਰਹੀਆਂ|ਰਿਹਾ)\S*(?: ਹਨ| ਨੇ| ਹੈ)?",
     "the others will be in as normal"),
    (r"(?<![\d:.])(\d{1,2}:\d\d) ?ਵਜੇ( ਤੱਕ)?", lambda m: f" {'by' if m[2] else 'at'} {m[1]} "),
    (rf"(?:(ਸਵਾ|ਸਾਢੇ|ਪੌਣੇ) )?{_HOUR} ਵਜੇ( ਤੱਕ)?", _clock), (r"ਡੇਢ ਵਜੇ", "at 1:30"), (r"ਢਾਈ ਵਜੇ", "at 2:30"),
    # "10 ਵਜੇ ਦੇ ਕਰੀਬ" (around 10 o'clock): the time stands
    (r"\b(at|by) (\d{1,2}:\d\d)\s+(?:ਦੇ (?:ਕਰੀਬ|ਲਗਭਗ|ਨੇੜੇ|ਆਸ ਪਾਸ|ਆਸ-ਪਾਸ)|ਕੁ)(?![\u0a00-\u0a7f])", r"\1 \2"),
    # "ਸਵੇਰੇ 8:30 ਵਜੇ ਮੇਰੀ ਆਪਣੀ ਡਾਕਟਰ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਹੈ" (I have my own doctor's appointment at 8:30): the parent's
    # appointment (the child is late, not at the doctor's; its time is not the arrival)
    (r"(?:\b(?:at|by) (\d{1,2}:\d\d)\s+)?(?:ਮੇਰੀ|ਮੇਰਾ|ਮੇਰੇ) (?:ਆਪਣੀ|ਆਪਣਾ|ਆਪਣੇ|ਖੁਦ ਦੀ|ਖ਼ੁਦ ਦੀ|ਖੁਦ ਦਾ|ਖ਼ੁਦ ਦਾ)"
     r"(?: [^.।!?,\d]{0,25}?)?(?: (?:at|by) (\d{1,2}:\d\d))?"
     r" (?:appointment|ਚੈੱਕਅਪ|ਚੈਕਅਪ|ਚੈੱਕ ਅੱਪ)(?: (?:ਹੈ|ਏ|ਆ|ਸੀ))?",
     lambda m: "i have my own appointment" + (f" at {m[1] or m[2]}" if m[1] or m[2] else "")),
    (r"\b(at|by) (\d{1,2}:\d\d)\s+(?:ਸਕੂਲ\s+)?(?:ਪਹੁੰਚ|ਆ)[^\s.,!?]*", r"will be in \1 \2"),
    # "ਗਿਆਰਾਂ ਵਜੇ ਤੱਕ ਸਕੂਲ ਛੱਡ ਦੇਵਾਂਗੇ", "10:30 ਤੱਕ ਸਕੂਲ ਲੈ ਆਵਾਂਗੀ": brought in by then
    (r"\b(at|by) (\d{1,2}:\d\d)\s+(?:(?:ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਸ ਨੂੰ|ਉਹਨਾਂ ਨੂੰ|ਦੋਵਾਂ ਨੂੰ)\s+)?(?:ਸਕੂਲ\s+)?(?:ਛੱਡ|ਲੈ ਆ|ਲੈ ਕੇ ਆ|ਲੈਕੇ ਆ"
     r"|ਪਹੁੰਚਾ)\S*(?: (?:ਦੇਵਾਂਗੇ|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਦਿਆਂਗੇ|ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਦਵਾਂਗੇ|ਦਵਾਂਗੀ|ਦਵਾਂਗਾ|ਦੇਊਂਗੀ|ਦੇਊਂਗਾ|ਜਾਵਾਂਗੇ"
     r"|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਦੇਣਾ))?",
     r"i will bring him in \1 \2"),
    # "ਫ਼ਾਤਿਮਾ ਨੂੰ ਉਹਦੀ ਮਾਸੀ ਸਕੂਲ ਛੱਡ ਆਵੇਗੀ" (her aunt will drop Fatima at school): that child comes in (a time or
    # "after lunch" before it is read above; "ਸਕੂਲ ਨਹੀਂ ਛੱਡ ਸਕਦੀ", can't take her, is not this)
    (r"(?<!\S)([^\s.,!?।]+)\s+ਨੂੰ((?:\s+(?![^\s.,!?।]*\d|(?:at|by|late|today|tomorrow)\b|ਦੇਰ|ਲੇਟ|ਅੱਜ|ਕੱਲ|ਭਲਕੇ"
     rf"|{_DAY_PA})[^\s.,!?।]+){{0,4}}?)"
     r"\s+(?:ਸਕੂਲ|school)\s+(?:ਛੱਡ|ਛੱਡਣ|ਲੈ|ਲੈ ਕੇ|ਲੈਕੇ|ਪਹੁੰਚਾ)\s+(?:ਆਵੇਗੀ|ਆਵੇਗਾ|ਆਊ|ਆਉਣਗੇ|ਦੇਵੇਗੀ|ਦੇਵੇਗਾ|ਦੇਊ|ਦੇਣਗੇ"
     r"|ਦੇਵਾਂਗੀ|ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੇ|ਦਿਆਂਗੀ|ਦਿਆਂਗਾ|ਦਿਆਂਗੇ|ਜਾਵੇਗੀ|ਜਾਵੇਗਾ|ਜਾਣਗੇ|ਜਾਊ|ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ)"
     r"(?![^\s.,!?।])", r"\1 will be in as normal,\2 will take her to school"),
    # "ਨਵਨੀਤ ਨੂੰ ਉਹਦੇ ਪਾਪਾ ਨੇ ਪਹਿਲਾਂ ਹੀ ਛੱਡ ਦਿੱਤਾ ਸੀ", "... ਨੇ ਸਕੂਲ ਛੱਡ ਦਿੱਤਾ ਹੈ" (his dad already dropped him, has
    # dropped him at school): that child is in
    (r"(?<!\S)([^\s.,!?।]+)\s+ਨੂੰ(?:\s+(?![^\s.,!?।]*\d|ਨਹੀਂ|ਨੀ|ਕੱਲ|ਭਲਕੇ)[^\s.,!?।]+){0,4}?"
     r"\s+(?:(?P<before>ਪਹਿਲਾਂ|ਪਹਿਲੋਂ|already)\s+(?:ਹੀ\s+)?(?:(?:ਸਕੂਲ|school)\s+)?|(?:ਸਕੂਲ|school)\s+)(?:ਛੱਡ|ਛਡ|ਪਹੁੰਚਾ)"
     r"\s+(?:ਦਿੱਤਾ|ਦਿਤਾ|ਦਿੱਤੀ|ਦਿਤੀ|ਦਿੱਤੇ|ਦਿਤੇ|ਆਏ|ਆਇਆ|ਆਈ|ਗਏ|ਗਿਆ|ਗਈ)"
     # (without "ਪਹਿਲਾਂ ਹੀ" a tense word must follow: "ਕੋਈ ਨਹੀਂ ਜੋ ਉਹਨੂੰ ਸਕੂਲ ਛੱਡ ਆਏ", nobody to take him, is not this)
     r"(?(before)(?:\s+(?:ਸੀ|ਸਨ|ਹੈ|ਹਨ|ਨੇ|ਆ))?|\s+(?:ਸੀ|ਸਨ|ਹੈ|ਹਨ|ਨੇ))(?![^\s.,!?।])", r"\1 is already at school"),
    # "ਮੈਂ 12:30 ਵਜੇ ਲੈ ਜਾਵਾਂਗੀ": collected at that time
    (r"\b(?:at|by) (\d{1,2}:\d\d)\s+(?:ਉਹਨੂੰ\s+|ਉਸਨੂੰ\s+|ਉਸ ਨੂੰ\s+)?(?:(?:ਲੰਚ|ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ|ਰੋਟੀ) (?:ਤੋਂ|ਤੋ)"
     r" (?:ਪਹਿਲਾਂ|ਪਹਿਲੋਂ)\s+)?(?:(?:ਲੈ|ਚੁੱਕ)(?: ਕੇ)? ਜਾ|ਲੈਣ (?:ਲਈ )?ਆ)[^\s.,!?।]*",
     r"collect him from school at \1"),
    # "ਫਿਜ਼ੀਓਥੈਰੇਪੀ" (physiotherapy); "ਕੱਲ੍ਹ ਆਮ ਵਾਂਗ ਆਵੇਗੀ" (tomorrow she comes in as usual)
    (r"(?:ਫਿਜ਼ੀਓ|ਫਿਜੀਓ|ਫ਼ਿਜ਼ੀਓ|ਫਿਜ਼ਿਓ|ਫਿਜ਼ਿਓ)(?:ਥੈਰੇਪੀ|ਥਰੈਪੀ|ਥੈਰਪੀ| ਥੈਰੇਪੀ)?", "physiotherapy"),
    (r"((?<![\u0a00-\u0a7f])ਕੱਲ੍ਹ?(?: ਨੂੰ)? (?:ਉਹ )?)?(?:ਆਮ|ਰੋਜ਼|ਰੋਜ|ਹਮੇਸ਼ਾ) (?:ਵਾਂਗ|ਵਾਂਗੂੰ|ਵਾਂਗੂ|ਵਾਂਗਰ|ਦੀ ਤਰ੍ਹਾਂ"
     r"|ਵਾਂਗੂੰ ਹੀ|ਵਾਂਗ ਹੀ)(?: ਸਕੂਲ)? (?:ਆਵੇਗੀ|ਆਵੇਗਾ|ਆਉਣਗੇ|ਆਊ|ਆਏਗੀ|ਆਏਗਾ|ਆ ਜਾਵੇਗੀ|ਆ ਜਾਵੇਗਾ|ਆ ਜਾਣਗੇ)",
     lambda m: "back tomorrow as normal" if m[1] else "will be in as normal"),
    # injuries and dizziness: "ਗਿੱਟੇ ਤੇ ਸੱਟ ਲੱਗ ਗਈ" (hurt his ankle), "ਸੋਜ" (swelling), "ਚੱਕਰ ਆ ਰਹੇ ਨੇ" (dizzy)
    # "ਚਿਕਨਪੌਕਸ (ਮਾਤਾ) ਨਿਕਲ ਆਈ ਹੈ" (has chickenpox), "ਬਾਂਹ ਟੁੱਟ ਗਈ ਹੈ" (broke his arm)
    (r"ਚਿਕਨ ?(?:ਪੌਕਸ|ਪਾਕਸ|ਪੋਕਸ|ਪੌਕਸ)|\(?(?:ਛੋਟੀ )?ਮਾਤਾ\)? (?:ਨਿਕਲ|ਨਿੱਕਲ)\S*(?: (?:ਆਈ|ਆਏ|ਗਈ|ਪਈ))?(?: (?:ਹੈ|ਏ|ਆ))?",
     "chickenpox"),
    (r"(?:ਬਾਂਹ|ਬਾਂਹ|ਬਾਹ|ਹੱਥ|ਲੱਤ|ਗੁੱਟ|ਉਂਗਲੀ|ਉਂਗਲ|ਗਿੱਟਾ|ਗਿੱਟੇ|ਪੈਰ)\S* (?:ਦੀ ਹੱਡੀ )?(?:ਟੁੱਟ|ਟੁਟ|ਫਰੈਕਚਰ|ਫ੍ਰੈਕਚਰ)\S*"
     r"(?: (?:ਗਈ|ਗਿਆ|ਗਏ|ਹੋ ਗਈ|ਹੋ ਗਿਆ))?(?: (?:ਹੈ|ਏ|ਆ|ਸੀ))?", "broke his arm"),
    (r"ਸੱਟ(?: ਲੱਗ\S*)?(?: ਗਈ| ਗਿਆ)?|ਜ਼ਖ਼ਮੀ|ਜ਼ਖਮੀ", "injured"), (r"ਸੋਜ\S*", "swelling"), (r"ਗਿੱਟ\S*", "ankle"),
    (r"ਮੋਚ", "sprained"), (r"ਚੱਕਰ (?:ਆ|ਆਉਂਦੇ|ਆਉਣ)\S*(?: ਰਹੇ| ਰਿਹਾ| ਰਹੀ)?(?: ਨੇ| ਹਨ| ਹੈ)?", "feeling dizzy"),
    # "ਦੁਪਹਿਰ ਨੂੰ" (in the afternoon): this afternoon, unless the message has named another day before it and not today
    # ("ਕੱਲ੍ਹ ਵਿਆਹ ਹੈ, ਅਸੀਂ ਦੁਪਹਿਰ ਨੂੰ ਨਿਕਲਾਂਗੇ": that afternoon)
    (r"(ਅੱਜ )?ਦੁਪਹਿਰ (?:ਤੋਂ ਬਾਅਦ|ਨੂੰ|ਤੋਂ)", _afternoon),
    (r"ਲੇਟ (?:ਆ|ਪਹੁੰਚ|ਹੋ)[^\s.,!?]*", "will be late"), (r"ਲੇਟ", "late"), (r"ਪੰਕਚਰ", "flat tyre"),
    (r"ਐਮਰਜੈਂਸੀ|ਐਮਰਜੰਸੀ|ਐਮਰਜੈਨਸੀ|ਐਮਰਜੇਂਸੀ", "emergency"),
    (r"ਇਨਫੈਕਸ਼ਨ|ਇਨਫੈਕਸਨ", "infection"), (r"ਪੇਟ|ਢਿੱਡ|ਢਿਡ", "stomach"),
    (r"ਘਰ (?:ਹੀ )?(?:ਆਰਾਮ|ਅਰਾਮ|ਰਹਿ|ਰਹੇ|ਰਹੂ)[^\s.,!?]*", "staying home"),
    # "ਡਾਕਟਰ ਨੇ 2 ਦਿਨ ਅਰਾਮ ਕਰਨ ਨੂੰ ਕਿਹਾ ਹੈ": the doctor said to rest (at home)
    (r"(?:ਅਰਾਮ|ਆਰਾਮ) (?:ਕਰਨ|ਕਰਨਾ) (?:ਨੂੰ|ਲਈ|ਦੀ ਸਲਾਹ|ਦਾ) (?:ਕਿਹਾ|ਆਖਿਆ|ਦੱਸਿਆ|ਦਿੱਤੀ)[^\s.,!?।]*(?: ਹੈ| ਏ| ਆ)?",
     "told him to stay home"),
    # "ਅਗਲੇ ਹਫ਼ਤੇ ਬੱਚੇ ਇੱਕ ਦਿਨ ਨਹੀਂ ਆਉਣਗੇ" (the children will miss one day next week): a single day, not yet named,
    # not a span of one day from Monday
    (r"ਅਗਲੇ (?:ਹਫ਼ਤੇ|ਹਫਤੇ)((?: [^\s.।,!?]+){0,3}) (?:ਇੱਕ|ਇਕ) (?:ਦਿਨ|ਦਿਹਾੜਾ|ਦਿਹਾੜੇ)(?! (?:ਲਈ|ਵਾਸਤੇ|ਤੱਕ|ਤਕ))",
     r"\1 on one day next week"),
    # "ਦੋ ਦਿਨਾਂ ਤੋਂ ਬੁਖਾਰ ਹੈ" (has had a fever for two days): how long it has lasted, not days to come
    (r"(?<![\u0a00-\u0a7f])(ਇੱਕ|ਇਕ|ਦੋ|ਤਿੰਨ|ਚਾਰ|ਪੰਜ|\d+) (?:ਦਿਨਾਂ|ਦਿਨਾ|ਦਿਨ) (?:ਤੋਂ|ਤੋ|ਦਾ|ਦੀ)(?![\u0a00-\u0a7f])",
     lambda m: f"for the past {_COUNT.get(m[1], m[1])} days"),
    (r"ਇੱਕ ਦਿਨ", "for 1 days"), (r"ਦੋ ਦਿਨ", "for 2 days"), (r"ਤਿੰਨ ਦਿਨ", "for 3 days"), (r"ਚਾਰ ਦਿਨ", "for 4 days"),
    (r"ਪੰਜ ਦਿਨ", "for 5 days"), (r"(\d+) ਦਿਨ", r"for \1 days"), (r"ਜਾਂ", "or"),
    (r"ਭਾਰਤ|ਇੰਡੀਆ", "india"), (r"ਪਾਕਿਸਤਾਨ", "pakistan"), (r"ਪੰਜਾਬ", "punjab"),
    (r"ਕੈਨੇਡਾ|ਕਨੇਡਾ", "canada"), (r"ਅਮਰੀਕਾ", "america"), (r"ਦੁਬਈ", "dubai"), (r"ਆਸਟ੍ਰੇਲੀਆ|ਆਸਟਰੇਲੀਆ", "australia"),
    (r"\b(india|pakistan|punjab|canada|america|dubai|australia)\s+ਜਾ", r"travelling to \1"),
    # "ਕੈਨੇਡਾ ਮਾਸੀ ਕੋਲ ਜਾ ਰਹੇ ਹਾਂ" (going to Canada to our aunt's): a trip abroad to family
    (r"\b(india|pakistan|punjab|canada|america|dubai|australia)\s+(?:(?:ਆਪਣੀ|ਆਪਣੇ|ਸਾਡੀ|ਸਾਡੇ) )?(?:ਮਾਸੀ|ਭੂਆ|ਚਾਚੀ|ਮਾਮੀ"
     r"|ਚਾਚਾ|ਮਾਮਾ|ਦਾਦੀ|ਨਾਨੀ|ਦਾਦਾ|ਨਾਨਾ|ਰਿਸ਼ਤੇਦਾਰਾਂ|ਪਰਿਵਾਰ|ਨਾਨਕੇ|ਦਾਦਕੇ)(?: ਜੀ)? (?:ਕੋਲ|ਦੇ ਘਰ|ਦੇ ਕੋਲ|ਨੂੰ ਮਿਲਣ)\s+ਜਾ",
     r"travelling to \1 to visit family"),
    # "ਦਾਦੀ ਜੀ ਨੂੰ ਮਿਲਣ" (to visit grandma)
    (r"(ਦਾਦੀ|ਨਾਨੀ|ਦਾਦਾ|ਨਾਨਾ|ਦਾਦਕੇ|ਨਾਨਕੇ|ਰਿਸ਼ਤੇਦਾਰਾਂ|ਪਰਿਵਾਰ)(?: ਜੀ)?(?: ਨੂੰ)? (?:ਮਿਲਣ|ਮਿਲਨ)",
     lambda m: "to visit " + ("family" if m[1] in ("ਰਿਸ਼ਤੇਦਾਰਾਂ", "ਪਰਿਵਾਰ") else "his grandparents")),
    # "ਅਗਲੇ ਸੋਮਵਾਰ" (next Monday)
    (rf"(?:ਅਗਲੇ|ਅਗਲਾ|ਅਗਲੀ) ({_DAY_PA})", lambda m: f" next {_WEEKDAY_EN[m[1]]} "),
    # "ਅਗਲੇ ਹਫ਼ਤੇ ਮੇਰੇ ਭਰਾ ਦਾ ਵਿਆਹ ਹੈ, ... 10 ਅਤੇ 11 ਦਸੰਬਰ ਨੂੰ ਨਹੀਂ ਆਵੇਗਾ", "ਵਿਆਹ ਅਗਲੇ ਹਫ਼ਤੇ ਹੈ" (my brother's
    # wedding is next week, ... won't be in on 10 and 11 December): "next week" dates the event; the dates given say
    # the days off
    (r"(?:(?:ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ) ((?:[^\s.,!?।]+ ){0,4}?(?:ਦਾ|ਦੀ|ਦੇ|ਦੀਆਂ) )|(?<!\S)((?:ਵਿਆਹ|ਮਹਿੰਦੀ|ਮੇਹੰਦੀ|ਬਰਾਤ"
     r"|ਅਨੰਦ ਕਾਰਜ|ਆਨੰਦ ਕਾਰਜ|ਜਾਗੋ|ਪਾਰਟੀ|ਜਨਮਦਿਨ|ਜਨਮ ਦਿਨ|ਫੰਕਸ਼ਨ) )(?:ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ) )(?(1)(?:ਵਿਆਹ|ਮਹਿੰਦੀ"
     r"|ਮੇਹੰਦੀ|ਬਰਾਤ|ਅਨੰਦ ਕਾਰਜ|ਆਨੰਦ ਕਾਰਜ|ਜਾਗੋ|ਪਾਰਟੀ|ਜਨਮਦਿਨ|ਜਨਮ ਦਿਨ|ਫੰਕਸ਼ਨ) |)(?=(?:ਹੈ|ਏ|ਆ|ਹੋਵੇਗਾ|ਹੋਵੇਗੀ|ਹੋਣਾ)"
     r"[\s\S]*?(?<![\d:.])\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november"
     r"|december|ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ))",
     lambda m: f" {m[1] or ''}{m[0].removesuffix(' ').rsplit(' ', 1)[-1] + ' ' if m[1] else m[2]}"),
    (r"ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ", "next week"), (r"ਇਸ ਹਫ਼ਤੇ|ਇਸ ਹਫਤੇ", "this week"),
    (r"(?:ਗੱਡੀ|ਕਾਰ)\S* (?:ਖਰਾਬ|ਖ਼ਰਾਬ|ਬੰਦ)", "car broke down"),
    # "ਗੱਡੀ ਸਟਾਰਟ ਨਹੀਂ ਹੋ ਰਹੀ" (the car won't start)
    (r"(?:ਗੱਡੀ|ਕਾਰ)\S* (?:ਸਟਾਰਟ|start) (?:ਨਹੀਂ|ਨੀ) ਹੋ(?: (?:ਰਹੀ|ਰਿਹਾ|ਰਹੀਂ|ਰਹੀ ਸੀ|ਰਹੀ ਹੈ|ਰਹੀ ਆ))?(?![^\s.,!?।])",
     "the car is not starting"),
    (r"ਬੱਸ (?:ਨਹੀਂ|ਨੀ) (?:ਆਈ|ਆਇਆ)\S*", "no bus"), (r"ਬੱਸ (?:ਛੁੱਟ|ਨਿਕਲ|ਮਿਸ)\S*(?: ਗਈ)?", "missed the bus"),
    (r"ਹੜਤਾਲ", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    (r"ਥੱਕ\S*|ਥਕ\S*", "tired"), (r"ਪੈਨਿਕ ਅਟੈਕ", "panic attack"), (r"ਘਬਰਾਹਟ|ਚਿੰਤਾ|ਬੇਚੈਨੀ", "anxiety"),
    (r"ਡਿਪਰੈਸ਼ਨ", "depression"), (r"ਵਰਦੀ|ਯੂਨੀਫਾਰਮ|ਯੂਨੀਫ਼ਾਰਮ", "uniform"), (r"ਪਹੁੰਚ[^\s.,!?]*", "arrive"),
    (r"ਲਗਭਗ|ਤਕਰੀਬਨ", "around"), (r"(\d{1,2}:\d\d) ?(?:ਵਜੇ )?ਤੱਕ", r"by \1"),
    (r"ਪਰਸੋਂ", "the day after tomorrow"),
    # "14 ਦਸੰਬਰ ਤੋਂ 18 ਦਸੰਬਰ ਤੱਕ": from the 14th to the 18th, both included
    # "14/12 ਤੋਂ 16/12 ਤੱਕ" too
    # "ਸੋਮਵਾਰ 7 ਦਸੰਬਰ ਤੋਂ ਬੁੱਧਵਾਰ 9 ਦਸੰਬਰ ਤੱਕ": a weekday before each date
    (rf"(?:(?:{_DAY_PA})\s+)?(\d{{1,2}}(?:/\d{{1,2}}(?:/\d{{2,4}})?)?(?: [a-z]+)?(?: 20\d\d)?) (?:ਤੋਂ|ਤੋ) "
     rf"(?:(?:{_DAY_PA})\s+)?(\d{{1,2}}(?:/\d{{1,2}}(?:/\d{{2,4}})?)?(?: [a-z]+)?(?: 20\d\d)?) ਤੱਕ",
     r"from \1 to \2 inclusive"),
    # "15 ਤੋਂ 18 ਦਸੰਬਰ" (15 to 18 December, with no "ਤੱਕ"): both days included
    (r"(?<![\d:./])(\d{1,2}) (?:ਤੋਂ|ਤੋ) (\d{1,2} (?:january|february|march|april|may|june|july|august|september"
     r"|october|november|december)(?: 20\d\d)?)(?! ?[:./]?\d)", r"from \1 to \2 inclusive"),
    # "10 ਦਸੰਬਰ ਤੋਂ ਛੁੱਟੀਆਂ ਤੱਕ": from the 10th until the holidays (the end of term)
    (r"ਛੁੱਟੀਆਂ (?:ਤੱਕ|ਤਕ)", "until the holidays"), (r"\b(\d{1,2} [a-z]+(?: 20\d\d)?) (?:ਤੋਂ|ਤੋ)(?= )", r"from \1"),
    (r"(?:ਉਸ ਤੋਂ ਬਾਅਦ|ਇਸ ਤੋਂ ਬਾਅਦ|ਬਾਅਦ ਵਿੱਚ)(?![^.,]*ਨਹੀਂ)[^.,]*", "will be in after"),
    # "ਅੱਜ ਸ਼ਾਮ ਤੋਂ ਬੁਖ਼ਾਰ ਹੈ": a symptom since this evening (not a day off today)
    (r"ਅੱਜ ਸ਼ਾਮ (?:ਤੋਂ|ਤੋ)", "since this evening"), (r"ਕੱਲ੍ਹ? ਸ਼ਾਮ (?:ਤੋਂ|ਤੋ)", "since yesterday evening"),
    (r"ਅੱਜ", "today"), (r"ਕੱਲ੍ਹ ਰਾਤ|ਕੱਲ ਰਾਤ", "last night"), (r"(?<![\u0a00-\u0a7f])(?:ਕੱਲ੍ਹ|ਕੱਲ)", "tomorrow"),
    (r"ਨਹੀਂ ਆ[^\s.,!?]*(?: ਸਕ[^\s.,!?]*)?|ਨਹੀਂ ਜਾ[^\s.,!?]*|ਗੈਰਹਾਜ਼ਰ", "won't be in"), (r"ਬੁਖਾਰ|ਬੁਖ਼ਾਰ", "fever"),
    (r"ਫਲੂ|ਫ਼ਲੂ|ਇਨਫਲੂਐਂਜ਼ਾ|ਇਨਫਲੂਐਂਜਾ", "flu"),
    (r"ਬਿਮਾਰ|ਬੀਮਾਰ", "ill"),
    (r"ਖੰਘ", "cough"), (r"ਜ਼ੁਕਾਮ|ਜੁਕਾਮ|ਨਜ਼ਲਾ|ਨਜਲਾ", "cold"), (r"ਉਲਟੀ\S*", "vomiting"),
    (r"ਦਸਤ(?![\u0a00-\u0a7f])|ਟੱਟੀਆਂ", "diarrhoea"),
    (r"ਗੁਰਪੁਰਬ", "gurpurab"), (r"ਗੁਰਦੁਆਰ\S*", "gurdwara"),
    (r"ਵਿਆਹ", "wedding"), (r"ਦੇਰ", "running late"), (r"ਡਾਕਟਰ", "doctor"), (r"ਹਸਪਤਾਲ", "hospital"),
    (r"ਅਪੌਇੰਟਮੈਂਟ", "appointment"), (r"ਅਤੇ|\sਤੇ\s", " and "), (r"ਮੇਰਾ ਪੁੱਤਰ|ਪੁੱਤਰ|ਮੁੰਡਾ", "my son"),
    (r"ਮੇਰੀ ਧੀ|ਧੀ|ਕੁੜੀ", "my daughter"), (r"ਬੱਚੇ", "the children"), (r"ਦੋਵੇਂ", "both"), (r"ਵਾਪਸ", "back"),
    (rf"(?<!\S)({_DAY_PA})\s+(?:ਤੋਂ|ਤੋ)\s+({_DAY_PA})\s+(?:ਤੱਕ|ਤਕ)(?!\S)",
     lambda m: f"from {_WEEKDAY_EN[m[1]]} to {_WEEKDAY_EN[m[2]]} inclusive"),
    (r"ਤੱਕ", "until"), (r"ਸੋਮਵਾਰ", "monday"), (r"ਮੰਗਲਵਾਰ", "tuesday"), (r"ਬੁੱਧਵਾਰ", "wednesday"),
    (r"ਵੀਰਵਾਰ", "thursday"),
    (r"ਸ਼ੁੱਕਰਵਾਰ", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
    # "ਅਗਲੇ ਸੋਮਵਾਰ ਸਕੂਲ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਾਂਗੇ" (we'll try to send him to school next Monday): back then, if all goes well
    (r"\b(next )?(monday|tuesday|wednesday|thursday|friday|tomorrow)(?:\s+(?:ਨੂੰ|ਤੋਂ))?(?:\s+(?:ਸਕੂਲ|school))?"
     r"(?:\s+(?:ਭੇਜਣ|ਆਉਣ|ਜਾਣ)(?:\s+(?:ਦੀ|ਦਾ))?)?\s+(?:ਕੋਸ਼ਿਸ਼|ਕੋਸ਼ਿਸ|ਕੋਸਿਸ਼|ਕੋਸਿਸ|ਟ੍ਰਾਈ|ਟਰਾਈ|try)\s+ਕਰ[^\s.,!?।]*"
     r"(?:\s+(?:ਦੇਖਾਂਗੇ|ਵੇਖਾਂਗੇ|ਦੇਖਾਂਗੀ|ਵੇਖਾਂਗੀ))?",
     lambda m: "will try to come back " + ("tomorrow" if m[2] == "tomorrow" else f"next {m[2]}" if m[1]
                                          else f"on {m[2]}")),
    # "ਬੁੱਧਵਾਰ ਨੂੰ ਸਕੂਲ ਵਾਪਸ ਆਵੇਗੀ", "ਸੋਮਵਾਰ ਨੂੰ ਸਮੇਂ ਸਿਰ ਆ ਜਾਵੇਗਾ" (on time), "ਸੋਮਵਾਰ ਨੂੰ ਆਮ ਵਾਂਗ ਆਵੇਗਾ" (as usual, read
    # above as "will be in as normal"): back on that day
    (r"\b(monday|tuesday|wednesday|thursday|friday)\s+ਨੂੰ\s+(?:ਸਕੂਲ\s+)?(?:back\s+)?(?:(?:ਸਮੇਂ ਸਿਰ|ਸਮੇਂ ਤੇ|ਟਾਈਮ ਤੇ"
     r"|ਟਾਈਮ ਸਿਰ|ਵਕਤ ਸਿਰ)\s+)?(?:(?:ਸਕੂਲ|school)\s+)?(?:will be in as normal|(?:ਆ|ਜਾ)[^\s.,!?]*"
     r"(?:\s+ਜਾ[^\s.,!?]*)?)", r"back on \1"),
    # "ਅਰਜਨ ਅੱਜ ਸਕੂਲ ਆ ਰਿਹਾ ਹੈ ਪਰ ਉਸਦੀ ਅਪੌਇੰਟਮੈਂਟ ਹੈ": coming in, but something follows (a collection, an appointment)
    (r"(?<!ਨਹੀਂ )(?<!ਨੀ )(?<!ਨਾਲ )(?<!ਦੇਰ )(?<!ਨੂੰ )(?<!back )(?<!\S)(?:ਸਕੂਲ )?(?:ਆ|ਜਾ) (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)"
     r" (?:ਹੈ|ਹਨ|ਏ|ਆ|ਨੇ)\s*,?\s*(?:ਪਰ|ਪਰੰਤੂ|ਲੇਕਿਨ|ਪਰ ਫਿਰ)(?!\S)", "is coming to school but"),
    # "ਉਹ ਅੱਜ ਸਾਰਾ ਦਿਨ ਸਕੂਲ ਰਹੇਗਾ" (he will stay in school all day): in as normal
    # ("ਜਸਪ੍ਰੀਤ ਨੇ ਸਾਰਾ ਦਿਨ ਸਕੂਲ ਹੀ ਰਹਿਣਾ": Jaspreet is to stay in school all day)
    (r"(?:ਸਾਰਾ ਦਿਨ |ਪੂਰਾ ਦਿਨ |all day )?ਸਕੂਲ (?:ਵਿੱਚ |ਵਿਚ |ਚ )?(?:ਹੀ )?(?:ਰਹੇਗਾ|ਰਹੇਗੀ|ਰਹਿਣਗੇ|ਰਹੂਗਾ|ਰਹੂਗੀ|ਰਹੂ"
     r"|ਰਹਿਣਾ(?: (?:ਹੈ|ਏ|ਆ))?)(?:\s+ਸਾਰਾ ਦਿਨ)?",
     "will be in as normal"),
    # "ਮੈਂ ਕਿਹਾ ਸੀ ਕਿ ..., ਪਰ ਪਲਾਨ ਬਦਲ ਗਿਆ ਹੈ" (I had said ..., but the plan has changed): what was said no longer stands
    (r"(?:ਮੈਂ|ਅਸੀਂ) (?:ਕਿਹਾ|ਦੱਸਿਆ) ਸੀ(?: ਕਿ)? [^.।!?]{0,120}?,?\s*(?:ਪਰ|ਪਰੰਤੂ|ਲੇਕਿਨ) (?:ਹੁਣ )?(?:ਪਲਾਨ|ਪਲੈਨ|ਪ੍ਰੋਗਰਾਮ"
     r"|ਯੋਜਨਾ) (?:ਬਦਲ|ਬਦਲ ਗਿਆ|ਬਦਲ ਗਈ)\S*(?: (?:ਗਿਆ|ਗਈ))?(?: (?:ਹੈ|ਏ|ਆ))?", "change of plan"),
    (r"(?:ਪਲਾਨ|ਪਲੈਨ|ਪ੍ਰੋਗਰਾਮ|ਯੋਜਨਾ) (?:ਬਦਲ)\S*(?: (?:ਗਿਆ|ਗਈ))?(?: (?:ਹੈ|ਏ|ਆ))?", "change of plan"),
    # "ਅਰਜਨ ਆ ਰਿਹਾ ਹੈ", "ਅਰਜਨ ਸਕੂਲ ਆਵੇਗਾ": that child comes in (not "ਨਹੀਂ ਆ ਰਿਹਾ", "ਦੇਰ ਨਾਲ ਆ ਰਿਹਾ", a cough "ਆ ਰਹੀ",
    # a day of return)
    (r"(?<!ਨਹੀਂ )(?<!ਨੀ )(?<!ਨਾਲ )(?<!ਦੇਰ )(?<!ਖੰਘ )(?<!ਉਲਟੀ )(?<!ਛਿੱਕ )(?<!ਚੱਕਰ )(?<!ਉਲਟੀਆਂ )(?<!cough )"
     r"(?<!vomiting )(?<!back )(?<!ਨੂੰ )(?<!\S)(?:ਸਕੂਲ )?ਆ (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ) (?:ਹੈ|ਹਨ|ਏ|ਆ|ਨੇ)"
     r"|(?<!ਨਹੀਂ )(?<!ਨੀ )(?<!ਨਾਲ )(?<!ਦੇਰ )(?<!ਨੂੰ )(?<!back )ਸਕੂਲ (?:ਆਵੇਗਾ|ਆਵੇਗੀ|ਆਉਣਗੇ|ਆਊਗਾ|ਆਊਗੀ|ਆਊ|ਜਾਵੇਗਾ|ਜਾਵੇਗੀ"
     r"|ਜਾਣਗੇ)(?![^.।!?,]*ਨਹੀਂ)", "will be in as normal"),
    (r"ਸਕੂਲ", "school"),
    # "ਪਰ" (but), "ਸਿਰਫ਼ ਅੱਜ" (only today), "ਜਦਕਿ" (whereas: read as "but", which the English rules split at even with a
    # pronoun left in Punjabi), "ਪੂਰਾ ਦਿਨ" (all day): each child's own clause and days
    (r"(?<![\u0a00-\u0a7f])(?:ਪਰ|ਪਰੰਤੂ|ਲੇਕਿਨ|ਪਰੰਤੁ)(?![\u0a00-\u0a7f])", "but"),
    (r"(?<![\u0a00-\u0a7f])(?:ਸਿਰਫ਼|ਸਿਰਫ|ਸਿਰਫ਼|ਕੇਵਲ|ਸਿਰਫ਼ ਹੀ)(?![\u0a00-\u0a7f])", "only"),
    (r"(?<![\u0a00-\u0a7f])(?:ਜਦਕਿ|ਜਦੋਂ ਕਿ|ਜਦ ਕਿ|ਜਦੋਂਕਿ)(?![\u0a00-\u0a7f])", "but"),
    (r"(?<![\u0a00-\u0a7f])(?:ਪੂਰਾ|ਸਾਰਾ) ਦਿਨ(?![\u0a00-\u0a7f])", "all day"),
    # "ਅਮਨ ਸਕੂਲ ਆਵੇਗਾ ਪਰ ਮੈਂ ਉਹਨੂੰ ਬਾਰਾਂ ਵਜੇ ਡੈਂਟਿਸਟ ਕੋਲ ਲੈ ਜਾਵਾਂਗੀ" (Aman comes in but I will take him to the
    # dentist at twelve), "ਉਹਨੂੰ 12:30 ਵਜੇ ਸਕੂਲੋਂ ਡਾਕਟਰ ਕੋਲ ਲੈ ਜਾਵਾਂਗੇ" (from school): a child who comes in (or is taken
    # from school) is collected at that time for the appointment
    (rf"(will be in as normal\s*,?\s*(?:(?:but|and)\s+)?)?(?:{_PRONOUN}\s+){{0,2}}(?:at|by) (\d{{1,2}}:\d\d)\s+"
     rf"(?:{_PRONOUN}\s+){{0,2}}((?:ਸਕੂਲੋਂ|school ?ੋਂ|(?:ਸਕੂਲ|school) (?:ਤੋਂ|ਤੋ))\s+)?(dentist|doctor|hospital|clinic|ਕਲੀਨਿਕ"
     r"|(?:at the )?gp)(?:\s+(?:ਕੋਲ|ਦੇ ਕੋਲ|ਕੋਲੇ|ਵਿਖੇ|ਤੇ|ਵਿੱਚ))?\s+(?:ਲੈ ਕੇ|ਲੈਕੇ|ਲੈ)"
     r" (?:ਜਾਵਾਂਗੀ|ਜਾਵਾਂਗਾ|ਜਾਵਾਂਗੇ|ਜਾਊਂਗੀ|ਜਾਊਂਗਾ|ਜਾਣਾ|ਜਾਣੀ)(?: (?:ਹੈ|ਏ|ਆ))?(?![\u0a00-\u0a7f])", _collected_for),
)
