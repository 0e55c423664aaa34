"""Whether a message reports an absence at all, and what kind of presence or withdrawal it states."""

from __future__ import annotations

import re

from understanding import needles

# "excused from swimming this week": a lesson missed in school, not an absence
_NOT_LESSON = (r"(?! from (?:swimming|pe\b|p\.e\b|games|sports?\b|football|netball|outdoor|forest school|homework"
               r"|music|singing))")
STRONG = needles.compile(
    r"won't be (?:in|at school|at class|coming|attending|going|able|making)|(?<!\bi )won't be back"
    r"|\b(?:can't|cannot|can not) get (?:him|her|them|\w+ and \w+) (?:in|to school)\b"
    r"|\b(?:don't|do not) think (?:he|she|they)(?:'s| is|'re| are) (?:well|fit|up|ok|okay) enough\b"
    r"|will not be (?:in|at school|attending"
    r"|coming|going)"
    r"|won't (?:make it|come|attend|go)\b|\bwill not (?:come|attend|go)\b|\bnot going to be (?:in|at school)\b"
    r"|\b(?:is|'s|are|'re) not coming (?:in )?at all\b|\b(?:not|no) (?:come|coming|go|going) (?:to )?school\b"
    r"|\b(?:he|she|they) not (?:come|coming|attend\w*)\b|\bnot coming (?:in |to school )?(?:today|tomorrow"
    r"|this morning)\b"
    r"|can't (?:do|manage) the school run|can't (?:come|make it|attend|go|get in\b|get across|get to school"
    r"|get there|get \w+ (?:in|to school|across))"
    r"|\b(?:will be|is|are) (?:travelling|traveling|flying|going) (?:to|abroad)\b[^.]{0,40}\bfor (?:one|a|two|three"
    r"|\d+) (?:weeks?|days?)\b|\bwon't get in\b|\b(?:his|her|their|\w+'s) last day (?:in school |at school )?(?:will be"
    r"|is)\b"
    r"|\b(?:going to|will|'ll|has to|have to) miss (?:the (?:whole |rest of the )?day|school"
    r"|today|an? (?:day|morning|afternoon|couple of days|few days)|(?:the )?\d{1,2}(?:st|nd|rd|th)"
    r"|(?:two|three|\d) days)\b|\bno way (?:he|she|they)(?:'s|'re| is| are| will be) (?:coming"
    r"|going) in\b|\bno way (?:he|she|they)(?:'ll| will) be in\b|\bso (?:he"
    r"|she"
    r"|they) (?:won't|will not)\s*(?:[.!,;]|$)|\bwould it be (?:possible|ok|okay"
    r"|alright) for \w+ to (?:have|take|miss|leave|be off|be absent)"
    r"|\b(?:have|take|having|taking) (?:the )?(?:(?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}|monday|tuesday|wednesday"
    r"|thursday|friday)(?: \d{1,2}(?:st|nd|rd|th)?)? (?:and|&|,|or) )?(?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}|monday"
    r"|tuesday|wednesday|thursday|friday)(?: \d{1,2}(?:st|nd|rd|th)?)? off\b"
    r"|\bnot (?:going to|able to|gonna) (?:get \w+ (?:in|to school)|make it)\b|\b(?:could|can|may"
    r"|would like to) (?:i |we )?(?:please )?request (?:term[- ]time )?leave for\b"
    r"|\b(?:is|'s|are|'re) (?:at home|home) (?:with|ill|sick|poorly|today|in bed)\b"
    r"|\b(?:need|needs|needed|take|taking|have|having) (?:the )?(?:whole |rest |remainder |all |entire )?(?:of )?"
    r"(?:next week|this week|the week|tomorrow|today|\w+ days?|a few days|a couple of days|some time|time) off\b"
    r"|\b(?:neither|none) of (?:them|the \w+|my \w+|us|mine)(?: \w+)? (?:will|is|are|can) (?:be )?"
    r"(?:in|coming|going|make it)"
    r"|not (?:be )?(?:coming|going|come|go) (?:in|to school)"
    r"|\b(?:can't|cannot|can not) come(?: to school| in| school)? (?:tomorrow|next week|(?:on )?(?:monday"
    r"|tuesday|wednesday|thursday|friday))\b|\bnot (?:attend\w*|in school|at school|make it|be in)\b"
    r"|\bout of school\b|\bno (?:chance|way) (?:\w+ )?(?:gets?|is getting|will get|makes?|is making) (?:it )?in\b"
    r"|\bno (?:other )?way (?:of|to) get\w* \w+ (?:to school|in)\b"
    r"|\bno way (?:we|i)(?:'ll| will| can)? (?:get|take) \w+ (?:\w+ )?(?:to school|in)\b|\b(?:having|has"
    r"|have) to (?:mind|look after"
    r"|babysit|stay (?:home|off))\b"
    r"|isn't (?:coming|going) in|\babsent\b|\babsence\b|\bkeep(?:ing)? \w+(?:-\w+)? (?:home|off|at home|out|in bed"
    r"|in\b(?! (?:school|class|the|mind|touch)))"
    r"|\bkept \w+ (?:home|off)|\bstay(?:ing)? (?:at )?home|\bstay off|(?<!getting a )(?<!get a )(?<!no )\bday off\b"
    r"|\bduvet day\b|\bhaving the day\b"
    r"|\blie-in\b|\btak(?:e|ing) (?!it\b)(?:(?:the|my|our) (?=children|kids|boys|girls|twins))?\w+(?:-\w+)? (?:out"
    r"|home)\b(?! (?:straight |right )?after\b| at [3-6]\b)"
    r"|\b(?:is|are|has been|have been|'s been|was|were) invited (?:for|to) (?:an? |the )?(?:\w+ ){0,3}(?:assessment"
    r"|interview|taster day|trial)\b"
    r"|\bno way \w+ is going to make it"
    r"|\bexcuse (?:\w+ (?:and|&) )?\w+ from (?:school|class|lessons|the day|monday|tuesday|wednesday|thursday|friday"
    r"|\d)"
    r"|\bneither \w+ nor \w+ (?:will|is|are|can)\b|\bmark \w+ (?:absent|off|as absent|out)|\bcan't see (?:him|her"
    r"|them) (?:being "
    r"|coming )?back|(?<!come )(?<!came )(?<!sent )(?<!brought )(?<!go )(?<!went )(?<!it )\bhome today\b"
    r"|\bstaying home\b|\bbe home\b|\bin hospital\b|\badmitted\b"
    rf"|\bnot well enough\b|\bexcused\b{_NOT_LESSON}|\b(?:must|has to|needs to|need to) (?:rest|stay (?:at )?home"
    rf"|stay off"
    r"|stay in bed)\b|\bnot allowed (?:at|in|to go to|back to) school\b|\bshould(?:n't| not) (?:go"
    r"|come) (?:to school|in)\b"
    r"|\brequest(?:ing)? (?:leave|permission|absence)|\bpermission\b(?! slip| form| letter)"
    r"|\bnot in (?:today|tomorrow|school|this week)\b|\bisn't (?:in|at school)\b|\bis not (?:in|at school)\b"
    r"|\bleave of absence\b|\b(?:be|is|are|'s|'re) off\b(?! to (?:work|the shops|get|collect))"
    r"|(?<!dropping them )(?<!dropping him )(?<!dropping her )(?<!drop them )(?<!drop him )(?<!drop her )"
    r"\boff (?:sick|school"
    r"|today|tomorrow|ill|poorly|with)\b"
    r"|\b(?:have|take|get|having|taking) (?:the |a )?(?:monday|tuesday|wednesday|thursday|friday|morning|afternoon"
    r"|day|\d+ days|two days|three days) off\b"
    r"|\bmiss(?:es|ing)? (?:the |this |next |school on |school )?(?:monday|tuesday|wednesday|thursday|friday|day|today"
    r"|tomorrow"
    r"|morning|afternoon)\b|\bmiss (?:the )?(?:last|final|first|next) (?:\w+ )?(?:days?|week)\b"
    r"|\bmiss(?:es|ing)? a (?:bit|little|part) of (?:the )?(?:morning|afternoon|day|school|lessons?)\b"
    r"|\b(?:test|lesson|class|assembly|trip|exam|rehearsal) (?:she|he|they) (?:misses|will miss|'ll miss)\b"
    rf"|\bbe excused\b{_NOT_LESSON}|\brefus\w* to (?:come|go|get up|attend)\b"
    r"|\b(?:not|don't think it's|do not think it's|no point) (?:worth )?(?:bringing|sending|taking) \w+ in\b"
    r"|\b(?:will|'ll|won't) (?:only )?be in (?:at|after|for) lunch"
    r"|\b(?:will|'ll) (?:only )?be in for the afternoon\b"
    r"|\b(?:won't|will not|not) (?:be )?(?:sending|bringing|taking) \w+ (?:in|to school)\b"
    r"|(?<!there's )(?<!theres )(?<!there is )(?<!is there )\bno school (?:today|tomorrow|for (?:him|her|them))\b"
    r"|\bhaving a (?:pyjama|duvet|lazy|quiet|rest|home|mental health) day\b|\bsend \w+ out (?:to|at)\b"
    r"|\btoo (?:tired|ill|poorly|unwell|sick|upset|exhausted) (?:[\w']+ ){0,6}to (?:come|go) in\b|\b(?:be"
    r"|is) out (?:all|for"
    r" the whole) day\b"
    r"|\b(?:is|'s|are|'re) not in\b(?! (?:the|a|an|his|her|their|my|our|pain|bed|hospital|school uniform|trouble))"
    r"|\b(?:is|'s|are|'re) (?:coming|going) (?:to work )?with (?:me|us)\b(?= (?:to|today|for)\b)(?! to (?:school|drop))"
    r"|\btak(?:e|ing) (?:the )?\w+ to (?:see|visit) [^.]{0,40}\btoday\b"
    # "is it ok if Jess finishes at lunchtime tomorrow": a partial day asked for
    r"|\b(?:(?:is it|would it be|will it be) (?:ok|okay|alright|all right|possible) (?:if|for)|could|can"
    r"|may)(?: (?:the )?\w+)?"
    r" (?:to )?(?:finish(?:es)?|leaves?) (?:school )?(?:early|at lunch(?:time)?|at (?:10|11|12)(?:[:.]\d\d)?\b)")
