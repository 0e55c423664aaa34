"""parse_message: one parent's message to provisional marks, a question, or a forward (pure, no I/O).

`analyse` reads everything a message says (language, reason, lateness, children, days); `conclude`
turns an analysis into the contract's answer. The conversation reducer reuses both to combine a
message with what came before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.calendar import SchoolCalendar, Session
from core.policy import SchoolPolicy
from understanding import asides, canon, days, needles, pupils, reasons, replies, signals
from understanding.clocktimes import TIME, arrival_time, arriving_now, collection_time, to_time
from understanding.text import clauses, unpossessive, word_re
from understanding.types import Child, ParseResult, PupilReport

DEFAULT_POLICY = SchoolPolicy()
MAX_TEXT = 2000
UNKNOWN_FOREIGN_WORDS = 3  # more words than this that no lexicon knows: the message likely says why
APPOINTMENT_REASONS = ("medical", "interview")
FAMILY_OCCASIONS = ("family_event", "religious", "holiday", "exceptional")  # what a whole family goes to
# A doctor's visit or a check of the illness itself (an x-ray of the sprain): for a whole day off, illness is the reason
URGENT_CARE = needles.compile(r"^(?:minor injuries|walk-?in (?:centre|center|clinic)|urgent care|x-?ray\w*|a ?& ?e)$")
_BOOKED_CARE = needles.compile(r"\b(?:walk-?in|minor injuries|urgent care"
                               r"|x-?ray\w*)\b[^.,]{0,30}?\bat \d")  # a time: booked
GENERIC_MEDICAL = needles.compile(r"^(?:appointment|appt|hospital|x-?ray\w*|scan|blood test|minor injuries"
                                  r"|walk-?in (?:centre|center|clinic)|urgent care|(?:asthma|medication|annual|eczema"
                                  r"|diabetes"
                                  r"|diabetic|epilepsy|sickle cell|clinic|growth|hearing|eye) (?:review|check)"
                                  r"|(?:to|at|see|seeing|visit\w*) (?:the |a )?(?:gp|doctor'?s?)|clinic)$")
# "seeing the GP at 9.20": a booked appointment, the reason even for a whole day off
_TIMED_VISIT = needles.compile(r"\b(?:(?:gp|doctor'?s?|appointment|appt|clinic)\b (?:appointment |appt )?"
                               r"|(?:it's|its|it is) )(?:at|for) (?:8|9|1[0-2]|1|2)"
                               r"(?:[:.]\d\d)?(?!\d)(?!\s*(?:days?|weeks?|hours?|pm)\b)"
                               # "an appointment for his grommets at the hospital on Thursday at 8am"
                               r"|\b(?:appointment|appt)\b[^.]{0,60}\bat (?:[7-9]|1[0-2])(?:[.:][0-5]\d)? ?am\b")
# "Temi has one straight after", "his is at 10": a sibling's own one of the same (not "Ethan has his braces fitted")
_HAS_ONE = (r"\b(?:has|got|have) (?:one|hers|theirs)\b|\b(?:has|got|have) his(?= too| as well| also|[.,!]|$)"
            r"|\b(?:hers|his) is\b")
_HAS_ONE_TOO = needles.compile(_HAS_ONE + r"|\bsame\b")
CONTINUATION = needles.compile(r"\btoo\b|\beither\b|\bas well\b|\balso\b|\bboth\b|\bsame\b|\bso (?:is|are|does|has)\b|"
                               + _HAS_ONE)


@dataclass
class Analysis:
    """Everything one message says, before deciding what to do with it."""

    text: str
    canon: str
    parts: list[str]
    language: str
    local_now: dt.datetime
    reason: str
    late: bool
    absence: bool
    who: pupils.PupilDecision
    plan: days.DayPlan
    why: list[str] = field(default_factory=list)
    rival: str | None = None  # a second reason the conventions do not rank against `reason`
    forms: dict[str, frozenset[str]] = field(default_factory=dict)  # the words naming each child (pupils.forms_in)

    def forms_of(self, child: Child) -> frozenset[str]:
        return self.forms.get(child.id) or pupils.child_forms(child)


def late_code(arrival: dt.time | None, local_now: dt.datetime, day: dt.date, calendar: SchoolCalendar) -> str:
    """L when the stated arrival is at or before the morning register close (or, with no time, the message is)."""
    close = calendar.am_register_close
    if arrival is not None:
        return "L" if arrival <= close else "U"
    if day > local_now.date():
        return "L"
    return "L" if local_now.time() < close else "U"  # "arrives before it"


# "Her dad is on his way to collect her now": a collection at the time of the message
_COLLECTING_NOW = needles.compile(r"\b(?:i'm|i am|we're|we are) (?:at|in) (?:the )?(?:school )?(?:reception|office"
                                  r"|front desk|front office|gate)"
                                  r" (?:now )?to (?:pick (?:him|her|them) up|collect|get|fetch|pick up|take)"
                                  r"(?: him| her| them| (?!now\b)[a-z]+)?"
                                  r"(?: now)?\b"
                                  r"|\b(?:i've|i have|we've|we have|just) (?:just )?(?:picked|collected|fetched) (?:him"
                                  r"|her|them|\w+)(?: up)?\b(?! at| by| around| about| on| last| yesterday)"
                                  r"|\b(?:is|'s|are) (?:collecting|picking up|coming for|fetching) (?:him|her|them)\b"
                                  r"(?! at| by| around| about| on| after| later| tomorrow)"
                                  r"|\bon (?:my|his|her|our|their) way (?:in |over )?to pick \w+ up\b(?! at| by| around"
                                  r"| about)"
                                  r"|\bon (?:my|his|her|our|their) way (?:in |over )?to (?:collect|get|fetch|pick up)"
                                  r" (?:him|her|them)\b(?: now)?(?! at| by| around| about)"
                                  r"|\b(?:i'll|i will|we'll|we will|and will) be (?:there|up|over|down) (?:in (?:about "
                                  r"|around )?\d+ ?(?:mins?|minutes)?|shortly|soon|in a (?:bit|minute|few minutes))"
                                  r" to (?:collect|get|fetch|pick up) (?:him|her|them|\w+)\b"
                                  r"|\b(?:i'll|i will|we'll|we will) (?:collect|get|fetch|pick up) (?:him|her|them|\w+)"
                                  r"(?: up)? in (?:about |around )?\d{1,2} ?(?:mins?|minutes)\b"
                                  r"|\b(?:coming|come|going) to (?:collect|get|fetch|pick up|take) (?:him|her"
                                  r"|them|\w+(?: and \w+)?)(?: up)?(?: from school)? now\b"
                                  r"|\b(?:coming|come) now (?:to )?(?:collect|get|fetch|pick up|take) (?:him|her|them"
                                  r"|\w+)\b"
                                  # "I will collect her now", "I come take her now", "I need take Selin home now"
                                  r"|\b(?:i'll|i will|we'll|we will|i|we) (?:need (?:to )?|must |have to )?"
                                  r"(?:come (?:and |to )?)?(?:collect|get|fetch|pick up|take) (?:him|her|them|\w+)"
                                  r"(?: up| home)?(?= now\b)"
                                  r"|\b(?:i'm|i am|we're|we are) (?:taking"
                                  r"|bringing) (?:him|her"
                                  r"|them|\w+) home now\b"
                                  r"(?! at| by| around| about)"
                                  r"|\b(?:i'm|i am|we're|we are) (?:collecting|picking up|fetching|getting) (?:him|her"
                                  r"|them|\w+)(?: from school)? now\b"
                                  r"|\b(?:i'm|i am|we're|we are) picking (?:him|her|them|\w+) up now\b"
                                  r"|\b(?:i'll|i will|we'll|we will) be (?:at (?:the )?(?:office|reception|school|gate)"
                                  r"|there) in"
                                  r" (?:about )?\d{1,2} ?(?:mins?|minutes) to (?:get|collect|fetch|pick up|pick) (?:him"
                                  r"|her|them)\b"
                                  r"|\b(?:i'll|i will|we'll) be there to (?:get|collect|fetch|pick up) (?:him|her|them)"
                                  r"(?= in (?:about )?\d{1,2} ?(?:mins?|minutes)\b)"
                                  # "had a call to collect Mollie ..., her dad is on his way now"
                                  r"|\b(?:had|got) a (?:phone )?call to (?:collect|pick up|come and get|fetch) \w+\b")


def _timed_now(ctext: str, local_now: dt.datetime, calendar: SchoolCalendar) -> str:
    """Give a collection happening now its clock time, so the sessions it ends are read as for any collection."""
    m = _COLLECTING_NOW.search(ctext)
    if not m or not calendar.am_start <= local_now.time() < calendar.pm_register_close:
        return ctext
    if (told := collection_time(ctext)) and told < calendar.pm_register_close:
        return ctext  # the collection's own time is given (one after school is another child's home time: "coming
        # now to take Abdi ... her aunt collects Ikran at 3")
    return f"{ctext[: m.end()]} at {local_now:%H:%M}{ctext[m.end():]}"


# a visit before school that makes an ill child late: "in at 11 after the doctor", "the GP has squeezed us in at 9"
_VISIT_FIRST = needles.compile(r"\bafter (?:the |her |his |their |a )?(?:doctor'?s?|gp|dentist|appointment|appt"
                               r"|hospital|clinic|check-?up|optician'?s?)\b"
                               r"|\b(?:doctor|gp|dentist|nurse|surgery)\b[^.]{0,20}\b(?:squeezed|fitted|fit)"
                               r" (?:us|him|her|them) in\b"
                               # "late as we're at the doctors with her ear": the visit makes her late
                               r"|\b(?:we're|we are|i'm|i am|(?:he|she|they)(?:'s|'re| is| are)) (?:at|seeing)"
                               r" (?:the )?(?:doctor'?s?|gp|surgery|dentist|clinic|optician'?s?)\b")
_TIRED_AFTER = needles.compile(r"\b(?:tired|shattered|exhausted|knackered|worn out|wiped out|wrecked)\b[^.;]{0,50}"
                               r"\b(?:last night|yesterday|at the weekend|over the weekend)\b")


def analyse(text: str, children: Sequence[Child], calendar: SchoolCalendar, now: dt.datetime) -> Analysis:
    local_now = calendar.local(now)
    if len(text or "") > MAX_TEXT:  # a letter, not a text message: the office reads it
        a = analyse("", children, calendar, now)
        return replace(a, text=text, why=[*a.why, f"longer than {MAX_TEXT} characters"])
    detected = canon.detect(text or "")
    full = days.same_day_named(_punctuated(_renamed(canon.canonical(text or "", detected, local_now.date()), children),
                                           children, text or ""))
    kept = asides.without_remarks(full)
    who = pupils.resolve(clauses(kept), kept, list(children), text or "")
    ctext = _timed_now(asides.focus(full, text or "", who.present, who.children), local_now, calendar)
    who = _without_aside_children(who, ctext, text or "")
    parts = clauses(ctext)
    decision = reasons.classify(ctext)
    if decision.reason == "illness" and decision.has("medical") and days.RETURN_AFTER.search(ctext):
        decision = replace(decision, reason="medical")  # seen by a doctor and back in school: the visit is the reason
    if decision.reason == "family_event" and decision.has("unsatisfactory") and _TIRED_AFTER.search(ctext):
        decision = replace(decision, reason="unsatisfactory")  # worn out after last night's party: the day off is O
    late_text = ctext
    if (change := _changed_plan(ctext)) is not None:  # "running late ... actually no, he's been sick, taking him home"
        decision, late_text = change
    plan = days.plan_days(ctext, calendar, local_now, detected)
    late = (_says_late(late_text, decision.reason) or (
        arriving_now(late_text) and calendar.am_start < local_now.time() < dt.time(12, 0)
        and decision.reason in ("transport", "unknown", "unsatisfactory", "late"))) and not _NOT_IN_AT_ALL.search(
        ctext) and not (
        _ON_THE_WAY_NOW.search(late_text) and not _LATE_WORD.search(late_text) and plan.sessions
        and min(s.day for s in plan.sessions) > local_now.date())  # "we're leaving now" for a funeral from
    # tomorrow: the family's journey, not a late arrival
    if late and decision.reason == "illness" and _VISIT_FIRST.search(late_text):
        decision = replace(decision, reason="medical")  # "has a cough, she will come late at 11 after the doctor"
    collect = collection_time(ctext)
    partial = bool(collect and collect < calendar.pm_register_close) or bool(days.RETURN_AFTER.search(ctext))
    urgent = (decision.has("illness") and all(URGENT_CARE.search(cue) for r, cue in decision.hits if r == "medical")
              and not _BOOKED_CARE.search(ctext))
    if (decision.reason == "illness" and decision.has("medical") and not urgent and not late and collect
            and collect < calendar.pm_register_close):
        decision = replace(decision, reason="medical")  # collected for a check-up: the visit is the reason
    if decision.reason == "medical" and urgent and not late:
        decision = replace(decision, reason="illness")  # an injury seen at a walk-in centre: not a booked appointment
    if _visit_within_illness(decision, ctext, plan.sessions) and not late:
        decision = replace(decision, reason="illness")
    if (decision.reason == "illness" and decision.has("medical") and plan.sessions and not urgent
            and all(s.half == "AM" for s in plan.sessions)):
        decision = replace(decision, reason="medical")  # an ill child seen by a doctor in the morning only
    absence = signals.reports_absence(full, reason=decision.reason, late=late, partial=partial,
                                      dated=plan.explicit or bool(plan.present_days))  # "he'll be in tomorrow"
    if collect and collect >= calendar.pm_register_close and not signals.STRONG.search(ctext) and not late:
        absence = False  # collected after the afternoon register: present for both sessions
    if (signals.ATTENDING.search(ctext) and not signals.STRONG.search(ctext) and not late
            and not (partial and decision.reason not in ("unknown", "unsatisfactory"))
            and not (decision.reason in ("medical", "interview") and plan.explicit)):
        absence = False  # "sending her in with Calpol"; not "appointment next week, I'll send the letter in with her"
    if _CANCELLED.search(ctext) and pupils.PRESENT.search(ctext) and not signals.STRONG.search(ctext) and not late:
        absence = False  # "his appointment on Tuesday has been cancelled so he will be in all day after all"
    if (plan.present_days and not plan.explicit and not late and not partial and not signals.STRONG.search(ctext)
            and days.default_day(calendar, local_now) in plan.present_days):
        absence = False  # in the evening, "nits again, doing the treatment tonight, she'll be in tomorrow as normal"
    if (plan.present_days and not plan.explicit and signals.RECOVERED.search(ctext) and not late
            and not signals.ABSENCE.search(ctext)):
        absence = False  # "her temperature has gone, you'll see her in class tomorrow": a return, nothing to record
    why = [f"language {detected}", decision.explain(), *who.explanation]
    rival = decision.rival if decision.rival and frozenset((decision.reason, decision.rival)) in reasons.UNRESOLVED \
        else None
    forms = pupils.forms_in(ctext, text or "", who.children) if len(who.children) > 1 else {}
    return Analysis(text or "", ctext, parts, detected, local_now, decision.reason, late, absence, who, plan, why,
                    rival, forms)


# "the clinic is running 2 hours behind so she won't make it in at all today": the day is given up
_NOT_IN_AT_ALL = needles.compile(r"\b(?:won't|not|can't|cannot|unable to)\b[^.,;]{0,25}\bat all (?:today|this morning"
                                 r"|now)\b|\b(?:won't|not|don't|can't|cannot)\b[^.,;]{0,40}\b(?:today"
                                 r"|this morning) at all\b"
                                 r"|\bno (?:chance|way)\b[^.;]{0,40}\bin today\b"
                                 r"|\b(?:won't|will not|can't|cannot|not going to|unable to) (?:make it|get|be)"
                                 r"(?: in| into school| to school)? today\b(?! (?:until|till|by|for|before|at)\b)")
_CANCELLED = needles.compile(r"\b(?:appointment|appt|operation|op|interview|trip|it)(?:'s| has| is| was| got)?"
                             r" (?:been )?(?:cancelled|canceled|postponed|called off)\b")
_PLAN_CHANGE = needles.compile(r"\b(?:actually,? no|no,? actually|no wait|plans? ha(?:ve|s) changed|"
                               + days.CHANGE_MARKERS
                               + r"|\b(?:i|we) (?:was|were) going to keep \w+ (?:at )?(?:home|off)\b[^.]*?\bbut\b"
                               r"|\b(?:i|we) (?:was|were) going to (?:bring|take|send|drop) \w+ in\b[^.]*?\bbut\b"
                               r"|\b\w+ was going to (?:have|take) the day off\b[^.]*?\bbut\b"
               r"|actually,? (?:i'm|i am|we're|we are) (?:going to |gonna )?(?:take|taking|keep"
                               r"|keeping) (?:him|her|them) (?:home|off))\b")


# "orthodontist at 8.40. Actually scrap that, it's 8.20, but she'll still be in for 9.30": only the time changes
_NEW_TIME_ONLY = re.compile(r"[\s,.!:-]*(?:(?:it's|its|it is|it was|make (?:that|it)|i mean(?:t)?) )?(?:at |about "
                            r"|around )?\d{1,2}(?:[.:][0-5]\d)?\s*(?:am|pm)?(?![\d.:])")


def _visit_within_illness(decision: reasons.ReasonDecision, text: str, sessions: Sequence[Session]) -> bool:
    """Ill all day, with a doctor's visit that has no time of its own: the illness is the reason ("both off today
    with a fever, doc appt later")."""
    return (decision.reason == "medical" and decision.has("illness") and bool(sessions)
            and all(GENERIC_MEDICAL.match(cue) for r, cue in decision.hits if r == "medical")
            and {s.half for s in sessions} == {"AM", "PM"} and not _TIMED_VISIT.search(text))


