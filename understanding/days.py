"""Which days and sessions a message means, against the school's calendar (CONVENTIONS.md "Which sessions").

Reads the canonical English form of a message (see `canon`): day words, explicit dates (day
first), ranges, returns ("back on X" excludes X), "for N days", "the rest of the week", "next
week", half days and the partial-day cues (in after an appointment: AM; collected before the
afternoon register: PM).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core.calendar import Half, SchoolCalendar, Session
from understanding import needles
from understanding.clocktimes import collection_span, collection_time, to_time
from understanding.reasons import is_late
from understanding.signals import ABSENCE, STRONG
from understanding.text import clauses

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WD = "(?:" + "|".join(WEEKDAYS) + ")"
MON = "(?:" + "|".join(MONTHS) + ")"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2, "a": 1}
NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple of)"

MENTION = needles.compile(
    rf"(?:(?P<wd>{WD}),?\s+(?:the\s+)?)?"
    rf"(?:(?<![:.]\d)(?<![:.])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of|\s+de)?\s+(?P<m1>{MON})\b"
    rf"(?:\s+(?P<y1>20\d\d))?"
    rf"|(?P<m2>{MON})\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>20\d\d))?"
    rf"|(?P<d3>\d{{1,2}})/(?P<mo3>\d{{1,2}})(?:/(?P<y3>\d{{2,4}}))?"
    rf"|\b(?P<d6>\d{{1,2}})[.-](?P<mo6>\d{{1,2}})[.-](?P<y6>(?:20)?\d\d)\b"
    rf"|(?P<d4>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"|(?P<d7>\d{{1,2}})(?![\d:./])\b(?!\s*(?:am|pm|a\.m|p\.m|ish|o'?clock|mins?|minutes?|hours?|hrs?|days?"
    rf"|weeks?)\b))"
    rf"|\b(?P<next>next\s+)?(?P<wdonly>{WD})\b"
    r"|\b(?P<rel>the day after tomorrow|today|tomorrow|this morning|this afternoon|tonight|yesterday|last week)\b"
    rf"|\b(?:on\s+)?the\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)\b(?:\s+(?:of\s+)?(?P<m5>{MON}))?"
)
_ABSENT_BEFORE = needles.compile(r"(?:won't be in|not (?:be )?in|won't make it(?: in)?|\boff|\bhome|\bmiss"
                                 r"|\babsent)\s*$")
_LAST_DAY_PREFIX = needles.compile(r"(?:\blast day(?: in school| at school| of school| here)?(?: will be| is|'s"
                                   r"| would be)?|\b(?:will|'ll) finish (?:school |term )?)"
                                   r"(?: on)?(?: this| next)?\s*(?:the\s+)?$")
_MISSES_LAST = needles.compile(r"(?:\b(?:won't|wont|not|miss|missing|off)\b[^.,;]*|\bfor )(?:the |her |his |their )?$")
_BACK_FOR = needles.compile(r"\b(?:back|in|come in|coming in|be there)\s+(?:in time\s+)?for (?:the )?$")
_UNCLEAR_PREFIX = needles.compile(r"\b(?:last|final|first) day\b(?! back)[^.,;]*$")  # "her last day will be Monday"
_PART_OF_PREFIX = needles.compile(r"\b(morning|afternoon) of\s*$")
# the whole of next week, even after a day named in it ("the dentist on Monday and has to stay home all next week")
_REST_NEXT_WEEK = needles.compile(r"\b(?:the )?(?:rest|remainder) of next week\b|\ball (?:of )?next week\b"
                                  r"|\b(?:the )?whole (?:of )?next week\b")
ALSO_EITHER = needles.compile(r"\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday) (?:either|as well|too)\b")
ALSO_LATER = needles.compile(r"(?<!\d )\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday) (?:too|as well|either)\b"
                             r"|\b(?:also|too|as well) tomorrow\b")
_PERFECT = needles.compile(r"\b(?:has|have|'s|'ve) (?:been|had)\b(?:(?! so )[^,;])*$")  # not "has been diagnosed ... so
# she won't be in this week"
_NIGHT_AFTER = needles.compile(r"^\s+(?:night|evening)\b")
# "we fly on the 14th in the evening": a journey after school on a date
_EVENING_AFTER = needles.compile(r"^\s+(?:in the evening|at night|late at night|night|evening)\b")
_TRAVEL_BEFORE = needles.compile(r"\b(?:fly|flying|flight|flights|leave|leaving|travel\w*|drive|driving|train)\b")
# "Tomorrow she come normal", "On Friday 18th he is back": a day the child is in
_IN_ON = re.compile(r"\b(?:and|but|so|be) in (?:on )?$")
_AS_USUAL = needles.compile(r"\bas (?:normal|usual)\b")
_AS_NORMAL = re.compile(r"\s*(?:as (?:normal|usual)|normally)\b")
_IN_AFTER = needles.compile(r"^\s*,?\s*(?:(?:i|we) (?:hope|think|expect)(?: that)? )?(?:he|she|they|(?!nobody\b"
                            r"|none\b|neither\b|no\b)\w+)(?:'s| is| are|'re|'ll"
                            r"| will| should| must| might"
                            r"| may| has to| have to| needs to| must)?(?: try (?:to|and))?(?: be)?"
                            r" (?:come|comes|coming|go"
                            r"|goes"
                            r"|going|back|in|come back|be back|return|returns)(?: to school| in| in school| at school"
                            r"| school)?(?: normal(?:ly)?| as normal"
                            r"| as usual)?(?: all day| (?:for )?the (?:whole|full) day)?"
                            r"(?: (?:for sure|definitely|without fail|no matter what|for certain"
                            r"|insha ?allah"
                            r"|inshallah|god willing|hopefully|i hope|we hope|i think))?"
                            r"(?:\s*(?:[.!,;]|$)| if\b| because\b| as (?:he|she|they) (?:has|have)\b"
                            r"|\s+[^\w\s])")  # "tomorrow he will come back to school if no fever"
_DECIDE_AFTER = needles.compile(r"^\s*,?\s*(?:i'll|i will|we'll|we will|i|we) (?:see how|decide|check|see)\b"
                                r"(?! (?:the|my|our) (?:letter|calendar|diary|email|text|card|paper)\b)"
                                r"(?![^.]*\bafter (?:that|then)\b)"
                                r"|^\s*,?\s*(?:i'll|i will|we'll|we will) (?:let you know|update you|message you"
                                r"|text you"
                                r"|write)"
                                r"\s*(?:[.!]|$)|^\s*,?\s*(?:i |we )?(?:don't|do not) know\b"
                                r"|^\s*,?\s*(?:i'll|i will|we'll|we will) (?:tell|let) (?:you|u) (?:know )?"
                                r"(?:if|whether)\b"
                                # a learner's "for tomorrow I will tell you", "about Wednesday I tell you tomorrow"
                                r"|^\s+(?:i|we)(?:'ll| will)? (?:(?:tell|inform|write|text|message) (?:you|u)"
                                r"|send (?:you )?(?:a )?(?:message|msg|text)(?: again)?)"
                                r"(?: (?:later|tomorrow|tonight|in the morning))?\s*(?:[.!]|$)"
                                # "Tomorrow I will inform if he come"
                                r"|^\s*,?\s*(?:i|we)(?:'ll| will)? inform(?: you| u)? (?:if|whether)\b"
                                # "Tomorrow I hope he is better.": a hope, not a day off
                                r"|^\s*,?\s*(?:(?:i|we) (?:hope|am hoping|are hoping)|hopefully)(?: that)?"
                                r" (?:he|she|they)"
                                r"(?:'s| is| are|'re|'ll be| will be| feels?| feeling)? (?:better|ok|okay|fine|well)"
                                r"\s*(?:[.!]|$)")
# "off Friday and all of next week": this Friday, then the week after
# "Thursday and Friday this week and Monday next week": this week's days
_THIS_WEEK_FIRST = needles.compile(r"(?:(?!next week)[^.])*?\bthis week\b")
_AND_NEXT_WEEK = needles.compile(r"\s*\)?,?\s*(?:and|&|\+) (?:all of |all |the whole of |the rest of |also )?"
                                 r"next week\b")
_TODAY_THEN_EVENT = needles.compile(r"\btoday\b[^.]{0,40}\b(?:appointment|appt|operation|scan|interview)\b[^.,]{0,30}$")
_HALF_AFTER = needles.compile(r"^\s+(?:morning|am\b)|^\s+(?:afternoon|pm\b)")
_NUM_PAIR = needles.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|&|,)\s*(?:the\s+)?(\d{{1,2}})(st|nd|rd|th)?\s+"
                            rf"(?:of\s+)?({MON})")
_NUM_LIST = needles.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)+\s*,?\s*(?:and|&)\s*"
                            rf"\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:of\s+)?({MON})")
_ON_ORDINAL = needles.compile(r"\b(on|from|until|till|til|by) (\d{1,2}(?:st|nd|rd|th))\b")
# "the 16th, 17th and 18th": each ordinal of a list is a date
_ORDINAL_LIST = needles.compile(r"\bthe \d{1,2}(?:st|nd|rd|th)(?:\s*,\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))+"
                                r"(?:\s*,?\s*(?:and|&)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))?\b")
_BARE_PAIR = needles.compile(r"\bthe (\d{1,2})(st|nd|rd|th) (and|or|&) (?:the )?(\d{1,2})(st|nd|rd|th)\b"
                             r"(?! (?:of )?[a-z]*uary|"
                             r" (?:of )?(?:march|april|may|june|july|august|september|october|november|december))")
# "Thursday and Friday 17-18 December", "Thursday and Friday 17/12 to 18/12": each weekday with its own date
_WD_PAIR_DATES = needles.compile(rf"\b({WD}) (and|&|-|to) ({WD}),? (?:the )?(\d{{1,2}})(?:st|nd|rd"
                                  rf"|th)?(?:/(\d{{1,2}}))?"
                                 rf"\s*(?:-|to|and|&)\s*(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?:(/\d{{1,2}})"
                                 rf"|\s+(?:of\s+)?({MON}))")


def _paired_dates(m: re.Match[str]) -> str:
    tail = m[7] or f" {m[8]}"
    first = f"/{m[5]}" if m[5] else tail
    return f"{m[1]} {m[4]}{first} {m[2]} {m[3]} {m[6]}{tail}"


_NUM_RANGE = needles.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(-|to|until|till)\s*(?:the\s+)?(\d{{1,2}})(st|nd|rd|th)?\s+(?:of\s+)?({MON})")

_END_PREFIX = needles.compile(
    r"(?:\bback|\breturn\w*|\bresum\w*|\buntil|\buntill|\btill|\btil|\bup to and including|\boff up to)"
    r"(?:\s+after (?:the )?(?:(?:christmas|xmas|easter|half[- ]term|new year)(?: holidays?| break)?|holidays?"
    r"|break),?)?"
    r"(?:\s+(?:in|at|for) (?:the )?(?:new|next|spring) term)?"
    r"(?:\s+(?:at|to|in) school)?(?:\s+when (?:the )?(?:term|school) (?:starts|restarts|begins|opens"
    r"|goes back)(?: again)?)?"
    r"(?:\s+(?:in|at|to|into))?(?:\s+(?:school|class|lessons))?(?:\s+(?:only|not (?:until|till|before)))?"
    r"(?:\s+(?:on|by|for))?(?:\s+the)?(?:\s+next)?\s*$|\bback (?:is|will be)(?: on)?\s*$"
    # "none of them will be back before Monday"
    r"|(?:n't|\bnot|\bnone of (?:them|us) will|\bneither of them will|\bwont)\s+(?:be\s+)?back(?:\s+(?:in|at) school)?"
    r"\s+before(?:\s+the)?\s*$"
    r"|\bfirst day (?:back |in school |at school )?(?:after (?:the )?(?:christmas |xmas )?(?:break|holidays?) )?"
    r"(?:will be|is|'s)(?: on)?(?:\s+the)?\s*$"
    r"|\b(?:better|cleared(?: up)?|recovered|over it|fine|well again)(?: enough)? by(?:\s+the)?\s*$"  # better by Weds
    r"|\bback (?:in |at school )?(?:in time )?for (?:the |her |his |their )?[\w' -]{1,30}? on(?:\s+the)?\s*$"
    # "she can come back when all the spots are scabbed, probably Thursday"
    r"|\b(?:come|be|go) back (?:when|once|after)\b[^.;]{0,60},? (?:probably|hopefully|maybe|likely|possibly)(?: on)?"
    r"(?:\s+the)?\s*$"
    r"|\buntil\b[^.;]{0,40}?,? (?:hopefully |probably |maybe |possibly )?by(?:\s+the)?\s*$"
    # plainer English, the verb bare: "so he come to school on Wednesday", "maybe he goes tomorrow"
    r"|\b(?:he|she|they) (?:come|comes)(?: back)?(?: to school| in| to class)?(?: on)?\s*$"
    r"|\b(?:he|she|they) (?:go|goes)(?: back)?(?: to school| in| to class)(?: on)?\s*$|\bmaybe (?:he|she|they) (?:go"
    r"|goes)\s*$")
_NOT_BACK = needles.compile(r"(?:n't|\bnot|\bwont) (?:be |going |coming )?(?:back|return|returning|be returning"
                            r"|come back"
                            r"|be coming back)(?: in| at school| to school| in school)?(?: on| for)?\s*$")
# "we fly back tomorrow night": the family's journey home, not the child's return to school
_JOURNEY_BACK = needles.compile(r"\b(?:fly|flying|flies|flight|drive|driving|travel\w*|sail\w*|head\w*|we (?:get"
                                r"|arrive)|we're getting|and get|and arrive) back(?: home)?"
                                r"(?: on)?\s*$")
_INCLUSIVE_PREFIX = needles.compile(r"up to and including\s*(?:the\s+)?$|through\s*$")
_INCLUSIVE_AFTER = needles.compile(r"^\s*(?:inclusive|included|including)\b")
_WEEK_PREFIX = needles.compile(r"\bthe week of\s*(?:the\s+)?$")
_START_PREFIX = needles.compile(r"(?:\bfrom|\bstarting(?:\s+(?:from|on))?|\bbeginning)\s*(?:the\s+)?$")
_TAKEN_BACK = needles.compile(r"(?:^|[,.;!]\s*)(?:sorry,? |no,? |oh,? )*not\s*$")
_EXCLUDED_PREFIX = needles.compile(
    r"\b(?:which|that|it)(?: is not|'s not| isn't| isnt) (?:until|till)\s*$"
    r"|\b(?:are|'re|is|'s) (?:closed|shut)\s*$"
    r"|\bfingers crossed (?:for|by)\s*$"
    r"|\b(?:a )?(?:phone |video )?(?:call|chat|meeting) with (?:the |his |her |their )?(?:gp"
    r"|doctor|nurse|camhs|consultant|therapist|social worker|senco|teacher|class teacher|head|headteacher)"
    r"(?: worker| nurse)?(?: on)?\s*$|\b(?:might|may"
    r"|could) be (?:a bit |a little |very |really )?(?:tired|sleepy"
    r"|quiet|grumpy|emotional)(?: on)?\s*$|\b(?:re-?test\w*|test (?:him|her|them|again)\w*)(?: again)?(?: on)?\s*$"
    r"|\bkeep an eye on (?:it|things|him|her|them)(?: for)?\s*$"
    r"|\bsend (?:you )?(?:a )?(?:message|msg|text|email)\b[^.,;]{0,30}\b(?:about|re|regarding)\s*$"
    r"|\b(?:might|may|could) (?:need|want) (?:to (?:have|take) )?(?:the )?\s*$"  # "she might need Monday off too"
    r"|\bif\b[^,.;]{0,30}\b(?:not|isn't|doesn't|hasn't|no better"
    r"|still)\b[^,.;]{0,30}$|\bif\b[^.;]{0,30}\b(?:starts?|gets?|becomes?|begins?|develops?|comes? down with)\b"
    r"[^.;]{0,40}$|\bafter school(?: on)?\s*$|\b(?:will |'ll )?try(?: again)?\s*$"
    r"|"  # "the burial, which isn't until"
    r"(?:let (?:you|u) know|update (?:you|u)|keep (?:you|u) (?:posted|updated|informed)|write(?: to you)?(?: again)?"
    r"|tell (?:you|u))"
    r" (?:about|re|regarding|on|if|how"
    r"|whether|for)\b[^.,;]*$|\b(?:i|we) (?:was|were) (?:going to|gonna) (?:keep|have) \w+ (?:off"
    r"|home)\b[^.;]*$|\b(?:see how|decide|not sure about|(?:don't|do not) know (?:about|yet about))\b[^.]*$"
    r"|\b(?:will|'ll) (?:tell|let) (?:you|u)(?: know)?\s*$"
    # "I'll ring if he's off tomorrow": not decided
    r"|\b(?:i|we)(?:'ll| will) (?:ring|call|phone|text|message|msg|email)(?: (?:you|u|the school|the office))?"
    r"(?: again)? (?:if|whether)\b[^.,;]*$"
    r"|\b(?:update|(?<!to )(?<!just )(?<!letting )let \w+ know|call|ring|phone|text|msg|message|email|contact|inform"
    r"|speak to|talk to|see|seeing|chat|explain"
    r"|fill (?:you|u) in)"
    r"(?: (?:you|u|the school|the office|the gp|the doctor|him|her|them))?(?: again)?"
    r"(?: (?:later|tonight|this evening|tomorrow(?: night| morning| evening)?|in the morning|over the weekend))?"
    r"(?: on| by| first thing| about"
    r"| re| regarding)?\s*$")
# the day a child is in: "Dad will bring him tomorrow", "she'll go in this afternoon instead", the hoped-for
# return "might come in this afternoon", "will be in on Friday"
_PRESENT_PREFIX = needles.compile(r"\b(?:will|'ll) (?:bring|take|drop) (?:him|her|them)(?: in| to school)?\s*$"
                                  r"|\b(?:will|'ll) go in\s*$"
                                  r"|\b(?:will|'ll) try (?:to|and) (?:come|go|get) (?:in|to school|back)\s*$"
                                  r"|\b(?:may|might|could) (?:come|go) (?:in|to school)\s*$"
                                  r"|\b(?:will|'ll|shall|may|might|should|could) (?:both |all |still "
                                  r"|well )?be (?:in"
                                  r"|at school|in school|going in"
                                  r"|coming in)(?: as (?:normal|usual)| all day| on time)?(?: at school| in school)?"
                                  r"(?: again)?"
                                  r"\s*(?:on\s+)?$|\b(?:'s|is|are"
                                  r"|'re) (?:back )?in(?: school)?(?: as (?:normal|usual))?\s*$"
                                  r"|\b(?:bring|send) (?:\w+ )?(?:in|back)(?: for)?\s*$"
                                  r"|\b(?:have|get) (?:him|her|them) (?:back )?in (?:for|by)\s*$"
                                  r"|\b(?:he|she|they) (?:will|'ll|can) (?:come|go)(?: to school| in)?(?: on)?\s*$"
                                  r"|\b(?:goes|comes) (?:to )?school\s*$"
                                  # "I think she will be ok to come tomorrow"
                                  r"|\b(?:will|'ll|should|might|may) be (?:ok|okay|fine|alright|well enough|better)"
                                  r" (?:enough )?to (?:come|go)(?: in| to school)?(?: on)?\s*$"  # (not "to come back")
                                  r"|\btry (?:a )?normal (?:school )?day(?: on)?\s*$"
                                  r"|\btry (?:and|to) get (?:him|her|them) in\s*$|(?:^|[,.;]\s*)hopefully\s*$"
                                  r"|\b(?:sort|arrange|organise|organize|get|book) (?:a lift|a ride|a taxi|transport"
                                  r"|someone to take (?:him|her|them))(?: in| to school)? for\s*$"  # "a lift for"
                                  r"|\b(?:will|'ll) be back (?:in )?as (?:normal|usual)(?: on)?\s*$"
                                  r"|\b(?:have|get) (?:him|her|them) (?:right|better|well|fit|sorted) (?:for|by)\s*$"
                                  r"|\bsee (?:you|him|her"
                                  r"|them)(?: all)?(?: again)?(?: on)?\s*$|\byou'll see (?:him|her|them) (?:in class"
                                  r"|at school"
                                  r"|back)\s*$"
                                  r"|\b(?:right as rain|back to normal|back to (?:him|her)self|(?:him|her)self again)"
                                  r" (?:by|for|on)\s*$"
                                  r"|\b(?:should|will|'ll|might|may|hopefully) (?:be )?(?:ok|okay|fine|alright"
                                  r"|all right"
                                  r"|well enough|better|good)(?: enough)?(?: to (?:come|go) in)?(?: for| by| in)?\s*$"
                                  r"|\b(?:is|'s|are|'re) (?:fine|ok|okay|well|better)\b(?:(?!\bback\b)[^.,;!?])*$"
                                  # "I'm hoping she'll manage tomorrow"
                                  r"|\b(?:hop(?:e|ing)|hopefully)\b[^,.;]{0,20}\b(?:manage|cope|make it(?: in)?"
                                  r"|be up to it|face it)\s*$"
                                  r"|\b(?:try"
                                  r"|trying) (?:\w+ )?again(?: on)?\s*$"  # "refusing today, I'll try again Monday"
                                  # "no car today, hoping to sort a hire car for tomorrow"
                                  r"|\b(?:hop(?:e|ing)|try(?:ing)?) to (?:sort|get|have|borrow|hire|fix|arrange)\b"
                                  r"[^.,;]{0,40}\b(?:for"
                                  r"|by)\s*$")
# "off this morning, hopefully this afternoon": the afternoon is a hoped-for return, not an absence
# "Thursday afternoon, no wait, it might be Tuesday": a second day offered in doubt
_MAYBE_PREFIX = needles.compile(r"\b(?:it|that|or it) (?:might|may|could) (?:be|actually be)\s*(?:on\s+)?(?:the\s+)?$"
                                r"|\bor (?:maybe|possibly|perhaps)\s*(?:on\s+)?(?:the\s+)?$")
_HOPED_RETURN = needles.compile(r"\b(?:hopefully|maybe|perhaps|possibly)\s*$")
# "hopefully it clears for tomorrow", "hopefully he'll be right for Friday": the day of a hoped-for return
_HOPED_CLEAR = needles.compile(r"\b(?:hopefully|hoping|i hope|we hope|fingers crossed)\b[^,.;]{0,25}\b(?:clears?|better"
                               r"|gone down|goes down"
                               r"|sorted|fixed|resolved"
                               r"|improves?|ok|okay|fine|right)\b[^,.;]{0,12}"
                               r"\b(?:for|by)(?: (?:the|his|her|their) [\w' ]{1,30}? on)?\s*$"
                               # "fingers crossed she'll make the party on Friday": hoped to be in
                               r"|\b(?:hopefully|hoping|i hope|we hope|fingers crossed)\b[^,.;]{0,25}\b(?:make|makes"
                               r"|be (?:back|ok|okay|fine|well) for|be back in (?:time )?for) (?:it|the|his|her|their)"
                               r"\b[\w' ]{0,30}?(?:\bon)?\s*$")  # "... ok for the nativity tomorrow"
_PAST_EVENT = needles.compile(r"\b(?:came|fell|had|was|were|(?<!has )(?<!'s )(?<!have )(?<!'ve )got|went|did|happened"
                              r"|started|passed away|died|passed|since|gave|prescribed|saw|diagnosed"
                              r"|broke|hurt|fall|falling|sprained|twisted|injured|banged|bumped"
                              r"|after being)\b|\bstill (?:\w+ ){0,2}from\s*$"
                              r"|\b(?:speaking|spoke|spoken) to (?:his|her|their|the|my|our) (?:\w+ ){0,2}on\s*$"
                              r"|\b(?:has|have)\b(?! (?:\w+ )?off)[^,;.]{0,30}\bfrom\s*$")
_SENT_HOME = needles.compile(r"\b(?:was|got|been|were) sent home\s*$"
                             r"|\b(?:came|went|come) (?:home|out of school) (?:early |ill |sick |poorly )?$")
_CLOCK_BEFORE = needles.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am)?\s*$")
_HAS_GOT = needles.compile(r"\b(?:has|'s|have|'ve)(?: also| still| just| now| only)? got\b")
_PAST_AFTER = needles.compile(r"\s*(?:night |morning |afternoon |evening )?,?\s*"
                              r"(?:the (?:hospital|doctors?|gp|nurse|school)"
                              r"|he|she|they|we|i|it|my \w+)\s+(?:was|were|had|did|went|came|confirmed|told|started"
                              r"|got|saw|diagnosed|rang|called|phoned|said)\b")
_FUTURE_CUE = needles.compile(r"\b(?:won't|will|'ll|going to|be in|be back|until|till|can't|shall)\b")
_CONNECT_RANGE = needles.compile(r"^\s*(?:-|to|till|til|until|through(?: to)?|thru(?: to)?"
                                 r"|up to(?: and including)?)\s*$")
_CONNECT_OR = needles.compile(r"^\s*,?\s*or(?: on)?(?: the)?\s*$")
_NEGATION = needles.compile(r"n't\b|\bnot\b|\bcannot\b|\bwont\b|\bno\b|\bnever\b|\bneither\b|\bnone\b|\bnor\b|\bdoubt\b"
                            r"|\bunlikely\b")
_BACK_WORD = needles.compile(r"\bback\b")
_BACK_WHEN = needles.compile(r" (?:in|on|after|for|at) (?:the )?(?:january|february|new year|new term|holidays?"
                             r"|christmas|\d)")
_ADULT_AWAY = needles.compile(r"\b(?:mum|mummy|dad|daddy|mother|father|parents|husband|wife|partner)"
                              r"(?: \w+(?: and \w+)?)?(?:'s| is| are)"
                              r" (?:away|working away|abroad|on (?:a )?(?:trip|course|holiday)|in \w+)\b[^.,;]{0,20}"
                              r"\b(?:until|till|til|from)\s*$")
# "with the inset day on Friday", "I know there's no school today": the school's closure, not the child's
_CLOSURE_ON = needles.compile(r"\b(?:inset|training|staff training|teacher training|bank holiday)(?: day)?(?: is)?"
                              r"(?: on)?\s*$|\b(?:there's|there is|theres) no school\s*$"
                              r"|\bschool(?:'s| is) (?:closed|shut)\s*$")
_SENDING_ON = needles.compile(r"\b(?:message|messaging|text|texting|email|emailing|writing|bother you|contact you"
                              r"|contacting you|(?:forgot|meant) to (?:say|tell you|mention|let you know))(?: you"
                              r"| this)? on"
                              r" (?:a )?$")
# "not sure which days yet, will know tomorrow when we book": when the parent will know, not a day off; nor "I was
# going to say tomorrow as well but let's see how she is"
_KNOWN_BY = needles.compile(r"\b(?:will|'ll|should|shall) (?:know|find out|hear|confirm)(?: more| for sure)?"
                            r"(?: by)?\s*$"
                            r"|\b(?:was|were) going to say\s*$")
_SIBLING_ERRAND = needles.compile(r"\btak\w* (?:the (?:little|baby|youngest|eldest)\w*(?: one)?|(?:his|her|their|my)"
                                  r" (?:little |baby |big )?(?:brother|sister)) to (?:the )?[\w']+\s*$")
_SYMPTOMS = (r"temperature|temp|fever|cough|cold|rash|headache|tummy ache|sore throat|sickness|vomiting|diarrhoea"
             r"|earache|spots|chicken ?pox|blisters|swelling|nosebleed")
# "a cough this morning", "this morning she's got a temperature of 38.4": when it began, not which session
_SYMPTOM_BEFORE = needles.compile(rf"\b(?:{_SYMPTOMS}|being sick|is sick|really bad|is bad)\s*$")
_SYMPTOM_AFTER = needles.compile(rf"\s*,?\s*(?:he|she|they)(?:'s| has|'ve| have)(?: got)? (?:a |an )?(?:high |bad )?"
                                 rf"(?:{_SYMPTOMS})\b")
_EVENT_TIME = needles.compile(r"\b(?:woke|woken|wakes|tested|since|had|started|diagnosed|attack|was sick|been sick"
                              r"|fell|fall"
                              r"|come out|came out|broke out|vomited|threw up|been (?:\w+ )?(?:unwell|ill|sick|poorly)"
                              r"|broken|involved|accident"
                              r"|died|passed away|rang|called|phoned"
                              r"|sprained|broke|hurt|injured|came home|happened|knocked|spilled|spilt|scalded|burnt"
                              r"|burned|tripped|test|isn't right|not right|meant to (?:say|text|message|tell)"
                              r"|booked|could (?:only )?get|managed to get)\b")  # "an appointment I could only get this
# morning": when it was made

REST_OF_WEEK = needles.compile(r"\b(?:the )?rest of (?:the |this )?week\b|\ball week\b|\bthis week\b"
                               r"|\brest of the week\b"
                               r"|\b(?:until|till|til|to) (?:the )?end of (?:the |this )?week\b"
                               r"|\bremainder of (?:the|this) week\b"
                               r"|\bfor the (?:whole )?week\b|\bthe whole week\b|\bwhole week\b"
                               r"|\bno school (?:this|all|for the) week\b")
# "won't be back until the spots have crusted over, probably Thursday": a hedged day of return
_HEDGED_RETURN = needles.compile(r"\b(?:back|return\w*)\b[^.;]{0,60},? (?:probably|maybe|possibly|hopefully|likely"
                                 r"|most likely|i think|i'd say)\s*$")
_SAID_DAY = needles.compile(r"\b(?:said|says|advised|recommends|recommended|suggested)\s*$")  # "the GP said Thursday"
_HOPE = needles.compile(r"\b(?:hopefully|hope|hoping|fingers crossed)\b")
# the days off named as the rest of this week ("keeping him home for the rest of the week")
_WEEK_OFF = needles.compile(r"\b(?:the )?rest of (?:the |this )?week\b|\ball week\b"
                            r"|\b(?:until|till|to) the end of (?:the |this )?week\b")
_ABOUT_LATER = needles.compile(r"\b(?:about|regarding|re)\s+next week\b"
                               r"|\b(?:see|check|review) (?:him|her"
                               r"|them) (?:again )?next week\b")  # "in touch about next week"
_VISIT_BOOKED = needles.compile(r"\b(?:booked|made|got)\b[^.;]{0,30}\b(?:gp|doctor'?s?|dentist|camhs|appointment|appt"
                                r"|optician|hospital|clinic)\b")
FOR_THE_WEEK = needles.compile(r"\bfor the (?:whole )?week\b")
_BACK_NEXT_WEEK = needles.compile(r"(?<!n't be )(?<!not be )(?<!won't )(?<!not )\b(?:back|return\w*)(?: (?:at|in"
                                  r"|to) school)? next week\b|\b(?:back|return\w*)(?: (?:at|in|to) school)? (?:until"
                                  r"|till|til) next week\b"
                                  r"|(?<!not )(?<!n't )\b(?:until|till|til"
                                  r"|untill) next week\b")  # "off until next week"
NEXT_WEEK = needles.compile(r"(?<!for the )\bnext week\b")  # "for the next week" is a duration (FOR_N_WEEKS)
END_OF_TERM = needles.compile(r"(?<!close )(?<!near )\b(?:until|till|til|to|up to) (?:the )?end of (?:the "
                              r"|this )?term\b"
                              r"|\brest of (?:the |this )?term\b"
                              r"|\b(?:up to and including|until|till|to) the last day of (?:the |this )?term\b"
                              r"|\bback (?:in school |at school |to school )?after the (?:christmas "
                              r"|xmas )?(?:holidays?|break)\b|\bremaining days of (?:the |this )?term\b"
                              r"|\b(?:won't|not) be (?:fit|well enough|able)\b[^.]{0,30}"
                              r"\bbefore the (?:christmas |xmas )?(?:holidays?|break)\b"
                              r"|\buntil (?:after )?(?:the )?(?:christmas |xmas |easter |summer |half[- ]term "
                              r"|school )?"
                              r"(?:holidays?|break)\b"
                              r"|\buntil (?:we|school|the school) breaks? up\b|\b(?:until|till"
                              r"|til) after (?:christmas|xmas"
                              r"|the new year)\b"
                              r"|\b(?:won't|will not|not) (?:be|come) back (?:in |at school |in school )?(?:this term"
                              r"|before (?:christmas"
                              r"|xmas"
                              r"|the (?:(?:christmas |xmas )?(?:holidays?|break))|the end of (?:the |this )?term)"
                              r"|(?:until|till|til) (?:after )?(?:christmas|xmas|the new year|january|next term"
                              r"|the new term))"
                              r"|\b(?:off|away|home|out) (?:until|till|til) (?:january|the new year|next term"
                              r"|the new term)\b"
                              # "back when school reopens in January"
                              r"|\b(?:back|return\w*|come back) when (?:the )?(?:school|term|it) (?:re-?opens|starts"
                              r"|goes back|is back)\b"
                              r"|\b(?:back|return|returning|be returning|come back|coming back|see (?:you|him|her"
                              r"|them))"
                              r" (?:in |at school "
                              r"|to school |in school )?"
                              r"(?:in |after |for )?(?:the )?(?:new term|new year|christmas|xmas"
                              r"|january"
                              r"|(?:christmas |xmas )?(?:holidays?|break))\b")
FOR_N_DAYS = needles.compile(rf"(?<!antibiotics )(?<!antibiotic )(?<!medicine )(?<!medication )(?<!tablets )"
                             rf"(?<!them )(?<!clear )"
                             rf"(?<!free )(?<!symptom-free )(?<!symptom free )(?<!well )"  # "back when they've been
                             # clear for 48 hours": a vague end
                             rf"\bfor (?:the next |another |a further )?{NUM} (?:more )?(?:school )?days?\b"
                             rf"|\b{NUM} (?:school )?days? off\b"
                             rf"|\b(?:said|says|say|advised|told us) (?:to )?(?:give (?:him|her|them) )?rest (?:for )?"
                             rf"{NUM} days?\b"
                             rf"|\b(?:needs?|said|says|say|advised|told us) (?:a )?(?:(?:minimum|at least) (?:of )?)?"
                             rf"{NUM} days? (?:at home|off|rest|of rest"
                             rf"|in bed)\b"
                             rf"|\b(?:stay|stays|staying|be|keep \w+) (?:at )?home (?:for )?{NUM} (?:school )?days?\b"
                             rf"|\boff (?:for )?{NUM} (?:school )?days?\b|\bmiss {NUM} (?:school )?days?\b"
                             # plainer English: "will be 2 days absent", "2 days they will stay home"
                             rf"|\bbe {NUM} days? (?:absent|off|at home)\b|\b{NUM} days? (?:he|she|they) (?:will|'ll)"
                             rf" (?:stay|be) (?:at )?(?:home|off|absent)\b|\b(?:off|home) (?:for )?(48) ?(?:hours"
                             rf"|hrs)\b(?![^.!?]*\?)"
                             # a sentence of its own: "Not coming today, vomiting. Maybe 2 days."
                             rf"|(?:^|[.!]\s+)(?:maybe|probably|possibly|perhaps|i think|likely) (?:for )?{NUM} days?"
                             rf"(?=\s*(?:[.!]|$))")
_ADVICE = needles.compile(r"\b(?:said|says|say|advised|told us)\b")


def _days_after_advice(text: str, n_days: re.Match[str], parts: list[str], points: list[Mention]) -> bool:
    """ "The doctor said at least 3 days off so she won't be in on Monday or Tuesday": the advice is followed by the
    days she is off, which stand instead of a count from today."""
    if not _ADVICE.search(n_days[0]):
        return False
    for m in points:
        at = text.find(parts[m.clause])
        if at >= 0 and at + m.start >= n_days.end() and ABSENCE.search(text, n_days.end(), at + m.start):
            return True
    return False
# "has been complaining about her tummy for a couple of days": time gone by, not days to come
_ONGOING_BEFORE = needles.compile(r"\b(?:has|have|'s|'ve) been \w+ing\b"
                                  r"(?:(?!\b(?:off|home|keep\w*|told|said|says|advised)\b)[^.;,!?])*$")


def _days_to_come(text: str) -> re.Match[str] | None:
    """The first "for N days" that is the absence's length."""
    return next((m for m in FOR_N_DAYS.finditer(text) if not _ONGOING_BEFORE.search(text, 0, m.start())), None)


