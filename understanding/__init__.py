"""Understanding parents' messages: text in, provisional marks or a question out. Pure: no I/O.

Public entry points: `understanding.parser.parse_message`, `understanding.conversation.converse_turn`,
`understanding.batch.run_batch` (the `rollcall parse` command) and `warm_up()` for start-up.
"""


def warm_up(languages: tuple[str, ...] = ("en",), *, all_dateparser_languages: bool = False) -> None:
    """Compile the lexicons and reply catalogues of `languages` and initialise dateparser once, at start-up.

    Another language's lexicon is compiled on its first message (20-90 ms), so start-up stays short. dateparser is
    only the fallback for month words the other languages' lexicons lack (English never calls it): it is loaded
    (about 0.4 s) for the languages given other than English, or for all of them with `all_dateparser_languages`."""
    import datetime as dt

    from understanding import canon, dateparse, needles, replies

    dateparse.warm_up(dateparse.LANGUAGES if all_dateparser_languages else tuple(x for x in languages if x != "en"))
    for lang in languages:
        canon.canonical("warm up today", lang, dt.date(2026, 1, 5))
        replies.catalogue(lang)
    needles.CACHE.save()  # the next start-up reads the patterns' needles instead of working them out


def clear_caches() -> None:
    """Forget the per-text and per-word results (for benchmarks that must not reuse them across rounds)."""
    from understanding import clocktimes, names, needles, pupils, reasons, text

    needles.INDEX.forget()
    clocktimes._collection.cache_clear()
    reasons.classify.cache_clear()
    reasons.is_late.cache_clear()
    names.matches.cache_clear()
    pupils.token_hits.cache_clear()
    pupils._piece_naming.cache_clear()
    text._clauses.cache_clear()
    text.word_re.cache_clear()
