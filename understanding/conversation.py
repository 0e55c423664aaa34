"""converse_turn: the pure reducer for a parent's conversation (CONVENTIONS.md "Conversations").

Each turn takes the message, the contact's children, the school's calendar, the clock, the state
this function returned last turn (JSON-serialisable) and `standing`, the contact's children's
current parent-recorded provisional marks. It returns the reply, the complete delta of mark
changes to apply (`code=None` withdraws a mark) and the next state. Rules, in order:

1. an answer to a pending question completes the pending report;
2. "please ignore", "wrong school" withdraw the last report;
3. a correction ("sorry, I meant tomorrow", "change of plan") replaces the last report;
4. a cancellation withdraws the marks it names ("she's better, she'll be in tomorrow": tomorrow;
   "I'll bring him in for the afternoon": that afternoon; "she's better" alone: every mark from now on);
5. a reason after an unexplained report turns its `N` marks into the reason's code;
6. a follow-up ("still poorly", "Finn has it too") inherits the last report's reason and child;
7. thanks and small talk change nothing; anything else is parsed as a new message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from core.calendar import SchoolCalendar, Session
from core.policy import SchoolPolicy
from understanding import canon, days, needles, reasons, replies
from understanding.parser import DEFAULT_POLICY, Analysis, analyse, conclude, with_children
from understanding.types import Child, MarkChange, ParseResult, PupilReport, TurnResult

PENDING_TTL = dt.timedelta(hours=24)
LAST_TTL = dt.timedelta(days=14)

CANCEL_ALL = needles.compile(
    r"\bplease ignore\b|\bignore (?:that|this|my|the)\b|\bwrong (?:school|number|child|person|class|kid)\b"
    r"|\bdisregard\b|\bsent (?:that|this|it) (?:to the wrong|by mistake)|\bcancel (?:that|the|my|this)\b")
BETTER = needles.compile(
    r"\b(?:is|'s|are|'re|feeling|feels|seems|much|lot|loads|bit|now) (?:much |a lot |loads |a bit |so much )?better\b"
    r"|\bafter all\b|\bfit for school\b|\bwell enough\b|\bno longer\b|\bnot off\b|\bcoming in\b"
    r"|\b(?:is|'s|are|'re|feeling|feels|seems) (?:fine|ok|okay|well|right)(?: now| again)?\b")
BRING_IN_PM = needles.compile(r"\bbring \w+ in (?:for|after) (?:the afternoon|lunch)\b|\bin for the afternoon\b")
CORRECTION = needles.compile(
    r"\bi meant\b|\bi mean\b|\bmy mistake\b|\bmy bad\b|\bcorrection\b|\bshould (?:have )?(?:said|say|read)\b|\btypo\b"
    r"|\bautocorrect\b|\bchange of plans?\b|\bnot today\b|\binstead\b|\bsorry,? (?:it's|it is|that's)\b")
CONTINUE = needles.compile(r"\bstill\b|\bagain\b|\btoo\b|\bas well\b|\balso\b|\banother\b|\bmore days?\b|\bextra\b"
                           r"|\bsame\b"
                           r"|\beither\b|\bnot right\b|\bno better\b|\bworse\b")
SMALL_TALK = needles.compile(
    r"^\W*(?:thanks?|thank you|thankyou|ty|cheers|ok|okay|great|brilliant|lovely|perfect|no problem|will do|noted"
    r"|much appreciated|appreciated|thx|ta|bye|good ?bye|good morning|morning|hi|hello|hiya|you too|same to you"
    r"|have a (?:good|nice|lovely) \w+|merry christmas|happy new year"
    # thanks in the other languages (folded to ASCII where Latin)
    r"|dziekuje|dzieki|multumesc|multumim|obrigad[oa]|gracias|aciu|mahadsanid|tesekkur\w*|sagol|дякую|спасибі"
    r"|شكرا|شکریہ|shukriya|dhanvaad|ধন্যবাদ|ਧੰਨਵਾਦ|jazakallah)")


def _session_key(s: Session) -> str:
    return str(s)


def _last(state: Mapping[str, Any], now: dt.datetime) -> list[PupilReport]:
    """The last report this conversation recorded (none when absent, too old or unreadable)."""
    try:
        return _read_last(state, now)
    except (KeyError, TypeError, ValueError, AttributeError):
        return []


def _read_last(state: Mapping[str, Any], now: dt.datetime) -> list[PupilReport]:
    last = state.get("last") or {}
    at = last.get("at")
    if not at or now - dt.datetime.fromisoformat(at) > LAST_TTL:
        return []
    out = []
    for r in last.get("reports", []):
        arrival = dt.time.fromisoformat(r["arrival"]) if r.get("arrival") else None
        out.append(PupilReport(r["pupil_id"], r["reason"], r["code"], tuple(Session.parse(s) for s in r["sessions"]),
                               arrival))
    return out


def _by_ids(children: Sequence[Child], ids: set[str]) -> list[Child]:
    return [c for c in children if c.id in ids]


def _changes_for(reports: Sequence[PupilReport], standing: Mapping[str, Mapping[Session, str]]) -> list[MarkChange]:
    out = []
    for r in reports:
        have = standing.get(r.pupil_id, {})
        for s in sorted(r.sessions):
            if have.get(s) != r.code:
                out.append(MarkChange(r.pupil_id, s, r.code, r.reason, r.arrival))
    return out


def _withdraw(pupil_ids: Sequence[str], sessions: Sequence[Session] | None,
              standing: Mapping[str, Mapping[Session, str]],
              *, from_moment: dt.datetime | None = None, calendar: SchoolCalendar | None = None) -> list[MarkChange]:
    """Withdraw the standing marks of these pupils on `sessions` (or on every session starting after `from_moment`)."""
    out = []
    for pid in pupil_ids:
        for s in sorted(standing.get(pid, {})):
            if sessions is not None and s not in sessions:
                continue
            if from_moment is not None and calendar is not None and calendar.session_start(s) < from_moment:
                continue
            out.append(MarkChange(pid, s, None))
    return out


def _state(prev: Mapping[str, Any], language: str, *, pending: dict[str, Any] | None = None,
           last: Sequence[PupilReport] | None = None, now: dt.datetime) -> dict[str, Any]:
    state: dict[str, Any] = {"language": language}
    if pending:
        state["pending"] = pending
    if last is not None:
        state["last"] = {"at": now.isoformat(), "reports": [r.to_json() for r in last]}
    elif prev.get("last"):
        state["last"] = prev["last"]
    return state


def _record_turn(result: ParseResult, standing: Mapping[str, Mapping[Session, str]], prev: Mapping[str, Any],
                 now: dt.datetime, intent: str, extra: Sequence[MarkChange] = (), prefix: str = "") -> TurnResult:
    changes = list(extra) + [c for c in _changes_for(result.reports, standing)
                             if all((c.pupil_id, c.session) != (e.pupil_id, e.session) for e in extra)]
    changes = _dedupe(changes)
    reply = f"{prefix} {result.reply}".strip()
    return TurnResult("record", reply, result.language, tuple(changes), result.reports,
                      _state(prev, result.language, last=result.reports, now=now), intent)


def _dedupe(changes: Sequence[MarkChange]) -> list[MarkChange]:
    """The last change to each (pupil, session) wins."""
    seen: dict[tuple[str, Session], MarkChange] = {}
    for c in changes:
        seen[(c.pupil_id, c.session)] = c
    return list(seen.values())


def converse_turn(text: str, *, children: Sequence[Child], calendar: SchoolCalendar, now: dt.datetime,
                  policy: SchoolPolicy | None = None, state: Mapping[str, Any] | None = None,
                  standing: Mapping[str, Mapping[Session, str]] | None = None,
                  language: str | None = None) -> TurnResult:
    """One parent message within a conversation: reply, mark changes and the next state."""
    prev: Mapping[str, Any] = state or {}
    standing = standing or {}
    policy = policy or DEFAULT_POLICY
    children = list(children)
    a = analyse(text, children, calendar, now)
    lang = canon.supported(language) or _reply_language(a, text, prev)
    last = _last(prev, now)
    last_ids = {r.pupil_id for r in last}

    pending = _pending(prev, now)
    if pending:
        done = _answer_pending(a, pending, children, calendar, policy, lang)
        if done is not None and done.action == "record":
            return _record_turn(done, standing, prev, now, "answer")
        if (done is not None and done.action == "clarify" and not a.absence) or (done is None and not a.absence
                                                                                and len(text.split()) <= 4):
            reply = done.reply if done is not None else replies.clarify_reply(
                pending.get("kind", "day"), lang, name=pending.get("unknown") or "")
            return TurnResult("clarify", reply, lang, (), (), _state(prev, lang, pending=dict(pending), now=now),
                              "answer")

    names_given = bool(a.who.children) and not a.who.problem and any(a.who.clauses_of.values())
    targets = [c.id for c in a.who.children] if names_given else (sorted(last_ids) or
                                                                 [pid for pid in standing if standing[pid]])

    if CANCEL_ALL.search(a.canon) and last:
        sessions = sorted({s for r in last for s in r.sessions})
        named_days = {s.day for s in a.plan.sessions} if a.plan.explicit and not a.plan.undetermined else set()
        if named_days:
            sessions = [s for s in sessions if s.day in named_days]
        changes = _withdraw(targets if names_given else sorted(last_ids), sessions, standing)
        reply = replies.withdrawn_reply(_names(children, last_ids), sessions, lang) if changes \
            else replies.nothing_to_change_reply(lang)
        return TurnResult("record", reply, lang, tuple(changes), (), _state(prev, lang, last=[], now=now), "cancel")

    if last and CORRECTION.search(a.canon):
        fixed = _inherit(replace(a, absence=True), last, children, a.reason == "unknown")
        if not a.plan.explicit:
            fixed = replace(fixed, plan=replace(a.plan, sessions=_same_days(a.canon, last)))
        result = conclude(fixed, children, calendar, policy, lang)
        if result.action == "record":
            new = {(r.pupil_id, s) for r in result.reports for s in r.sessions}
            withdrawn = [MarkChange(r.pupil_id, s, None) for r in last for s in r.sessions
                         if (r.pupil_id, s) not in new and s in standing.get(r.pupil_id, {})]
            return _record_turn(result, standing, prev, now, "correction", withdrawn)

    if _is_cancellation(a) and any(standing.get(pid) for pid in targets):
        changes = _cancellation_changes(a, targets, standing, calendar, now)
        if changes:
            gone = sorted({c.session for c in changes})
            reply = replies.withdrawn_reply(_names(children, {c.pupil_id for c in changes}), gone, lang)
            return TurnResult("record", reply, lang, tuple(changes), (), _state(prev, lang, now=now), "cancel")

    unexplained = [r for r in last if r.reason == "unknown"]
    if (a.reason != "unknown" and not a.plan.explicit and not a.late and unexplained
            and (not names_given or set(targets) <= last_ids)):
        updated = tuple(replace(r, reason=a.reason, code=policy.code_for(a.reason)) for r in unexplained
                        if not names_given or r.pupil_id in targets)
        result = ParseResult("record", updated, replies.record_reply(updated, children, lang), lang)
        return _record_turn(result, standing, prev, now, "reason")

    if last and (a.who.problem == "which" or (a.reason == "unknown" and CONTINUE.search(a.canon))):
        a = _inherit(a, last, children, a.reason == "unknown" and bool(CONTINUE.search(a.canon)))

    if not a.absence and SMALL_TALK.search(a.canon) and "?" not in a.canon:
        return TurnResult("forward", replies.acknowledge_reply(lang), lang, (), (), _state(prev, lang, now=now),
                          "smalltalk")

    result = conclude(a, children, calendar, policy, lang)
    if result.action == "record":
        return _record_turn(result, standing, prev, now, "report")
    if result.action == "clarify":
        pend = {"kind": _clarify_kind(a), "text": text, "at": now.isoformat(), "unknown": a.who.unknown_name}
        return TurnResult("clarify", result.reply, lang, (), (), _state(prev, lang, pending=pend, now=now), "report")
    return TurnResult("forward", result.reply, lang, (), (), _state(prev, lang, now=now), "forward")


def _pending(state: Mapping[str, Any], now: dt.datetime) -> Mapping[str, Any] | None:
    """The open clarifying question, if it is recent and readable."""
    pending = state.get("pending")
    try:
        fresh = pending and now - dt.datetime.fromisoformat(pending["at"]) <= PENDING_TTL
        if fresh and isinstance(pending["text"], str):
            return pending
    except (KeyError, TypeError, ValueError):
        pass
    return None


def _reply_language(a: Analysis, text: str, prev: Mapping[str, Any]) -> str:
    """The message's language, unless it is too short to tell (then the conversation's)."""
    if a.language == "en" and prev.get("language") and len(text.split()) < 5:
        return str(prev["language"])
    return a.language


def _names(children: Sequence[Child], ids: set[str]) -> list[str]:
    return [c.first_name for c in children if c.id in ids]


def _clarify_kind(a: Analysis) -> str:
    if a.who.problem:
        return a.who.problem
    if not a.plan.undetermined and a.reason == "unknown" and reasons.states_unknown_cause(a.canon):
        return "reason"
    return "day"


def _same_days(canon: str, last: Sequence[PupilReport]) -> list[Session]:
    """The last report's days, with this message's half-day cue applied ("I'll bring him in at lunchtime")."""
    sessions = sorted({s for r in last for s in r.sessions})
    whole = sorted({Session(s.day, h) for s in sessions for h in ("AM", "PM")})
    if days.WHOLE_DAY.search(canon):
        return whole
    if days.RETURN_AFTER.search(canon) or days.AM_ONLY.search(canon) or BRING_IN_PM.search(canon):
        return [s for s in whole if s.half == "AM"]
    if days.PM_ONLY.search(canon):
        return [s for s in whole if s.half == "PM"]
    return sessions


def _inherit(a: Analysis, last: Sequence[PupilReport], children: Sequence[Child], reason_too: bool) -> Analysis:
    """Fill what a follow-up leaves out (which child, which reason) from the last report."""
    if (a.who.problem == "which" or not a.who.children) and last:
        a = with_children(a, _by_ids(children, {r.pupil_id for r in last}))
    if reason_too and last and last[0].reason not in ("unknown", "late"):
        a = replace(a, reason=last[0].reason, absence=True)
    return a


def _answer_pending(a: Analysis, pending: Mapping[str, Any], children: Sequence[Child], calendar: SchoolCalendar,
                    policy: SchoolPolicy, lang: str) -> ParseResult | None:
    """Complete the report a clarifying question was about, with what this message adds."""
    original = analyse(pending["text"], children, calendar, dt.datetime.fromisoformat(pending["at"]))
    kind = pending.get("kind")
    if days.NEXT_WEEK.search(original.canon) and not days.NEXT_WEEK.search(a.canon):
        a = replace(a, plan=_in_next_week(a, calendar))
    if kind == "reason":  # the answer's reason; an answer still not understood records the absence unexplained
        if a.reason == "unknown" and a.absence:
            return None  # a new report rather than an answer
        merged = replace(original, reason=a.reason, absence=True)
        return conclude(merged, children, calendar, policy, lang, ask_reason=False)
    if kind in ("which", "ambiguous", "unknown"):
        if a.who.problem or not a.who.children:
            return None
        merged = with_children(original, a.who.children)
    else:
        if not a.plan.explicit or a.plan.undetermined:
            return None
        merged = replace(original, plan=a.plan, who=a.who if any(a.who.clauses_of.values()) else original.who)
    if a.plan.explicit and not a.plan.undetermined and kind != "day":
        merged = replace(merged, plan=a.plan)
    if a.reason != "unknown":
        merged = replace(merged, reason=a.reason)
    return conclude(replace(merged, absence=True), children, calendar, policy, lang)


def _in_next_week(a: Analysis, calendar: SchoolCalendar) -> days.DayPlan:
    """ "An appointment next week" - "Thursday": the answer's days moved into next week when they are not in it."""
    monday = a.local_now.date() + dt.timedelta(days=7 - a.local_now.weekday())
    week = {monday + dt.timedelta(days=i) for i in range(5)}
    if not a.plan.sessions or {s.day for s in a.plan.sessions} <= week:
        return a.plan
    moved = days.plan_days(f"{a.canon} next week", calendar, a.local_now, a.language)
    moved_days = {s.day for s in moved.sessions}
    if moved_days and moved_days <= week and len(moved_days) <= len({s.day for s in a.plan.sessions}):
        return moved
    return a.plan


def _is_cancellation(a: Analysis) -> bool:
    """A message saying a child will be in after all (and reporting no new absence)."""
    if BETTER.search(a.canon) or a.plan.present_days:
        return not (a.plan.sessions and a.absence and not a.plan.present_days and not BETTER.search(a.canon))
    return bool(BRING_IN_PM.search(a.canon)) and not a.plan.explicit


def _cancellation_changes(a: Analysis, targets: Sequence[str], standing: Mapping[str, Mapping[Session, str]],
                          calendar: SchoolCalendar, now: dt.datetime) -> list[MarkChange]:
    if a.plan.present_days:
        sessions = [Session(d, h) for d in a.plan.present_days for h in ("AM", "PM")]
        return _withdraw(targets, sessions, standing)
    if BRING_IN_PM.search(a.canon):
        day = a.plan.sessions[0].day if a.plan.sessions else a.local_now.date()
        return _withdraw(targets, [Session(day, "PM")], standing)
    return _withdraw(targets, None, standing, from_moment=now, calendar=calendar)