WEAK = needles.compile(r"(?<!drop it )(?<!drop them )(?<!dropped )(?<!drop )(?<!dropping him )(?<!dropping her )"
                       r"(?<!dropping them )(?<!drop him )(?<!drop her )(?<!dropping )(?<!came )"
                       r"(?<!fell )\boff\b(?! to\b)"
                       r"|(?<!miles )(?<!far )(?<!streets )(?<!minutes )(?<!mins )(?<!walk )\baway\b"  # not "had to
                       # park miles away"
                       r"|\b(?:will be|'ll be|is) back (?:in |at school )?(?:on )?(?:monday|tuesday|wednesday|thursday"
                       r"|friday)\b"
                       r"|(?<!to )(?<!dear )(?<!hi )(?<!hello )(?<!morning )(?<!tell )(?<!ask )(?<!thanks )"
                       r"(?<!from )(?<!with )(?<!let )(?<!inform )(?<!and )(?<!for )(?<!thank )(?<!thank you )"
                       r"(?<!sorry )(?<!it was )(?<!it's been )(?<!went )(?<!gone )"  # "her PE kit ... it was missing"
                       r"(?<!wouldn't )(?<!would not )"  # "he wouldn't miss it for the world"
                       r"\bmiss(?:es|ing)?(?!\s*(?:too|as well)?\s*[.,!?]|\s+(?:too|as well)\b) (?!(?:his|her|their"
                       r"|the) (?:homework|bus|coat|kit)|anything|out\b|much\b)"
                       r"|(?<!can't )(?<!cannot )(?<!can not )\bleave\b(?! (?:till|until|til|the house)\b)"  # not "his
                       # dad can't leave till 9.15"
                       r"|(?<!book )(?<!bag )(?<!kit )(?<!homework )(?<!coat )(?<!bottle )(?<!it )"
                       r"\bat home\b(?! time)")  # "left his reading book at home" is not the child