def _after_change(text: str) -> str:
    """The text after a change of plan ("was going to be off today, but plans have changed ..."), or all of it."""
    m = _PLAN_CHANGE.search(text)
    return text[m.end():] if m else text


def _changed_plan(ctext: str) -> tuple[reasons.ReasonDecision, str] | None:
    """The reason given after a change of plan, when it gives one of its own, and the text it is given in."""
    after = _after_change(ctext)
    if after == ctext or _NEW_TIME_ONLY.match(after):
        return None
    later = reasons.classify(after)
    if later.reason not in ("unknown", "late"):  # "there for 9.15. Scrap that, the traffic isn't moving, more like
        # 9.40": still late, for a new cause
        return later, after if signals.ABSENCE.search(after) or not reasons.is_late(ctext) else ctext
    whole = reasons.classify(ctext)  # "a bit late, he's been sick ... actually I'm taking him home, he won't be in"
    if signals.STRONG.search(after) and whole.reason not in ("unknown", "late"):
        return whole, after
    return (later, after) if _says_late(after, later.reason) else None  # "was going to be off today (as I had to go
    # to my sister's) but plans have changed so I'll bring her in about 10": a late arrival, the old cause withdrawn


# "... tomorrow ana he will go to school normal": a name, perhaps restated by a pronoun, then its verb
# "... staying home today kieran in.": a name and its state
_RUN_ON_VERB = (r"(?:(?: he| she| they)? (?:will|is|has|won't|can't|isn't|was|had|needs|got|should|'ll|are|have|go"
                r"|goes|come|comes|stay|stays|feel|feels|seems|seem|looks)\b"
                r"|(?: is)? (?:in|fine|ok|okay)(?=\s*(?:[.!;]|$)))")
