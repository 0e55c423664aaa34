"""Per-language lexicons: words that identify the language and rewrites into canonical English.

Each module defines MARKERS (frequent words of the language, folded to ASCII for Latin scripts) and
CANON, ordered (pattern, replacement) rewrites applied to the folded lower-case message so that the
English rules (days, reasons, pupils) read it. Longer phrases come before the words they contain.
"""
