"""Punjabi (Gurmukhi)."""

import re

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


CANON: tuple[tuple[str, object], ...] = (
    (r"ਸਤਿ? ਸ੍ਰੀ ਅਕਾਲ(?: ਜੀ)?", "hello"),  # the greeting
    # "ਦੀ ਛੁੱਟੀ ਮਿਲ ਸਕਦੀ ਹੈ?" (may they have the day off?); "ਛੁੱਟੀਆਂ ਮੁਬਾਰਕ" (happy holidays) is a wish
    (r"(?:ਦੀ|ਦਾ|ਦੇ|ਕੀ|ਕਾ) ਛੁੱਟੀ (?:ਮਿਲ|ਮਿੱਲ) (?:ਸਕਦੀ|ਸਕਦਾ|ਸਕਦੇ|ਜਾਵੇਗੀ|ਜਾਊ|ਜਾਏਗੀ)\S*(?: ਹੈ| ਏ| ਆ)?",
     "could have the day off"),
    (r"ਛੁੱਟੀਆਂ (?:ਮੁਬਾਰਕ|ਦੀਆਂ ਵਧਾਈਆਂ|ਦੀ ਵਧਾਈ)\S*", "happy holidays"),
    # a death: "ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗਏ", "ਪੂਰੇ ਹੋ ਗਏ", "ਗੁਜ਼ਰ ਗਏ"; the cremation, the funeral
    (r"ਅਕਾਲ ਚਲਾਣਾ ਕਰ\S*(?: ਗਏ| ਗਿਆ| ਗਈ)?|(?:ਪੂਰੇ|ਪੂਰਾ|ਪੂਰੀ) ਹੋ (?:ਗਏ|ਗਿਆ|ਗਈ)|(?:ਗੁਜ਼ਰ|ਗੁਜਰ) (?:ਗਏ|ਗਿਆ|ਗਈ)"
     r"|ਸਵਰਗਵਾਸ\S*|ਮੌਤ ਹੋ (?:ਗਈ|ਗਏ)", "passed away"),
    (r"ਸਸਕਾਰ|ਅੰਤਿਮ ਸੰਸਕਾਰ|ਅੰਤਮ ਸੰਸਕਾਰ|ਭੋਗ", "funeral"),
    # "ਕੱਲ੍ਹ" with a past verb ("ਕਰ ਗਏ", "ਸੀ") is yesterday
    (r"ਕੱਲ੍ਹ?(?! ਰਾਤ)(?= [^.।!?]{0,50}?(?:ਗਏ|ਗਿਆ|ਗਈ|ਸੀ|ਸਨ|ਹੋਇਆ|ਹੋਈ|ਆਇਆ|ਆਈ|passed away)(?:[\s.।,!?]|$))"
     r"(?![^.।!?,]*(?:ਗਾ|ਗੀ|ਗੇ|ਵੇਗਾ|ਵੇਗੀ|ਣਗੇ)(?:[\s.।,!?]|$))", "yesterday"),
    # "ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਨੂੰ" (tomorrow afternoon), "ਕੱਲ੍ਹ ਸਵੇਰੇ" (tomorrow morning)
    (r"ਕੱਲ੍ਹ?(?: ਨੂੰ)? ਦੁਪਹਿਰ(?: ਨੂੰ| ਤੋਂ ਬਾਅਦ| ਤੋਂ| ਵੇਲੇ)?", "tomorrow afternoon"),
    (r"ਕੱਲ੍ਹ?(?: ਨੂੰ)? ਸਵੇਰੇ(?: ਸਵੇਰੇ)?", "tomorrow morning"),
    # earache, headache, sore throat
    (r"ਕੰਨ\S{0,2} (?:ਵਿੱਚ |ਵਿਚ |ਚ |ਦਾ |ਦੀ )?(?:ਦਰਦ|ਪੀੜ)", "earache"), (r"ਸਿਰ (?:ਵਿੱਚ |ਦਾ )?(?:ਦਰਦ|ਪੀੜ)", "headache"),
    (r"ਗਲ(?:ਾ|ੇ) (?:ਵੀ )?(?:ਬਹੁਤ )?(?:ਦੁਖਦਾ|ਦੁੱਖਦਾ|ਖਰਾਬ|ਖ਼ਰਾਬ|ਦਰਦ|ਬੈਠ)\S*(?: ਹੈ)?", "sore throat"),
    (r"ਕੰਨ", "ear"), (r"ਦਰਦ|ਪੀੜ", "pain"),
    # the morning at home, in after lunch: "ਅੱਜ ਸਵੇਰੇ ਘਰ ਰੱਖਾਂਗੇ", "ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲੈ ਆਵਾਂਗੇ"
    (r"ਜੇ (?:ਉਹ )?(?:ਠੀਕ|ਬਿਹਤਰ|ਚੰਗਾ|ਚੰਗੀ) (?:ਹੋ ਗਈ|ਹੋ ਗਿਆ|ਹੋਈ|ਹੋਇਆ|ਲੱਗਿਆ|ਲੱਗੀ|ਮਹਿਸੂਸ ਕੀਤਾ)(?: ਤਾਂ)?",
     "if she feels better"),
    (r"(?:ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ|ਲੰਚ|ਰੋਟੀ|ਖਾਣੇ) (?:ਤੋਂ|ਤੋ) (?:ਬਾਅਦ|ਪਿੱਛੋਂ|ਮਗਰੋਂ)(?![^.।,]*ਨਹੀਂ)[^.।,]*?"
     r"(?:ਲੈ ਆ|ਛੱਡ|ਆ ਜਾ|ਭੇਜ|ਆ)\S*(?: ਜਾਵਾਂਗੇ| ਦੇਵਾਂਗੇ| ਜਾਵਾਂਗੀ| ਦਿਆਂਗੇ| ਜਾਵੇਗੀ| ਜਾਵੇਗਾ)?", "will be in after lunch"),
    (r"(?:ਅੱਜ )?ਸਵੇਰੇ ਘਰ (?:ਰੱਖ|ਰਹਿ)\S*", "keeping her home this morning"), (r"ਅੱਜ ਸਵੇਰੇ", "this morning"),
    (r"(?:ਮੁੰਡੇ|ਕੁੜੀ|ਪੁੱਤਰ|ਬੱਚੇ)(?: ਦੀ)? (?:ਤਬੀਅਤ|ਸਿਹਤ|ਤਬੀਯਤ) (?:ਠੀਕ ਨਹੀਂ|ਖਰਾਬ|ਖ਼ਰਾਬ)\S*",
     lambda m: ("my son" if m[0].startswith(("ਮੁੰਡੇ", "ਪੁੱਤਰ")) else "my daughter" if m[0].startswith("ਕੁੜੀ")
                else "the child") + " is unwell"),
    (r"(?:ਤਬੀਅਤ|ਸਿਹਤ|ਤਬੀਯਤ) (?:ਠੀਕ ਨਹੀਂ|ਖਰਾਬ|ਖ਼ਰਾਬ)\S*", "unwell"),
    (r"ਛੁੱਟੀ (?:ਕਰੇਗਾ|ਕਰੇਗੀ|ਕਰਨਗੇ|ਲਵੇਗਾ|ਲਵੇਗੀ|ਲੈਣਗੇ|ਕਰ ਰਿਹਾ|ਕਰ ਰਹੀ|ਕਰ ਰਹੇ)\S*(?: ਹੈ| ਹਨ| ਨੇ)?", "won't be in"),
    (r"(?:(?:ਸਕੂਲ|ਰਿਸੈਪਸ਼ਨ|reception|ਦਫ਼ਤਰ|ਦਫਤਰ|office) ?(?:ਤੋਂ|ਤੋ|ਚੋਂ|ਵਿੱਚੋਂ)|ਸਕੂਲੋਂ|ਸਕੂਲੋ) (?:ਲੈ|ਲੈਣ|ਚੁੱਕ)(?: ਕੇ)? (?:ਜਾ|ਆ)\S*"
     r"(?: ਗਾ| ਗੀ| ਗੇ)?", "collect him from school"),
    (r"ਦੰਦਾਂ (?:ਦੇ|ਵਾਲੇ) (?:ਡਾਕਟਰ|ਡਾਕਟਰਾਂ)\S*", "dentist"),
    (r"ਇੰਟਰਵਿਊ|ਇੰਟਰਵਿਉ|ਇੰਟਰਵਿਯੂ", "interview"), (r"ਸਿਕਸਥ ਫ਼?ਾਰਮ", "sixth form"), (r"ਕਾਲਜ", "college"),
    (r"ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ", "thanks"),
    # "ਤਿੰਨਾਂ ਬੱਚਿਆਂ" (all three children), "ਦੋਵਾਂ ਬੱਚਿਆਂ" (both children: two of them)
    (r"(?:ਤਿੰਨਾਂ|ਤਿੰਨੇ|ਤਿੰਨੋਂ|ਤਿੰਨੋ)(?: ਹੀ)?(?: ਬੱਚਿਆਂ| ਬੱਚੇ)?", "all three"),
    (r"(?:ਦੋਵਾਂ|ਦੋਹਾਂ|ਦੋਵੇਂ|ਦੋਨੋਂ|ਦੋਨਾਂ) (?:ਬੱਚਿਆਂ|ਬੱਚੇ)", "both kids"), (r"ਬੱਚਿਆਂ", "the children"),
    (r"ਪੇਟ (?:ਖ਼ਰਾਬ|ਖਰਾਬ)", "upset stomach"),
    (r"ਮਹਿੰਦੀ|ਮੇਹੰਦੀ|ਬਰਾਤ|ਅਨੰਦ ਕਾਰਜ|ਆਨੰਦ ਕਾਰਜ|ਸ਼ਗਨ|ਜਾਗੋ|ਡੋਲੀ", "wedding"),
    (r"ਬਾਕੀ (?:ਦੇ |ਸਾਰੇ )?(?:ਬੱਚੇ|ਦੋਵੇਂ|ਤਿੰਨੇ)?(?: ਸਕੂਲ)? (?:ਆ|ਜਾ) (?:ਰਹੇ|ਰਹੀਆਂ|ਰਿਹਾ)\S*(?: ਹਨ| ਨੇ| ਹੈ)?",
     "the others will be in as normal"),
    (r"(?<![\d:.])(\d{1,2}:\d\d) ?ਵਜੇ( ਤੱਕ)?", lambda m: f" {'by' if m[2] else 'at'} {m[1]} "),
    (rf"(?:(ਸਵਾ|ਸਾਢੇ|ਪੌਣੇ) )?{_HOUR} ਵਜੇ( ਤੱਕ)?", _clock), (r"ਡੇਢ ਵਜੇ", "at 1:30"), (r"ਢਾਈ ਵਜੇ", "at 2:30"),
    (r"\b(at|by) (\d{1,2}:\d\d)\s+(?:ਸਕੂਲ\s+)?(?:ਪਹੁੰਚ|ਆ)[^\s.,!?]*", r"will be in \1 \2"),
    # "ਮੈਂ 12:30 ਵਜੇ ਲੈ ਜਾਵਾਂਗੀ": collected at that time
    (r"\b(?:at|by) (\d{1,2}:\d\d)\s+(?:ਉਹਨੂੰ\s+|ਉਸਨੂੰ\s+|ਉਸ ਨੂੰ\s+)?(?:ਲੈ|ਚੁੱਕ)(?: ਕੇ)? ਜਾ\S*",
     r"collect him from school at \1"),
    # injuries and dizziness: "ਗਿੱਟੇ ਤੇ ਸੱਟ ਲੱਗ ਗਈ" (hurt his ankle), "ਸੋਜ" (swelling), "ਚੱਕਰ ਆ ਰਹੇ ਨੇ" (dizzy)
    (r"ਸੱਟ(?: ਲੱਗ\S*)?(?: ਗਈ| ਗਿਆ)?|ਜ਼ਖ਼ਮੀ|ਜ਼ਖਮੀ", "injured"), (r"ਸੋਜ\S*", "swelling"), (r"ਗਿੱਟ\S*", "ankle"),
    (r"ਮੋਚ", "sprained"), (r"ਚੱਕਰ (?:ਆ|ਆਉਂਦੇ|ਆਉਣ)\S*(?: ਰਹੇ| ਰਿਹਾ| ਰਹੀ)?(?: ਨੇ| ਹਨ| ਹੈ)?", "feeling dizzy"),
    (r"(?:ਅੱਜ )?ਦੁਪਹਿਰ (?:ਤੋਂ ਬਾਅਦ|ਨੂੰ|ਤੋਂ)", "this afternoon"),
    (r"ਲੇਟ (?:ਆ|ਪਹੁੰਚ|ਹੋ)[^\s.,!?]*", "will be late"), (r"ਲੇਟ", "late"), (r"ਪੰਕਚਰ", "flat tyre"),
    (r"ਐਮਰਜੈਂਸੀ|ਐਮਰਜੰਸੀ|ਐਮਰਜੈਨਸੀ|ਐਮਰਜੇਂਸੀ", "emergency"),
    (r"ਇਨਫੈਕਸ਼ਨ|ਇਨਫੈਕਸਨ", "infection"), (r"ਪੇਟ", "stomach"),
    (r"ਘਰ (?:ਹੀ )?(?:ਆਰਾਮ|ਰਹਿ|ਰਹੇ|ਰਹੂ)[^\s.,!?]*", "staying home"),
    (r"ਇੱਕ ਦਿਨ", "for 1 days"), (r"ਦੋ ਦਿਨ", "for 2 days"), (r"ਤਿੰਨ ਦਿਨ", "for 3 days"), (r"ਚਾਰ ਦਿਨ", "for 4 days"),
    (r"ਪੰਜ ਦਿਨ", "for 5 days"), (r"(\d+) ਦਿਨ", r"for \1 days"), (r"ਜਾਂ", "or"),
    (r"ਭਾਰਤ|ਇੰਡੀਆ", "india"), (r"ਪਾਕਿਸਤਾਨ", "pakistan"), (r"ਪੰਜਾਬ", "punjab"),
    (r"\b(india|pakistan|punjab)\s+ਜਾ", r"travelling to \1"),
    # "ਦਾਦੀ ਜੀ ਨੂੰ ਮਿਲਣ" (to visit grandma)
    (r"(ਦਾਦੀ|ਨਾਨੀ|ਦਾਦਾ|ਨਾਨਾ|ਦਾਦਕੇ|ਨਾਨਕੇ|ਰਿਸ਼ਤੇਦਾਰਾਂ|ਪਰਿਵਾਰ)(?: ਜੀ)?(?: ਨੂੰ)? (?:ਮਿਲਣ|ਮਿਲਨ)",
     lambda m: "to visit " + ("family" if m[1] in ("ਰਿਸ਼ਤੇਦਾਰਾਂ", "ਪਰਿਵਾਰ") else "his grandparents")),
    (r"ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ", "next week"), (r"ਇਸ ਹਫ਼ਤੇ|ਇਸ ਹਫਤੇ", "this week"),
    (r"(?:ਗੱਡੀ|ਕਾਰ)\S* (?:ਖਰਾਬ|ਖ਼ਰਾਬ|ਬੰਦ)", "car broke down"),
    (r"ਬੱਸ (?:ਨਹੀਂ|ਨੀ) (?:ਆਈ|ਆਇਆ)\S*", "no bus"), (r"ਬੱਸ (?:ਛੁੱਟ|ਨਿਕਲ|ਮਿਸ)\S*(?: ਗਈ)?", "missed the bus"),
    (r"ਹੜਤਾਲ", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    (r"ਥੱਕ\S*|ਥਕਾਵਟ|ਥਕਾਨ", "tired"), (r"ਪੈਨਿਕ ਅਟੈਕ", "panic attack"), (r"ਘਬਰਾਹਟ|ਚਿੰਤਾ|ਬੇਚੈਨੀ", "anxiety"),
    (r"ਡਿਪਰੈਸ਼ਨ", "depression"), (r"ਵਰਦੀ|ਯੂਨੀਫਾਰਮ|ਯੂਨੀਫ਼ਾਰਮ", "uniform"), (r"ਪਹੁੰਚ[^\s.,!?]*", "arrive"),
    (r"ਲਗਭਗ|ਤਕਰੀਬਨ", "around"), (r"(\d{1,2}:\d\d) ?(?:ਵਜੇ )?ਤੱਕ", r"by \1"),
    (r"ਪਰਸੋਂ", "the day after tomorrow"),
    # "14 ਦਸੰਬਰ ਤੋਂ 18 ਦਸੰਬਰ ਤੱਕ": from the 14th to the 18th, both included
    (r"(\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) (?:ਤੋਂ|ਤੋ) (\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) ਤੱਕ", r"from \1 to \2 inclusive"),
    (r"(?:ਉਸ ਤੋਂ ਬਾਅਦ|ਇਸ ਤੋਂ ਬਾਅਦ|ਬਾਅਦ ਵਿੱਚ)(?![^.,]*ਨਹੀਂ)[^.,]*", "will be in after"),
    (r"ਅੱਜ", "today"), (r"ਕੱਲ੍ਹ ਰਾਤ|ਕੱਲ ਰਾਤ", "last night"), (r"ਕੱਲ੍ਹ|ਕੱਲ", "tomorrow"),
    (r"ਨਹੀਂ ਆ[^\s.,!?]*(?: ਸਕ[^\s.,!?]*)?|ਨਹੀਂ ਜਾ[^\s.,!?]*|ਗੈਰਹਾਜ਼ਰ", "won't be in"), (r"ਬੁਖਾਰ|ਬੁਖ਼ਾਰ", "fever"),
    (r"ਬਿਮਾਰ|ਬੀਮਾਰ", "ill"),
    (r"ਖੰਘ", "cough"), (r"ਉਲਟੀ\S*", "vomiting"), (r"ਗੁਰਪੁਰਬ", "gurpurab"), (r"ਗੁਰਦੁਆਰ\S*", "gurdwara"),
    (r"ਵਿਆਹ", "wedding"), (r"ਦੇਰ", "running late"), (r"ਡਾਕਟਰ", "doctor"), (r"ਹਸਪਤਾਲ", "hospital"),
    (r"ਅਪੌਇੰਟਮੈਂਟ", "appointment"), (r"ਅਤੇ|\sਤੇ\s", " and "), (r"ਮੇਰਾ ਪੁੱਤਰ|ਪੁੱਤਰ|ਮੁੰਡਾ", "my son"),
    (r"ਮੇਰੀ ਧੀ|ਧੀ|ਕੁੜੀ", "my daughter"), (r"ਬੱਚੇ", "the children"), (r"ਦੋਵੇਂ", "both"), (r"ਵਾਪਸ", "back"),
    (r"ਤੱਕ", "until"), (r"ਸੋਮਵਾਰ", "monday"), (r"ਮੰਗਲਵਾਰ", "tuesday"), (r"ਬੁੱਧਵਾਰ", "wednesday"),
    (r"ਵੀਰਵਾਰ", "thursday"),
    (r"ਸ਼ੁੱਕਰਵਾਰ", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
    # "ਬੁੱਧਵਾਰ ਨੂੰ ਸਕੂਲ ਵਾਪਸ ਆਵੇਗੀ": back on Wednesday
    (r"\b(monday|tuesday|wednesday|thursday|friday)\s+ਨੂੰ\s+(?:ਸਕੂਲ\s+)?(?:back\s+)?(?:ਆ|ਜਾ)[^\s.,!?]*", r"back on \1"),
    (r"ਸਕੂਲ", "school"),
)