ABSENCE = needles.compile(f"{STRONG.pattern}|{WEAK.pattern}")
# Reasons that imply an absence even without an absence verb ("Jack has a high temperature").
SELF_EVIDENT = ("illness", "medical", "interview", "exceptional")
QUESTION = needles.compile(r"\?|^(?:hi,? |hello,? |dear \w+,? )?"
                           r"(?:can|could|would|is|are|do|does|did|will|has|have|should|may)"
                           r" (?:i|you|we|he|she|they|jack|\w+)\b(?! (?:please )?(?:mark|record|note))"
                           r"|\b(?:i )?(?:wanted|want|would like) to (?:know|ask) (?:if|whether) (?:\w+ ){1,3}(?:can"
                           r"|could|may)\b")
# An absence that is still to come, or happening now (a past-only message is for the office).
CURRENT = needles.compile(r"\bwon't\b|\bwill\b|'ll\b|\bisn't\b|\bis (?:off|not|absent|ill|sick|poorly|unwell)\b"
                          r"|\b(?:he|she|they)(?:'s|'re) off\b"
                          r"|\bkeep(?:ing)?\b|\bstay(?:ing)?\b|\bcan't\b|\bnot coming\b|\bgoing to\b|\btoday\b"
                          r"|\btomorrow\b|\bhas\b|\bhave\b|\b's got\b|\bam\b|\bare\b|\bwe're\b")


