"""Punjabi (Gurmukhi)."""

MARKERS = frozenset()

CANON: tuple[tuple[str, object], ...] = (
    (r"ਭਾਰਤ|ਇੰਡੀਆ", "india"), (r"ਪਾਕਿਸਤਾਨ", "pakistan"), (r"\b(india|pakistan)\s+ਜਾ", r"travelling to \1"),
    (r"ਅਗਲੇ ਹਫ਼ਤੇ|ਅਗਲੇ ਹਫਤੇ", "next week"), (r"ਇਸ ਹਫ਼ਤੇ|ਇਸ ਹਫਤੇ", "this week"),
    (r"(?:ਗੱਡੀ|ਕਾਰ) ਖਰਾਬ", "car broke down"), (r"ਪਹੁੰਚ\S*", "arrive"),
    (r"ਲਗਭਗ|ਤਕਰੀਬਨ", "around"), (r"(\d{1,2}:\d\d) ?(?:ਵਜੇ )?ਤੱਕ", r"by \1"),
    (r"ਪਰਸੋਂ", "the day after tomorrow"),
    (r"(?:ਉਸ ਤੋਂ ਬਾਅਦ|ਇਸ ਤੋਂ ਬਾਅਦ|ਬਾਅਦ ਵਿੱਚ)(?![^.,]*ਨਹੀਂ)[^.,]*", "will be in after"),
    (r"ਅੱਜ", "today"), (r"ਕੱਲ੍ਹ ਰਾਤ|ਕੱਲ ਰਾਤ", "last night"), (r"ਕੱਲ੍ਹ|ਕੱਲ", "tomorrow"),
    (r"ਨਹੀਂ ਆ\S*(?: ਸਕ\S*)?|ਨਹੀਂ ਜਾ\S*|ਗੈਰਹਾਜ਼ਰ", "won't be in"), (r"ਬੁਖਾਰ|ਬੁਖ਼ਾਰ", "fever"), (r"ਬਿਮਾਰ|ਬੀਮਾਰ", "ill"),
    (r"ਖੰਘ", "cough"), (r"ਉਲਟੀ\S*", "vomiting"), (r"ਗੁਰਪੁਰਬ", "gurpurab"), (r"ਗੁਰਦੁਆਰ\S*", "gurdwara"),
    (r"ਵਿਆਹ", "wedding"), (r"ਦੇਰ", "running late"), (r"ਡਾਕਟਰ", "doctor"), (r"ਹਸਪਤਾਲ", "hospital"),
    (r"ਅਪੌਇੰਟਮੈਂਟ", "appointment"), (r"ਅਤੇ|\sਤੇ\s", " and "), (r"ਮੇਰਾ ਪੁੱਤਰ|ਪੁੱਤਰ|ਮੁੰਡਾ", "my son"),
    (r"ਮੇਰੀ ਧੀ|ਧੀ|ਕੁੜੀ", "my daughter"), (r"ਬੱਚੇ", "the children"), (r"ਦੋਵੇਂ", "both"), (r"ਵਾਪਸ", "back"),
    (r"ਤੱਕ", "until"), (r"ਸੋਮਵਾਰ", "monday"), (r"ਮੰਗਲਵਾਰ", "tuesday"), (r"ਬੁੱਧਵਾਰ", "wednesday"),
    (r"ਵੀਰਵਾਰ", "thursday"),
    (r"ਸ਼ੁੱਕਰਵਾਰ", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
)
