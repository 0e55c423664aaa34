"""Clock times in parents' words: "9.15", "9:45am", "10", "1pm", "in 20 mins"."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from understanding import needles

TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_TIME_RE = needles.compile(rf"^{TIME}$")
_ARRIVAL = needles.compile(
    rf"\b(?:by|around|about|for|at|for about|for around|by about|approx\.?|approximately|ish|maybe|probably|roughly"
    rf"|until|till|til|make it before|make it in before|at least|not before)"
    rf"\s+{TIME}(?![\d/])(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)"
)
# A time attached to an arrival verb ("we'll be there about 9.45", "arrive approx 09:50", "be there 10ish"): it wins
# over other times in the message ("drop the car at the garage at 9").
_ARRIVE_AT = needles.compile(
    rf"\b(?:(?:be|get|getting|arrive|arriving|reach|be with you|have (?:him|her|them))(?:\s+(?:there|in|in school"
    rf"|at school|to school|here"
    rf"|back))?|(?:come|coming|bring \w+|bringing \w+)\s+(?:in|into school|to school)|(?:drop|dropping) \w+ (?:off|in))"
    rf"\s+(?:(?:by|around|about|for|at|approx\.?|approximately|roughly|(?:until|till|til)(?: after)?|just after|after"
    rf"|just before|before"
     rf"|at about"
    rf"|at around|by about|for about|for around|maybe|probably)\s+)?(?:about\s+|around\s+|approx\.?\s+)?{TIME}"
    rf"(?![\d/])(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)"
)
_ISH = needles.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*-?ish\b")
_IN_MINUTES = needles.compile(r"\b(?:in|within)\s+(?:about\s+|around\s+)?(\d{1,3})\s*(?:mins?|minutes?)\b"
                              r"|\b(\d{1,3})\s*(?:mins?|minutes?)\s+(?:away|out)\b"
                              r"|\b(?:it|we|i|he|she|they)(?:'ll| will) be (?:about |around |another )?(\d{1,3})"
                              r" ?(?:mins?|minutes?)\b"
                              r"|(?:^|[,.!;]\s*|\bnow,?\s+)be (?:about |around )?(\d{1,3}) ?(?:mins?|minutes?)\b"
                              r"|\bnow,? (?:so )?(?:about |around )?(\d{1,3}) ?(?:mins?|minutes?)\b"
                              # "we're at the petrol station, 10 mins": a piece of its own
                              r"|[,;!-]\s*(?:about |around |maybe |another )?(\d{1,3}) ?(?:mins?|minutes?)\s*(?:[.!]|$)"
                              r"|\bthere in (\d{1,2})\b(?!\s*(?:days?|weeks?|hours?|hrs?|am|pm|o'clock|[:.]\d))")
# "we're at the school gate now", "Jayden's walking in now": the child arrives as the message is sent
_ARRIVING_NOW = needles.compile(r"\b(?:at|outside) (?:the )?(?:school )?(?:gates?|office|reception) now\b"
                                r"|\b(?:is|'s|are|'re) (?:just )?(?:here|arriving|at school) now\b"
                                r"|\b(?:coming|walking|going|heading) in now\b|\bjust (?:arrived|got here)\b"
                                r"|\bpulling (?:in|up|into (?:the )?(?:car park|school))(?: \w+)? now\b"
                                r"|\b(?:i'm|i am|we're|we are) dropping (?:him|her|them) (?:off )?now\b"
                                r"|\b(?:is|'s|are|'re) on (?:the|their|his|her|our) way(?: in| to school)?\b"
                                r"(?! to (?!school))")
_NO_POINT = needles.compile(r"\bno point\b")  # "there's no point Jay coming in now"


def arriving_now(text: str) -> bool:
    """Does the message say the child is arriving as it is sent ("we're at the school gate now")?"""
    return bool(_ARRIVING_NOW.search(text)) and not _NO_POINT.search(text)


_MINUTES_LATE = needles.compile(r"\b(\d{1,3})\s*(?:mins?|minutes?)\s+late\b"
                                r"|\blate\b[^.]{0,12}?\b(?:maybe|about|around|roughly|approx\.?"
                                r"|approximately) (\d{1,3})"
                                r"\s*(?:mins?|minutes?)\b"
                                r"|\blate (?:about |around |by )?(\d{1,3})\s*(?:mins?|minutes?)\b")


def to_time(hour: str, minute: str | None, meridiem: str | None, *, school_hours: bool = True) -> dt.time | None:
    """A wall-clock time; a bare hour 1-6 is afternoon when `school_hours` (nobody arrives at 3am)."""
    h, m = int(hour), int(minute or 0)
    if m > 59 or h > 23:
        return None
    mer = (meridiem or "").replace(".", "")
    if mer == "pm" and h < 12:
        h += 12
    elif mer == "am" and h == 12:
        h = 0
    elif not mer and school_hours and 1 <= h <= 6:
        h += 12
    return dt.time(h, m)


_CLOCK = needles.compile(r"\b(\d{1,2})(?:[:.h](\d{2})|h)\b(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)")


# "my own appointment at the hospital at 8.30 ... late, around 9.45": the appointment's time is not the arrival
_NOT_ARRIVAL = needles.compile(r"\b(?:work|shift|starts?|finish\w*|meeting|leaves?|departs?)\s*$"
                               r"|\b(?:doesn't|does not|don't|didn't|won't|can't|isn't)\s*$|\b(?:meeting"
                               r"|appointment|appt|hospital|dentist|orthodontist|doctor'?s?|gp|clinic|physio|scan"
                               r"|optician'?s?)\b[^.,;!?\d]{0,20}$")


# "there for 9.15. Scrap that, ... more like 9.40": the time after a revision replaces the one before
_REVISED = needles.compile(r"\b(?:scrap that|make (?:that|it)|more like|correction|sorry,? i mean(?:t)?|no wait)\b")


def arrival_time(text: str, received: dt.datetime, *, same_day: bool = True) -> dt.time | None:
    """The arrival time a late message states, if any (`received` is local). Failing an arrival cue ("by 9.40"),
    the last clock time ("9:50", "9h50") still to come that morning, as a late message's time is its arrival."""
    revised = [m.end() for m in _REVISED.finditer(text)]
    if revised and (t := arrival_time(text[revised[-1]:], received, same_day=same_day)):
        return t
    for pattern in (_ARRIVE_AT, _ISH, _ARRIVAL):
        for m in pattern.finditer(text):
            if _NOT_ARRIVAL.search(text, 0, m.start()):
                continue  # "I start work at 7", "my shift finishes at 8"
            t = to_time(m.group(1), m.group(2), m.group(3))
            if t is not None and dt.time(7, 0) <= t <= dt.time(13, 0):
                return t
    m = _IN_MINUTES.search(text) or _MINUTES_LATE.search(text)
    if m:
        base = dt.datetime.combine(received.date(), received.time().replace(second=0, microsecond=0))
        return (base + dt.timedelta(minutes=int(next(g for g in m.groups() if g)))).time()
    if arriving_now(text) and not _CLOCK.search(text):
        return received.time().replace(second=0, microsecond=0)
    clocks = [to_time(c.group(1), c.group(2), None) for c in _CLOCK.finditer(text)]
    later = [t for t in clocks if t and dt.time(7, 0) <= t <= dt.time(13, 0) and (not same_day or t > received.time())]
    return later[-1] if later else None