# The child is coming in after all ("has a cold but is ok to come in"): nothing to record.
ATTENDING = needles.compile(r"\b(?:is|'s|are|'re) (?:ok|okay|fine|well enough|alright|all right)"
                            r" (?:to come in|to come to school"
                            r"|to attend|for school)\b|\b(?:is|are) (?:still )?coming in (?:as normal|as usual|today)\b"
                            r"|\b(?:but|though) (?:he|she|they)(?:'s|'re| is| are) (?:still )?coming in\b(?! late"
                            r"| later)"
                            r"|\b(?:he|she|they)(?:'s| is|'re| are) in,? (?:but|and) (?:if|let|call|ring|i'll)\b"
                            r"|\binsist(?:ed|s|ing) on (?:coming|going) in\b|\bstay in (?:at|during|for) (?:break|lunch"
                            r"|playtime)\b"
                            r"|\b(?:are|is|'re|'s) (?:both )?(?:fine|ok|okay|well)(?: today)? and (?:are"
                            r"|is) (?:in school"
                            r"|at school)\b|\b(?:send"
                            r"|bring)\w* (?:[\w']+ ){0,3}(?:back )?in with (?:him"
                            r"|her|them)\b"
                            r"|\b(?:he|she|they)(?:'ll| will) (?:have to )?do (?:pe|games|swimming) in"
                            r" (?:his|her|their) (?:uniform|school clothes|trainers)\b"
                            r"|\b(?:but|though) (?:he|she|they)(?:'ll| will) (?:still )?be in\b"
                            r"(?! late| later| (?:at|by|for|after|around|about|from) )")
# Better again ("the temperature has finally gone", "raring to go"): with a day of return, nothing to record.
RECOVERED = needles.compile(r"\b(?:has|have|'s) (?:finally |now |completely )?(?:gone|cleared(?: up)?)\b"
                            r"|\braring to go\b|\b(?:all|been|now|fully) treated\b"
                            r"|\b(?:is|'s|are|'re) (?:much |a lot |loads |so much )?better now\b|\bfully recovered\b"
                            r"|\bback to (?:normal|(?:him|her|them)sel(?:f|ves))\b")
# "Thanks for letting me know ...": an acknowledgement, however many illness words it repeats.
THANKS = needles.compile(r"^(?:(?:hi|hello|hiya|good morning|good afternoon|morning|afternoon)(?: all| there)?"
                         r"[,!.]*\s+)?(?:(?:i )?(?:just )?(?:wanted|want|writing) to say )?(?:a )?"
                         r"(?:massive |big |huge |special )?"
                         r"(?:thanks|thank you|cheers|many thanks)(?: so much"
                         r"| very much)?(?: (?:to )?[\w .']{1,40}?)? for\b")
# "Where can I find the form to request a leave of absence?": a question about the process, not a request.
ASKS_ABOUT_LEAVE = needles.compile(r"\b(?:where|how|what|which)\b[^.?]*\b(?:form|forms|process|procedure"
                                   r"|policy)\b[^.]*\?"
                                   r"|\b(?:form|forms)\b[^.?]*\b(?:leave|absence|holiday)\b[^.]*\?"
                                   r"|\b(?:leave|absence|holiday)\s+(?:request\s+)?forms?\b[^.]*\?")