_NOT_BEFORE_NAME = frozenset(["and", "or", "but", "so", "that", "because", "as", "when", "if", "then", "with", "for",
                              "to", "of", "tell", "ask", "let", "take", "taking", "collect", "get", "pick", "bring",
                              "drop", "keep", "keeping", "mark", "both", "while", "whereas", "since", "until", "till",
                              "after", "before", "than", "sure", "hope", "think", "know", "says", "said", "not", "only",
                              "just", "also", "even", "cos", "coz", "cause", "why", "where", "is", "hi",
                              "morning", "dear", "hello", "hiya", "sorry", "thanks", "x", "miss", "mrs", "mr", "ms",
                              "nor", "neither", "either", "saying", "about"])


def _comma_before(m: re.Match[str]) -> str:
    return m.group(0) if m.string[: m.start()].split()[-1] in _NOT_BEFORE_NAME else f", {m.group(1)}"


def _punctuated(text: str, children: Sequence[Child], original: str) -> str:
    """ "rosie is off shes got a cough n temp daisy will be in as normal": in a message written all in lower case or
    with no punctuation at all (voice to text), a comma before a child's name that starts a new sentence without
    punctuation (after a word that cannot lead into the name)."""
    if original != original.lower() and re.search(r"[!?,;]|\.(?!\d)", original):  # not the dot in "9.30"
        return text
    for form in {f for c in children for f in pupils.child_forms(c)}:
        text = re.sub(rf"(?<=[a-z0-9]) ({re.escape(form)}(?: (?:and|&) [a-z]+)?)(?={_RUN_ON_VERB})", _comma_before,
                      text)  # "... as well lewis and ruby are fine"
    return text


_MEANT_CHILD = needles.compile(r"\b(?:sorry|oops|my mistake)[,!.\s]*i mean(?:t)? (\w+)")


def _renamed(text: str, children: Sequence[Child]) -> str:
    """ "Grace has a temperature so she's off today, sorry I mean Ollie!": the child meant replaces the one named."""
    m = _MEANT_CHILD.search(text)
    meant = [c for c in children if m and m.group(1) in pupils.child_forms(c)]
    if len(meant) != 1:
        return text
    before = text[: m.start()]
    named = [(w.start(), w.group(0)) for c in children if c is not meant[0]
             for form in pupils.child_forms(c) for w in word_re(form).finditer(before)]
    if not named:
        return text
    wrong = max(named)[1]
    return re.sub(rf"\b{re.escape(wrong)}\b", m.group(1), before) + text[m.start():]


def _without_aside_children(who: pupils.PupilDecision, ctext: str, text: str) -> pupils.PupilDecision:
    """Children named only in a sentence the focus set aside ("Alfie has football after school on Thursday so can he
    get the late bus?") are not among the absent, when the absence names others."""
    if len(who.children) < 2 or pupils.ALL_CHILDREN.search(ctext) or pupils.BOTH.search(ctext) or (
            pupils.ALL_N.search(ctext)):  # "all 3 of mine are off ... Daisy can't walk that far"
        return who
    found, _ = pupils.named_children(clauses(ctext), who.children, text)
    if not found or len(found) == len(who.children):
        return who
    return replace(who, children=[c for c in who.children if c.id in found or c in who.others])


_MORNING_MISSED = needles.compile(r"\b(?:won't|not|can't|cannot|don't|no chance|no way|will miss|'ll miss)\b"
                                  r"[^.,;]{0,40}"
                                  r"\b(?:this morning"
                                  r"|the morning|tomorrow morning|for the"
                                  r" morning|before lunch(?:time)?|until (?:after )?lunch(?:time)?"
                                  r"|until (?:this )?afternoon)\b"
                                  # "please mark them both absent for this morning"
                                  r"|\babsent (?:for )?(?:this|the) morning\b")
_IN_FOR_AFTERNOON = needles.compile(r"\b(?:for|by|in time for|at) (?:the )?afternoon (?:registration|register"
                                    r"|session)\b"
                                    r"|\b(?:after|for|by) lunch(?:time)?\b|\bthis afternoon\b|\bfor the afternoon\b"
                                    r"|\bin for (?:about |around )?(?:12|noon|midday)\b")
# "I'll drop it at reception at 2", "bringing his PE kit in at 10": a thing arrives, not the child (but "I'll drop
# them in at 10.15" is the children)
_DROPS_THING = needles.compile(r"\b(?:drop|dropping|bring|bringing|pop|popping) (?:it|them(?! in\b)) (?:in |off |round "
                               r"|over )?(?:at|to|by|in)"
                               r"(?: (?:the )?(?:reception|office|school|gate))? (?:(?:at|by|around|about) \d\S*"
                               r"|in (?:half an hour|an hour|a bit|a few min\w*|\d+ min\w*|\w+ min\w*))")


_CUE_CLOCK = re.compile(TIME)


def _morning_arrival_cue(text: str) -> bool:
    """An arrival cue whose time is in the school morning ("be there by 9.40"; not "at the gate at 3.15")."""
    for m in reasons.ARRIVAL_CUE.finditer(text):
        clock = _CUE_CLOCK.search(text, m.start())
        arrival = to_time(*clock.groups()) if clock else None
        if arrival is None or dt.time(7, 0) <= arrival <= dt.time(13, 0):
            return True
    return False


_KEPT_HOME_MORNING = needles.compile(r"\b(?:keep|keeping|kept)(?: \w+)? (?:home|off|at home|in bed) (?:this|tomorrow)"
                                     r" morning\b")
_WENT_OFF = needles.compile(r"\b(?:go|goes|went|gone|going) off\b"
                            r"|\ba lift off\b")  # the alarm; "a lift off the neighbour"


def _says_late(text: str, reason: str) -> bool:
    """Lateness: said outright, or an arrival time ("she'll be in by 9.15") after a delay with no absence (an ill child
    coming in later is late; one seen by a doctor first is not: that is the medical appointment with a return)."""
    if reasons.is_collecting(text) and not reasons.CHILD_IN_BY.search(text):
        return False  # "I'm coming to pick up Kabir ... be there in 20 mins": the parent arrives, not the child
    text = _DROPS_THING.sub(" ", text)
    if _MORNING_MISSED.search(text) and _IN_FOR_AFTERNOON.search(text):
        return False  # "won't make it this morning, I'll get him there for afternoon registration": morning missed
    if reason in signals.SELF_EVIDENT and (_KEPT_HOME_MORNING.search(text) or (
            _IN_FOR_AFTERNOON.search(text) and reason not in APPOINTMENT_REASONS)):
        return False  # "sick with a cold ... I keep her home this morning and bring her at 12.30", "a bad anxiety day,
        # I'll try and bring her in at 1pm for the afternoon": ill for the morning
    if reasons.is_late(text) or any(reasons.is_late(p) for p in clauses(text)[1:]):  # "...; late as he has"
        return True
    if reason == "illness" and reasons.classify(text).has("medical"):
        return False
    return (_morning_arrival_cue(text) and not reasons.is_collecting(text)
            and not signals.MEDICINE_NOTE.search(text)
            and reason in ("transport", "unknown", "unsatisfactory", "illness", "late")
            and not signals.ABSENCE.search(_WENT_OFF.sub(" ", text)))  # "alarm didn't go off ... in for 10": late


