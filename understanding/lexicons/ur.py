"""Urdu (Arabic script)."""

MARKERS = frozenset()

CANON: tuple[tuple[str, object], ...] = (
    (r"پاکستان", "pakistan"), (r"انڈیا|بھارت", "india"), (r"بنگلہ ?دیش", "bangladesh"),
    (r"\b(pakistan|india|bangladesh)\s+جا", r"travelling to \1"),
    (r"جمعرات", "thursday"), (r"اس ہفتے|اس ہفتہ", "this week"), (r"اگلے ہفتے", "next week"),
    (r"(\d{1,2}:\d\d) ?(?:بجے )?تک", r"by \1"),
    (r"پرسوں", "the day after tomorrow"),
    (r"(\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) سے (\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) تک", r"from \1 to \2 inclusive"),
    (r"(?:اس کے بعد|بعد میں)(?![^.,]*نہیں)[^.,]*", "will be in after"),
    (r"اپوائنٹمنٹ|اپائنٹمنٹ|اپوئنٹمنٹ", "appointment"),
    (r"آج صبح", "this morning"), (r"کل رات|گزشتہ رات|رات سے|رات کو", "last night"), (r"کل صبح", "tomorrow morning"),
    (r"سارا دن|پورا دن|پورے دن", "all day"), (r"آج", "today"), (r"کل", "tomorrow"),
    (r"نہیں آ\S*(?: گا| گی| گے)?|نہیں جا\S*(?: گا| گی| گے)?|غیر حاضر", "won't be in"), (r"چھٹی", "leave"),
    (r"طبیعت ٹھیک نہیں|طبیعت خراب|بیمار", "ill"), (r"بخار", "fever"), (r"الٹی\S*|قے|دست", "vomiting"),
    (r"کھانسی", "cough"), (r"نزلہ|زکام", "cold"), (r"اپوائنٹمنٹ|ملاقات کا وقت", "appointment"),
    (r"ہسپتال|اسپتال", "hospital"), (r"ڈاکٹر", "doctor"), (r"دانتوں", "dentist"), (r"انٹرویو", "interview"),
    (r"انتقال|وفات", "passed away"), (r"جنازہ|جنازے", "funeral"), (r"شادی", "wedding"), (r"سالگرہ", "birthday"),
    (r"عید", "eid"), (r"مسجد", "mosque"), (r"دیر", "running late"), (r"تقریباً|تقریبا", "around"), (r"واپس", "back"),
    (r"تک", "until"), (r"اگلے ہفتے", "next week"), (r"باقی ہفتہ|پورا ہفتہ|پورے ہفتے", "the rest of the week"),
    (r"پیر", "monday"), (r"منگل", "tuesday"), (r"بدھ", "wednesday"), (r"جمعرات", "thursday"), (r"جمعہ", "friday"),
    (r"میرا بیٹا|بیٹا", "my son"), (r"میری بیٹی|بیٹی", "my daughter"), (r"بچے|بچوں", "the children"),
    (r"دونوں", "both"), (r"\bاور\b", "and"), (r"(\d+) دن", r"for \1 days"), (r"دو دن", "for 2 days"),
    (r"تین دن", "for 3 days"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
)