FOR_N_WEEKS = needles.compile(rf"\bfor (?:the next )?{NUM} weeks?\b|\bfor a week\b|\bfor the (?:next|coming) (week)\b")
LAST_WEEK_OF_TERM = needles.compile(r"\b(?:the )?last week (?:of (?:the )?term|before (?:christmas|xmas|the holidays?"
                                    r"|we break up|the break))\b"
                                    r"|\b(?:won't|will not|not) be (?:in|at school) for the last week\b")
_TERM_END_WORDS = (r"(?:of (?:the )?term|before (?:christmas|xmas|the (?:christmas |xmas )?(?:holidays?|break)"
                   r"|we break up))")
LAST_N_OF_TERM = needles.compile(rf"\blast {NUM} (?:school )?days {_TERM_END_WORDS}\b"
                                 rf"|\b(?:for|miss) the last {NUM} (?:school )?days\b(?! (?:he|she|they)(?:'s| has"
                                 rf"| have|'ve)"
                                  rf" been| of (?:the )?(?:week|month))")
# "the first two days of next week", "the last three days of this week"
N_DAYS_OF_WEEK = needles.compile(rf"\b(?:the )?(first|last) {NUM} (?:school )?days of (next|this|the) week\b")
LAST_DAY_OF_TERM = needles.compile(rf"\b(?:the )?(?:last|final) day {_TERM_END_WORDS}")
_BACK_FOR_LAST_DAY = needles.compile(rf"\bback (?:in time )?for (?:the )?(?:last|final) day {_TERM_END_WORDS}")
VAGUE_END = needles.compile(
    r"\bfor a while\b|\buntil (?:he|she|they)(?:'s| is| are|'re)? (?:better|well|recovered|fully recovered)\b"
    r"|\buntil (?:further notice|it clears|it's gone|they're gone)\b|\bnot sure how long\b"
    r"|\b(?:don't|dont) know how long\b"
    r"|\bno idea how long\b|\bkeep (?:you|u) (?:posted|updated|informed)\b|\bfew days\b|\bfor now\b"
    r"|\bwill (?:keep|let) (?:you|u) (?:know|updated|posted)\b")