def conclude(a: Analysis, children: Sequence[Child], calendar: SchoolCalendar, policy: SchoolPolicy | None = None,
             language: str | None = None, *, ask_reason: bool = True) -> ParseResult:
    """The contract's answer for an analysis (record, clarify or forward) with its reply; `ask_reason=False` records
    a stated but unrecognised cause as `unknown` instead of asking about it (the parent has been asked once)."""
    policy = policy or DEFAULT_POLICY
    lang = canon.supported(language) or a.language
    why = list(a.why)

    def forward(note: str) -> ParseResult:
        return ParseResult("forward", reply=replies.forward_reply(lang), language=lang, explanation=(*why, note))

    if not children or not a.absence:
        return forward("no absence or lateness reported")
    if a.who.problem:
        reply = replies.clarify_reply(a.who.problem, lang, name=a.who.unknown_name or "")
        return ParseResult("clarify", reply=reply, language=lang, explanation=tuple(why))
    if a.plan.past_only and not signals.CURRENT.search(a.canon) and collection_time(a.canon) is None:
        return forward("a past absence: for the office")
    if a.plan.undetermined:
        if a.plan.return_only:
            return forward("a return to school, no absence")
        if a.plan.undetermined == "closed" and not signals.STRONG.search(a.canon) and not (
                (a.late or a.reason in APPOINTMENT_REASONS) and _DATE_NOT_WEEKEND.search(a.canon)
                and not _WEEKEND.search(a.canon)):  # "hospital appointment on the 13th" (a Sunday): ask
            return forward("nothing on a school day: the days named are closed")  # "her party on Saturday"
        why.append(f"day undetermined: {a.plan.undetermined}")
        kind = "conflict" if a.plan.undetermined == "conflict" else "day"
        return ParseResult("clarify", reply=replies.clarify_reply(kind, lang), language=lang, explanation=tuple(why))
    if not a.who.children:
        return forward("no child is absent")

    segments = _segments(a)
    if present := {cid for cid, segment in segments.items() if _not_absent(segment, a, calendar)}:
        if len(present) == len(a.who.children):
            return forward("every child will be in")
        a = with_children(a, [c for c in a.who.children if c.id not in present])
        segments = {cid: segment for cid, segment in segments.items() if cid not in present}
    decision = reasons.classify(a.canon)
    if len(a.who.children) >= 2 and not segments and (
            reasons.mixed(replace(decision, strong=frozenset(_distinct_reasons(decision, a.canon))))
            or (len(_distinct_reasons(decision, a.canon)) >= 2 and not _SHARED.search(a.canon))):
        return ParseResult("clarify", reply=replies.clarify_reply("reason", lang), language=lang,
                           explanation=(*why, "several children and several reasons that cannot be told apart"))
    reports = _shared_trip([_report(child, a, calendar, policy, segments.get(child.id)) for child in a.who.children],
                           policy)
    reports = [r for r in reports if not _on_time(r, segments.get(r.pupil_id, a.canon), calendar)]
    if not reports:
        return forward("every child will be in on time")
    if any(not r.sessions for r in reports):
        return ParseResult("clarify", reply=replies.clarify_reply("day", lang), language=lang,
                           explanation=(*why, "a child's days are undetermined"))
    rival = _segment_rival(a, segments) if segments else (
        (a.reason, a.rival) if a.rival and any(r.reason == a.reason for r in reports) else None)
    if rival:
        return ParseResult("clarify", reply=replies.clarify_reply("reason", lang), language=lang,
                           explanation=(*why, f"both {rival[0]} and {rival[1]} are given: which is the reason?"))
    if ask_reason and asks_reason(a, reports, segments, a.who.children):
        return ParseResult("clarify", reply=replies.clarify_reply("reason", lang), language=lang,
                           explanation=(*why, "a cause is given that the reason lists do not know"))
    ill = any(r.reason == "illness" for r in reports)
    dv = policy.dv_48_hour_rule and ill and reasons.mentions_dv(a.canon)
    reply = replies.record_reply(reports, children, lang, open_end=a.plan.open_end and ill, dv_rule=dv)
    return ParseResult("record", tuple(reports), reply, lang, tuple(why))


def _on_time(report: PupilReport, text: str, calendar: SchoolCalendar) -> bool:
    """A "late" arrival at or before the start of the school day, told without the word late ("she must come for her
    carol service, I will drop her by 8.45"): the child is in on time."""
    arrival = report.arrival  # a clock time the parent wrote, not one counted from the message ("there in 5 mins")
    return (report.reason == "late" and arrival is not None and arrival <= calendar.am_start
            and re.search(rf"\b{arrival.hour}[:.]{arrival.minute:02d}\b", text) is not None
            and not _LATE_WORD.search(text))


def _shared_trip(reports: list[PupilReport], policy: SchoolPolicy) -> list[PupilReport]:
    """A child given days but no cause, beside a sibling away on a holiday on those days, is on the family's trip
    ("leave for Iga from Wednesday as we fly to Poland; Mikołaj has his nativity, so only Thursday and Friday")."""
    trips = [r for r in reports if r.reason == "holiday"]
    return [replace(r, reason="holiday", code=policy.code_for("holiday"))
            if r.reason == "unknown" and any(set(r.sessions) <= set(t.sessions) for t in trips) else r
            for r in reports]


_TRAVEL_ONLY = needles.compile(r"travel\w*|\bfly\w*|flights?|(?:we're|we are) away|\b(?:in|to|visit\w*) [a-z ]+$"
                               r"|term time"
                               r"|\b(?:driv|head|go)\w* (?:up |down |over |back )?to\b")


_OUTING = needles.compile(r"winter wonderland|grotto|\bpanto|day out|family day|day trip|theme park|\bzoo\b|cinema"
                          r"|\btreat\b|christmas present")
_ON_MY_OWN = needles.compile(r"\bon my own\b|\bby myself\b")
_ON_MY_OWN_WITH_THEM = needles.compile(r"\b(?:on my own|by myself) with (?:them|the (?:kids|children|lot))\b")
_WEATHER = needles.compile(r"storm|gales?|snow\w*|ice")
_ACCIDENT = needles.compile(r"\baccident\b|\bcrash\b")
_IN_HOSPITAL = needles.compile(r"(?:in )?hospital")


_GOES_ALONG = needles.compile(r"\b(?:coming|come|comes|going|go|goes|tag\w*)(?: along)? with (?:us|me|them|her|him)\b")
# a sibling late with the child at an appointment, or everyone arriving together after it
_LATE_TOGETHER = needles.compile(r"\blate,? (?:too|as well)\b|\b(?:also|too|both|all)\b[^.;,]{0,20}\blate\b"
                                 r"|\bwe(?:'ll| will)? (?:be|come|arrive|get) (?:in |there |at school |to school )?"
                                 r"(?:at |around |about |by |for )?\d")
_LEADING_CAUSE = needles.compile(r"\s*(?:as|since|because|cos)\b")
_JOINS = needles.compile(r"\b(?:join|joins|joining) (?:us|me|them|the (?:family|rest of us))\b")
_ON_THE_WAY = needles.compile(r"\b(?:is|'s|are|'re) (?:already )?on (?:her|his|their) way\b(?! (?:to|but)\b)")
_NO_NEED = needles.compile(r"\b(?:no need(?: for (?:him|her|them))?"
                           r"|(?:doesn't|does not|don't|do not|won't|will not) need)"
                           r" to (?:leave|miss|come out|be (?:off|collected))\b")
_ON_THE_WAY_NOW = needles.compile(r"\b(?:leaving|setting off|on (?:my|our|the) way)\b[^.;]{0,20}\bnow\b"
                                  r"|\bnow\b[^.;]{0,10}\b(?:leaving|setting off)\b")
_MIGHT_CATCH = needles.compile(r"\b(?:maybe|might|may|could)\b[^.;]{0,15}\b(?:gets?|catch(?:es)?|come down with) it\b")
_LATE_WORD = needles.compile(r"\blate\b")
_PARENT_BEFORE = needles.compile(r"(?:^|(?<=[.;!?] ))(?:i|we) (?:was|were|had|'ve been|have been)\b[^.;!?]*")
_DATE_NOT_WEEKEND = needles.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\bthe \d{1,2}\b|\b\d{1,2}/\d{1,2}\b")
_WEEKEND = needles.compile(r"\b(?:saturday|sunday|weekend)\b")


