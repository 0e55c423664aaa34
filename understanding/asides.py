"""The part of a message that reports the absence: without its asides and what it says of children who will be in.

"Zofia's birthday is on Thursday", "PS I'll send the money in Monday", "is she still OK to be an angel on
Wednesday?", "Hiba isn't ill, she was sick at a party on Saturday, but she's fine": their days and reason words
are not the absence's. Reasons, lateness and days are read from what is left (the whole message when nothing is).
"""

from __future__ import annotations

from collections.abc import Sequence

from understanding import needles
from understanding.clocktimes import collection_time
from understanding.pupils import named_children
from understanding.reasons import classify, is_late
from understanding.signals import ABSENCE, PASS_ON, STRONG
from understanding.types import Child

_SENTENCE = needles.compile(r"(?<=[.!?\n\U0001F300-\U0001FAFF\u2600-\u27BF])\s+")  # an emoji often ends a sentence
_PRONOUN_LEAD = needles.compile(r"^\s*(?:and )?(?:he|she)(?:'s|'ll| is| has| will| won't)\b")
# "they've both got the sickness bug Mason had": the absent children's piece, the child who is in named in passing
_ABSENT_SUBJECT = needles.compile(r"^\s*(?:and )?(?:they|both)(?:'ve|'re| have| are)?(?: both)? (?:got|caught|picked up"
                                  r"|have|had)\b")
_PIECE = needles.compile(r"\s*(?:[,;]|\bbut\b|\bso\b|\bwhile\b|\bthough\b)\s*")
# A sentence that only remarks on something else: a postscript, a wish, a reassurance about school work.
_POSTSCRIPT = needles.compile(r"^(?:ps|p\.s\.?|also|fyi|btw|by the way|oh and|and also|and ps)\b")
_ASIDE = needles.compile(
    r"^(?:hope(?! to (?:be|get|arrive|make)\b| (?:we|i|he|she|they)(?:'ll| will| can) (?:be|get|arrive|make)\b"
    r"|'s\b| (?:has|is|was|will|won't|can't|isn't|had|needs|got|went|came"
    r"|arrived|did|didn't|and|&)\b)"  # not Hope herself: "Hope has the flu", "Hope went in late"
    r"|have a|enjoy|merry|happy|wishing)\b"  # a wish; not "hope to be there for 9.40"
    r"|\b(?:won't|wont|will not|doesn't|does not|don't|do not|shouldn't)(?: \w+)? (?:need|have) to miss\b"
    r"|\bno need (?:for \w+ )?to miss\b"
    r"|\b(?:won't|wont|will not|doesn't|does not|shouldn't) affect (?:school|(?:his|her|their) "
    r"(?:school|day|attendance))\b"
    r"|\bno (?:time off|absence|days? off) (?:is )?(?:needed|required)\b|\bso no problem\b|\bnothing to worry about\b"
    r"|\b(?:class|year \w+|school)(?:'s)? (?:has|have|is having|are having|(?:is|are) going on) (?:the|a|their|its)"
    r" (?:trip|nativity|party|concert|disco|visit|performance)\b"
    r"|\b(?:won't|wont|will not|doesn't|does not) (?:need to )?miss (?:any )?school\b"
    r"|\b(?:birthday|party|nativity|concert|parents'? evening|disco|fair|play|assembly|performance|trip)(?:'s)?"
    r" (?:is|will be) (?:on|tomorrow|next|this|at)\b"
    r"(?![^.!?]*\b(?:so|and) (?:we|we're|we are|i|i'm|they|he|she)\b)")  # "...is on Friday so we're travelling down"


_HEDGE = r"(?:maybe|probably|possibly|perhaps|prob|too|as well|also)"
_DAY = needles.compile(rf"^\W*(?:also|and also|ps)\W+(?:{_HEDGE}\s+)*(?:today|tomorrow|monday|tuesday|wednesday"
                       rf"|thursday|friday)(?:\s+{_HEDGE})*\W*$")
_REPORTED = ("illness", "medical", "interview", "exceptional", "religious")


def _is_aside(sentence: str, *, questions: bool = True) -> bool:
    """A wish, a postscript that reports nothing, or (with `questions`) a question that is not a request about the
    absence."""
    if STRONG.search(sentence) or PASS_ON.search(sentence) or collection_time(sentence):
        return False
    if _ASIDE.search(sentence):
        return True
    if _POSTSCRIPT.search(sentence):  # not "Also Anton has a hospital appointment on Thursday"
        return not (ABSENCE.search(sentence) or is_late(sentence) or classify(sentence).reason in _REPORTED
                    or _DAY.search(sentence))  # "Also tomorrow maybe.": a day added
    return questions and "?" in sentence and classify(sentence).reason == "unknown" and not is_late(sentence)


def without_remarks(canon: str) -> str:
    """`canon` without its wishes and postscripts ("we fly on the 22nd but that's in the holidays so no time off
    needed"), whose children are neither absent nor in; questions stay ("Is that ok for Jamie and Tom?")."""
    sentences = [s for s in _SENTENCE.split(canon) if s.strip()]
    return " ".join(s for s in sentences if not _is_aside(s, questions=False)) or canon


def focus(canon: str, original: str, present: Sequence[Child], absent: Sequence[Child]) -> str:
    """The sentences and pieces of `canon` about the absence (see the module docstring)."""
    sentences = [s for s in _SENTENCE.split(canon) if s.strip()]
    kept = [s for s in sentences if not _is_aside(s)] or sentences
    if present and absent:  # with nobody absent, what is said of those who will be in is the message
        kept = [_without_present(s, original, present, absent) for s in kept]
    text = " ".join(s for s in kept if s.strip())
    return text or canon


def _without_present(sentence: str, original: str, present: Sequence[Child], absent: Sequence[Child]) -> str:
    """Drop the pieces naming only children who will be in, and the unnamed pieces after them in the sentence."""
    pieces = [p for p in _PIECE.split(sentence) if p.strip()]
    found, _ = named_children(pieces, [*present, *absent], original)
    present_ids = {c.id for c in present}
    out, dropping = [], False
    for i, piece in enumerate(pieces):
        named = {cid for cid, cis in found.items() if i in cis}
        if named and named <= present_ids and not _ABSENT_SUBJECT.match(piece):
            dropping = True
        elif named or (dropping and _PRONOUN_LEAD.match(piece) and STRONG.search(piece)):
            dropping = False  # "Raheem is sick but Sofia will be coming in, he's got a chest infection so he's off"
        if not dropping:
            out.append(piece)
    text = ", ".join(out)
    if out and sentence.rstrip()[-1:] in ".!?" and text[-1:] not in ".!?":
        text += sentence.rstrip()[-1]
    return text