UNPLACED = needles.compile(r"\b(?:one|a|some) (?:day|morning|afternoon)(?: off)? (?:next|this|the following) week\b"
                           r"|\bsometime\b|\bone of these days\b|\bthat day\b"
                           r"|(?<!until )(?<!till )(?<!back )\b(?:later|early|earlier) (?:this|next|in the) week\b"
                           r"|\bmiss (?:a|one) (?:morning|afternoon)\b"  # "a hearing test next week, he'll miss a
                           # morning"
                           r"|\bthe day (?:of|after|before) (?:the|her|his|their|our|\w+'s)"
                           r" (?:[\w']+ ){0,2}?(?:trip|visit|outing|party|match|show|concert|funeral|nativity|play"
                           r"|disco"
                           r"|fair|performance)\b"
                           r"|\b(?:a couple of|couple of|a few|two or three|a day or two|some) days?(?: off)? (?:next"
                           r"|this"
                           r"|the following) week\b"
                           r"|\b(?:next|this|the following) week for (?:a couple of|couple of|a few|two or three|some)"
                           r" days\b"  # "absent next week for some days"
                           r"|\bsome time\b(?! off\b(?! (?:next|this|the following)))|\b(?:tell|let) (?:you"
                           r"|us) (?:know )?(?:which|what) (?:day|date)\b"
                           r"|\bconfirm (?:which|what) (?:day|date)\b|\blet you know the (?:exact|actual|right) (?:day"
                           r"|date)\b"
                           r"|\bat some point\b|(?<!until )(?<!till )(?<!back )(?<!back at )(?<!back in )\b(?:in "
                           r"|at )?(?:early"
                           r"|mid|the start of|the beginning of|the middle of) (?:november|december|january)\b"
                           r"|\b(?:tell|let) you (?:know )?the (?:day|date)\b|\b(?:confirm|know) the (?:day|date)\b"
                           r"|\b(?:don't|dont|do not) (?:have|know) (?:the|a) (?:date|day)|\bnot sure (?:which"
                           r"|what) day"
                           r"|\b(?:don't|dont|do not) (?:yet )?know (?:which|what) day"
                           # "we may have to go at any moment": a departure that is not yet set
                           r"|\bat any (?:moment|time)\b|\b(?:may|might) (?:have|need) to (?:go|travel|fly|leave)\b"
                           # "a bridesmaid at my sister's wedding so she'll need a day off for it": which day?
                           r"|\b(?:need|needs|'ll need|will need) (?:a|the) day off for (?:it|the (?:wedding|funeral"
                           r"|christening|ceremony|trip|event))\b")
# "I'll send the exact dates once the tickets are booked", "they haven't given us a date yet": the days are not known
DATES_TO_FOLLOW = needles.compile(r"\b(?:send|give|confirm|tell you|let you know|know|have) (?:you |us )?the (?:exact "
                                  r"|actual |specific |precise |final )?(?:dates|days)\b"
                                  r"|\bconfirm the (?:exact |actual |specific )?day\b"
                                  r"|\b(?:confirm|tell you|let you know) the (?:exact |actual )?date\b"
                                  r"|\b(?:phone|call|ring|write to|email|contact) (?:us|me) with (?:the|a) date\b"
                                  r"|\b(?:still )?waiting (?:on|for) (?:the |a )?(?:letter|date|embassy|consulate)\b"
                                  r"|\bnot sure (?:of|about) the (?:exact |actual )?dates?\b"
                                  r"|\bnot sure (?:which|what) days?\b(?! (?:he|she|they)(?:'ll| will)? (?:be )?(?:back"
                                  r"|return))"
                                  r"|\b(?:haven't|have not|hasn't"
                                  r"|has not)"
                                  r" (?:yet )?(?:given|got|sent|told) (?:us |me |you )?(?:a|the|any) date\b"
                                  r"|\bno (?:exact |fixed |firm )?dates? yet\b"
                                  # "still waiting to hear which day", "waiting on a date from the funeral directors"
                                  r"|\bwaiting (?:to hear|to find out|on|for)\b[^.;]{0,25}\b(?:date|day)\b")
_DAY_TO_CONFIRM = needles.compile(r"\b(?:let (?:you|u) know|confirm|tell (?:you|me|us)|check|say|ringing (?:me|us) back"
                                  r"|call(?:ing)? (?:me|us) back)\b[^.]{0,15}\b(?:which|what) day\b"
                                  r"|\b(?:can't|cannot|don't|do not) (?:remember|recall|know) (?:which|what) day\b"
                                   r"(?! (?:he|she|they)(?:'ll| will)? (?:be )?(?:back|return))")
ONE_DAY_OF = needles.compile(r"\b(?:one|a|some) (?:day|morning|afternoon)(?: off)? (?:(?:next|this|the following)"
                             r" (?:week|month)"
                             r"|before (?:christmas|xmas|the (?:christmas )?holidays|the end of term))\b")
SINGLE_EVENT = needles.compile(r"\bappointment\b|\bappt\b|\bblood tests?\b|\binterview\b|\bassessment\b|\bscan\b"
                               r"|\boperation\b"
                               r"|\bsurgery\b"
                               r"|\bclinic\b|\bdentist\b|\borthodontist\b|\boptician|\bcheck-?up\b|\bentrance exam\b"
                               r"|\breview\b"
                               r"|\bx-?ray\b|\bmri\b")

