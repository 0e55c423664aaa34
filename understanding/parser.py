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
from understanding import canon, days, pupils, reasons, replies, signals
from understanding.clocktimes import arrival_time, collection_time
from understanding.names import name_forms
from understanding.text import clauses
from understanding.types import Child, ParseResult, PupilReport

DEFAULT_POLICY = SchoolPolicy()
MAX_TEXT = 2000
FOREIGN_BARE_WORDS = 6  # "Ana nu vine azi la scoala" fits; longer messages usually say why
APPOINTMENT_REASONS = ("medical", "interview")
# A doctor's visit or a check of the illness itself (an x-ray of the sprain): for a whole day off, illness is the reason
GENERIC_MEDICAL = re.compile(r"^(?:appointment|appt|hospital|x-?ray\w*|scan|blood test|minor injuries"
                             r"|walk-?in (?:centre|center|clinic)|urgent care"
                             r"|(?:to|at|see|seeing|visit\w*) (?:the |a )?(?:gp|doctor'?s?))$")
CONTINUATION = re.compile(r"\btoo\b|\beither\b|\bas well\b|\balso\b|\bboth\b|\bsame\b|\bso (?:is|are|does|has)\b")


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


def late_code(arrival: dt.time | None, local_now: dt.datetime, day: dt.date, calendar: SchoolCalendar) -> str:
    """L when the stated arrival is at or before the morning register close (or, with no time, the message is)."""
    close = calendar.am_register_close
    if arrival is not None:
        return "L" if arrival <= close else "U"
    if day > local_now.date():
        return "L"
    return "L" if local_now.time() <= close else "U"


def analyse(text: str, children: Sequence[Child], calendar: SchoolCalendar, now: dt.datetime) -> Analysis:
    local_now = calendar.local(now)
    if len(text or "") > MAX_TEXT:  # a letter, not a text message: the office reads it
        a = analyse("", children, calendar, now)
        return replace(a, text=text, why=[*a.why, f"longer than {MAX_TEXT} characters"])
    detected = canon.detect(text or "")
    ctext = canon.canonical(text or "", detected, local_now.date())
    parts = clauses(ctext)
    decision = reasons.classify(ctext)
    if decision.reason == "illness" and decision.has("medical") and days.RETURN_AFTER.search(ctext):
        decision = replace(decision, reason="medical")  # seen by a doctor and back in school: the visit is the reason
    late = _says_late(ctext, decision.reason)
    collect = collection_time(ctext)
    partial = bool(collect and collect < calendar.pm_register_close)
    plan = days.plan_days(ctext, calendar, local_now, detected)
    if (decision.reason == "medical" and decision.has("illness") and plan.sessions and not late
            and all(GENERIC_MEDICAL.match(cue) for r, cue in decision.hits if r == "medical")
            and {s.half for s in plan.sessions} == {"AM", "PM"}):
        decision = replace(decision, reason="illness")  # ill all day; the doctor's appointment is part of it
    if (decision.reason == "illness" and decision.has("medical") and plan.sessions
            and all(s.half == "AM" for s in plan.sessions)):
        decision = replace(decision, reason="medical")  # an ill child seen by a doctor in the morning only
    absence = signals.reports_absence(ctext, reason=decision.reason, late=late, partial=partial, dated=plan.explicit)
    if collect and collect >= calendar.pm_register_close and not signals.STRONG.search(ctext):
        absence = False  # collected after the afternoon register: present for both sessions
    if signals.ATTENDING.search(ctext) and not signals.STRONG.search(ctext) and not late:
        absence = False
    who = pupils.resolve(parts, ctext, list(children), text or "")
    why = [f"language {detected}", decision.explain(), *who.explanation]
    rival = decision.rival if decision.rival and frozenset((decision.reason, decision.rival)) in reasons.UNRESOLVED \
        else None
    return Analysis(text or "", ctext, parts, detected, local_now, decision.reason, late, absence, who, plan, why,
                    rival)


def _says_late(text: str, reason: str) -> bool:
    """Lateness: said outright, or an arrival time ("she'll be in by 9.15") after a delay with no absence (an ill child
    coming in later is late; one seen by a doctor first is not: that is the medical appointment with a return)."""
    if reasons.is_late(text):
        return True
    if reason == "illness" and reasons.classify(text).has("medical"):
        return False
    return (bool(reasons.ARRIVAL_CUE.search(text)) and reason in ("transport", "unknown", "unsatisfactory", "illness")
            and not signals.ABSENCE.search(text))


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
    if a.plan.past_only and not signals.CURRENT.search(a.canon):
        return forward("a past absence: for the office")
    if a.plan.undetermined:
        if a.plan.return_only:
            return forward("a return to school, no absence")
        why.append(f"day undetermined: {a.plan.undetermined}")
        kind = "conflict" if a.plan.undetermined == "conflict" else "day"
        return ParseResult("clarify", reply=replies.clarify_reply(kind, lang), language=lang, explanation=tuple(why))
    if not a.who.children:
        return forward("no child is absent")

    segments = _segments(a)
    if len(a.who.children) >= 2 and not segments and reasons.mixed(reasons.classify(a.canon)):
        return ParseResult("clarify", reply=replies.clarify_reply("reason", lang), language=lang,
                           explanation=(*why, "several children and several reasons that cannot be told apart"))
    reports = [_report(child, a, calendar, policy, segments.get(child.id)) for child in a.who.children]
    if any(not r.sessions for r in reports):
        return ParseResult("clarify", reply=replies.clarify_reply("day", lang), language=lang,
                           explanation=(*why, "a child's days are undetermined"))
    if a.rival and any(r.reason == a.reason for r in reports):
        return ParseResult("clarify", reply=replies.clarify_reply("reason", lang), language=lang,
                           explanation=(*why, f"both {a.reason} and {a.rival} are given: which is the reason?"))
    if ask_reason and asks_reason(a, reports):
        return ParseResult("clarify", reply=replies.clarify_reply("reason", lang), language=lang,
                           explanation=(*why, "a cause is given that the reason lists do not know"))
    reason = reports[0].reason
    dv = policy.dv_48_hour_rule and reason == "illness" and reasons.mentions_dv(a.canon)
    reply = replies.record_reply(reports, children, lang, open_end=a.plan.open_end and reason == "illness", dv_rule=dv)
    return ParseResult("record", tuple(reports), reply, lang, tuple(why))