# A note about medicine for a child in school: for the office, not an absence.
_MEDICINE = (r"(?:medicine|medication|inhaler|calpol|nurofen|piriton|paracetamol|ibuprofen|antibiotics|dose|\d+ ?ml"
             r"|bottle|eye drops|cream)")
MEDICINE_NOTE = needles.compile(rf"\b{_MEDICINE}\b[^.]*\b(?:office|teacher|give|make sure|have it|take it|at lunch"
                                rf"|in (?:his|her) bag)\b|\b(?:teacher|office)\b[^.]*\b(?:take|have"
                                rf"|give)\b[^.]*\b{_MEDICINE}\b"
                                # "could Oliver's inhaler be sent home tomorrow": the medicine, not the child
                                rf"|\b{_MEDICINE}\b (?:to )?be (?:sent|brought|given back) (?:home|back)\b")
# "She has a milk allergy, please don't give her milk": a standing condition for the teacher, not an absence.
CONDITION_NOTE = needles.compile(r"\b(?:allerg\w*(?! (?:clinic|tests?|appointment|specialist|consultant|nurse))"
                                 r"|intoleran\w*|dietary|coeliac|celiac|vegetarian|vegan|halal)\b")
# "Could you tell his teacher he has a dentist appointment ...?": a report asked to be passed on, not a question.
PASS_ON = needles.compile(r"\b(?:could|can|would) you (?:please )?(?:tell|let|inform|pass on|remind) (?!me\b|us\b)")
CONDITIONAL = needles.compile(
    r"\bif (?:he|she|they|\w+)(?:'s| is| are| was| were)? (?:off|absent|not in|away|ill|sick)\b[^.?!]*")


# "a dentist appointment after school on Thursday": outside school hours, nothing to record
AFTER_SCHOOL = needles.compile(r"\b(?:after school|after the school day|at (?:normal |the usual |usual )?home time"
                               r"|at (?:the )?end of (?:the )?school day|(?:at|after) pick[- ]?up(?: time)?"
                               r"|tonight|this evening|(?:after[- ]school |football |swimming |drama |dance )?club"
                               r"|at (?:3[.:][3-5]\d|[4-6])(?:[.:]\d\d)?(?: ?pm)?)\b")


# "Just so you're aware", "in case the kids start showing symptoms": news for the teacher, not an absence.
FYI = needles.compile(r"\bjust so you(?:'re| are) aware\b|\bjust so you know\b|\bin case (?:she|he|they|the kids"
                      r"|the children)"
                      r" (?:start|starts|get|gets|show|shows|come|comes)\b|\bjust a heads up\b|\bin case anyone else\b"
                      r"|\bthought i(?: should|'d| would) (?:say|mention|let you know)\b")
# "She was definitely in ... can you check the register?": a question about a mark already made.
DISPUTE = needles.compile(r"\bcheck (?:the|your) register\b|\b(?:was|were) definitely in\b"
                          r"|\b(?:was|were|is|has) \w+ (?:been )?marked (?:absent|late|as absent)\b"
                          r"|\bi dropped (?:him|her|them|\w+) (?:off )?at (?:the )?(?:gate|school|door|reception|\d)"
                          r"|\b(?:count|counted|go|going) against (?:his|her|their) attendance\b"
                          # a letter about attendance, how a past absence was recorded
                          r"|\b(?:text|message|call|email)\b[^.?]{0,20}\bsaying \w+ (?:was|is|had been) (?:absent"
                          r"|marked absent)"
                          r"|\b(?:letter|email|text|message|call)s? (?:about|regarding|re) (?:\w+'s |his |her |their "
                          r"|my \w+'s )?attendance\b|\babsence\b[^.?]{0,40}\b(?:was|has been|were) (?:put down|recorded"
                          r"|marked|logged|authori[sz]ed|down)\b")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NO_ABSENCE = needles.compile(r"\bno (?:absence|time off|days? off) (?:is )?(?:needed|required|necessary)\b"
                              r"|\b(?:(?:this|it)(?:'s| is) )?not an absence\b")