RETURN_AFTER = needles.compile(
    # "drop the doctor's note in later" is not the child, nor "kept in at lunch"
    r"(?<!note )(?<!letter )(?<!form )(?<!money )(?<!kept )(?<!keep )(?<!stayed )(?<!bad )(?<!sore )(?<!hurt )"
    # "the doctor's ringing me back later" is not the child, nor "I'll drop it in at lunch" (the homework)
    r"(?<!his )(?<!my )(?<!\bme )(?<!\bus )(?<!\byou )(?<!\bit )(?<!the walk )(?<!a walk )(?<!the walk-)"
    r"\b(?:in|into school|in school|to school|back|back to school|back at school|back in school|come in"
    r"|bring (?!it\b)\w+ in|bring (?:him|her|them)|drop (?!it\b)\w+ (?:off|in|back)|drop (?:off|in)"
    r"|drop (?:him|her|them)"
    r"|get \w+ (?:in|to school)"
    r"|have \w+ back(?: to school| in)?)"
    r"(?:\s+for)?"
    r"(?:\s+to school)?,?\s+(?:straight |right |directly |a bit |a little )?(?:after|afterwards|after that"
    r"|after the appointment"
    r"|after it|for (?:the )?afternoon|when (?:it|the \w+) (?:has |is |'s )?(?:finished|done|over)"
    r"|after lunch|by lunch(?:time)?|(?<=back )before lunch(?:time)?|at lunch(?:time)?|for lunch(?:time)?"
    r"|in the afternoon|this afternoon"
    r"|later(?! with\b| (?:this|next|in the) week\b))\b"  # not "I will come back later with the reason", nor
    # "back later this week" (a vague end)
    r"(?!\s+\d+\s*(?:hours?|days?|weeks?|nights?)\b)(?!\s+(?:the )?(?:christmas|xmas|easter|half[- ]term|new year"
    r"|holidays?|break|weekend|training day|inset(?: day)?|staff training)\b)"  # "back after 24 hours": not that day
    r"|(?<!\bcome )(?<!\barrive )\b(?:until|till|til) (?:after )?lunch(?:time)?\b"  # not "the recovery people can't
    # come till lunchtime"
    r"|\b(?:back|in) (?:until|till|til) (?:the|this) afternoon\b"
    r"|(?<!home )(?<!off )(?<!out )\bfor the afternoon\b|\bin late\b"
    r"|\blate in\b|\blate (?:in )?on (?:monday|tuesday|wednesday|thursday|friday)\b"
    r"|\b(?:be|get|come) (?:there|in) after (?:his|her|their|the) \w+"
    r"|\b(?:will|'ll) come (?:in |to school )?(?:at |by |around |about )?(?:9|10|11)[.:][0-5]\d\b"  # "will come 9.50"
    r"|\b(?:will|'ll) (?:come|go) (?:in )?after(?:wards)?\s*(?:[.!,]|$)"  # "eye test at 9:15 and will come after."
    r"|\b(?:join|joins|joining) (?:the )?(?:school|class|lessons) (?:straight |right )?after\b"
    r"|\bthen (?:he|she|they|we) (?:come|comes|go|goes) (?:in|into school|to school|back)\b"
    r"|\bthen (?:(?:he|she|they|we|i)(?:'ll| will)|will) (?:come|go|be|head) (?:straight |right "
    r"|directly )?(?:in"
    r"|into school|to school|back)\b(?! (?:tomorrow|on (?:monday|tuesday|wednesday|thursday|friday)|next)\b)"
    r"|\bafter(?:wards?)?(?: that| it| the \w+| \w+)?,? i(?:'ll| will)? (?:bring|take|drop|send) (?:him|her"
    r"|them) (?:to school|to you|in"
    r"|back|at school)\b|\b(?:as soon as|when) (?:(?:we|i|it|they)(?:'re|'s| are| is)?|were)"
    r" (?:finish\w*|done)\b"
    r"|\bbring (?:him|her|them) (?:in |back )?(?:straight |right |directly )(?:after|afterwards)\b"
    r"|\bdrop (?:him|her|them) (?:straight |right )?(?:at|to|into|in at) (?:school|the office|reception|the gate)"
    r" (?:straight |right )?(?:after"
    r"|afterwards)\b"
    r"|\b(?:come|be|get) in(?: together)?(?: to school| at school)? (?:at|about|around|by|for) (?:about |around )?\d"
    r"|\bthen (?:straight |right )(?:to|into) school\b"  # "at the hospital at 9.20, then straight to school"
    # "dentist at 11 ... I'll drop him back for dinner" (the school's midday meal)
    r"|\b(?:drop|bring|have|get) (?:him|her|them) back (?:in )?(?:for|by|at) (?:his |her |their )?(?:dinner"
    r"|dinner ?time|dinners)\b"
    r"|(?:^|, )(?:in|back(?: to school| at school| in school)?) (?:for|by|around|about) (?:about |around )?(?:9|10|11"
    r"|12)(?:[.:][0-5]\d)?"
    r"(?: ?-?ish)?\b"  # "booster jab at 9 at the surgery, in for 10 ish"
    r"|(?<=\d )(?:in|back) (?:for|by) (?:about |around )?(?:9|10|11|12)(?:[.:][0-5]\d)?\b"  # "dentist 8.30 in for 10"
    r"|\b(?:after|then) (?:he|she|they) (?:come|comes) (?:at|to|in) school\b"  # "after he come at school"
    r"|\b(?:come|comes) back (?:to |at |in )?school after(?:wards)?\b(?! (?:christmas|xmas|the|half|new|easter"
    r"|lunch|school|weekend|holidays?|break|january)\b)"  # "he come back school after"
    # "an emergency dentist appt at 9.10 then he's coming in", "then I'll drop her at school"
    r"|\bthen (?:he|she|they)(?:'s|'re| is| are) (?:coming|going) (?:in|to school)\b"
    r"|\bthen (?:i|we)(?:'ll| will)? (?:drop|bring|take) (?:him|her|them) (?:at|to|in(?:to)?) school\b"
    # "I will bring both after around 10"
    r"|\b(?:i|we)(?:'ll| will)? (?:bring|drop|send) (?:him|her|them|both|them both|both of them) (?:in |to school )?"
    r"after(?:wards)?\b(?! (?:school|lunch|the weekend|christmas)\b)"
    # "they come together at 9:45": learners' present tense for the arrival after the appointment
    r"|\b(?:he|she|they) (?:come|comes)(?: together| both)?(?: in| to school)? (?:at|by|around|about) (?:about "
    r"|around )?(?:9|10|11|12)[.:][0-5]\d\b"
    r"|\bthen (?:i|we)(?:'ll| will)? bring (?:him|her|them) back (?:to school|in)\b"
    r"|\b(?:will be|'ll be) arriving (?:at |by |around |about )+(?:9|1[0-2])(?!\d)"
    r"|\bbring (?:(?:him|her|them) )?back (?:at|by|for|around|about) (?:about |around )?\d"
    r"|\b(?:he|she|they|we) (?:comes?|will come) (?:in |to school |school )?after\b"
    r"|\b(?:will |'ll )?come (?:in |to school )?after lunch\b"
    r"|\b(?:we're|we are) coming (?:in |to school )?now\b"
    r"|\b(?:come|comes|coming) (?:to )?school after\b"
    r"|\bbring (?:him|her|them|\w+) (?:in |to school )?(?:in|for) the afternoon\b"
    r"|(?<!i'm )(?<!i am )(?<!\bi )(?<!we're )(?<!we )\b(?:comes|coming|come|goes|going) (?:in|to school|into school)"
    r" (?:at |by |around |about |maybe |probably |for )*(?:1[0-2]|[1-9])\b"
    r"(?!\s*(?:days?|weeks?|mins?|minutes?|hours?|hrs?)\b|st\b|nd\b|rd\b|th\b|/)"
    # "after that he comes to school maybe 12", "he come to school 10:15"; not "I'm coming in at 1 to collect her"
    r"|\b(?:be|come|get|go) back(?: (?:at|in|to|into) school)? (?:at|about|around|by|for) (?:about |around )?\d"
    r"|\b(?:will|'ll|should|would) arrive (?:at |in |to )?(?:school )?(?:at|by|around|about) (?:about |around )?(?:9"
    r"|1[0-2])\b|\bback (?:in )?(?:for|by) (?:period|lesson) \d\b"
    r"|\bbring \w+ in (?:at|around|about|by|for) (?:about |around )?\d|\bbring (?:him|her"
    r"|them) in when\b[^.]{0,50}\b(?:at"
    r"|by|after) lunch(?:time)?\b|\bafter lunch,? (?:\w+ )?(?:will|'ll) be in\b"
    r"|\bafter(?:wards?| that| it)?,? (?:we|i|he|she|they)(?:'ll| will)? (?:come|go|bring \w+|take \w+|drop \w+)"
    r" (?:to school|in|into school|back)\b"
    r"|\b(?:have|get) (?:him|her|them) (?:back )?(?:to|at|in|into) school (?:for|by|at) (?:about |around )?\d"
    r"|\b(?:bring|drop|take) (?:him|her|them) (?:back )?(?:in )?(?:to school )?before lunch(?:time)?\b"
    r"|\b(?:as soon as|once) (?:it's|it is|we're|we are|they're|that's|he's|she's) (?:done|finished|over)\b"
    r"|\bthen (?:i'll|i will|we'll|we will) (?:bring|drop|take) (?:him|her|them) (?:back )?(?:in|to school)\b"
    r"|\bout from \d{1,2}(?:[:.]\d\d)? (?:til|till|until|to) (?:about |around )?(?:1[0-2]|[1-9])\b"
    r"|\b(?:bring|take|drop) (?:him|her|them) (?:straight|right|directly) (?:in|to school|back)\b"
    r"|\b(?:drop|bring) (?:him|her|them) (?:in|back|to school|into school|back to school|back in)"
    r" (?:at|around|about|for|by) (?:about "
    r"|around )?\d"
    r"|\bdrop (?:him|her|them) (?:at|to) (?:the )?(?:office|reception|school|gate) (?:at |about |around |by |for )+\d"
    r"|\b(?:in|back)(?: in school| at school)? (?:for|by) (?:the )?(?:afternoon registration|afternoon register"
    r"|lunch(?:time)?)\b"
    r"|\bback (?:in|at) school this afternoon\b|\bin time for lunch(?:time)?\b"
    r"|\bcome (?:in|into school|to school) when (?:he|she|they)(?:'s| has| have|'ve| is| are) (?:finished|done)\b"
    r"|\bbe at school (?:for|by) lunch(?:time)?\b"
    r"|\bafter (?:the |her |his )?(?:check-?up|appointment|dentist|doctor'?s?|hospital|scan|test),? (?:he|she|they)"
    r"(?:'ll| will)? (?:go|goes|come|comes)(?: to school| in)?\b|\bafter,? (?:he|she|they) (?:go|goes|come"
    r"|comes)(?: to)? school\b"
    r"|\bafter,? (?:he|she|they) (?:come|comes|go|goes"
    r"|will come)"
    r"(?: to school| in)\b|\bin by \d"
    r"|\bbe at school (?:(?:for|by|around|about|at) )?(?:about |around )?\d"
    r"|\b(?:should|will|'ll) be (?:in|back|back in)(?: school)? (?:by|around|about|for|at)(?: about| around)? \d"
    r"|\bback (?:in school |at school )?by \d|\b(?:will|'ll) be (?:in|back)(?: at school"
    r"| in school)? before lunch(?:time)?\b"
    # "they'll both come in together after"
    r"|\b(?:they|we)(?:'ll| will)? (?:both |all )?come in (?:together )?after(?:wards)?\b"
    # "she'll be dropped off at school for about 9.30"
    r"|\b(?:be|get|gets|getting) (?:dropped|brought) (?:off |in |back )?(?:(?:at|to|into) (?:school|the office"
    r"|reception) )?(?:for|by|at|around|about) (?:about |around )?(?:9|1[0-2])\b")
WHOLE_DAY = needles.compile(r"(?<!be in )(?<!'s in )(?<!is in )\ball day\b|(?<!rest of )(?<!rest of the )\b(?:the )?day"
                            r" (?:at home|off)\b"
                            r"|(?<!morning )(?<!afternoon )(?<!sleep )(?<!slept )(?<!eat )(?<!eaten )\bat all\b"
                            r"|\bwhole day\b|\bfull day\b"
                            r"|\ball-day\b|\bentire day\b"
                            r"|\btoo far to (?:get|come|bring \w+) back\b|\bwon't be back in time\b"
                            r"|\b(?:home|off) for the (?:whole )?day\b")
PM_ONLY = needles.compile(r"\b(?:off|leav\w*|go(?:ing)? home|pick\w* (?:\w+(?:-\w+)? )?up|collect\w*) after lunch\b"
                          r"|\b(?:keep\w*|stay\w*) (?:\w+ )?(?:at )?(?:home|off) for the afternoon\b"
                          r"|\bnot (?:going |coming )?back (?:in )?(?:this afternoon|after lunch|for the afternoon)\b"
                          r"|\b(?:(?:grab|collect|fetch)\w* \w+|get\w* (?:him|her|them)) (?:at|before)"
                          r" (?:lunch(?:time)?"
                          r"|dinner ?time)\b"
                          r"|\bpick\w* (?:him|her|them) up (?:at|before) lunch(?:time)?\b"
                          r"|\b(?:won't|will not|not) be (?:in |back )?for the afternoon\b"
                          r"|\b(?:coming|come) to (?:pick|get|collect|fetch) (?:him|her|them)(?: up)? now\b"
                          r"|\b(?:i'm|i am|we're|we are) (?:coming|on (?:my|our) way) to (?:pick up|get|collect"
                          r"|fetch) \w+\b"
                          r"(?!(?: up)? (?:at|from|after|before|later|tomorrow|on)\b)"
                          r"|\bon (?:my|our) way to (?:get|collect|fetch|pick up|pick) \w+\b"
                          r"(?!(?: up)? (?:at|from|after|before|later|tomorrow|on)\b)"
                          r"|\b(?:been |just been )?called to (?:collect|get|pick up|fetch) (?:him|her|them)\b"
                          r"|\bbe there in (?:about )?\d{1,2} ?(?:mins?|minutes?) to (?:take|collect|pick up"
                          r"|get) (?:him"
                          r"|her|them)\b"
                          r"|\bfinish\w* at lunch(?:time)?\b|\bwon't be back(?: in)? (?:today|this afternoon)\b"
                          r"|\b(?:leav\w*|pick\w* (?:\w+(?:-\w+)? )?up|collect\w*(?: \w+)?|tak\w* \w+ out"
                          r"|go(?:es|ing)? home"
                          r"|(?:come|coming) (?:to|and) (?:get|collect|fetch) \w+|get \w+ out)"
                          r" (?:at|before) lunch(?:time)?\b"
                          r"|\bmiss (?:the|this) afternoon\b|\b(?:just|only) (?:the|for the) afternoon\b"
                          r"|\b(?:won't|will not|not) be (?:in|back) (?:after lunch|this afternoon|in the afternoon)\b"
                          r"|\bafternoon only\b")
AM_ONLY = needles.compile(r"\bmiss (?:the|this|that) morning\b|\b(?:off|out|miss) (?:all|the whole"
                          r"|all of the) morning\b"
                          r"|\b(?:won't|not) be in (?:that|the) morning\b"
                          r"|\b(?:just|only) (?:the|for the) morning\b|\bmorning only\b"
                          r"|\boff for the morning\b")


PREFIX_WINDOW = 120  # how far back a mention's role words ("back on", "until", "let you know about") may be


@dataclass
class Mention:
    start: int
    end: int
    day: dt.date | None
    half: Half | None = None
    role: str = "point"  # point | start | end | week | excluded | unclear | present | past | ignored | alternative
    inclusive: bool = False
    conflict: bool = False
    clause: int = 0
    next_week: bool = False
    weekday_only: bool = False  # "Thursday", not "Thursday 10th"


@dataclass
class DayPlan:
    """The sessions a message means, or why they cannot be told."""

    sessions: list[Session] = field(default_factory=list)
    undetermined: str | None = None  # conflict | alternatives | unplaced | closed
    open_end: bool = False
    explicit: bool = False
    return_only: bool = False
    present_days: list[dt.date] = field(default_factory=list)
    past_only: bool = False  # the only days named are in the past ("yesterday", "was off on Friday")