_COLLECT = needles.compile(
    rf"\b(?:collect\w*|pick\w* (?:\w+(?:-\w+)? (?:and \w+ )?)?up|pick (?!up\b)\w+(?: today| tomorrow)?(?= at )"
    rf"|pick (?:him|her|them) from (?:school"
    rf"|reception|the office)(?= at )|be at (?:the )?(?:front )?(?:office"
    rf"|reception|desk|gate)(?: for (?:him|her|them))?(?= at )"
    rf"|(?:i will|i'll|we will|we'll|(?:i|we) (?:need|have)(?: to)?|(?:today )?(?:i|we)|now(?: to)?) take (?:him"
    rf"|her|them|\w+)(?= at (?:lunch(?:time)?,? )?\d)|tak(?:e|ing) \w+ home(?= now| at \d)|grab\w*"
    rf"|(?:i|we) (?:must |have to |need to |will )?(?:come|coming) (?:to |and )?(?:take|get|collect|pick up) (?:him|her"
    rf"|them|\w+ and \w+)(?: now)?(?= at \d)"
    rf"|(?:is|'s|are|am|i'm) coming for (?:him|her|them|\w+)(?= at )"  # "Dad is coming for Rafa at 12.30"
    rf"|fetch\w*|come and (?:get|fetch)|(?:i'll|i will|we'll|we will) (?:come|be)(?: back)? for (?:him|her|them)"
    rf"|go(?:es|ing)? home"
    rf"|(?<!we need to )(?<!we have to )(?<!we've got to )(?<!we )(?<!we'll )(?<!we're )leav\w*|take \w+ out"
    rf"|(?:i'll|i will|we'll|we will|to|can i|could i|can we|could we) get (?:him|her|them)(?= at)"
    rf"|(?:come|coming) out(?= at)|(?:i'm|im|i am|(?:i|we)(?:'ll| will) be) gett?(?:ing|in) \w+(?= at \d)|(?:let"
    rf"|send)(?: \w+)? out|let (?:him|her|them) (?:go|leave)(?= at )"
    rf"|taking \w+ out|sign\w* (?:\w+ )?out|(?:come|go|be) to (?:the )?(?:office|reception|front desk|gate)"
    rf"|get(?:ting)? \w+ from (?:reception|the office|school|the gate)|sent to (?:the )?(?:office|reception|gate)"
    rf"|take \w+ from (?:school|reception|the office))"
    rf"\b(?:(?!\b(?:because|as|since|cos|coz)\b)[^.!?,])*?(?:, )?"  # not "... because she has a check-up at 2"
    rf"\bat\s+(?:(?:around|about|approx\.?|approximately)\s+)?(?:lunch(?:time)?,?\s+\(?(?:at\s+|about\s+|around\s+)?)?{TIME}"
    # "I need to collect Corey now please, ... I'll be there at 12.30"
    rf"|\b(?:collect\w*|pick\w* (?:\w+(?:-\w+)? )?up|fetch\w*|come and get)\b[^?]{{0,80}}?\b(?:i'll|i will|we'll"
    rf"|we will) be"
    rf" (?:there|at (?:the )?(?:reception|office|school|gate))"
    rf" (?:at|by|around|about)\s+{TIME}"
    # "I'll be there at 10 past 1 to get her"
    rf"|\b(?:i'll|i will|we'll|we will|i'm|we're) (?:be there|be in|come|coming|be at (?:school|reception))"
    rf"(?: in| over| up| down)?\s+(?:at|by|around|about)\s+{TIME}\s+to (?:come and )?(?:get|collect|fetch|pick up|take)"
    rf" (?:him|her|them|\w+)\b"
    # plainer English: "I coming at 1 to pick Liban", "I come 1:00 to take Ifrah"
    rf"|\b(?:i|we) (?:come|coming) (?:at |by |around |about )?{TIME}\s+to (?:get|collect|fetch|pick|take) \w+\b"
    # "I'm on my way to get her now, should be there about 12.30"
    rf"|\b(?:on (?:my|our|his|her|their) way|(?:leaving|coming|come) \w*\s*(?:now )?to (?:come and )?) ?(?:to )?"
    rf"(?:get|collect|fetch"
    rf"|pick up|pick|take) \w+\b[^.!?]*?\b(?:at|about|around|by)\s+{TIME}"
    # "I will collect him 12.30 from reception", "I collect Zara 12.15", "collect him in 1pm": the time with no "at"
    rf"|\b(?:(?:collect\w*|fetch\w*) (?!from\b|after\b|before\b|at\b|by\b)\w+(?: in| around| about)?"
    rf"|pick (?:him|her|them)(?: up)?) {TIME}(?![\d/])(?!\s*(?:mins?"
    rf"|minutes?|hours?|hrs?|days?|weeks?)\b)"
    # "I will take him from school 12:30"
    rf"|\btake (?:him|her|them) (?:from|out of) (?:school|reception|class) {TIME}(?![\d/])"
    # "will have him out by 12:15"
    rf"|\bhave (?:him|her|them) out (?:by|at|for) (?:about |around )?{TIME}(?![\d/])"
    # "I pick him after lunch 12.30"
    rf"|\bpick (?:him|her|them) (?:up )?after lunch,? (?:at )?{TIME}(?![\d/])"
    # the child rang from school: "let her know I'm on my way, I'll be there about 12.45"
    rf"|\b(?:let|tell) (?:him|her|them) (?:know )?(?:that )?(?:i'm|i am) on my way,? (?:and )?(?:i'll|i will) be"
    rf" there (?:at |about |around |by |for )+{TIME}(?![\d/])"
    # "will be there to get her for about 12.15"
    rf"|\bbe there to (?:get|collect|fetch|pick up) (?:him|her|them) (?:for|at|by) (?:about |around )?{TIME}(?![\d/])"
    # "I'm coming to take her 11:30": the time with no "at"
    rf"|\b(?:coming|come|going) to (?:take|get|collect|fetch|pick up) (?:him|her|them) {TIME}(?![\d/])"
    rf"(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)"
    # "so he is absent from 11": out of school from then
    rf"|\b(?:is|will be|'ll be) (?:absent|out of school) from (?:about |around )?{TIME}"
    rf"(?![\d/]|st|nd|rd|th|\s*(?:to|until|till|-)\s*\d|\s*(?:january|february|march|april|may|june|july|august"
    rf"|september|october|november|december)\b)"
    # "have Seren ready at 1 o'clock", "send him to reception for 1pm": waiting to be collected
    rf"|\bready (?:at|for|by)\s+{TIME}(?![\d/])(?!\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\b)"
    rf"|\b(?:send (?:him|her|them|\w+)|be sent) (?:down )?to (?:the )?(?:office|reception|front desk|gate)"
    rf" (?:for|at|by)\s+{TIME}(?![\d/])"
    # "could she be ready at reception for 1pm": waiting to be collected
    rf"|\bready (?:(?:at|in) (?:the )?(?:reception|office|front desk|front office|main office|gate)|(?:to be"
    rf"|for) (?:collected"
    rf"|collection|picked up|pick-?up))\s+(?:at|for|by)\s+{TIME}(?![\d/])(?!\s*(?:mins?|minutes?|hours?|hrs?|days?"
    rf"|weeks?)\b)"
)