# "also please can you tell Miss Grant that Isla's reading record is in her bag": another request, not "Isla too"
_ALSO_ASKING = needles.compile(r"\balso,? (?=(?:please |pls |just )?(?:can|could|would|will) you\b|please\b|pls\b)")


def _not_absent(segment: str, a: Analysis, calendar: SchoolCalendar) -> bool:
    """Does a child's own text say only that they will be in on the day meant ("Dev has been sneezing, don't think
    it's anything, he will be in tomorrow" sent in the evening), a collection after the afternoon register, or nothing
    of an absence at all ("Adam forgot his PE kit, I'll drop it at the office")?"""
    segment = _PARENT_BEFORE.sub(" ", segment)  # "Reuben is going in. I was off with it all last week too"
    if (_NO_NEED.search(segment) or _MIGHT_CATCH.search(segment)) and not signals.STRONG.search(segment):
        return True  # "Mila has hers on Tuesday at 3.45 so no need for her to leave early"
    if _ON_THE_WAY.search(segment) and a.local_now.time() < calendar.am_start and not _LATE_WORD.search(segment):
        return True  # "Layla is on her way" before the school day starts
    if signals.STRONG.search(segment) or reasons.is_late(segment) or _morning_arrival_cue(segment):
        return False
    if days.RETURN_AFTER.search(segment) and reasons.classify(segment).reason != "unknown":
        return False  # "Tyler's got a swollen eye so I'm taking him to the GP at 10, he'll be in this afternoon"
    if (collect := collection_time(segment)) is not None:
        return collect >= calendar.pm_register_close  # "I'll pick her up at 2.30": after the afternoon register
    if (signals.AFTER_SCHOOL.search(segment) and not signals.WEAK.search(segment)
            and reasons.classify(segment).reason in APPOINTMENT_REASONS):
        return True  # "Anika has a dental check up at 3.45 after school so no change for her"
    plan = days.plan_days(segment, calendar, a.local_now, a.language)
    if days.default_day(calendar, a.local_now) in plan.present_days and not plan.explicit:
        return True
    if plan.explicit and plan.undetermined == "closed":
        return True  # "Joshua has his entrance test on Saturday so nothing needed for that"
    return not (signals.ABSENCE.search(segment) or days.RETURN_AFTER.search(segment)
                or CONTINUATION.search(_ALSO_ASKING.sub(" ", segment)) or _SHARED.search(segment)
                or _GOES_ALONG.search(segment)
                or reasons.classify(segment).reason != "unknown")



def _distinct_reasons(decision: reasons.ReasonDecision, text: str) -> set[str]:
    """The reasons a message gives outright (travel words describe the journey to an event, not a holiday)."""
    strong = set(decision.strong)
    if decision.reason == "exceptional":
        strong.discard("unsatisfactory")  # the emergency is why everyone stays home
        if all(_WEATHER.fullmatch(cue) or _ACCIDENT.search(cue) for r, cue in decision.hits if r == "transport"):
            strong.discard("transport")  # "the house flooded in the storm", "a car accident": the emergency itself
        emergencies = [cue for r, cue in decision.hits if r == "exceptional"]
        if all(_IN_HOSPITAL.fullmatch(cue) or any(cue in e for e in emergencies)
               for r, cue in decision.hits if r == "illness"):
            strong.discard("illness")  # "my husband had a car accident and he is in hospital", "their great grandad
            # is very ill": the adult's
    if all(_TRAVEL_ONLY.search(cue) for r, cue in decision.hits if r == "holiday"):
        strong.discard("holiday")
    if ("illness" in strong and _ON_MY_OWN_WITH_THEM.search(text)
            and all(_ON_MY_OWN.search(cue) for r, cue in decision.hits if r == "unsatisfactory")):
        strong.discard("unsatisfactory")  # "all 3 have the bug and I'm on my own with them": they are all ill
    if strong & {"family_event", "holiday"} and all(_OUTING.search(cue) for r, cue in decision.hits
                                                    if r == "unsatisfactory"):
        strong.discard("unsatisfactory")  # "it's Avneet's birthday and we're all going to Winter Wonderland", "off to
        # Lapland ... it was a Christmas present from their nan"
    return strong


def asks_reason(a: Analysis, reports: Sequence[PupilReport], segments: dict[str, str] | None = None,
                children: Sequence[Child] = ()) -> bool:
    """An unexplained absence whose message states a cause the reason lists do not know: ask, do not record N. In
    another language a longer message with no recognised reason most likely gives one in words the lexicon lacks.
    With several children in clauses of their own, only the unexplained child's own clauses are read."""
    unexplained = [r for r in reports if r.reason == "unknown"]
    if not unexplained:
        return False
    if a.language != "en" and len(_unknown_words(a, children)) > UNKNOWN_FOREIGN_WORDS:
        return True
    if segments:
        by_id = {c.id: c for c in children}
        return any(reasons.states_unknown_cause(_own_clauses(segments[r.pupil_id], a.forms_of(by_id[r.pupil_id])))
                   for r in unexplained if r.pupil_id in segments and r.pupil_id in by_id)
    return reasons.states_unknown_cause(a.canon)


def _unknown_words(a: Analysis, children: Sequence[Child]) -> list[str]:
    """Words of a message in another language that its lexicon did not rewrite, other than the children's names
    and the greeting or sign-off ("Bom dia", "Cumprimentos, Sandra")."""
    names = {form for c in children for form in pupils.child_forms(c)}
    pieces = [p for p in re.split(r"[,.;:!?\n]", a.canon) if len(p.split()) >= 3]
    return [w for w in canon.untranslated(" ".join(pieces)) if w not in names]


def _segment_rival(a: Analysis, segments: dict[str, str]) -> tuple[str, str] | None:
    """Two reasons the conventions do not rank, both given about the same child (not when the clauses naming the
    child settle it: "we had a flat tyre. Pablo will be late. Carmen won't be in, she has a hospital appointment")."""
    for child in a.who.children:
        if (segment := segments.get(child.id)) is None:
            continue
        d = reasons.classify(segment)
        if d.rival and frozenset((d.reason, d.rival)) in reasons.UNRESOLVED:
            own = reasons.classify(_from_naming(segment, a.forms_of(child)))
            if own.reason != d.reason or own.has(d.rival):
                return d.reason, d.rival
    return None