def asks_reason(a: Analysis, reports: Sequence[PupilReport]) -> bool:
    """An unexplained absence whose message states a cause the reason lists do not know: ask, do not record N. In
    another language a longer message with no recognised reason most likely gives one in words the lexicon lacks."""
    if not any(r.reason == "unknown" for r in reports):
        return False
    return reasons.states_unknown_cause(a.canon) or (a.language != "en" and len(a.text.split()) > FOREIGN_BARE_WORDS)


def _report(child: Child, a: Analysis, calendar: SchoolCalendar, policy: SchoolPolicy, segment: str | None
            ) -> PupilReport:
    """One child's report, from the whole message or (with several children in separate clauses) from the
    clauses about that child; no sessions when the child's own clauses name days that cannot be told."""
    text, reason, late, plan = a.canon, a.reason, a.late, a.plan
    if segment is not None:
        own = reasons.classify(segment).reason
        if own != "unknown":
            reason = own
        elif not CONTINUATION.search(segment) or reasons.states_unknown_cause(_own_clauses(segment, child)):
            reason = "unknown"  # no reason of its own, or a cause of its own the lists do not know: ask
        own_plan = days.plan_days(segment, calendar, a.local_now, a.language)
        if own_plan.explicit:
            if own_plan.undetermined:
                return PupilReport(child.id, reason, policy.code_for(reason), ())
            plan = own_plan
        else:
            plan = days.plan_days(a.canon, calendar, a.local_now, a.language, partial_from=segment)
        late = _says_late(segment, reason)
        text = segment
    sessions = list(plan.sessions)
    arrival = None
    code = policy.code_for(reason)
    if late and reason in APPOINTMENT_REASONS:
        sessions = [s for s in sessions if s.half == "AM"][:1] or sessions[:1]
    elif late and not (signals.ABSENCE.search(text) and not reasons.is_late(text)):
        first_day = sessions[0].day
        sessions = [Session(first_day, "AM")]
        reason = "late"
        arrival = arrival_time(text, a.local_now, same_day=first_day == a.local_now.date())
        code = late_code(arrival, a.local_now, first_day, calendar)
    return PupilReport(child.id, reason, code, tuple(sessions), arrival)


def _own_clauses(segment: str, child: Child) -> str:
    """The clauses of a child's segment that name that child ("jack has his piano exam"), as text."""
    forms = {form for n in (child.first_name, child.legal_first_name) if n for form in name_forms(n)}
    return " ".join(p for p in clauses(segment) if forms & {w.removesuffix("'s") for w in p.split()})


_SUBJECT_SWITCH = re.compile(r"(?:,\s*|\s+(?:and|but|while|whereas)\s+)"
                             r"(?=(?:(?:his|her|their|my) (?:little |big |older |younger )?(?:brother|sister|twin|son"
                             r"|daughter) )?"
                             r"\S+(?: has|'s| is| had| was| will| won't| needs| got| isn't| can't| should)\b)")


_VERB = re.compile(r"\b(?:has|is|'s|had|was|were|will|won't|got|needs|been|are|have|can't|isn't)\b")


def _split_subjects(clause: str, names: frozenset[str] = frozenset()) -> list[str]:
    """ "Jack has a temperature and Ruby has a dentist appointment": one piece per subject (not "Jack and Ruby are",
    nor "... so Ali and Sana won't", where the piece before "and" ends with a child's name)."""
    pieces, start = [], 0
    for m in _SUBJECT_SWITCH.finditer(clause):
        left = clause[start:m.start()]
        ends_with_name = bool(left.split()) and re.sub(r"'s?$", "", left.split()[-1]) in names
        if _VERB.search(left) and not ends_with_name:
            pieces.append(clause[start:m.start()])
            start = m.end()
    return [*pieces, clause[start:]]


def _segments(a: Analysis) -> dict[str, str]:
    """With several absent children each named in clauses of their own, the text about each child: the clauses
    before any name, plus the clauses naming the child and those after it until another child is named. A clause
    naming several of them ("Jack and Ruby are both off") belongs to each child it names."""
    if len(a.who.children) < 2:
        return {}
    names = frozenset(form for c in a.who.children for n in (c.first_name, c.legal_first_name) if n
                      for form in name_forms(n))
    parts = [piece for part in a.parts for piece in _split_subjects(part, names)]
    found, _ = pupils.named_children(parts, a.who.children, a.text)
    owners: list[set[str]] = []
    current: set[str] = set()
    for ci in range(len(parts)):
        named = {cid for cid, cis in found.items() if ci in cis}
        if len(named) > 1:
            owners.append(named)
            current = set()
            continue
        current = named or current
        owners.append(set(current))
    singly = {cid for o in owners if len(o) == 1 for cid in o}
    if any(c.id not in singly for c in a.who.children):
        return {}
    return {c.id: " ".join(p for p, o in zip(parts, owners, strict=True) if not o or c.id in o)
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