def _year_for(month: int, day: int, today: dt.date) -> dt.date | None:
    for year in (today.year, today.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d >= today - dt.timedelta(days=31):
            return d
    return None


def _next_weekday(today: dt.date, weekday: int, *, strictly_after: bool = False) -> dt.date:
    delta = (weekday - today.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return today + dt.timedelta(days=delta)


def _next_week_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


def _day_of_month(today: dt.date, dom: int) -> dt.date | None:
    for months_ahead in range(3):
        y, m = today.year, today.month + months_ahead
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        try:
            d = dt.date(y, m, dom)
        except ValueError:
            continue
        if d >= today:
            return d
    return None


def _mention_day(m: re.Match[str], today: dt.date) -> tuple[dt.date | None, bool]:
    """The date a mention names and whether its weekday contradicts the date."""
    g = m.groupdict()
    if g["rel"]:
        rel = g["rel"]
        offset = {"tomorrow": 1, "the day after tomorrow": 2, "yesterday": -1, "last week": -7}.get(rel, 0)
        return today + dt.timedelta(days=offset), False
    if g["wdonly"]:
        return _next_weekday(today, WEEKDAYS.index(g["wdonly"])), False
    day: dt.date | None = None
    if g["m5"]:
        day = _year_for(MONTHS.index(g["m5"]) + 1, int(g["d5"]), today)
    elif g["d1"] or g["d2"]:
        dom, month = int(g["d1"] or g["d2"]), MONTHS.index(g["m1"] or g["m2"]) + 1
        year = g["y1"] or g["y2"]
        day = _safe_date(int(year), month, dom) if year else _year_for(month, dom, today)
    elif g["d3"]:
        dom, month = int(g["d3"]), int(g["mo3"])
        if g["y3"]:
            year = int(g["y3"]) + (2000 if len(g["y3"]) == 2 else 0)
            day = _safe_date(year, month, dom)
        elif 1 <= month <= 12:
            day = _year_for(month, dom, today)
    elif g["d6"]:
        year = int(g["y6"]) + (2000 if len(g["y6"]) == 2 else 0)
        day = _safe_date(year, int(g["mo6"]), int(g["d6"]))
    elif g["d4"] or g["d5"] or g["d7"]:
        if (g["d4"] or g["d7"]) and not g["wd"]:
            return None, False  # a bare ordinal ("her 8th birthday") or number is not a date
        day = _day_of_month(today, int(g["d4"] or g["d5"] or g["d7"]))
    if day is None:
        return None, bool(g["m5"] or g["d1"] or g["d2"] or (g["d3"] and 1 <= int(g["mo3"]) <= 12))  # "31.11"
    conflict = bool(g["wd"]) and WEEKDAYS.index(g["wd"]) != day.weekday()
    return day, conflict


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fridays_end(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=4 - day.weekday()) if day.weekday() <= 4 else day


def _term_end(calendar: SchoolCalendar, today: dt.date) -> dt.date | None:
    """The last open day before the next break of five or more closed days."""
    d, run = today, 0
    for _ in range(200):
        if calendar.is_open(d):
            run = 0
        else:
            run += 1
            if run >= 5:
                return calendar.previous_open_day(d)
        d += dt.timedelta(days=1)
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


def _same_dates(mentions: list[Mention]) -> None:
    """A bare weekday takes the date the message gives that weekday ("we travel on Thursday, so she'll miss Thursday
    10th and Friday 11th")."""
    dated = {m.day.weekday(): m for m in mentions if m.day and not m.weekday_only and not m.conflict
             and m.role not in ("end", "excluded")}  # not the day of return ("travel Tuesday ... resume 5th January")
    for m in mentions:
        if m.weekday_only and m.day and not m.next_week and m.day.weekday() in dated:
            given = dated[m.day.weekday()]
            target = given.day or m.day
            if {m.role, given.role} == {"start", "end"}:
                continue  # "absent from Monday, back on Monday 14th": two Mondays
            if dt.timedelta(0) <= target - m.day <= dt.timedelta(days=21):
                m.day = target


_UPDATE_ABOUT = needles.compile(r"\b(?:let (?:you|u) know|update (?:you|u)|tell (?:you|u)|keep (?:you|u) (?:posted"
                                r"|updated)"
                                r"|see how (?:he|she|they|it) (?:goes|is|are)|be in touch)(?: about| re| regarding| on"
                                r"| for"
                                r"| over)?\s*$")
_WEEKDAY_BEFORE = needles.compile(rf"\b{WD}(?:,? (?:and|&) {WD})?\s*$")


_VISITORS_BEFORE = needles.compile(r"\b(?:stay\w*|visit\w*|here|over)(?: with (?:us|me|them))?\s*$")


# "Callum is ill off this week", "he will be at home all this week"
_OFF_BEFORE = needles.compile(r"\b(?:off|on leave) (?:for |all )?$"
                              r"|\b(?:be|stay|staying|stays|kept|keep \w+) (?:at )?home (?:for |all )?$")


def _week_meant(text: str) -> bool:
    """ "Off for the rest of the week", "won't be in this week"; not "he's staying with us this week" or "her anxiety
    has been awful this week" (a clause saying "this week" or "all week" must also say the child is off)."""
    for clause in clauses(text):
        m = REST_OF_WEEK.search(clause)
        if m and _UPDATE_ABOUT.search(clause, 0, m.start()):
            continue  # "I'll let you know about the rest of the week"
        if m and (_WEEKDAY_BEFORE.search(clause, 0, m.start()) or re.search(r"\b(?:(?:one|a|some) day"
                                                                           r"|at some point|later|early"
                                                                           r"|earlier)\s*$",
                                                                               clause[: m.start()])):
            continue  # "absent Wednesday and Thursday this week": which days of this week
        if m and _VISITORS_BEFORE.search(clause, 0, m.start()):
            continue  # "his cousins who are staying with us for the week"
        if m and (m.group(0).startswith(("rest", "the rest", "until", "till", "til", "to", "remainder", "for",
                                         "no school"))
                  or ((STRONG.search(clause) or _OFF_BEFORE.search(clause, 0, m.start()))
                      and not _PERFECT.search(clause, 0, m.start()))):
            return True
    return False


def default_day(calendar: SchoolCalendar, local_now: dt.datetime) -> dt.date:
    """A message with no day: today, or the next open day after 16:00 or on a closed day."""
    today = local_now.date()
    if local_now.time() > dt.time(16, 0) or not calendar.is_open(today):  # "arrives after 16:00"
        return calendar.next_open_day(today, include=False)
    return today


_CORRECTED_DAY = needles.compile(r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday"
                                 r"|sunday)(?:,? (?:the )?\d{1,2}"
                                 r"(?:st|nd|rd|th)?)?|today|tomorrow|(?:the )?\d{1,2}(?:st|nd|rd|th)?)"
                                 r"(?: (?:of )?(?:january|february|march|april|may|june|july|august|september|october"
                                 r"|november|december))?\b"
                                 r"(?=[,.!]?\s*(?:(?:sorry|oops|no|wait|my mistake|my bad)[,.!]?\s*)*i mean(?:t)?\b"
                                 # the meant thing is a day, not a child ("tomorrow or Thursday. Sorry, I mean Theo!")
                                 r"[,:]? (?:on |the |it's |its |it is |next |this |that )?(?:monday|tuesday|wednesday"
                                 r"|thursday|friday|saturday|sunday|today|tomorrow|tonight|morning|afternoon|week|next"
                                 r"|\d))")


_DAY_REF = (r"(?:(?:monday|tuesday|wednesday|thursday|friday)(?:,? (?:the )?\d{1,2}(?:st|nd|rd|th)?)?|today|tomorrow"
            r"|this (?:morning|afternoon)"
            r"|(?:the )?\d{1,2}(?:st|nd|rd|th))(?: (?:of )?(?:january|february|march|april|may|june|july|august"
            r"|september|october|november|december))?")
# "sorry I mean Thursday not tomorrow", "it's Monday not tomorrow!": the day after "not" is withdrawn everywhere
_ITS_DATE = rf"(?:,? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?\b(?: (?:of )?(?:{'|'.join(MONTHS)})\b)?)?"
_NOT_DAY = needles.compile(rf"\b({_DAY_REF}),? (?:and )?not (?:on )?({_DAY_REF})\b(?! (?:either|too|as well))")
# "sorry I mean not tomorrow, Wednesday": the day after "not" is withdrawn, the one after it stands
_NOT_DAY_FIRST = needles.compile(rf"\bnot ({_DAY_REF}),? ({_DAY_REF})\b")
# "sorry I've just checked the letter and it's actually Tuesday 15th": the days named before are withdrawn
_ACTUALLY_DAY = needles.compile(rf"\b(?:sorry|oops|my mistake|my bad|checked)\b[^.!?]{{0,60}}?\b(?:it's|it is|its)"
                                rf" (?:actually )?(?:on )?{_DAY_REF}\b(?! (?:too|as well|also))")
_ANY_DAY = needles.compile(rf"\b{_DAY_REF}\b")
# words that take back what came before, for days here and for the reason in the parser
CHANGE_MARKERS = (r"(?:no,? )?(?:scratch|scrap) that|wait,? no|no,? wait|change of plan|update(?=:)"
                  r"|sorry,? (?:predictive text|auto-?correct|auto-?correction)")
# "Monday and Tuesday. Sorry, I mean Tuesday and Wednesday!", "Actually, we've changed the flights so it's Tuesday
# to Thursday", "Scratch that, they've moved it to Thursday": a correction that names days replaces those before it
_CORRECTION = needles.compile(r"\b(?:sorry,? (?:no,? )?(?:not [^.!?,]{1,20},? )?i mean(?:t)?|i meant|actually,? no\b|"
                              + CHANGE_MARKERS
                              + r"|my mistake|actually,? (?:it's|its|it is|it will be|make (?:that|it)"
                              r"|(?:we|they|i)(?:'ve| have) (?:just )?(?:changed|moved))"
                              r"|(?:we|they|i)(?:'ve| have)? (?:just )?(?:changed|moved|rescheduled) (?:it|the \w+"
                              r"|her \w+"
                              r"|his \w+)|(?:emailed|rang|called|texted) to (?:move|change) it"
                              r"|(?:is|'s|was) actually(?= (?:the|on) )"
                              # "on Tuesday, sorry Wednesday", "Friday (11th) - sorry, that should be Thursday"
                              rf"|sorry,?(?= (?:on )?{_DAY_REF}\b)|(?:sorry,? )?(?:that|it) should (?:be|have been|say)"
                              # "... so make that Tuesday 15th to Friday 18th"
                              rf"|\bmake (?:that|it)(?= (?:on |from )?{_DAY_REF}\b)"
                              # "sorry not Monday, it is Tuesday"
                              rf"|sorry,? not (?:on )?{_DAY_REF},? (?:it(?:'s| is| will be)|but|i mean)?"
                              # "the funeral is on Wednesday 16th not Thursday"
                              rf"|sorry,? (?:the \w+|it)(?:'s| is| will be)"
                              rf"(?= (?:on )?(?:the )?{_DAY_REF}[^.;]{{0,12}}\bnot\b)"
                              # "off on Thursday, no sorry Friday"
                              rf"|(?:no,? sorry|sorry,? no)(?=,? (?:i mean |it's |on |the )?{_DAY_REF}))\b")
# "off Thursday and Friday next week ... so only the Friday", "... Oh wait, tomorrow is her assembly. Just today
# then!": the earlier days narrowed to that one
_ONLY_DAY = needles.compile(rf"(?:\b(?:so|correction[,:]?|sorry,?|actually,?) |[.!?]\s*)(?:just|only) (?:the )?"
                            rf"({_DAY_REF})\b(?! (?:and|too|as well|also)\b)")
_SCRATCH_DAY = needles.compile(rf"\b(?:scratch|scrap|forget|ignore"
                               rf"|cancel) (?:the )?({_DAY_REF})\b")  # "actually scratch tomorrow", "ignore the Monday
# bit"
_EARLIER_DAY = needles.compile(rf"\b(?:{_DAY_REF}|next week|this week)\b")
_ADDED_DAY = needles.compile(r"^[^.!?]*?\b(?:too|as well|also)\b")


_TO_NEW_DAY = needles.compile(r"[,\s]*(?:(?:it(?:'s| is| will be)|its|i mean(?:t)?|on|the|but|sorry|actually"
                              r"|(?:he|she|they|the doctor|the gp|the hospital) said)\b[,\s]*)*")
_SENTENCE_END = needles.compile(r"[\s,]*(?:[.!?]+|$)|,[^.!?\d]{0,40}(?:[.!?]+|$)")  # ", I wrote it down wrong."


def _moved_day(text: str, correction: re.Match[str]) -> str | None:
    """ "dentist on Monday at 2pm, I'll take her from school at 1. Sorry not Monday, it is Tuesday": one day named
    before and the correction only names the new one, so the new day takes the old one's place (with its half)."""
    earlier = {d[0] for d in _EARLIER_DAY.finditer(text, 0, correction.start())}
    lead = _TO_NEW_DAY.match(text, correction.end())
    new = _ANY_DAY.match(text, lead.end()) if lead else None
    end = _SENTENCE_END.match(text, new.end()) if new else None
    if len(earlier) != 1 or "week" in next(iter(earlier)) or not end:
        return None
    return _EARLIER_DAY.sub(new[0], text[: correction.start()]).rstrip(" ,") + text[end.end():]


_SAME_DAY = needles.compile(r"\b(?:(on|from) )?the same (?:day|date)\b|\b(from) that (?:day|date)\b"
                            r"|\b(?:on )?that (afternoon)\b")


def same_day_named(text: str) -> str:
    """ "Ollie has a hospital appointment on Monday ... Sara has a dentist check up the same day", "they leave on Monday
    14th so they will not be in school from that day", "Harjot has the dentist that afternoon": the day named before
    in place of "the same day", "that day" or "that afternoon", so that each child's own clauses carry it."""
    out, last = [], 0
    for m in _SAME_DAY.finditer(text):
        days_before = [d for d in _ANY_DAY.finditer(text, 0, m.start()) if not d[0].startswith("this ")]
        if days_before:
            day = days_before[-1][0]
            if m[3]:  # "the dentist that afternoon": that day's afternoon
                said = "this afternoon" if day == "today" else f"{day} afternoon"
            else:
                said = f"{m[1] or m[2] or 'on'} {day}"
            out += [text[last: m.start()], said]
            last = m.end()
    return "".join([*out, text[last:]])


def _withdrawn_days(text: str) -> str:
    """The text without the days a correction withdraws."""
    corrections = list(_CORRECTION.finditer(text))
    if corrections and (moved := _moved_day(text, corrections[-1])):
        return moved
    m = _NOT_DAY.search(text)
    if m:  # "off on Thursday 17th December ... the funeral is on Wednesday 16th not Thursday": Thursday and its date
        old, before = rf"\b{re.escape(m.group(2))}\b{_ITS_DATE}", text[: m.start()]
        if len(re.findall(old, before)) == 1 and not _ANY_DAY.search(re.sub(old, " ", before)):
            # the only day named before: the new one takes its place, with its half ("orthodontist tomorrow from 9,
            # I'll drop him at the office after. actually it's Thursday not tomorrow")
            text = re.sub(old, m.group(1), before) + text[m.end():]
        else:
            text = re.sub(old, " ", before) + m.group(1) + text[m.end():]
    m = _NOT_DAY_FIRST.search(text)
    if m:
        text = re.sub(rf"\b{re.escape(m.group(1))}\b", " ", text[: m.start()]) + m.group(2) + text[m.end():]
    m = _ACTUALLY_DAY.search(text)
    if m and _ANY_DAY.search(text, 0, m.start()):
        text = _ANY_DAY.sub(" ", text[: m.start()]) + text[m.start():]
    m = _SCRATCH_DAY.search(text)
    if m:
        text = re.sub(rf"\b{re.escape(m.group(1))}\b", " ", text[: m.start()]) + " " + text[m.end():]
    m = _ONLY_DAY.search(text)
    if m and re.search(rf"\b{re.escape(m.group(1))}\b", text[: m.start()]):
        kept = m.group(1)
        earlier = _ANY_DAY.sub(lambda d: d.group(0) if d.group(0) == kept else " ", text[: m.start()])
        return earlier + " " + text[m.end():]
    corrections = list(_CORRECTION.finditer(text))
    m = corrections[-1] if corrections else None
    after = text[m.end(): m.end() + 80] if m else ""
    if m and _ANY_DAY.search(after) and not _ADDED_DAY.search(after) and _ANY_DAY.search(text, 0, m.start()):
        text = _EARLIER_DAY.sub(" ", text[: m.start()]) + text[m.start():]
    return text


def find_mentions(text: str, today: dt.date, language: str = "en") -> tuple[list[Mention], list[str]]:
    """Day mentions in canonical text, each tagged with its clause and role."""
    text = _CORRECTED_DAY.sub(" ", _withdrawn_days(text))  # "on Tuesday, sorry I mean Wednesday"
    text = _WD_PAIR_DATES.sub(_paired_dates, text)
    text = _NUM_RANGE.sub(lambda m: f"{m[1]} {m[5]} {m[2]} {m[3]}{m[4] or ''} {m[5]}", text)
    text = _ON_ORDINAL.sub(r"\1 the \2", text)  # "on 16th"
    text = _ORDINAL_LIST.sub(lambda m: re.sub(r"(?<!the )\b(\d{1,2}(?:st|nd|rd|th))", r"the \1", m[0]), text)
    text = _BARE_PAIR.sub(r"the \1\2 \3 the \4\5", text)  # "the 10th and 11th"
    text = _NUM_LIST.sub(lambda m: ", ".join(f"{d} {m[2]}" for d in re.findall(r"\d{1,2}", m[1])), text)  # "16, 17
    # and 18 December": each day with its month
    text = _NUM_PAIR.sub(lambda m: f"{m[1]} {m[4]} and {m[2]}{m[3] or ''} {m[4]}", text)  # "7th and 8th December"
    parts = clauses(text)
    mentions: list[Mention] = []
    for ci, clause in enumerate(parts):
        clause_mentions: list[Mention] = []
        for m in MENTION.finditer(clause):
            day, conflict = _mention_day(m, today)
            if day is None:
                if conflict:  # a date that does not exist ("31.11"): which day is meant cannot be told
                    clause_mentions.append(Mention(m.start(), m.end(), None, role="unclear", clause=ci))
                continue
            g = m.groupdict()
            mention = Mention(m.start(), m.end(), day, conflict=conflict, clause=ci, weekday_only=bool(g["wdonly"]))
            after = clause[m.end():]
            if (g["wdonly"] and _NIGHT_AFTER.match(after)) or (_EVENING_AFTER.match(after)
                                                               and _TRAVEL_BEFORE.search(clause, 0, m.start())):
                mention.role = "ignored"  # "travelling down on Thursday night": after school
            elif (_SENDING_ON.search(clause, 0, m.start()) or _CLOSURE_ON.search(clause, 0, m.start())
                  or _KNOWN_BY.search(clause, 0, m.start())):
                mention.role = "ignored"  # "sorry to message on a Saturday": when the message is sent
            elif _ADULT_AWAY.search(clause, 0, m.start()):
                mention.role = "ignored"  # "his mum is away with work until Wednesday": the adult's days
            half_m = _HALF_AFTER.match(after)
            if half_m:
                mention.half = "AM" if ("morning" in half_m.group(0) or "am" in half_m.group(0)) else "PM"
            if g["rel"] in ("today", "this morning", "this afternoon") and _SENT_HOME.search(clause, 0, m.start()):
                mention.role = "past"  # "was sent home today with a temp": what happened, not an absence to come
            elif g["rel"] == "this morning" and _CLOCK_BEFORE.search(clause, 0, m.start()):
                pass  # "collecting her at 10 this morning": today, at a time of day (not the morning session only)
            elif g["rel"] == "this morning" and _SIBLING_ERRAND.search(clause, 0, m.start()):
                mention.half = None  # "I have to take the little one to the doctors this morning": the sibling's time
            elif g["rel"] == "this morning" and not (ABSENCE.search(clause) or is_late(text)
                                                     or RETURN_AFTER.search(text) or "afternoon" in text):
                mention.role = "ignored"  # "full of it this morning, snotty, sore throat": when it was noticed
            elif g["rel"] == "this morning":
                mention.half = "AM"
                if ((_EVENT_TIME.search(clause) or _SYMPTOM_BEFORE.search(clause, 0, m.start())
                     or _SYMPTOM_AFTER.match(clause, m.end()))
                        and not _ABSENT_BEFORE.search(clause, 0, m.start())):
                    mention.role = "ignored"  # "woke up with a temperature this morning": when, not which session
            elif g["rel"] == "this afternoon" and _TODAY_THEN_EVENT.search(clause, 0, m.start()):
                mention.role = "ignored"  # "won't be in today, she's got a hospital appointment this afternoon"
            elif g["rel"] == "this afternoon":
                mention.half = "PM"
                if _HOPED_RETURN.search(clause, 0, m.start()) or (  # "Nan died this afternoon": what happened when
                        _EVENT_TIME.search(clause[max(0, m.start() - 50): m.start()])
                        and not _ABSENT_BEFORE.search(clause, 0, m.start())):
                    mention.role = "ignored"
            elif g["rel"] == "tonight":
                mention.role = "ignored"
            elif g["rel"] in ("yesterday", "last week"):
                mention.role = "past"
            prefix = clause[max(0, m.start() - PREFIX_WINDOW): m.start()]
            part_of_day = _PART_OF_PREFIX.search(prefix)
            if part_of_day:
                mention.half = "AM" if part_of_day.group(1) == "morning" else "PM"
            if g["wdonly"] and (g["next"] or (NEXT_WEEK.search(clause) and not _AND_NEXT_WEEK.match(after)
                                              and not _ABOUT_LATER.search(clause)
                                              and not _THIS_WEEK_FIRST.match(after)
                                              and g["wdonly"] not in ("saturday", "sunday"))):  # "fly on Sunday,
                # off all next week": the Sunday before it
                mention.next_week = True
                mention.day = _next_week_monday(today) + dt.timedelta(days=WEEKDAYS.index(g["wdonly"]))
            own_prefix = _HAS_GOT.sub(" has ", re.split(r"[,;]", prefix)[-1])  # "he's also got": not past
            if (g["wdonly"] and _PAST_EVENT.search(own_prefix) and not _FUTURE_CUE.search(own_prefix)
                    and not _END_PREFIX.search(prefix)):  # "once treatment started so back Thursday": a return
                mention.role = "past"
            elif g["wdonly"] and _PAST_AFTER.match(after) and not _FUTURE_CUE.search(own_prefix):
                mention.role = "past"  # "on Friday the hospital confirmed he has malaria"
            if mention.role not in ("ignored", "past"):
                last = _UNCLEAR_PREFIX.search(prefix)
                back_for = (bool(last) and _BACK_FOR.search(prefix, 0, last.start())
                            and not _NEGATION.search(re.split(r"[,;.]", prefix[: last.start()])[-1]))
                if back_for:  # "he'll be back for the last day tomorrow": the return; "I'll let you know if she's up
                    # to coming in for the last day on Friday": not decided
                    mention.role = "excluded" if _EXCLUDED_PREFIX.search(prefix) else "end"
                elif last and _MISSES_LAST.search(prefix[: last.start()]) and not _HOPED_CLEAR.search(prefix):
                    pass  # "won't be in for the last day tomorrow": that day itself
                elif _HOPED_CLEAR.search(prefix) or _TAKEN_BACK.search(prefix):
                    mention.role = "present"  # "hopefully it clears for tomorrow"; "today and tomorrow. Sorry, not
                    # tomorrow"
                elif _LAST_DAY_PREFIX.search(prefix):
                    mention.role = "last_in"  # "her last day will be Tuesday 15th": off from the day after
                elif last:
                    mention.role = "unclear"
                elif _EXCLUDED_PREFIX.search(prefix):
                    mention.role = "excluded"
                elif _MAYBE_PREFIX.search(prefix):
                    mention.role = "alternative"
                elif (present := _PRESENT_PREFIX.search(prefix)) and not _NEGATION.search(
                        re.split(r"[,;]", prefix[max(0, present.start() - 20):])[-1]):  # "won't be in today, fine for"
                    mention.role = "present"
                elif _END_PREFIX.search(prefix) and not _NOT_BACK.search(prefix) and not _JOURNEY_BACK.search(prefix):
                    mention.role = "end"
                    mention.inclusive = bool(_INCLUSIVE_PREFIX.search(prefix) or _INCLUSIVE_AFTER.match(after))
                    if g["wdonly"] and not mention.next_week:
                        mention.day = _next_weekday(today, WEEKDAYS.index(g["wdonly"]), strictly_after=True)
                    if g["rel"] == "this afternoon":  # "back in this afternoon": away this morning only
                        mention.role, mention.half = "point", "AM"
                elif _WEEK_PREFIX.search(prefix):
                    mention.role = "week"
                elif _START_PREFIX.search(prefix):
                    mention.role = "start"
            if mention.role == "point" and ((_IN_AFTER.match(after) and not _NEGATION.match(after.strip()))
                                            or ((_IN_ON.search(prefix) or not prefix.strip(" ,"))
                                                and _AS_NORMAL.match(after))):
                mention.role = "present"  # "Tuesday instead and in on Monday as normal"; "Tomorrow as normal"
            elif mention.role == "start" and _IN_AFTER.match(after) and not _NEGATION.match(after.strip()):
                mention.role = "end"  # "from tomorrow Andreea comes as normal": back that day
            elif (mention.role == "point" and _DECIDE_AFTER.match(after)
                  and not ABSENCE.search(re.split(r"[,;.!?]", prefix)[-1])):
                mention.role = "excluded"  # "tomorrow I'll see how he is and let you know"; not "he won't be in
                # this morning, I'll see how he is at lunchtime"
            clause_mentions.append(mention)
        for prev, cur in zip(clause_mentions, clause_mentions[1:], strict=False):
            if cur.day == prev.day and not clause[prev.end: cur.start].strip(" ,(-"):
                cur.role, cur.inclusive = prev.role, prev.inclusive  # "back next wednesday 9th december": one day
            elif cur.day != prev.day and clause[cur.start:cur.end].startswith(WEEKDAYS) and _apposed(clause, prev, cur):
                prev.conflict = cur.conflict = True  # "tomorrow, Friday" sent on a Wednesday; "tomorrow (Tuesday 8th)"
                # sent on Tuesday 8th
            elif prev.role == "present" and cur.role == "point" and _LIST_JOIN.fullmatch(clause[prev.end: cur.start]):
                cur.role = "present"  # "they will come in today and tomorrow"
        _link_pairs(clause, clause_mentions)
        _return_after_dates(clause_mentions)
        if language != "en":
            _back_after(clause, clause_mentions)
        mentions.extend(clause_mentions)
    return mentions, parts


_RELATIVE_DAY = needles.compile(r"today|tomorrow")
_APPOSITION = needles.compile(r"\s*[,(]\s*(?:on\s+|this\s+)?")
_DAY_WORDS = r"(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|the \d|\d|next)"
_LIST_AFTER = needles.compile(rf"\s*(?:,\s*|\s+(?:and|&|or|to|till|until|-)\s+){_DAY_WORDS}")
_LIST_BEFORE = needles.compile(rf"{_DAY_WORDS}\w*(?:,|\s+and|\s+&)\s*$")


def _apposed(clause: str, first: Mention, second: Mention) -> bool:
    """Is a weekday set beside "today"/"tomorrow" to name the same day ("tomorrow, Friday"), not listed after it?"""
    return bool(_RELATIVE_DAY.fullmatch(clause[first.start:first.end])
                and _APPOSITION.fullmatch(clause[first.end:second.start])
                and not _LIST_AFTER.match(clause[second.end:]) and not _LIST_BEFORE.search(clause[:first.start]))


def _return_after_dates(ms: list[Mention]) -> None:
    """A bare weekday of return after dated days is the one after them ("out Monday 14th to Wednesday 16th, back in
    on the Thursday")."""
    for i, m in enumerate(ms):
        dated = [p.day for p in ms[:i] if p.day and not p.weekday_only and p.role in ("point", "start", "end")]
        if m.role == "end" and m.weekday_only and m.day and dated and m.day <= max(dated):
            m.day += dt.timedelta(days=7 * ((max(dated) - m.day).days // 7 + 1))


# "either the morning or the afternoon, they haven't told us which yet": the session is not known
_EITHER_HALF = needles.compile(r"\b(?:morning or (?:the |in the )?afternoon|afternoon or (?:the |in the )?morning"
                               r"|am or pm)"
                               r"\b[^.]{0,30}\b(?:not sure|unsure|don't know|do not know|no idea|haven't (?:told|said"
                               r"|confirmed|decided)|(?:tell|let) (?:you|us) know|which)\b"
                               r"|\b(?:not sure|unsure|don't know|do not know|no idea)\b(?: yet)?(?: if it's| whether"
                               r"| if)?(?: it'?s?)?(?: the| in the)? (?:morning or (?:the )?afternoon|am or pm)\b")
_DOUBT_BEFORE = needles.compile(r"\b(?:not sure|unsure|don't know|do not know|no idea|not certain|not decided"
                                r"|undecided)\b[^.]*$")
_DOUBT_AFTER = needles.compile(r"^[^.?]{0,40}?\b(?:(?:not sure|unsure|don't know|do not know|no idea) (?:yet )?which"
                               r"|(?:let you know|confirm|tell you) which)\b")


def _link_pairs(clause: str, ms: list[Mention]) -> None:
    """Ranges ("Mon-Wed", "14 to 18 December") and alternatives ("Thursday or Friday")."""
    for a, b in zip(ms, ms[1:], strict=False):
        between = clause[a.end:b.start]
        if _CONNECT_RANGE.match(between) and a.role in ("point", "start") and b.role == "point":
            a.role = "start"
            b.role = "end"
            until = re.search(r"till|til|until|up to(?! and including)", between)
            b.inclusive = not until or bool(_INCLUSIVE_AFTER.match(clause[b.end:]))
            while b.weekday_only and a.day and b.day and b.day < a.day:  # "from Monday to Wednesday": that week's
                b.day += dt.timedelta(days=7)
        elif _CONNECT_OR.match(between) and (not _NEGATION.search(before := clause[max(0, a.start - PREFIX_WINDOW):
                                                                                 a.start])
                                             or _DOUBT_BEFORE.search(before) or _DOUBT_AFTER.search(clause[b.end:])):
            a.role = b.role = "alternative"  # not "won't be in Thursday or Friday"; "not sure yet, Thursday or Friday",
            # "Thursday or Friday next week, not sure which yet"


def _back_after(clause: str, ms: list[Mention]) -> None:
    """Word order with the verb last ("5 January ... back"): the last mention before "back" is the return."""
    points = [m for m in ms if m.role == "point"]
    if not points:
        return
    last = ms[-1]
    back = _BACK_WORD.search(clause, last.end)
    if (last.role == "point" and back and not _NEGATION.search(clause[last.end:])
            and not _BACK_WHEN.match(clause, back.end())):  # not "we go Monday ... back in January"
        last.role = "end"
        last.inclusive = bool(_INCLUSIVE_AFTER.match(clause[last.end:]))


_BOTH_DAYS = needles.compile(r"\b(?:both|all|the two|all three) (?:days|of those days)\b")  # the event days too
_EVENT_IS = needles.compile(r"\b(?!it\b|that\b|he\b|she\b|they\b|this\b|which\b)\w+(?: is|'s| are) (?:on |this "
                            r"|next )?$")
_BOOKED_FOR = needles.compile(r"\b(?:appointment|appt)s? (?:\w+ )?(?:booked )?(?:for|on)\s*$")
_ADDED = needles.compile(r"\b(?:too|as well|also|either)\b")
def _piece(clause: str, m: Mention) -> str:
    """The comma or "so" piece of a clause holding a mention ("has his nativity play on Wednesday", not the "so he
    will be absent on Thursday" after it)."""
    start = max((b.end() for b in _PIECE_START.finditer(clause, 0, m.start)), default=0)
    end = _PIECE_END.search(clause, m.end)
    return clause[start: end.start() if end else len(clause)]


_PIECE_END = needles.compile(r"[,;]| so\b| and\b| but\b")
_PIECE_START = needles.compile(r"[,;]|\b(?:because|as|since|cos)\b|\bto (?:revise|study|prepare|get ready)\b")
# "on Thursday he has his school trip": the event named after its day
# a school test, not a medical one ("his allergy test on Wednesday")
_SCHOOL_TEST = r"(?<!allergy )(?<!blood )(?<!hearing )(?<!eye )(?<!skin )(?<!sight )(?<!covid )(?<!urine )test"
# "on Thursday he has his school trip", "tomorrow is her class party": the event named after its day
_SCHOOL_EVENT_AFTER = needles.compile(r"(?:,? (?:he|she|they|\w+) (?:has|have|'s got|has got|is in|is at)|\s+(?:is|'s))"
                                      r" (?:the|his|her|their|a) (?:\w+ ){0,3}(?:match|trip|concert|play|show|assembly|"
                                      + _SCHOOL_TEST + r"|fixture"
                                      r"|performance|nativity|rehearsal|exams?|mocks?|party|disco)\b")
_LET_KNOW_IF = needles.compile(r"\b(?:let (?:you|u) know|update (?:you|u)) (?:if|whether)\b")
_OBJECT_ERRAND = needles.compile(r"\b(?:drop|bring|send|hand|return|pop) it\b")  # the library book, not the child
# after "the rest of the week", a day given as the cause or the hoped-for recovery, not where the days off start
_CAUSE_OR_HOPE = re.compile(r"\b(?:as|because|since|cos|coz|better|well|recovered|over it)\b")
_EVENT_WORD = needles.compile(r"\b(?:party|nativity|concert|disco|panto|performance|assembly|shepherd|angel"
                              r"|parents'? evening|trip)\b")
_SCHOOL_EVENT = needles.compile(r"\b(?:the|his|her|their|a) (?:\w+ ){0,3}(?:match|party|trip|game|concert|play|show"
                                r"|assembly|" + _SCHOOL_TEST + r"|fixture"
                                r"|disco|performance|nativity|rehearsal|exams?|mocks?|christmas (?:lunch|dinner))"
                                r"(?: is| on| this)*\s*$")
_AFTER_HOURS = needles.compile(r"\s*(?:at )?(?:3[:.][3-5]\d|[4-6](?:[:.][0-5]\d)?)\s*(?:pm)?\b(?![:.]?\d)")
_AFTER_SCHOOL = needles.compile(r"\bafter school\b(?! (?:on|tomorrow|today)\b)")
_DEPARTING = needles.compile(r"\b(?:leaving|leave|flying|fly|travelling|traveling|heading|driving) (?:out |off )?"
                             r"(?:for|to) [a-z ]{2,20}? on\s*$")
_CAME_HOME_AFTER = needles.compile(r"\s*(?:he|she|they) (?:came|come|was sent|got sent) (?:back )?home\b")
# at 18:20, "Karim is very sick today ... on Monday he will not come": today's state, not a day to record
_ILL_NOW = needles.compile(r"\b(?:is|'s|are|'re) (?:very |really |so |quite )?(?:sick|ill|poorly|unwell)\b"
                           r"[^,.;]{0,10}$|\ball day\s*$")  # in the evening, "a cough and fever all day today"
_HAPPENED_BEFORE = needles.compile(r"\b(?:has|have|'s|'ve) been off\b[^,.;]{0,20}$"
                                   r"|\b(?:has|have|'s|'ve) been (?:\w+ing|sick|ill|poorly|unwell)\b"
                                   r"(?:(?!\b(?:won't|not|can't|off|staying|keeping)\b)[^,.;]){0,25}$"
                                   r"|\b(?:passed away|died|fell|broke|hurt|came home|sent home|happened|collapsed"
                                   r"|(?:came|come) back home"
                                   r"|took a tumble"
                                   r"|had a fall|injured|twisted|sprained|banged"
                                   r"|was rushed|were rushed|was sick|was ill|got sick|threw up|vomited"
                                   r"|was poorly|was off colour|was under the weather|was not right|wasn't right"
                                   r"|was not feeling well|wasn't feeling well|was not well|wasn't well|was unwell"
                                   r"|(?:felt|was feeling) (?:very |really |a bit )?(?:ill|sick|unwell|poorly|dizzy"
                                   r"|faint|rough)|(?:was|were) (?:complaining|moaning|crying|screaming|coughing"
                                   r"|up)"
                                   r"|gave (?:him|her|them)|prescribed|started (?:being|with|to)"
                                   r"|had (?:her|his|their) (?:\w+ )?(?:jabs?|vaccin\w*|injections?|immuni[sz]ations?"
                                   r"|nasal spray|booster)|fractured|cut (?:his|her|their)"
                                   r"|diagnosed|confirmed|tested positive|seen by|found out|heard|learn[et]"
                                   r"|(?:was|were) told|got the news|had the news|(?:was|were|been"
                                   r"|went) (?:to|at|in) (?:the )?(?:a&e"
                                   r"|hospital"
                                   r"|urgent care"
                                   r"|walk-?in|doctor'?s?|gp|out of hours))\b"
                                   # not "was sick so he's off today and tomorrow": the absence comes between
                                   r"(?:(?!\b(?:so|won't|wont|not|can't|staying|keeping|absent)\b)[^,.;]){0,40}$"
                                   # "I forgot to say this morning, ... won't be in tomorrow": when the message was due
                                   r"|\bforgot to (?:say|tell (?:you|u)|mention|message|text|let (?:you|u) know)\s*$")


def _without_narrowed_span(text: str) -> str:
    """ "I was going to keep her home for the rest of the week but she's better, so only today": the span withdrawn."""
    m = _ONLY_DAY.search(text)
    return REST_OF_WEEK.sub(" ", text[: m.start()]) + text[m.start():] if m else text


_FIRST_DAY_BACK = needles.compile(r"\b(?:on )?the first day (?:back|of (?:the )?(?:new|next|spring) term)"
                                  r"(?: in (?:the new year|january)| after (?:the )?(?:christmas |xmas )?(?:holidays?"
                                  r"|break))?\b"
                                  r"(?! (?:is|will be|'s)\b)")


def _first_day_back(text: str, calendar: SchoolCalendar, today: dt.date) -> str:
    """ "An appointment on the first day back in January": that day's date, the first open day after the next
    closure of a week or more."""
    if not (m := _FIRST_DAY_BACK.search(text)):
        return text
    day = calendar.next_open_day(today)
    for _ in range(120):
        after = calendar.next_open_day(day, include=False)
        if (after - day).days >= 7:
            return f"{text[: m.start()]}on {after.day} {after.strftime('%B').lower()}{text[m.end():]}"
        day = after
    return text


def plan_days(text: str, calendar: SchoolCalendar, local_now: dt.datetime, language: str = "en") -> DayPlan:
    """Resolve canonical text into absent days (with halves) against the calendar."""
    today = local_now.date()
    plan = DayPlan()
    text = _first_day_back(_without_narrowed_span(text), calendar, today)
    mentions, parts = find_mentions(text, today, language)
    plan.present_days = sorted({m.day for m in mentions if m.role == "present" and m.day})
    in_after = {m.day: m for m in mentions if m.role == "present" and m.day}  # the last word on a day wins: "off
    # Thursday for the funeral. Actually it's been moved ..., so he'll be in Thursday"; not "won't make it in this
    # morning, but should be ok for this afternoon"
    live = [m for m in mentions if m.role not in ("ignored", "present", "past")
            and not ((p := in_after.get(m.day)) and m.clause < p.clause and m.half == p.half)]
    evening = local_now.time() > dt.time(16, 0)
    later = any(m.day and m.day > today and calendar.is_open(m.day) for m in live)
    if evening or later or not calendar.is_open(today):  # "grandma passed away today ... off from tomorrow" at 10:00
        # too; "fell in the park today, he won't be in" sent on a Saturday
        for m in live:
            if m.day == today and ((later and evening and (m.role == "start" or (
                    m.role == "point" and _ILL_NOW.search(parts[m.clause][: m.start])))) or (
                    m.role == "point" and (_HAPPENED_BEFORE.search(parts[m.clause][: m.start])
                                           or _CAME_HOME_AFTER.match(parts[m.clause], m.end)))
                    or (evening and m.role == "point" and m.half == "PM" and calendar.is_open(today))):
                m.role = "past"  # at 18:30, "sick since this afternoon / passed away today ... won't be in Monday"
        live = [m for m in live if m.role != "past"]
    for m in live:
        if (m.day == today and m.role == "point" and m.half == "AM" and len(live) == 1
                and _HAPPENED_BEFORE.search(parts[m.clause][: m.start])):
            m.role = "ignored"  # "Nikolai was feeling dizzy this morning so I kept him at home": when it began
    live = [m for m in live if m.role != "ignored"]
    absent_in = {m.clause for m in live if m.role == "point" and ABSENCE.search(parts[m.clause])}
    reported = any(ABSENCE.search(p) for p in parts)
    for m in live:  # "the mehndi is tomorrow and the wedding is on Friday. Safa won't be in on Friday": the event days;
        # "off until Friday inclusive. Sorry about the football match on Thursday": a school event, not a day off
        clause = parts[m.clause]
        school_event = reported and (_SCHOOL_EVENT.search(clause[: m.start]) or _SCHOOL_EVENT_AFTER.match(
            clause, m.end)) and not ABSENCE.search(_piece(clause, m))  # "only Friday because on Thursday he has his
        # school trip"
        if m.role == "point" and not _BOTH_DAYS.search(text) and (school_event or m.clause not in absent_in and (
                (absent_in and _EVENT_IS.search(clause[: m.start]))
                or (absent_in and _BOOKED_FOR.search(clause[: m.start])  # "absent today ... we have a GP
                    and not _ADDED.search(clause)))):  # appointment booked for Thursday": not a day off
            m.role = "ignored"
    for m in live:  # "we've got a GP appointment on Wednesday after school / at 4pm": not a day off
        if m.role == "point" and (_AFTER_SCHOOL.search(parts[m.clause]) or _AFTER_HOURS.match(parts[m.clause], m.end)
                                  ) and not ABSENCE.search(parts[m.clause]):
            m.role = "ignored"
    live = [m for m in live if m.role != "ignored"]
    if any(m.day and calendar.is_open(m.day) and m.role != "excluded" for m in live):
        for m in live:
            if m.role == "point" and m.day and m.day.weekday() >= 5:
                if _DEPARTING.search(parts[m.clause][: m.start]) and any(e.role == "end" for e in live):
                    m.role, m.day = "start", calendar.next_open_day(m.day, include=False)  # "leaving for Nigeria
                    # on Saturday, back on 5th January": away from the Monday
                else:
                    m.role = "past"  # "a broken arm from football on Sunday ... back Monday": a weekend is not a day
                    # off
        live = [m for m in live if m.role != "past"]
    if ((UNPLACED.search(text) and ONE_DAY_OF.search(text)
         or (DATES_TO_FOLLOW.search(text) and not _WEEK_OFF.search(text)))
            and not any(m.role in ("point", "start", "end") for m in live)):
        plan.undetermined = "unplaced"  # "off one day this week, we don't know the date yet"; not "keeping him home for
        # the rest of the week. The funeral is still to be arranged, I'll let you know the date"
        return plan
    plan.past_only = (not live and any(m.role == "past" for m in mentions)
                      and not (_days_to_come(text) or FOR_N_WEEKS.search(text)))  # "had her tonsils out yesterday,
    # needs 5 days off": the days to come
    plan.explicit = bool(live) or bool(_week_meant(text) or NEXT_WEEK.search(text) or _days_to_come(text)
                                       or N_DAYS_OF_WEEK.search(text)
                                       or FOR_N_WEEKS.search(text)
                                       or END_OF_TERM.search(text) or LAST_WEEK_OF_TERM.search(text)
                                       or LAST_N_OF_TERM.search(text) or LAST_DAY_OF_TERM.search(text))
    if any(m.conflict for m in live):
        plan.undetermined = "conflict"
        return plan
    if any(m.role == "alternative" for m in live) or _EITHER_HALF.search(text):
        plan.undetermined = "alternatives"
        return plan
    last = max(live, key=lambda m: (m.clause, m.end), default=None)
    if ((last and all(m.role != "end" for m in live)
         and _DAY_TO_CONFIRM.search(" ".join([parts[last.clause][last.end:], *parts[last.clause + 1:]])))
            or (not last and _DAY_TO_CONFIRM.search(text))):  # "the dentist this week, can't remember which day"
        plan.undetermined = "unplaced"  # "sorry I mean Thursday... I need to check, I'll let you know which day"
        return plan
    _same_dates(live)
    _in_order(live, parts)
    anchor = min((m.day for m in live if m.day and not m.weekday_only and m.role in ("point", "start")), default=None)
    for m in live:  # "the christening is on Thursday 3 Dec, off Thurs & Fri" (sent the day before a training day)
        while (anchor and m.weekday_only and m.day and m.role == "point" and m.day < anchor
               and not calendar.is_open(m.day)):
            m.day += dt.timedelta(days=7)
    leaving = False  # "her last day will be Tuesday": off from the next day until the break (or a stated return)
    for m in live:
        if m.role == "last_in" and m.day:
            m.role, m.day, leaving = "start", calendar.next_open_day(m.day, include=False), True
    for m in live:  # "she won't be back until the spots have crusted over, probably Thursday": the day of return
        if m.role == "point" and _HEDGED_RETURN.search(parts[m.clause], 0, m.start):
            m.role = "end"
    ends = [m for m in live if m.role == "end"]
    for m in live:  # "the GP said Thursday to be safe, so back Thursday": the day of return, said twice
        if (m.role == "point" and any(e.day == m.day and e.clause >= m.clause for e in ends)
                and _SAID_DAY.search(parts[m.clause], 0, m.start)):
            m.role = "ignored"
    live = [m for m in live if m.role != "ignored"]
    points = [m for m in live if m.role == "point"]
    starts = [m for m in live if m.role == "start"]
    for m in ends:  # "from 14/12 to 16/12 inclusive, back on Thursday": the Thursday after the dates (not "from
        # Friday to Monday, so she won't be in on the 14th", the dates told after the end)
        latest = max((d.day for d in points + starts if d.day and not d.weekday_only
                      and (d.clause, d.start) < (m.clause, m.start)), default=None)
        while m.weekday_only and m.day and latest and m.day <= latest:
            m.day += dt.timedelta(days=7)
    first = default_day(calendar, local_now)
    open_points = [m for m in points if m.day and calendar.is_open(m.day)]  # not "with the training day tomorrow"
    if starts:
        first = min(m.day for m in starts if m.day)
    elif open_points or (points and not ends):
        first = min(m.day for m in open_points or points if m.day)
        if ends and _week_meant(text) and any(REST_OF_WEEK.search(p) for p in parts[: min(m.clause for m in points)]):
            first = min(first, default_day(calendar, local_now))  # "off the rest of the week ... gutted to miss the
            # Christmas dinner on Thursday ... back on Monday": from today
    elif plan.present_days and (collection_time(text) or PM_ONLY.search(text)) and not any(
            m.role == "present" and (_AS_USUAL.search(parts[m.clause]) or _HOPE.search(parts[m.clause]))
            for m in mentions):  # not "collect him at 12, he will be in as normal tomorrow" (the day after), nor
        # "collect her at 12.45 ... hopefully she'll be fine for tomorrow" (a hope)
        first = plan.present_days[0]  # "will be in tomorrow but I'll pick her up at 1": tomorrow afternoon
    days: dict[dt.date, set[Half]] = {}

    def add(day: dt.date, halves: set[Half]) -> None:
        if calendar.is_open(day) and day >= today:
            days.setdefault(day, set()).update(halves)

    both: set[Half] = {"AM", "PM"}
    next_week_days = [m for m in live if m.next_week]
    week_span = False
    if (ends and not starts and not open_points and NEXT_WEEK.search(text) and not _BACK_NEXT_WEEK.search(text)
            and not any(m.next_week for m in ends)):
        first = max(first, _next_week_monday(today))  # "absent next week for Christmas, back on 5 January"
    if ends:
        returns = [m for m in ends if m.day and _RETURN_PREFIX.search(parts[m.clause][: m.start])]
        family = [m for m in returns if _FAMILY_RETURN.search(parts[m.clause][: m.start])]
        own = [m for m in ends if m.day and m not in family] if family else []  # "we return 7 Jan at night, Andrei
        # back in school 8 Jan": the child's return, not the family's
        stop = min(m.day + dt.timedelta(days=1 if m.inclusive else 0) for m in own or returns or ends if m.day)
        if LAST_WEEK_OF_TERM.search(text) and (end := _term_end(calendar, today)) and stop > end:
            first = max(first, end - dt.timedelta(days=end.weekday()))  # "away the last week of term, back 5th Jan"
        for d in calendar.open_days(first, stop - dt.timedelta(days=1)):
            add(d, both)
        week_span = True
    n_days = _days_to_come(text)
    n_weeks = FOR_N_WEEKS.search(text)
    if n_days or n_weeks:
        count = _count(next(g for g in n_days.groups() if g)) if n_days else 5 * _count(n_weeks.group(1) or "one")
        if n_days and re.search(r"hours|hrs", n_days.group(0)):
            count //= 24  # "keep them off 48 hours": two days
        count = count if n_days or n_weeks.group(1) not in ("week",) else 5
    if (n_days or n_weeks) and not ends and not (n_days and _days_after_advice(text, n_days, parts, points)):
        start = calendar.next_open_day(first)
        span = calendar.take_open_days(start, max(1, min(count, 60))) if n_days else calendar.open_days(
            start, start + dt.timedelta(days=7 * (count // 5) - 1))  # weeks are of the calendar: a break ends them
        for d in span:
            add(d, both)
        week_span = True
    if _week_meant(text) and not ends:
        start = default_day(calendar, local_now)
        week_clauses = {ci for ci, p in enumerate(parts) if REST_OF_WEEK.search(p)}
        own_first = min((m.day for m in points + starts if m.day and m.clause in week_clauses
                         and not _CAUSE_OR_HOPE.search(parts[m.clause], REST_OF_WEEK.search(parts[m.clause]).end(),
                                                       m.start)),
                        default=None)  # not "off for the rest of the week as we are flying on Thursday", nor "... can't
    # see them being better before Friday"
        if starts or FOR_THE_WEEK.search(text):
            start = first  # "off from Wednesday for the rest of the week", "off Monday for the week"
        elif own_first and own_first <= _fridays_end(start):
            start = own_first  # "off Wednesday and the rest of the week"; not "the funeral is tomorrow. Off all week"
        for d in calendar.open_days(start, _fridays_end(start)):
            add(d, both)
        week_span = True
    if (END_OF_TERM.search(text) or leaving or (starts and not points and _AWAY_FOR_CHRISTMAS.search(text))
            ) and not ends:  # "not in from Wednesday as we are flying to Poland for Christmas": to the break
        end = _term_end(calendar, today)
        start = first
        if not points and not starts and NEXT_WEEK.search(text):
            start = _next_week_monday(today)  # "off all of next week ... back in January"
        if end:
            for d in calendar.open_days(start, end):
                add(d, both)
            week_span = True
    if LAST_WEEK_OF_TERM.search(text) and not ends:
        end = _term_end(calendar, today)
        if end:
            for d in calendar.open_days(max(today, end - dt.timedelta(days=end.weekday())), end):
                add(d, both)
            week_span = True
    if (of_week := N_DAYS_OF_WEEK.search(text)) and not ends:
        monday = _next_week_monday(today) if of_week.group(3) == "next" else today - dt.timedelta(days=today.weekday())
        opened = calendar.open_days(monday, monday + dt.timedelta(days=4))
        count = _count(of_week.group(2))
        for d in (opened[:count] if of_week.group(1) == "first" else opened[-count:]):
            add(d, both)
        week_span = True
    last_n = LAST_N_OF_TERM.search(text) if not _BACK_FOR_LAST.search(text) else None  # "back for the last 2 days"
    last_day = LAST_DAY_OF_TERM.search(text)
    if last_day and _HOPED_CLEAR.search(text, 0, last_day.start()):
        last_day = None  # "hoping she's better for the last day on Friday": the hoped-for return
    if _BACK_FOR_LAST_DAY.search(text) and not ends and (end := _term_end(calendar, today)):
        last_day = None  # "back for the last day of term": off until then
        for d in calendar.open_days(first, end - dt.timedelta(days=1)):
            add(d, both)
        week_span = True
    if last_n or last_day:
        end = _term_end(calendar, today)
        if end:
            opened = calendar.open_days(today, end)
            count = _count(next(g for g in last_n.groups() if g)) if last_n else 1
            span = opened[-count:]
            for d in span:
                add(d, both)
            week_span = True
            for m in points:  # "the last two days of term, Thursday and Friday"
                same = [d for d in span if m.day and m.weekday_only and d.weekday() == m.day.weekday()]
                if same:
                    m.day = same[0]
    monday_next = _next_week_monday(today)
    for ci, clause in enumerate(parts):
        if (NEXT_WEEK.search(clause) and not _ABOUT_LATER.search(clause) and not N_DAYS_OF_WEEK.search(clause)
                and not ((_EVENT_WORD.search(clause) or _OBJECT_ERRAND.search(clause)) and not ABSENCE.search(clause))
                # "the party next week", "I'll drop it at the office next week"
                and (not any(m.clause == ci and m.next_week for m in next_week_days)
                     or _REST_NEXT_WEEK.search(clause))
                and (_REST_NEXT_WEEK.search(clause)
                     or not any((m.clause == ci or not ABSENCE.search(clause)) and m.role == "point" and m.day
                                and monday_next <= m.day <= monday_next + dt.timedelta(days=4)
                                and any(c.isdigit() for c in parts[m.clause][m.start: m.end]) for m in live))):
            # not "off next week on the 9th": the date given
            tail = clause[max((m.end for m in live if m.clause == ci), default=len(clause)):]
            if _VISIT_BOOKED.search(tail) and NEXT_WEEK.search(tail) and not ABSENCE.search(tail):
                continue  # "keeping him off today and tomorrow and we've booked him in to see the GP next week"
            monday = monday_next
            if _BACK_NEXT_WEEK.search(clause):  # "she'll be back next week": off until the end of this one
                if not week_span:
                    for d in calendar.open_days(first, monday - dt.timedelta(days=1)):
                        add(d, both)
                    week_span = True
                continue
            if UNPLACED.search(clause) or ((SINGLE_EVENT.search(clause) or _VISIT_BOOKED.search(clause))
                                           and not any(m.clause == ci for m in live)
                                           and not _REST_NEXT_WEEK.search(clause)):
                if any(m.role in ("point", "start") and m.clause != ci for m in live):
                    continue  # "off tomorrow; the funeral is next week sometime": the day we have stands
                plan.undetermined = "unplaced"
                return plan
            for d in calendar.open_days(monday, monday + dt.timedelta(days=4)):
                add(d, both)
            week_span = True
    if UNPLACED.search(text) and not live and not week_span:
        plan.undetermined = "unplaced"
        return plan
    for m in points + starts:
        if m.day:
            add(m.day, {m.half} if m.half else both)
    if (ALSO_LATER.search(text) and len(live) == 1 and not week_span
            and not (_SENT_HOME_EARLIER.search(text) and local_now.time() > calendar.am_register_close)):
        add(default_day(calendar, local_now), both)  # "tomorrow as well": today too (not one the school sent him home)
    for m in live:
        if m.role == "week" and m.day:
            for d in calendar.open_days(m.day, _fridays_end(m.day)):
                add(d, both)
            week_span = True
    if not any(m.role in ("point", "start", "end", "week") for m in live) and not week_span:
        if any(m.role == "unclear" for m in live):
            plan.undetermined = "unplaced"
            return plan
        undecided = {m.half for m in mentions if m.role == "excluded" and m.day == first and m.half == "PM"
                     and _LET_KNOW_IF.search(parts[m.clause], 0, m.start)}
        add(first, (both - undecided) or both)  # no day of absence named ("we'll see how he is tomorrow" names none;
        # "I'll let you know if she'll be back this afternoon": the morning)
    if not days:
        plan.return_only = bool(ends) or any(m.role in ("excluded", "present") for m in mentions)
        plan.undetermined = "closed"
        return plan
    if (today not in days and calendar.is_open(today) and local_now.time() < calendar.pm_register_close
            and ALSO_EITHER.search(text) and (collection_time(text) or PM_ONLY.search(text))
            and not _SENT_HOME_EARLIER.search(text)):  # "was sent home at lunch ... tomorrow either": the school knows
        days[today] = set(both)  # "on my way to pick him up now ... he won't be back tomorrow either": today too
    elif today not in days and calendar.is_open(today) and _collected_today(parts, mentions, local_now, calendar):
        days[today] = set(both)  # "I'll collect him at 11:30. He'll stay home tomorrow": today's afternoon too
    _partial_days(parts, mentions, days, calendar)
    if VAGUE_END.search(text) and not ends and not n_days and not n_weeks and len(days) >= 1:
        plan.open_end = True
        if not week_span and len({m.day for m in points}) < 2:  # "off Monday and Tuesday, maybe longer" keeps both
            named = {m.day for m in points}  # "collect her at 12.45 ... off tomorrow as well, I'll keep you posted"
            days = {d: h for d, h in days.items() if d == min(days) or d in named}
    plan.sessions = [Session(d, h) for d in sorted(days) for h in ("AM", "PM") if h in days[d]]
    return plan


# "off from Monday till Wednesday, she'll be back Thursday": the day of return says where the span ends
_BACK_FOR_LAST = needles.compile(r"\bback (?:in )?(?:in time )?for (?:the )?last\b")
_AWAY_FOR_CHRISTMAS = needles.compile(r"\b(?:fly\w*|travel\w*|going|go|heading|away|visit\w*)\b[^.;]{0,40}\b(?:for"
                                      r"|over|to spend|spend) (?:christmas|xmas|the (?:christmas |xmas )?holidays)\b")
_RETURN_PREFIX = needles.compile(r"\b(?:back|return\w*|resum\w*)\b[^.,;]{0,15}$")
_FAMILY_RETURN = needles.compile(r"\b(?:we|i)(?:'ll| will| are| am|'re|'m| should| shall)?(?: be)? (?:back|return\w*"
                                 r"|fly\w* back|com\w* back|get\w* back)\b[^.,;]{0,15}$")
_LIST_JOIN = needles.compile(r"\s*(?:,|and|&|\+)\s*(?:on\s+)?")


def _in_order(live: list[Mention], parts: list[str]) -> None:
    """ "Miss Monday and Tuesday" sent on a Tuesday evening: a weekday listed after another is the one after it."""
    for prev, m in zip(live, live[1:], strict=False):
        if (m.weekday_only and prev.weekday_only and m.day and prev.day and m.day < prev.day
                and m.clause == prev.clause and m.role == prev.role == "point"
                and _LIST_JOIN.fullmatch(parts[m.clause][prev.end: m.start])):
            m.day += dt.timedelta(days=7)


def _collected_today(parts: list[str], mentions: list[Mention], local_now: dt.datetime, calendar: SchoolCalendar
                     ) -> bool:
    """Does a clause before any day is named say the child is collected later this school day, before the afternoon
    register? (After a day is named, "I'll collect her at 12:30" is that day's collection.)"""
    first_named = min((m.clause for m in mentions), default=len(parts))
    for clause in parts[:first_named]:
        collect = collection_time(clause)
        if collect:
            return local_now.time().replace(second=0, microsecond=0) <= collect < calendar.pm_register_close
    return False


_SENT_HOME_EARLIER = needles.compile(r"\b(?:was|were|got|been|being) sent home\b")
_IF_TIME = needles.compile(r",? if (?:there's|there is) time\b|,? if (?:we|i) can\b|,? if possible\b")


def _returns(clause: str) -> bool:
    """In after an appointment ("back for the afternoon"), not "won't be back in time for the afternoon"."""
    m = RETURN_AFTER.search(clause)
    if not m or _UNTIL_LEAD.match(m.group(0)):  # "won't be in until lunchtime" is a return; not
        return bool(m) and not _COMES_TO_US.search(clause[max(0, m.start() - 25): m.start()])  # "recovery won't be
        # here until lunchtime"
    return not (_NEGATION.search(clause[max(0, m.start() - 24): m.start() + 4]) or _IF_TIME.match(clause, m.end())
                or _WAS_BACK.search(clause, max(0, m.start() - 12), m.start() + 5)  # "she was back for lunch": past
                or _DOUBTED.search(clause, 0, m.start())
                or re.search(r"\bif (?:he|she|they)\b", clause[max(0, m.start() - 20): m.start()]))  # "if she comes in"


_WAS_BACK = needles.compile(r"\b(?:was|were|came) back\b")
# "I don't think he'll be up to coming back afterwards": no return
_DOUBTED = needles.compile(r"\b(?:(?:don't|do not) think|doubt)\b[^.;]*$|\bup to (?:coming|going)\s*$")
_UNTIL_LEAD = needles.compile(r"(?:(?:back|in) )?(?:until|till)\b")
_COMES_TO_US = needles.compile(r"\b(?:be here|get here|come out|turn up)\b")
_BACK_AT = needles.compile(r"\b(?:back|in)(?: at school| in school)? (?:for|by|at|around"
                           r"|about) (\d{1,2})(?:[:.](\d\d))?\b")


def _back_after_pm(clause: str, calendar: SchoolCalendar) -> bool:
    """ "Collecting her at 12 and she'll be back for 2": back after the afternoon register, so absent for it."""
    m = _BACK_AT.search(clause)
    return bool(m) and (to_time(m.group(1), m.group(2), None) or dt.time(0)) > calendar.pm_register_close


_COLLECT_WORD = needles.compile(r"\b(?:collect\w*|pick\w* (?:\w+(?:-\w+)? )?up|fetch\w*|come and get)\b")


_EACH_TIME = needles.compile(r"\b(?:both|each|all three) (?:times|days)\b|\beach time\b|\bon both (?:days|occasions)\b")


def _collection_day(clause: str, mentions: list[Mention], targets: list[dt.date]) -> list[dt.date]:
    """The one day a collection in a clause naming several is about: the day named at the collection phrase ("the
    wedding is Friday, I'll collect her Thursday at 12"), else the first."""
    span = collection_span(clause)
    if span:
        near = [(max(span[0] - m.end, m.start - span[1], 0), m.day) for m in mentions if m.day in targets]
        near = [n for n in near if n[0] <= 20]
        if near:
            return [min(near, key=lambda n: n[0])[1]]
    return targets[:1]


def _partial_days(parts: list[str], mentions: list[Mention], days: dict[dt.date, set[Half]],
                  calendar: SchoolCalendar) -> None:
    """Apply each clause's partial-day cue to the days it is about."""
    recent: list[dt.date] = []
    collected_in_morning: set[dt.date] = set()
    returned: set[dt.date] = set()
    for ci, clause in enumerate(parts):
        own = [m.day for m in mentions if m.clause == ci and m.role in ("point", "start") and m.day in days]
        targets = own or recent or sorted(days)[:1]
        if own:
            recent = own
        if WHOLE_DAY.search(clause):
            for d in targets:
                if d in days:
                    days[d] = {"AM", "PM"}
            continue
        collect = collection_time(clause)
        if collect is None and _COLLECT_WORD.search(clause):
            collect = collection_time(" ".join(parts[ci: ci + 2]))  # "collect Corey now please. I'll be there at 12.30"
        if (_returns(clause) and not _back_after_pm(clause, calendar)) or AM_ONLY.search(clause):
            collected = (_collection_day(clause, [m for m in mentions if m.clause == ci], targets)
                         if collect and calendar.am_register_close < collect < calendar.pm_register_close
                         and len(set(targets)) > 1 else [])  # "in late on Tuesday after the dentist and I'll pick him
            # up at 1 on Thursday": Thursday's afternoon
            for d in targets:
                if d in collected and d in days:
                    days[d] = {"PM"}
                elif d in days and ("AM" in days[d] or d in collected_in_morning):
                    days[d] = {"AM"}  # in after the appointment (also when collected for it mid-morning)
                    returned.add(d)
        elif (collect and calendar.am_register_close < collect < calendar.pm_register_close) or PM_ONLY.search(clause):
            if collect and own and ALSO_LATER.search(clause) and min(days) < min(own):
                targets = [min(days)]  # "pick her up at 12.30 ..., she'll be off tomorrow too": today's collection
            if collect and len(targets) > 1 and not _EACH_TIME.search(clause):  # "collect her at 12:30 today ... the
                # funeral is tomorrow": today's; not "... I'll collect him at 1 both times"
                targets = _collection_day(clause, [m for m in mentions if m.clause == ci], targets)
            elif not collect and (pm := PM_ONLY.search(clause)):
                halved = [m.day for m in mentions if m.clause == ci and m.half == "PM" and m.day in targets
                          and m.start < pm.end() and m.end > pm.start()]
                targets = halved or targets  # "she'll miss this afternoon and tomorrow": the afternoon is today's
            for d in targets:
                if d in days and d in returned:
                    days[d] = {"AM", "PM"}  # in late after one appointment, collected for another
                elif d in days and "PM" in days[d]:
                    days[d] = {"PM"}
                    if collect and collect < dt.time(12, 0):
                        collected_in_morning.add(d)