def _report(child: Child, a: Analysis, calendar: SchoolCalendar, policy: SchoolPolicy, segment: str | None
            ) -> PupilReport:
    """One child's report, from the whole message or (with several children in separate clauses) from the
    clauses about that child; no sessions when the child's own clauses name days that cannot be told."""
    text, reason, late, plan = a.canon, a.reason, a.late, a.plan
    if segment is not None:
        own_decision = reasons.classify(_without_errands(segment, child, a))
        own_clauses = _own_clauses(segment, a.forms_of(child))
        own = own_decision.reason
        if (_visit_within_illness(own_decision, segment, a.plan.sessions) and not days.RETURN_AFTER.search(segment)
                and not _BOOKED_VISIT.search(segment)):
            own = "illness"  # "Tobi and Amara both off today with a fever. Tobi's had it for a while so doc appt later"
        if own in APPOINTMENT_REASONS and _says_late(segment, own) and _SHARED.search(segment) and reasons.classify(
                _unshared(segment, a.forms_of(child))).reason not in APPOINTMENT_REASONS:
            own = "unknown"  # "Dani will also be late. After the dentist they both come to school": Sofi's dentist
        if own == "medical" and a.reason == "illness" and _says_late(segment, own) and _errand_for_other(segment):
            own = "unknown"  # "Marek will be late as I need to take her to the GP, I'll bring him for 9.30": the ill
            # sister's visit
        if own == "unsatisfactory" and child not in a.who.others and own_decision.has("illness") and (
                a.who.others or reasons.classify(own_clauses).reason == "illness"
                or reasons.classify(_naming_piece(own_clauses, a.forms_of(child))).reason == "illness"):
            # "Ben's been sick overnight and ... I can't do the school run with him like this. Maddie will have to stay
            # home as well": Ben is the ill one
            own = "illness"  # the named child is the ill one the siblings stay home with
        if own == "illness" and own_decision.has("medical") and days.RETURN_AFTER.search(segment):
            own = "medical"  # seen by a doctor and back in school: the visit is the reason
        if (own == "unknown" and a.reason in APPOINTMENT_REASONS and _says_late(segment, own)
                and not _HAS_ONE_TOO.search(own_clauses)):  # not "Temi has one straight after"
            reason = "late"  # "Teddy has the GP at 8.40 ... Rosie's coming with us so she'll be late too"
        elif own != "unknown":
            reason = own
        elif (a.reason == "illness" and _KEPT_TOO.search(own_clauses) and signals.ABSENCE.search(own_clauses)
              and reasons.classify(a.canon).has("unsatisfactory")):
            reason = "unsatisfactory"  # "Sumaiya has a fever, I can't leave her alone, so Ibrahim won't be in either":
            # kept home with the ill one
        elif a.reason == "illness" and any(re.search(_CANT_TAKE.format(name=re.escape(form)), a.canon)
                                           for form in a.forms_of(child)):
            reason = "unsatisfactory"  # "Leila is sick and I have to stay with her so I cannot take Aziz to school"
        elif a.reason in FAMILY_OCCASIONS and _JOINS.search(own_clauses):
            reason = a.reason  # "I'll pick him up at 12 so he can join us": the family's occasion
        elif not CONTINUATION.search(segment) or (reasons.states_unknown_cause(_CONSEQUENCE.sub(" ", own_clauses))
                                                  and not _HAS_ONE_TOO.search(own_clauses)):
            reason = "unknown"  # no reason of its own, or a cause of its own the lists do not know: ask (not "she's
            # got one too": the same)
        own_plan = days.plan_days(segment, calendar, a.local_now, a.language)
        if own_plan.explicit and own_plan.undetermined:
            return PupilReport(child.id, reason, policy.code_for(reason), ())
        if own_plan.explicit or not (CONTINUATION.search(own_clauses) or _GOES_ALONG.search(own_clauses)) or (
                own_plan.sessions and collection_time(own_clauses)) or (  # "also Idris ..., I'll pick him up at 1"
                own_plan.sessions and {s.day for s in own_plan.sessions} <= set(own_plan.present_days)):
            # "Erin ... might come in this afternoon ... but Robbie is off all day": in for part of her day off
            plan = own_plan  # the child's clauses and those about everyone: another child's days are not theirs
        elif (days.RETURN_AFTER.search(a.canon) and not days.RETURN_AFTER.search(segment) and own_plan.sessions
              and {s.day for s in own_plan.sessions} == {s.day for s in plan.sessions}
              and not _GOES_ALONG.search(own_clauses)):
            plan = own_plan  # "both sick in the night. Inaya is still poorly so staying home, Zayan ... in after lunch"
        elif days.RETURN_AFTER.search(own_clauses):  # "Lily has the orthodontist the same day at 9, she'll be in after"
            plan = replace(plan, sessions=sorted({Session(s.day, "AM") for s in plan.sessions}))
        # else "Her brother Idris will be coming with us too", "Reuben will have to come along with me": the days
        # already given
        if (reason in APPOINTMENT_REASONS and len({s.day for s in plan.sessions}) == 1 and a.late
                and _LATE_TOGETHER.search(a.canon)
                and not signals.STRONG.search(segment) and {s.half for s in plan.sessions} == {"AM", "PM"}):
            # "Defne has the eye doctor at 8:30, so Ali will be late too, we'll be at school around 9:30": in after
            plan = replace(plan, sessions=sorted({Session(s.day, "AM") for s in plan.sessions}))
        follows = (own == "unknown" and not own_plan.explicit and CONTINUATION.search(own_clauses) and a.late
                   and not signals.STRONG.search(a.canon))  # "Mateusz will be late, car won't start ... Zuzia too"
        late = (_says_late(segment, reason) or bool(follows)) and not (
            own_clauses and signals.ABSENCE.search(_DROP_OFF.sub(" ", own_clauses))
            and not reasons.is_late(own_clauses))
        text = segment
    if segment is None and late and reason in APPOINTMENT_REASONS and _holds_appointment(a, child) is False:
        reason = "late"  # "Musa has a dentist appointment at 8.45 so he and Sumaya will both be late": Sumaya is late
    sessions = list(plan.sessions)
    arrival = None
    code = policy.code_for(reason)
    if late and reason in APPOINTMENT_REASONS:
        first = [s for s in sessions if s.half == "AM"][:1] or sessions[:1]
        collect = collection_time(text)
        if collect and collect < calendar.pm_register_close:  # in late after one appointment, collected for another
            # that day, or on a day of its own ("physio at 10 tomorrow ... on Monday I'll take him out at 1")
            afternoons = [s for s in sessions if s.day != first[0].day and Session(s.day, "AM") not in sessions]
            first.append(afternoons[0] if afternoons else Session(first[0].day, "PM"))
        sessions = first
    elif late and not (signals.ABSENCE.search(_WENT_OFF.sub(" ", now_text := _after_change(text)))
                       and not reasons.is_late(now_text)):
        first_day = sessions[0].day
        sessions = (sorted({Session(s.day, "AM") for s in sessions}) if _LATE_DAYS.search(text)
                    else [Session(first_day, "AM")])  # "tomorrow and Friday he'll be a bit late": both mornings
        reason = "late"
        same_day = first_day == a.local_now.date()
        arrival = arrival_time(text, a.local_now, same_day=same_day)
        if arrival is None and segment is not None and a.late:  # "Yusuf and Zara will be late ... there about 9.45"
            arrival = arrival_time(a.canon, a.local_now, same_day=same_day)
        code = "U" if arrival is None and _LATE_MORNING.search(text) else late_code(arrival, a.local_now, first_day,
                                                                                   calendar)
    return PupilReport(child.id, reason, code, tuple(sessions), arrival)


# a hospital or clinic, or a visit at a clock time: booked, so the visit is the reason
_BOOKED_VISIT = needles.compile(r"\b(?:hospital|clinic)\b"
                                r"|\b(?:at|for) \d{1,2}(?:[:.]\d\d)?\b(?!\s*(?:st|nd|rd|th|days?|weeks?)\b)")
_KEPT_TOO = needles.compile(r"\b(?:either|too|as well|also)\b")
_PIECE_END = needles.compile(r",| and | so | but ")
_HOLDS = r"\b{name}(?:'s| has| has got| is having)(?: got)? (?:a|an|the|his|her) (?:[\w']+ ){{0,2}}" \
         r"(?:appointment|appt|dentist|doctor'?s?|gp|orthodontist|optician'?s?|hospital|interview|check[- ]?up|scan)\b"


_CANT_TAKE = (r"\b(?:can't|cannot|can not|unable to|won't be able to) (?:take|bring|get|drop|walk) {name}"
              r" (?:to school|in)\b")
_VISITS = r"(?:appointment|appt|dentist|doctor'?s?|gp|orthodontist|optician'?s?|check[- ]?up|scan)"
_HOLDS_FOR = rf"\b{_VISITS} for {{name}}\b"


def _holds_appointment(a: Analysis, child: Child) -> bool | None:
    """With several children, is this child the one the message says has the appointment (None: none is said)?"""
    holders = {c.id for c in a.who.children for form in a.forms_of(c)
               if re.search(_HOLDS.format(name=re.escape(form)), a.canon)
               or re.search(_HOLDS_FOR.format(name=re.escape(form)), a.canon)}
    return child.id in holders if holders else None


def _naming_piece(text: str, forms: frozenset[str]) -> str:
    """The first comma or "and"/"so"/"but" piece of the text that names the child."""
    return next((p for p in _PIECE_END.split(text) if _names(p, forms)), "")


_DROP_OFF = needles.compile(r"\bdrop(?:ping|ped)? \w+(?:-\w+)? off\b")  # "I'll drop Evie off after": not "off"
_LATE_DAYS = needles.compile(r"\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday) (?:and|&) (?:tomorrow"
                             r"|monday|tuesday|wednesday|thursday|friday)\b")
_LATE_MORNING = needles.compile(r"\b(?:late|mid)-? ?morning\b|\b(?:till|until|til) (?:after|gone) (?:1[0-2]|ten|eleven"
                                r"|twelve)\b|\b(?:sometime|some time|not (?:until|till)|probably|maybe) (?:after|gone)"
                                r" (?:1[0-2]|ten|eleven|twelve)\b(?! ?(?:minutes|mins|pm))")  # "in by late morning",
# "sometime after 10": after the register closes
_CONSEQUENCE = needles.compile(r"\bso (?:i|we|he|she|they)(?:'ll| will|'m| am| have| won't| can't)\b"
                               r"[^.;]*")  # "so I'll collect her at 1", "coming too so she'll be off": not a cause
_ERRAND = r"\b(?:take|taking|took|bring|bringing|get|getting) {name}\b(?: (?:to|for) [^.,;]*)?"
# "Chioma will be late because I have to take her brothers to the clinic first": the siblings' visit
_SIBLINGS_ERRAND = needles.compile(_ERRAND.format(name=r"(?:his|her|their) (?:little |big |younger |older )?"
                                                       r"(?:brothers?|sisters?|siblings?)"))


_TAKEN_TO = r"(?:take|taking|bring|bringing|get|getting)"
_ERRAND_PLACE = (r"(?:to|for) (?:the |an? |her |his )?(?:gp|doctor'?s?|surgery|walk-in|hospital|a ?& ?e|pharmacy"
                 r"|chemist|appointment|appt|dentist|clinic)\b")