# "do they need to stay off or is it fine to send them in?": asking whether, not reporting
ASKS_WHETHER = needles.compile(r"\b(?:do|does|should|must) (?:they|he|she|\w+) (?:need to |have to )?(?:stay"
                               r" (?:off|home|at home)|be kept (?:off|home)|come in|go in|be off)\b[^.?]*\?")
# "can you tell Henry his grandpa will pick him up today instead of me": who collects, not an absence
PICKUP_ARRANGEMENT = needles.compile(r"\b(?:pick\w*|collect\w*) (?:him|her|them|\w+) (?:up )?(?:from school )?(?:today "
                                     r"|tomorrow |tonight )?instead\b|\binstead of me\b")


# "practising his lines for the play at home": what the child does at home, not a day off
_ACTIVITY_AT_HOME = needles.compile(r"\b(?:practi[sc]\w*|rehears\w*|revis\w*|learning (?:his |her |their )?lines"
                                    r"|reading|reads)\b[^.,;]{0,50}\bat home\b"
                                    # "I want to take day off from my work to come and watch": the parent's leave
                                    r"|\b(?:a |the )?days? off (?:from |of )?(?:my |our )?work\b")


# "apparently there's loads of it going round her class??": surprise at news, not a question to the school
_REMARKED = needles.compile(r"\b(?:apparently|i heard|i've heard|there(?:'s| is) (?:loads|lots|a lot) of it)\b"
                            r"[^.!?]*\?+")


# "an entrance assessment on Saturday. No school missed": said outright
_NO_SCHOOL_MISSED = needles.compile(r"\bno school (?:is |will be )?missed\b|\b(?:won't|will not|doesn't|does not) miss"
                                    r" any school\b")
_OUTRIGHT_ABSENT = needles.compile(r"\b(?:won't|will not|wont|isn't|is not|not) (?:be )?(?:in|coming in|at school)\b"
                                   r"|\babsent\b|\boff (?:school|today|tomorrow)\b"
                                   r"|\bkeep\w* (?:him|her|them) (?:off|home)\b")


def reports_absence(canon: str, *, reason: str, late: bool, partial: bool, dated: bool) -> bool:
    """A message reports an absence or lateness when it says so plainly; a weak cue ("off", "away") or a reason
    alone counts only in a message that asks nothing (and, for most reasons, names a day)."""
    if _NO_SCHOOL_MISSED.search(canon) and not _OUTRIGHT_ABSENT.search(canon):
        return False
    if _NO_ABSENCE.search(canon):
        canon = " ".join(s for s in _SENTENCE_END.split(canon) if not _NO_ABSENCE.search(s))
        if not (STRONG.search(canon) or WEAK.search(canon)):
            return False  # "the assessment is on Saturday so no absence needed"; not "Tom's off today ... we fly on
            # the 22nd but that's in the holidays so no time off needed"
    if ASKS_WHETHER.search(canon) and not (STRONG.search(ASKS_WHETHER.sub(" ", canon)) or late or partial):
        return False  # "one of them has nits, do they need to stay off?"
    canon = _ACTIVITY_AT_HOME.sub(" ", CONDITIONAL.sub(" ", canon))
    if PICKUP_ARRANGEMENT.search(canon) and not (STRONG.search(canon) or late or partial):
        return False
    if DISPUTE.search(canon):
        return False
    if FYI.search(canon) and not late and not STRONG.search(canon) and (reason not in SELF_EVIDENT or ATTENDING.search(
            canon) or RECOVERED.search(canon)):
        return False
    if ASKS_ABOUT_LEAVE.search(canon) and not late:
        return False
    if THANKS.search(canon) and not (STRONG.search(canon) or late or partial):
        return False
    if STRONG.search(canon) or late or partial:
        return True
    if (MEDICINE_NOTE.search(canon) or CONDITION_NOTE.search(canon)) and not WEAK.search(canon):
        return False
    if QUESTION.search(_REMARKED.sub(" ", canon)) and not (PASS_ON.search(canon) and reason != "unknown"):
        return False
    if reason in ("medical", "interview") and AFTER_SCHOOL.search(canon) and not WEAK.search(canon):
        return False
    return bool(WEAK.search(canon)) or reason in SELF_EVIDENT or (reason != "unknown" and dated)