# The verb last ("at 12 collect him", as other languages put it), not a time that belongs to something else ("a
# hearing test at 1.45 so I'll pick him up at lunchtime").
_COLLECT_VERB_LAST = needles.compile(
    rf"\b(?:at|around|about)\s+{TIME}\b(?:(?!\b(?:so|then|and|but|because|as|after|before)\b)[^.!?,]){{0,30}}?"
    rf"\b(?:collect\w*|pick\w* (?:\w+(?:-\w+)? )?up|leav\w*|leave)\b(?! (?:at|before|after|by) (?:lunch|\d))")


@lru_cache(maxsize=1024)  # asked of the same clause by several steps of one message
def _collection(text: str) -> re.Match[str] | None:
    """The collection phrase in `text`: the verb then its time, unless that time is past a comma and a time comes
    just before the verb ("at 12:30 collect him, at 13:30 the hospital": 12:30)."""
    verb_first, verb_last = _COLLECT.search(text), _COLLECT_VERB_LAST.search(text)
    if verb_first and verb_last and "," in verb_first.group(0) and verb_last.start() < verb_first.start():
        return verb_last
    return verb_first or verb_last


def collection_span(text: str) -> tuple[int, int] | None:
    """Where `collection_time` found its phrase in `text`."""
    m = _collection(text)
    return m.span() if m else None


def collection_time(text: str) -> dt.time | None:
    """When the parent says they will collect the child during the day ("I'll pick her up at 12.45", and with the
    verb last, "at 12 collect him")."""
    m = _collection(text)
    if not m:
        return None
    groups = m.groups()
    hour = next(i for i in range(0, len(groups), 3) if groups[i] is not None)  # whichever form matched
    return to_time(groups[hour], groups[hour + 1], groups[hour + 2])