_PRONOUN_ERRAND = needles.compile(rf"\b{_TAKEN_TO} (him|her) {_ERRAND_PLACE}")
# "she will come late because I take the others to the doctor at 8:30": the siblings' visit
_OTHERS_ERRAND = needles.compile(rf"\b{_TAKEN_TO} (?:the others|the other (?:two|three|kids|children|boys|girls)"
                                 rf"|(?:his|her) (?:little |big |older |younger )?(?:brothers?|sisters?|siblings))"
                                 rf" {_ERRAND_PLACE}")


def _errand_for_other(segment: str) -> bool:
    """Is a visit to the doctor in a child's clauses someone else's ("take her to the GP ... bring him", "take the
    others to the doctor")?"""
    if _OTHERS_ERRAND.search(segment):
        return True
    m = _PRONOUN_ERRAND.search(segment)
    return bool(m) and re.search(rf"\b{'him' if m.group(1) == 'her' else 'her'}\b", segment) is not None


_WITH_ILL = r"\bwith {name} (?=(?:being )?(?:so |this )?(?:poorly|ill|sick|unwell)\b)"
_VISIT_OF = rf"\b{{name}}'s (?:[\w-]+ )?{_VISITS}\b"  # a sibling's visit: "after Hamza's appointment"
_SEEN_FOR = (r"\b(?:wait\w*|ring\w*|call\w*|phon\w*)\b[^.;]{{0,60}}\b(?:get|getting) {name}"
             r" (?:seen|checked|looked at)\b")
_ERRAND_TO = (r"\b(?:(?:take|taking|took|bring|bringing|get|getting) {name} (?:over |round |across )?(?:to|for)"
              r" (?!school\b|class\b)"
              r"|(?:take|taking|drop|dropping) {name} (?:in |there )?first\b|(?:can't|cannot|can not) leave {name}\b"
              r"|(?:for|drop|dropping|pick up|picking up|collect|collecting|get|getting|fetch|fetching) {name}'s"
              r" (?:medicine|medication|prescription|inhaler|antibiotics|calpol|tablets|cream)\b"
              r"|(?:go|going|went) with {name} to\b|(?:get|getting) {name} (?:seen|checked|looked at)\b"
              r"|(?:sit|sitting|stay|staying|be) with {name}\b|(?:sort|sorting) {name} out\b"
              r"|(?:up|(?:at )?home|in hospital|at (?:the )?hospital) with {name}\b"
              r"|(?:alone|on my own|by myself) with (?:the )?(?:\w+ and )?{name}\b"  # "I am alone with baby and Elif"
              r"|(?:leave|leaving) {name} (?:alone|on (?:his|her) own"
              r"|home alone|by (?:him|her)self)|(?:look|looking) after {name}\b|(?:mind"
              r"|minding|watch|watching) {name}\b"
              r"|(?:ring|call|phone)\w* (?:the )?(?:doctor'?s?|gp|surgery|hospital|dentist|111)"
              r" (?:for|about) {name}\b)")


def _errand_only(part: str, named: set[str], forms: dict[str, frozenset[str]]) -> bool:
    """Is every child the clause names only the one an errand is for (not about school)?"""
    written = [(cid, form) for cid in named for form in forms[cid] if word_re(form).search(part)]
    return bool(written) and all(
        not word_re(form).search(re.sub(_ERRAND_TO.format(name=re.escape(form)), " ", part))
        for _, form in written)


def _without_errands(segment: str, child: Child, a: Analysis) -> str:
    """A child's text without errands for their siblings ("has to come with me to take Jack to the GP": the GP is
    Jack's reason, not this child's)."""
    if len(a.who.children) > 1:
        segment = _SIBLINGS_ERRAND.sub(" ", segment)
    for other in a.who.children:
        if other.id == child.id:
            continue
        for form in a.forms_of(other):
            segment = re.sub(_SEEN_FOR.format(name=re.escape(form)), " ", segment)  # "wait for the surgery to open to
            # get Edie seen"
            segment = re.sub(_ERRAND.format(name=re.escape(form)), " ", segment)
            segment = re.sub(_WITH_ILL.format(name=re.escape(form)), "with them ", segment)  # "with Freya poorly"
            segment = re.sub(_VISIT_OF.format(name=re.escape(form)), " ", segment)  # "after Hamza's appointment"
    return segment


def _unshared(segment: str, forms: frozenset[str]) -> str:
    """A child's segment without the clauses about every child ("they both come to school after the dentist")."""
    return " ".join(p for p in clauses(segment) if _names(p, forms) or not _SHARED.search(p))


def _names(text: str, forms: frozenset[str]) -> bool:
    """Does the text name the child by one of `forms` (possessives included: "jack's")?"""
    return bool(forms & {w.removesuffix("'s") for w in text.split()})


def _own_clauses(segment: str, forms: frozenset[str]) -> str:
    """The clauses of a child's segment that name that child (by any of `forms`: "jack has his piano exam"), as text."""
    return " ".join(p for p in clauses(segment) if _names(p, forms))


def _from_naming(segment: str, forms: frozenset[str]) -> str:
    """A child's segment from the first clause that names the child (without the lead shared by every child)."""
    parts = clauses(segment)
    first = next((i for i, p in enumerate(parts) if _names(p, forms)), 0)
    return " ".join(parts[first:])


_SUBJECT_SWITCH = needles.compile(r"(?:,\s*|\s+(?:and|but|while|whereas|because(?! i\b| we\b))\s+"
                                  r"|\s+so\s+(?!(?:he|she|they|we|it|you)\b|i\b(?!'ll keep | will keep )))"
                                  r"(?=(?:now |then )?(?:(?:his|her|their|my) (?:little |big |older |younger )?"
                                  r"(?:brother|sister|twin|son"
                                  r"|daughter) )?"
                                  r"\S+(?: also| too)?(?: has|'s| is| had| was| will| won't| needs| got| isn't| can't"
                                  r"| cannot"
                                  r"| should| have| come| comes| seems| looks| feels)\b"
                                  r"|\S+ (?:just|only) (?:today|tomorrow|this morning|this afternoon|monday|tuesday"
                                  r"|wednesday|thursday|friday)\b"
                                  r"|(?:i'll|i will|we'll|we will|i've|i have) (?:have to |got to "
                                  r"|need to )?keep \S+ (?:off|home|at home)\b"
                                  # "... and I have nobody to bring Abdullahi": the sibling's reason
                                  r"|i (?:have|'ve got|have got) (?:nobody|no one|no-one) to\b"
                                  # "... and I've no way of getting Dylan in"
                                  r"|(?:i|we)(?:'ve| have)(?: got)? no way of\b"
                                  # "all 3 are off today, Cerys and Osian are poorly": two named children's clause
                                  r"|\S+ (?:and|&) \S+ (?:are|have|were|'ve|both)\b"
                                  # "Lola has the dentist at 9 and Jack at 9.30, they'll both be in after": both
                                  r"|they(?:'ll| will|'re| are|'ve| have)? both\b"
                                  # terse: "Anika off today, Ishaan late", "Nina off sick, Roman coming late with me"
                                  r"|(?!(?:very|a|so|too|bit|quite|running|be|and|but|then|now|still|maybe|we|we're|i|i'm"
                                  r"|they|they're|you|he|he's|she|she's|it|it's|mum|dad)\b)[a-z][\w'-]+ (?:late|off"
                                  r"|coming)\b)")


_VERB = needles.compile(r"\b(?:has|is|'s|had|was|were|will|won't|got|needs|been|are|have|can't|isn't|should|be|woke"
                        r"|stays|goes|comes|stay|go|come"
                        r"|kept"
                        r"|'ve|feels|felt)\b"
                        r"|\bboth (?:late|off|ill|sick|poorly|unwell)\b"  # "kezia and zion both late, kezia's got ..."
                        r"|\b(?:off|late)\b(?= today| sick| ill|\s*$)")  # "Anika off today, Ishaan late"
_SHARED = needles.compile(r"\b(?:they|them|both|neither|the kids|the children|all of them"
                          r"|the (?:two|three|four|[2-4]) of them|together)\b"
                          r"|\bwe(?:'re| are| will|'ll)? (?:go|going)\b|\bthe whole family\b"
                          r"|\bwe(?:'ll| will)? all\b")


_BOTH_LEAD = needles.compile(r"^\W*(?:(?:hi|hello|morning|good morning)\W+)?"
                             r"(?:both (?:kids|children|boys|girls|of them)|the kids|the children|they both"
                             r"|all (?:three|3) of them) (?:are|will|won't|have|can't)\b")
# more of an absence already told: "I'll probably keep her off tomorrow as well"
_MORE_OF_IT = needles.compile(r"\b(?:keep|keeping|off|home)\b[^.;]*\b(?:too|as well|again)\s*[.!]?$")
# "Lena flies on the 14th and Igor with me on the 17th ... until after the Christmas holidays": a bare end of the
# family's trip, after clauses about each child, is every child's
_FAMILY_RETURN = needles.compile(r"^\s*(?:and |so |then )?(?:(?:all|everyone|both) )?(?:(?:are |will be |all |both )?"
                                 r"back|return\w*|until|till)\b[^.;]*\b(?:january|christmas|xmas|holidays?|break"
                                 r"|new year|new term)\b[^.;]*[.;]?\s*$")
_THEM_BOTH = needles.compile(r"\b(?:them both|both of them|the two of them|the pair of them)\b")
_WHOLE_FAMILY = needles.compile(r"\bthe whole family\b|\bwe (?:go|are going|will go) all (?:the )?family\b"
                                r"|\b(?:all of us|we(?:'re| are| will| will all|'ll) all)\b"
                                r"(?= (?:is |are |will |'ll |be )?(?:go|going|travel\w*|off|away|fly\w*|head\w*)\b)")


# "Ali is off from Monday and Mariam from Wednesday", "Lena flies on the 14th and Igor with me on the 17th": a second
# child with only their own days
_NAMED_SWITCH = needles.compile(r"(?:,\s*|\s+(?:and|but|while|whereas)\s+)(?=(\S+) (?:(?:from|on|with (?:me|us|him"
                                r"|her|(?:his|her|their|my|our) \w+)(?: on| from)?|only|just) (?:the )?(?:monday"
                                r"|tuesday|wednesday|thursday|friday|tomorrow|\d)|(?P<back>(?:are |will be )?back\b)))")
_EVERY_CHILD = frozenset(["both", "all", "they"])  # ", both back in January": a piece of its own, every child's
# "there's no one to have the other two": the siblings not named in the clause before
_THE_OTHERS = needles.compile(r"\bthe other (two|three|four|kids|children|boys|girls)\b|\bthe others\b")
_HIM_OR_HER = needles.compile(r"\b(?:he|she|him|her)\b")


def _split_subjects(clause: str, names: frozenset[str] = frozenset()) -> list[str]:
    """ "Jack has a temperature and Ruby has a dentist appointment", "Ali is off from Monday and Mariam from
    Wednesday": one piece per subject (not "Jack and Ruby are", nor "... so Ali and Sana won't" or "... so he and
    Sumaya will", where the piece before "and" ends with a child's name or a pronoun)."""
    pieces, start = [], 0
    by_name = {m.start(): m.end() for m in _NAMED_SWITCH.finditer(clause)
               if (m[1] in _EVERY_CHILD if m["back"] else unpossessive(m[1]) in names)}
    switches = sorted({(m.start(), m.end()) for m in _SUBJECT_SWITCH.finditer(clause)} | set(by_name.items()))
    for m_start, m_end in switches:
        if m_start < start:
            continue
        left = clause[start:m_start]
        last = left.split()[-1:]
        ends_with_name = bool(last) and (unpossessive(last[0]) in names or last[0] in ("he", "she"))
        if (_VERB.search(left) or m_start in by_name) and not ends_with_name:
            pieces.append(clause[start:m_start])
            start = m_end
    return [*pieces, clause[start:]]


_OBJECT_BEFORE = needles.compile(r"\b(?:with|for|about|take|taking|took|collect\w*|pick(?:ing)? up|after|get|getting"
                                 r"|drop\w*"
                                 r"|mind\w*|watch\w*|leave|leaving)\s+$")


def _objects(part: str, named: set[str], forms: dict[str, frozenset[str]]) -> set[str]:
    """Children named only as the object of someone else's sentence ("I have to take Rayan to the GP")."""
    first = {cid: min((m.start() for form in forms[cid] for m in word_re(form).finditer(part)),
                      default=None) for cid in named}
    out = {cid for cid, i in first.items() if i is not None and _OBJECT_BEFORE.search(part[:i])}
    subjects = [i for cid, i in first.items() if cid not in out and i is not None]
    return {cid for cid in out if subjects and min(subjects) < first[cid]}  # the subject comes first


def _segments(a: Analysis) -> dict[str, str]:
    """With several absent children each named in clauses of their own, the text about each child: the clauses
    before any name, plus the clauses naming the child and those after it until another child is named. A clause
    naming several of them ("Jack and Ruby are both off") belongs to each child it names."""
    if len(a.who.children) < 2:
        return {}
    names = frozenset(form for c in a.who.children for form in a.forms_of(c))
    parts = [piece for part in a.parts for piece in _split_subjects(part, names)]
    found, _ = pupils.named_children(parts, a.who.children, a.text)
    owners: list[set[str]] = []
    current: set[str] = set()
    before_fine: set[str] = set()  # who the text was about before a child was said to be fine
    everyone = {c.id for c in a.who.children}
    others = {c.id for c in a.who.others}
    late_lead = -1  # an opening "Running late!" belongs to the children named next
    for ci, part in enumerate(parts):
        if any(ci in cis for cis in found.values()):
            break
        if reasons.is_late(part):
            late_lead = ci
    forms = {c.id: a.forms_of(c) for c in a.who.children}
    for ci, part in enumerate(parts):
        named = {cid for cid, cis in found.items() if ci in cis}
        if (not named and _LEADING_CAUSE.match(part) and ci + 1 < len(parts) and part.rstrip()[-1:] not in ".!?"
                and (ci == 0 or parts[ci - 1].rstrip()[-1:] in ".!?")):
            named = {cid for cid, cis in found.items() if ci + 1 in cis}  # "As I can't leave her alone, Leo won't
            # go either": the cause of the sentence's main clause
        if len(named) > 1:
            named = (named - _objects(part, named, forms)) or named  # "sit with Lily": about Mason, not Lily
        elif (named and current and not named & current and _errand_only(part, named, forms)
              and not (ci and parts[ci - 1].rstrip()[-1:] in ".!?")):  # not a new sentence about that child
            named = set(current)  # "Duarte will be late because I have to take Inês to the pharmacy first"
        if (_WHOLE_FAMILY.search(part) or (not named and current and _FAMILY_RETURN.match(part))
                or (named and _BOTH_LEAD.match(part))):  # "both kids are coming in late as Lexi has an eye test"
            named = set(everyone)  # "it's Avneet's birthday and the whole family is going": every child goes
        elif len(named) == 1 and len(current) == 2 and named < current and _THEM_BOTH.search(part):
            named = set(current)  # "Ava and Ruby won't be in, it's Ava's birthday and we're taking them both to ..."
        elif (not named and current and len(current) < len(everyone) and not others
              and (m := _THE_OTHERS.search(part)) and pupils.COUNT.get(m[1], len(everyone) - len(current))
              == len(everyone) - len(current) and not _HIM_OR_HER.search(part, m.end())):
            named = everyone - current  # "Ibrahim has his follow up at 11 and there's no one to have the other two";
            # not "Poppy is fine but I can't leave the other two to take her in"
        elif not named and _SHARED.search(part) and not (current and pupils.HE_OR_SHE_LEAD.match(part)):
            # not "Izzy will come but she will leave at 12 because we go to the airport": hers
            # "they both have a stomach bug": every absent child; "Daisy and Mabel are coming in but they'll be a
            # bit late": the children just named
            named = set(current) if len(current) > 1 and len(current) < len(everyone) else everyone
        elif others and pupils.OTHERS.search(part):
            named = named | others  # "so the other two will have to stay home"
        elif not named and before_fine and _MORE_OF_IT.search(part):
            named = set(before_fine)  # "Freya won't be in today. Oscar is ok. I'll keep her off tomorrow as well"
        before_fine = set(current) if named and named != current and pupils.PRESENT.search(part) else set()
        if len(named) > 1:
            owners.append(named)
            current = named
            continue
        current = named or current
        owners.append(set(current))
    first_named = next((o for o in owners if o), set())
    for ci in range(late_lead + 1):
        if reasons.is_late(parts[ci]) and not owners[ci]:
            owners[ci] = set(first_named)
    covered = {cid for o in owners for cid in o}
    if any(c.id not in covered for c in a.who.children) or all(not o or o == everyone for o in owners):
        return {}
    return {c.id: " ".join(p if p.rstrip()[-1:] in ".!?;" else f"{p};"  # keep the clauses apart
                           for p, o in zip(parts, owners, strict=True) if not o or c.id in o)
            for c in a.who.children}


def with_children(a: Analysis, chosen: Sequence[Child]) -> Analysis:
    """The same analysis about a given set of children (an answer to "which of your children?")."""
    who = pupils.PupilDecision(children=list(chosen), clauses_of=a.who.clauses_of,
                               explanation=[*a.who.explanation, "children from the answer"])
    return replace(a, who=who)


def parse_message(text: str, children: Sequence[Child], calendar: SchoolCalendar, now: dt.datetime,
                  policy: SchoolPolicy | None = None, language: str | None = None) -> ParseResult:
    """Understand one message from a contact linked to `children` (see CONVENTIONS.md)."""
    return conclude(analyse(text, children, calendar, now), list(children), calendar, policy, language)
