"""Which of the sender's children a message is about (CONVENTIONS.md "Which pupils")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from understanding import canon, needles
from understanding.clocktimes import collection_time
from understanding.days import RETURN_AFTER
from understanding.names import (
    COMMON_WORDS,
    FOREIGN_WORD_SHORT_FORMS,
    LOWER_CASE_NAMES,
    WORD_SHORT_FORMS,
    closest_in_script,
    matches,
    name_forms,
)
from understanding.reasons import classify, is_late
from understanding.signals import STRONG, WEAK
from understanding.text import fold, unpossessive, word_re
from understanding.types import Child

ALL_CHILDREN = needles.compile(
    r"^\W*(?:(?:hi|hello|morning|good morning)\W+)?kids (?:are|have|both|will|won't|wont)\b"  # "kids are off today"
    r"|\b(?:the|my|our|all the|all my|all of my|all of the) (?:kids|childrens?|boys|girls|lot|little ones|grandkids"
    r"|grandchildren)\b(?!,? (?!today|tomorrow|monday|tuesday|wednesday|thursday|friday|this|next|will|are|have|both)"
    r"[a-z]+ (?:and|&) [a-z]+\b)"  # not "my children Precious and Blessing" of three
    r"|\b(?:neither|none|all) of (?:them|mine|the (?:kids|children|boys|girls|twins)|my (?:two|three|2|3))\b"
    r"|\ball of them\b|\bthem all\b"
    r"|\b(?:are|'re|were|will) all (?:off|ill|sick|poorly|unwell|home|at home|be off|staying)\b|\bkids (?:late\b"
    r"|are|will"
    r"|won't|have|'ll|both|were|can't|cannot|not|need)\b"
    r"|(?:^|[.!?]\s+)children\b|^(?:hi,? |morning,? )?kids\b"
    r"|\beveryone\b(?= (?:is|are) (?:ill|sick|poorly))")
_GENDERED = needles.compile(r"\b(?:the|my|our) (?:boys|girls)\b"
                            r"|^\W*(?:boys|girls)\b(?= (?:will|are|have|'ll|won't|r)\b)")
BOTH = needles.compile(r"\bboth\b|\bthe twins\b|\bthe (?:pair"
                       r"|two) of them\b")  # also "both of them", "both of mine"; the twins are two
# "both" of children, not of days ("off both days", "both mornings")
_BOTH_CHILDREN = needles.compile(r"\bboth\b(?! (?:days|mornings|afternoons|sessions|weeks|of the days|(?:today|monday"
                                 r"|tuesday|wednesday|thursday|friday|tomorrow) (?:and|&|or)|eyes|ears|hands|arms"
                                 r"|legs|feet|knees|sides"
                                 r"|parents|of us))")
_BOTH_WORD = needles.compile(r"\bboth\b")
_SEVERAL_CHILDREN = needles.compile(r"\b(?:the|my|our) (?:boys|girls|twins)\b|\bboth (?:the |my |our )?(?:kids|children"
                                    r"|boys|girls|of them)\b|\b(?:neither|none) of (?:them|the (?:kids|children))\b")
ALL_N = needles.compile(r"\b(?:all|(?:my|our|the)(?= (?:two|three|four|five|[2-5]) (?:kids|children|boys|girls"
                        r"|little ones|of them|of mine|are|'re|will|'ll|won't|have|'ve|were|both|all|can't|need"
                        r"|should|might|may)\b))"
                        r" (two|three|four|five|2|3|4|5)\b")  # "all three", "my 3 children", "my two are off"
# The siblings a message does not name: "the other two", "her brothers".
OTHERS = needles.compile(r"(?<!mind )(?<!minding )(?<!after )(?<!with )(?<!babysit )(?<!babysitting )(?<!can )"
                         r"(?<!could )"
                         r"(?:\bthe other (two|three|four|one|kids|children|boys|girls)\b|\bthe others\b"
                         r"|\bthe rest of them\b"
                         r"|\b(?:his|her|their) (?:little |big |older |younger )?(?:brothers?|sisters?|siblings?)\b"
                         r"(?! (?:is|'s|are|has been|was) (?:\w+ )?(?:ill|sick|poorly|unwell|in hospital)\b))"
                         r"(?= (?:\w+ )?(?:will|'ll|are|is|won't|can't|have to|has to|need to|too|as well|stay\w*|off"
                         r"|has the same"
                         r"|has it|'s got it|got it|(?:have|'ve|has) (?:both )?got (?:the|a|an)"
                         r"|home"
                         r"|at home|not (?:feeling )?(?:well|great|good|himself|herself|right)"
                         r"|in(?= but| as| late|,|\.|$))\b)")  # the subject of
# the absence ("his sister also not feeling well"), not "minding her little brothers"
# "one of them", "is either of them ill?"; not "no clean uniform for either of them" (both)
ONE_OF = needles.compile(r"\bone of (?:mine|them|my|the|our)\b|(?<!\bfor )\beither of\b")
PRESENT = needles.compile(
    r"\b(?:will|'ll|should|is going to) (?:still |both |all )?be (?:in|at school|in school)(?: all day| as (?:normal"
    r"|usual)"
    r"| on time| today| both days| all week| every day"
    r"| tomorrow| (?:until|till|up to) (?:the )?end of (?:the |this )?term"
    r"| on (?:monday|tuesday|wednesday|thursday|friday)(?= after all))?(?: after all)?(?: though)?"
    r"\s*(?:[.!,]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
    r"|\b(?:will|'ll) (?:still )?(?:come|go)(?: in"
    r"| to school)?\s*(?:[.!,]|$)"
    r"|\bas (?:normal|usual)\b|\blike (?:always|normal|usual)\b|\bon time\b"
    r"|\b(?:fine|ok|okay|well|alright|well enough|good) (?:enough )?to (?:come|go) (?:in|to school)\b"
    r"|\b(?:tournament|match|fixture|trip|competition|festival|gala) (?:with|for) (?:the )?school\b"
    r"|\ba school (?:thing|event|activity)\s*(?:[.!,]|$)"  # "she'll be away all day ... so that's a school thing"
    r"|\bshould be (?:fine|ok|okay|alright|all right)\s*(?:[.!,]|$)"
    r"|\b(?:is|'s|are|'re) (?:absolutely |perfectly |totally |completely |feeling |both )?(?:fine|ok|okay|well|grand"
    r"|alright|all right|all good|better|much better)\b(?!(?: now)?,? but (?:still |very |really |so )?(?:tired"
    r"|exhausted|weak|drained|wiped out|shattered|sleepy|sore|washed out)\b)"  # not "she is ok now but very tired"
    r"|\b(?:will|'ll|is|'s|are|'re) (?:still |definitely |deffo |defo )?(?:be )?(?:coming|going)"
    r" (?:in|(?:to )?school)\b(?! late| later| after"
    r"| at| for| by| tomorrow| now)"
    r"|\b(?!we\b|i\b|you\b|family\b|which\b|who\b)\w+(?:'ll| will) (?:still |continue to )?attend\b(?! (?:the |a "
    r"|our |her |his )?(?:church"
    r"|mosque|temple|gurdwara|synagogue|mass|service|funeral|wedding|ceremony))|\bcontinue to attend\b"
    r"|\b(?:will|'ll) (?:stay|be staying) with (?:his|her|their) \w+ and (?:still )?(?:attend|go to|come to|come into)"
    r" school\b"  # "Chidi will stay with his dad and attend school"
    r"|\b(?:will be|'ll be) (?:bringing|taking|dropping) (?!part\b)\w+ (?:in|to school)(?: today| as (?:normal|usual))?"
    r"(?=\s*(?:[.!,]|$|as\b|because\b))"
    r"|(?<!to )(?<!n't )(?<!not )(?<!no )\b(?:go|goes|come|comes) (?:to )?school(?: today| tomorrow)?\s*(?:[.!,]|$)"
    r"|(?:\b(?:has|'s)|(?<=[a-z]{3}s)) gone (?:in|into school|to school)\b(?! late| later| at| after)"
    # learners: "Huda come with her friend mum": goes in with someone else (not "go with her dad to the hospital")
    r"|(?<!n't )(?<!not )\b(?:come|comes|go|goes)(?: to school| in)? with (?:her|his|their|a|the) (?:\w+ )?"
    r"(?:friend|friend's|mate|mate's|dad|mum|mom|brother|sister|cousin|neighbour|uncle|aunt|auntie|grandma|grandad"
    r"|nan|nanny)(?: (?:mum|dad|mom))?\b(?!'s)(?! (?:to|for|at)\b)"
    # terse: "... staying home today, kieran in."
    r"|(?:^\s*|(?<=, ))(?!(?:be|come|coming|get|stay|staying|kept|keep|pop|drop|bring|send|him|her|them|not|log"
    r"|check|sign|all|only|just|back|late|then|now)\b)[a-z]+ (?:is )?in(?=\s*(?:[.!;]|$))"
    r"|\bcarry on (?:attending|coming in)\b|\binsist(?:ed|s|ing) on (?:coming|going) in\b"
    r"|\b(?:i'm|i am|we're|we are|i'll|i will|we'll|we will) (?:still )?send(?:ing)? (?:him|her|them) in\b(?! (?:late"
    r"|later|at|after|for|by)\b)"
    r"|\b(?:vaccin\w*|jabs?|immuni[sz]ations?|(?:nasal|flu) spray)\b (?:(?:in|at) school|from the school nurse)"
    r"|\b(?:stays|will stay|'ll stay|can stay|is staying|'s staying) for the (?:afternoon|rest of the day)\b"
    r"|\b(?:has|'s got|has got|is going on|'s going on|is on|'s on) (?:a |her |his |their |the )?(?:school|class"
    r"|year \d+) trip\b"
    r"|\b(?:go|goes|going|come|comes|coming|attend\w*)(?: to school| in)? (?:normal|normally|as usual)\b|\b(?:will"
    r"|'ll) (?:stay|be staying) (?:till|until|to) the end of the day\b"
    r"|(?<!we )(?<!i )\b(?:will|'ll) be there (?:for|as) (?!(?:about |around )?\d)"
    r"|\balready (?:on the bus|at school|in school|at breakfast club|there|gone in|in)\b"
    r"(?! (?:contact|touch|hospital|bed|pain|a))"
    r"|\b(?:his|her|their) (?:\w+ )?(?:sister|brother)s? (?:will|is|are)\s*(?:[.!,]|$)"
    r"|\b(?:will|'ll) be\s*(?:[.!,]|$)"
    r"|(?<!family )(?<!everyone )(?<!everybody )(?<!\bwe )(?<!of us )\b(?:is|'s|are) (?:coming|going)\s*(?:[.!,]|$)"
    r"|(?<!how )\b(?:she|he|they) (?:come|comes|go|goes)(?: normal(?:ly)?)?\s*(?:[.!,]|$)"
    r"|\b(?:is|'s|are) back(?: in)?(?: though| today)?\s*(?:[.!,]|$)|\b(?:will|'ll) be back (?:at"
    r"|in) school(?: today| this morning| now)?\s*(?:[.!,]|$)"
    r"|\bstay(?:ing|s)? (?:at|in) school\b|\b(?:will|'ll) be in(?= (?:as|because|since|cos) )"
    r"|\b(?:is|'s|are|'re) in (?:school )?today\b(?! (?:late|after|at|for|by|from"
    r"|until|till))|\b(?:bringing|taking|getting) (?:himself|herself|themselves) (?:in|to"
    r" school)\b|\b(?:will|'ll) be staying (?:until|till|til) (?:[3-6]|half|quarter)\b"
    r"|\b(?:has|'s got|has got|have) (?:\w+ )?(?:club|practice|training|football|netball|rugby|swimming|gymnastics"
    r"|drama|choir|dance|party|appointment|lesson|tutor|tutoring|fitting|rehearsal|practice) (?:club )?after school\b"
    r"|\b(?:has|'s got|has got) (?:her|his|a|an|their) (?!(?:high |bad |\w+ )?(?:temperature|temp|fever|rash"
    r"|cough|cold|bug|headache|earache|tummy ache|migraine|nosebleed)\b)(?:\w+ )?(?:\w+ )?after school\b"
    r"|\b(?:will"
    r"|'ll) (?:still )?be (?:in|at) school\b(?! ?\d)(?! (?:late|later"
    r"|after"
    r"|afterwards"
    r"|at|for|by|until|till|from|in|once|when|as soon)\b)|\b(?:will|'ll) (?:still )?be (?:in|there) for (?:the|their"
    r"|his"
    r"|her) (?!\d|afternoon|morning|lunch)|(?<!form )(?<!forms )(?<!letter )(?<!note )\bwent in\b(?! late)"
    r"|\b(?:is|'s|are|'re) in\s*(?:[.!,]|$)|\b(?:is|'s"
    r"|are|'re) in (?:and|but)\b(?! out)"
    r"|\b(?:is|'s|are|'re) (?:going|heading) (?:to |round to |over to )?[\w']+(?:'s)? after school\b"
    r"|\bno need to (?:let|send) (?:him|her|them) out early\b|(?:\bthat's|\bwhich is|\bit's|~) after school\b"
    r"|\bwill be back\s*(?:[.!,]|$)|^\W*\w+ (?:will|is|does)\s*(?:[.!,]|$)|\b(?:is|'s|are|'re) in (?:today|as normal"
    r"|as usual)\s*(?:[.!,]|$)|\b(?:is|'s|are|'re) (?:coming|going) to school\b(?! late| later| after| at| for| by)"
    # "Fatima's aunt will drop her at school": someone else does the school run, so she is in
    r"|\b(?:aunt\w*|uncle|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|neighbour|childminder"
    r"|cousin|(?:his|her|their) (?:dad|mum|father|mother))(?:'s)? (?:will|'ll|is going to|is|'s) (?:drop|take|bring"
    r"|walk|drive|dropping|taking|bringing|walking"
    r"|driving) (?:him|her|them|\w+) (?:in|to school|at school|off at school|into school)\b(?! late| later| after"
    r"| at \d| for \d| by \d| when| once| as soon)(?![^.]*\b(?:late|later|when|once)\b)"
    r"|\bno need to do anything\b|\b(?:is|'s|are) back in (?:today|school)\b|\b(?:will be|'ll be|being"
    r"|is being) (?:walked|taken|dropped|driven|brought) (?:in|to school)\b|\band (?:come|go) (?:in"
    r"|to school)\s*(?:[.!,]|$)|\b(?:has|have) no symptoms\b"
    r"|\b(?:is|'s|are|'re) staying (?:for|behind"
    r"|late)\b[^.]{0,40}\bafter school\b"
    r"|\b(?:dentist|doctor|appointment|optician|orthodontist)\b[^.]{0,30}\bafter school\b"
    r"|\b(?:is|'s|are|'re) (?:in|at) school\s*(?:[.!,]|$)|\byou'll see (?:him|her"
    r"|them) (?:in class|at school|back)\b"
    # plainer English: "Sofiia go to school", "Kerem is normal", "Brody fine", "Amelia is staying for the afternoon"
    r"|^\W*\w+ (?:go|goes|come|comes) to school\s*(?:[.!,]|$)|^\W*\w+(?:'s| is| are| stays?| staying)? (?:fine|ok|okay"
    r"|normal|as normal)\s*(?:[.!,]|$)|\b(?:is|'s|are|'re) staying (?:for the afternoon|for the rest of the day"
    r"|all day)\b|\bstill (?:come|go|attend)\b|\bwe(?:'ll| will) see (?:in the morning|tomorrow|how (?:he|she|they)"
    r" (?:is|are|feels?) (?:in the morning|tomorrow))")
# "if that's ok", "until she is better", "once he's well": not the child being in
_NOT_PRESENT = needles.compile(r"\bno (?:way|chance) (?:he|she|they)(?:'s|'re| is| are| will be)? (?:coming|going) in\b"
                               r"|\b(?:everyone|everybody|we|i|all of us)(?:'s| is| are|'re|'m| am) (?:ok|okay|fine"
                               r"|alright"
                               r"|all right|safe)\b|\b(?:that|it|this)(?:'s| is)\b|\b(?:until|till|til|when|once|if"
                               r"|as soon as|hopefully)"
                               r" (?:\w+(?:'s| is| are|'re|'ll be| will be| feels| feel)(?: feeling)?"
                               r"(?: (?:better|well|fine|ok"
                               r"|okay|alright))?|(?:he|she|they|it)\b)"
                               # "was meant to have her flu spray in school on Tuesday": a plan the absence spoils
                               r"|\b(?:meant|supposed|due) to (?:have|get) (?:her|his|their|the|a) (?:[\w']+ )?"
                               r"(?:spray|jabs?|vaccin\w*|immuni[sz]ations?)\b")
# "his sister will be in as normal": a clause about someone else
_OTHER_CHILD = needles.compile(r"^(?:and |but |so )?(?:(?:his|her|their|my|the) (?:little |big |older |younger |twin )?"
                               r"(?:sister|brother|sibling|twin)s?\b|the others?\b|the (?:other|rest)\b"
                               r"|(?:(?:the|my|our) )?(?:boys|girls)\b|(?:the|my|our) (?:twins|little ones)\b)")


_DAY_WORD = needles.compile(r"\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|next week|after the weekend)\b"
                            r"|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} (?:january|february|march|april|may|june|july"
                            r"|august|september|october|november|december)\b")


_LINK = needles.compile(r"\b(?:so|but|and|because|as)\b|[,;:]")
_AT_A_TIME = needles.compile(r"\b(?:at|by|around|about|for) (?:about |around )?(?:[7-9]|1[0-2]|[12])(?!\d)")  # not 3.15


def says_present(text: str, *, unnegated: bool = False) -> bool:
    """Does the text say a child will be in (and, with `unnegated`, not "won't be in as normal" just before)?"""
    plain = _NOT_PRESENT.sub(" ~ ", text)
    if _AT_A_TIME.search(plain):
        return False  # "in at 11", "will come to school by 10": a partial day, not attendance
    m = PRESENT.search(plain)
    if not m:
        return False
    before = _LINK.split(plain[max(0, m.start() - 25): m.start()])[-1]  # "hasn't got spots so she will be in"
    if unnegated and STRONG.search(plain, 0, m.start()) and _DAY_WORD.search(plain, 0, m.start()):
        return False  # "won't come school today, tomorrow he will come": the attendance is another day's
    return not (unnegated and NEGATED.search(before + plain[m.start(): m.end()]))


# "my daughter", "the youngest": a child the message does not name
RELATIONAL = needles.compile(r"\b(?:my|our|the) (?:son|daughter|youngest|eldest|oldest|little one|middle one|boy|girl"
                             r"|big one)\b")
_ONE_CHILD_WORD = needles.compile(r"\b(?:my|our|the) (?:youngest|eldest|oldest|little one|middle one|big one"
                                  r"|older one|younger one|niece|nephew|grandson|granddaughter)\b")
NEGATED = needles.compile(r"n't\b|\bnot\b|\bwont\b|\bwon't\b|\bneither\b|\bnone\b|\bnor\b|\bdoubt\b|\bunlikely\b"
                          r"|\bno way\b")
COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}
# Combining vowel signs and marks (Arabic, Bengali, Gurmukhi) belong inside a word although \w excludes them.
_MARKS = ("\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0981-\u0983\u09bc-\u09d7"
          "\u0a01-\u0a03\u0a3c-\u0a51\u0a70-\u0a75")
_TOKEN = needles.compile(rf"[^\W\d_][\w'{_MARKS}-]*")

# Unknown-name detection works on the original text: a capitalised word that acts as a subject or is
# coordinated with a linked child, and is not a common word, title or day.
_CAP = r"\b([A-ZА-ЯЄІЇҐ][a-zа-яєіїґ]+(?:-[A-ZА-ЯЄІЇҐ][a-zа-яєіїґ]+)?)"  # Latin or Cyrillic capital
_SURNAME = r"(?: (?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?"  # "Daisy Hill won't be in": a child's full name
_SUBJECT_AFTER = needles.compile(
    # not the adult collecting: "Mohammed will be picking up Yasmin"
    _CAP + _SURNAME + r"(?:'s)? (?!(?:will be |is |'s )?(?:picking|collecting|coming to (?:collect|pick|get)"
                      r"|pick(?:ing)? up))"
    r"(?:is|has|had|was|won't|wont|will|isn't|hasn't|can't|cannot|woke|came|tested|needs|got|"
    r"has got|and (?:I|me)\b|off|not|been|poorly|sick|ill|unwell|going|staying|running|feeling|too"
    # the same in the other Latin-script languages (folded): Polish, Romanian, Spanish, Portuguese, Lithuanian,
    # Turkish, Somali
    r"|jest|ma|nie|bedzie|este|nu|tiene|esta|no|tem|nao|vai|serga|nebus|neateis|hasta|bugun|waa|wuxuu|ayaa)\b")
_INVERTED = needles.compile(r"\b(?:so|nor|neither) (?:is|does|has|will|was|are|do|can't"
                            r"|won't) " + _CAP)  # "so is Oliver"
# "mark Jessica absent", "keeping Jessica home": a child named as the object of the report
_OBJECT_NAME = needles.compile(r"\b(?:mark|marking|keep|keeping|kept) " + _CAP + _SURNAME
                               + r" (?:as |down as )?(?:absent|off|home|at home|out|ill|sick|late)\b")
# "his brother Cody is off with a bug", "her cousin Jada won't be in either": a named relative is a child
# ("my brother Dean" is the parent's brother, an adult)
_GREETINGS = frozenset(["hi", "hello", "hiya", "hey", "morning", "evening", "dear", "afternoon"])
_RELATIVE_NAMED = needles.compile(r"\b(?:(?:(?:[Hh]is|[Hh]er|[Tt]heir) (?:little |big |baby |older |younger "
                                  r"|twin )?(?:brother"
                                  r"|sister|cousin|stepbrother|stepsister)|(?:his|her|their|my|our) (?:little |baby )?"
                                  r"(?:nephew|niece)|(?:my|our) little cousin"
                                  r"|[A-Z]\w+'s (?:little |big |baby |older |younger |twin )?(?:brother|sister))"
                                  # Portuguese and Spanish: "o irmão mais novo, o Duarte" (folded)
                                  r"|(?:o|a|el|la|seu|sua|su) (?:irmao|irma|hermano|hermana)(?: (?:mais nov[oa]"
                                  r"|mais velh[oa]|pequen[oa]|menor|mayor|mas pequen[oa]))?,? (?:o|a|el|la)?) ?" + _CAP)
_CONJ = r"(?:and|&|or|nor|ni|nem|y|i|si|e|ve|ir|su|iyo|aur|ar|te|ja|und|w|wa|і|й|та)"
_RELATION = (r"(?:(?:his|her|their|our|my|su|sua|seu|jego|jej|jo|jos|його|її|їхн\w*|мій|моя) )?(?:(?:little |big "
             r"|older |younger )?(?:sister|brother) )?(?:(?:старш|молодш|менш)\w* )?"
             r"(?:cousin|friend|сестр\w*|брат\w*|pusbrol\w*|pusseser\w*|prima|primo|amiga|amigo|kuzyn\w*|var\w*"
             r"|kuzen\w*|arkadas\w*"
             r"|saaxiib\w*|kardes\w*"
             r"|hermano|hermana|irmao|irma|brat\w*|siostr\w*|frate\w*|sora|sor\w*|walaal\w*|walaash\w*|behen|bhai"
             r"|(?:ibn|bint) (?:3amm?o|3amm?i|khalo|khalto|khalti|3ammto|3amti)"  # Arabizi cousins
             r"|(?:ina|inan|wiilka|gabadha?|inanta) (?:adeer|abti|eedo|habaryar)\w*)?"  # Somali cousins
             r"(?: (?:ei|lui|lor))? ?")  # Romanian "fratele ei Cosmin": her brother Cosmin
_RELATION_WORD = needles.compile(r"\b(?:cousin|friend|prima|primo|amiga|amigo|kuzyn\w*|var\w*|kuzen\w*|arkadas\w*"
                                 r"|pusbrol\w*|pusseser\w*"
                                 r"|saaxiib\w*|(?:ibn|bint) (?:3amm?o|3amm?i|khalo|khalto|khalti|3ammto|3amti)"
                                 r"|(?:ina|inan|wiilka|gabadha?|inanta) (?:adeer|abti|eedo|habaryar)\w*)\s*$",
                            re.I)
_SIBLING_BEFORE = needles.compile(r"\b(?:brother|sister|twin)\s*$", re.I)
_TITLES = needles.compile(r"\b(?:mr|mrs|ms|miss|dr|sir|madam|teacher|aunt|auntie|uncle|nan|nana|grandma|grandad|granny"
                          r"|grandpa|husband|wife|partner|mum|dad|brother|sister|mate|from)\.?\s*$", re.I)
_STOP_CAPS = COMMON_WORDS | {
    "nie",  # Polish "no" at the start of a sentence
    "wait", "scratch", "actually", "oops", "correction", "neighbour", "neighbor", "neighbours",
    "gritter", "postman", "plumber", "builder", "builders", "taxi", "driver",
    "father", "mother",
    # towns a parent names ("London is 2 hours drive")
    "london", "manchester", "birmingham", "leeds", "liverpool", "glasgow", "edinburgh", "bristol", "cardiff",
    "sheffield", "newcastle", "leicester", "bradford", "nottingham", "belfast", "coventry", "luton", "oxford",
    "cambridge", "london's",
    # screens and games ("up till gone midnight on his Xbox")
    "xbox", "playstation", "ps4", "ps5", "ipad", "switch", "nintendo", "fortnite", "roblox", "minecraft", "tiktok",
    "yesterday", "tonight", "tonite",
    "i", "it", "we", "everyone", "everybody", "nobody", "someone", "is", "our", "a", "an", "in", "on", "at",
    "god", "allah", "ji", "sri", "akal", "sat", "guru", "dev", "st", "saint", "centre", "center", "college",
    "hospital", "clinic", "church", "mass", "eid", "diwali", "easter", "ramadan", "change", "still", "good",
    "great", "oh", "ok", "okay", "yes", "no", "hope", "hopefully", "unfortunately", "sadly", "very", "really",
    "nanny", "grandpa", "grandmother", "grandfather", "granddad", "auntie", "aunty", "aunt", "uncle", "cousin",
    "husband", "wife", "partner", "baby", "brother", "sister", "son", "daughter", "papa", "mama", "family", "covid",
    "doctor", "nurse", "gp", "he", "she", "they", "everything", "nothing", "something", "today", "tomorrow",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "funeral", "wedding", "party", "birthday", "appointment", "dentist", "school", "nursery", "office", "class",
    "breakfast", "lunch", "dinner", "tea", "bus", "car", "train", "traffic", "weather", "christmas", "xmas", "term",
    "flight", "flights", "surgery", "operation", "temperature", "fever", "chickenpox", "cough", "cold", "flu",
    "lane", "road", "street", "avenue", "drive", "bypass", "roundabout", "hill", "bridge", "snow", "ice", "rain", "fog",
    "storm", "floods", "roadworks", "police", "neither", "none", "both", "all", "calpol", "nurofen", "ibuprofen",
    "paracetamol", "piriton", "amoxicillin",
    "physio", "optician", "orthodontist", "interview", "assessment", "holiday", "trip", "ceremony", "service",
    "form", "sixth", "academy", "grammar", "high", "primary", "university", "infirmary", "mosque",
    "catholic", "christian", "muslim", "hindu", "sikh", "jewish", "orthodox", "protestant", "buddhist", "anglican",
    "janaza", "janazah", "jenazah", "namaz", "jummah", "mehndi", "mehendi", "nikah", "nikkah", "walima", "baraat",
    "vaisakhi", "hanukkah", "christening", "baptism", "communion",
}


@dataclass
class PupilDecision:
    children: list[Child] = field(default_factory=list)
    problem: str | None = None  # ambiguous | unknown | which
    unknown_name: str | None = None
    clauses_of: dict[str, list[int]] = field(default_factory=dict)
    explanation: list[str] = field(default_factory=list)
    present: list[Child] = field(default_factory=list)  # named children who will be in
    others: list[Child] = field(default_factory=list)  # absent siblings the message does not name ("the other two")


# also Romanian "din Coventry", "la Londra", Polish "w Leeds", "do Londynu", Lithuanian "į Vilnių", Ukrainian "в Києві"
_PLACE_BEFORE = needles.compile(r"(?<![\w-])(?:in|from|to|at|near|of|din|la|în|w|we|do|į|iš|в|до|із)\s+$", re.I)
_PROPER_BEFORE = needles.compile(r"\b(?:the|The) [A-Z][\w'-]*\s+$")
_TITLES_BEFORE = needles.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|sir)\.?\s*$")


@lru_cache(maxsize=4096)
def _capitalised_words(text: str) -> frozenset[str]:
    """The words written with a capital, and in an English (or Polish) message the short forms that are words only in
    another language (LOWER_CASE_NAMES), however written."""
    words = {unpossessive(w.lower()) for w in re.findall(r"\b[A-Z][\w'-]*", fold(text))}
    words |= {w.split("'")[0] for w in words if "'" in w}  # Turkish "Musti'nin", "Elif'e": the name before it
    lower = set(re.findall(r"[a-z]+", text.lower())) & FOREIGN_WORD_SHORT_FORMS
    if lower:
        words |= lower & LOWER_CASE_NAMES.get(canon.detect(text), frozenset())
    return frozenset(words)


_ENGLISH_WORD_FORMS = WORD_SHORT_FORMS - FOREIGN_WORD_SHORT_FORMS
# "Jack has got what Ella had last week": a child named as the one who had the illness before
_HAD_IT_BEFORE = needles.compile(r"\b(?:what|the same (?:thing|bug|virus|as)|whatever)\s+$")
_HAD_AFTER = needles.compile(r"(?:'s)?\s+(?:had|has had|'s had|got|caught)\b")
# "my grandson was sick": one of the children the sender introduced herself by
_ONE_OF_THEM = needles.compile(r"\b(?:he|she|him|he's|she's|my (?:grand)?(?:son|daughter)|(?:the )?(?:grandson"
                               r"|granddaughter)|the (?:boy|girl)|one of them)\b")
# "this is Louis and Bertie's grandma": the sender says whose family they are, naming no absent child
_FAMILY_INTRO = needles.compile(r"\b(?:this is|it's|its|it is)\s+(\w+(?:, \w+)*,? (?:and|&) \w+)(?:'s|s'|') "
                                r"(?:mum|mam|mom|mummy|mother|dad|daddy|father|grandma|grandmother|grandad|grandfather"
                                r"|grandpa|nan|nana|nanny|gran|granny|aunt|aunty|auntie|uncle|stepmum|stepdad|step-mum"
                                r"|step-dad|carer|foster carer|childminder)\b")


@lru_cache(maxsize=4096)
def _capitals_in_order(text: str) -> dict[str, tuple[bool, ...]]:
    """For each short form that is also an English word ("will", "kit"), whether each of its uses in the message, in
    order, has a capital: "Will has his assessment ... Alice will be in" names William once."""
    out: dict[str, list[bool]] = {}
    for w in re.findall(r"\b[\w'-]+", fold(text)):
        if (low := unpossessive(w.lower())) in _ENGLISH_WORD_FORMS:
            out.setdefault(low, []).append(w[0].isupper())
    return {w: tuple(flags) for w, flags in out.items()}


@lru_cache(maxsize=16384)  # a word is looked up in every clause and by every step that reads the message
def token_hits(token: str, capitalised: bool, children: tuple[Child, ...]) -> tuple[Child, ...]:
    """The linked children a word can name; a capitalised prefix of a second child's name fits both ("Jo" beside
    Josephine and Joseph)."""
    hits = [c for c in children if any(matches(token, n, capitalised=capitalised) for n in _names(c))]
    if len(hits) > 1 and not token.isascii():
        closest = closest_in_script(token, [c.first_name for c in hits])
        if len(closest) == 1:
            hits = [c for c in hits if c.first_name == closest[0]]
    if len(hits) == 1 and capitalised and len(token) >= 2:
        hits += [c for c in children if c is not hits[0] and fold(c.first_name).lower().startswith(token)]
    return tuple(hits)


_SCRIPT_PAIR = needles.compile(r"(?<!\S)([\u0600-\u06ff]{2,}) (?=([\u0600-\u06ff]{2,})(?!\S))")  # Arabic script


def named_children(parts: Sequence[str], children: Sequence[Child], original: str
                   ) -> tuple[dict[str, list[int]], list[str]]:
    """Children named in each clause, and words that fit more than one child."""
    caps = _capitalised_words(original)
    in_order = _capitals_in_order(original)
    used: dict[str, int] = {}
    found: dict[str, list[int]] = {}
    ambiguous: list[str] = []
    shared: list[tuple[str, int, list[Child]]] = []
    linked = tuple(children)
    introduced: dict[str, list[int]] = {}  # children named only in "this is X and Y's grandma"
    for ci, clause in enumerate(parts):
        intros = [i.span(1) for i in _FAMILY_INTRO.finditer(clause)]
        for m in _TOKEN.finditer(clause):
            token = unpossessive(m.group(0))
            if not token:
                continue
            if any(start <= m.start() < end for start, end in intros):
                for child in token_hits(token, True, linked):
                    introduced.setdefault(child.id, []).append(ci)
                continue
            if _HAD_IT_BEFORE.search(clause, 0, m.start()) and _HAD_AFTER.match(clause, m.end()):
                continue  # "Jack has got what Ella had last week": the one who had it, not a child off now
            capital = token in caps
            if token in in_order:  # this use of the word, not another one
                nth = used[token] = used.get(token, -1) + 1
                capital = nth < len(in_order[token]) and in_order[token][nth]
            hits = list(token_hits(token, capital, linked))
            if len(hits) > 1:
                exact = [c for c in hits if any(fold(n).lower() == token for n in _names(c))]
                if len(exact) == 1:
                    hits = exact
                else:
                    shared.append((token, ci, hits))
                    continue
            if hits and not clause[: m.start()].endswith(("not ", "instead of ")) and not _TITLES_BEFORE.search(
                    clause, 0, m.start()):  # "Dear Mr Thomas" is the teacher
                found.setdefault(hits[0].id, []).append(ci)
        for m in _SCRIPT_PAIR.finditer(clause):  # "ماہ نور" (Mahnoor): a name written as two words
            hits = [c for c in children if c.id not in found and any(
                matches(m.group(1) + m.group(2), n, capitalised=False) for n in _names(c))]
            if len(hits) == 1:
                found.setdefault(hits[0].id, []).append(ci)
    outright = set(found)
    for token, ci, hits in shared:  # "Freddie and Alfie" (Frederick, Alfred): Alfie is Alfred, so Freddie is Frederick
        left = [c for c in hits if c.id not in outright]
        if len(left) == 1:
            found.setdefault(left[0].id, []).append(ci)
        else:
            ambiguous.append(token)
    if not found and introduced and not _ONE_OF_THEM.search(" ".join(parts)):
        return introduced, ambiguous  # "this is Lily and George's grandma ... I can't get them in today": both
    return found, ambiguous


@lru_cache(maxsize=4096)
def _names(child: Child) -> tuple[str, ...]:
    return tuple(n for n in (child.first_name, child.legal_first_name) if n)


@lru_cache(maxsize=4096)
def child_forms(child: Child) -> frozenset[str]:
    """Every exact form of a child's names (first and legal first name, listed short forms), folded, lower case."""
    return frozenset(form for n in _names(child) for form in name_forms(n))


def forms_in(canon: str, original: str, children: Sequence[Child]) -> dict[str, frozenset[str]]:
    """Each child's name forms, plus the words of this message that name that child alone ("carol" for Carolina,
    "عائشہ" for Ayesha), as the per-child text rules find names."""
    caps = _capitalised_words(original)
    forms = {c.id: set(child_forms(c)) for c in children}
    for token in {unpossessive(m.group(0)) for m in _TOKEN.finditer(canon)}:
        if token and not any(token in f for f in forms.values()):
            hits = token_hits(token, token in caps or not token.isascii(), tuple(children))
            if len(hits) == 1:
                forms[hits[0].id].add(token)
    return {cid: frozenset(f) for cid, f in forms.items()}


_WHILE_AWAY = needles.compile(r"\bwhile (\w+) (?:is|'s) (?:away|in|at work|working|abroad|on holiday)\b")
# "her dad Liam", "his social worker Dawn", "their parents Piotr and Agnieszka": adults named
_ADULT_NAMED = needles.compile(r"\b(?:[Dd]ad|[Dd]addy|[Mm]um|[Mm]ummy|[Mm]other|[Ff]ather|[Gg]randad|[Gg]randpa"
                               r"|[Gg]randma"
                               r"|[Gg]ran|[Gg]ranny|[Nn]an|[Nn]ana|[Nn]anny|childminder|social worker|key worker"
                               r"|carer|[Uu]ncle"
                               r"|[Aa]unt|[Aa]unty|[Aa]untie|stepdad|stepmum|step-dad|step-mum|partner|husband|wife"
                               r"|parents|friend)\s+([A-Z]\w+)(?:\s+(?:and|&)\s+([A-Z]\w+))?")


def unknown_names(original: str, children: Sequence[Child]) -> list[str]:
    """Capitalised names used like a child's that match none of the sender's children."""
    text = fold(original)
    known = [n for c in children for n in _names(c)]
    surnames = {fold(c.last_name).lower() for c in children}

    def is_known(word: str) -> bool:
        return any(matches(word, n, capitalised=True) for n in known)

    def candidate(m: re.Match[str], group: int, *, after_title: bool = False) -> str | None:
        word, surname = m.group(group), m.groupdict().get("surname")
        if surname and word.lower() in _GREETINGS:
            word, surname = surname, None  # "Hi Alice has a temperature": a greeting, then the child
        if surname and fold(surname).lower() not in surnames and (surname.lower() in _STOP_CAPS or is_known(surname)):
            return None  # "So Kwabena was", "Stoney Lane is": not a first name and surname
        at = m.start(group)
        if (word.lower() in _STOP_CAPS or is_known(word) or (not after_title and _TITLES.search(text, 0, at))
                or _PLACE_BEFORE.search(text, 0, at)  # "in Romania", "from Hamburg"
                or _PROPER_BEFORE.search(text, 0, at)):  # "the Immaculate Conception"
            return None
        return word

    out: list[str] = [w for pattern in (_INVERTED, _OBJECT_NAME) for m in pattern.finditer(text)
                      if (w := candidate(m, 1))]
    out += [w for m in _RELATIVE_NAMED.finditer(text) if (w := candidate(m, 1, after_title=True))]
    for m in _SUBJECT_AFTER.finditer(text):
        w = candidate(m, 1)
        if w and (m.group("surname") or not _sentence_start_word(text, m.start(1), w)):  # "Lily Smith is"
            out.append(w)
    forms = {form for n in known for form in name_forms(n)}

    def is_linked(word: str) -> bool:  # a form of a linked child's name
        word = unpossessive(word)
        return fold(word).lower() in forms or is_known(word)  # also another spelling ("Ilhaan" for Ilhan)

    for m in _COORD_AFTER.finditer(text):
        if not is_linked(m.group(1)):
            continue
        w = candidate(m, 2)
        conj = re.search(rf"\b{_CONJ}\s+(?:\S+\s+)?{re.escape(m.group(2))}\b", text[m.start(): m.end(2)], re.I)
        if not w and conj and conj.group(0).split()[0].lower() not in ("and", "&", "or") and not is_known(m.group(2)):
            w = m.group(2)  # "Emre ve Can": in another language an English word ("can") is a name
        if not w and _SIBLING_BEFORE.search(text, 0, m.start(2)) and m.group(2).lower() not in _STOP_CAPS \
                and not is_known(m.group(2)):
            w = m.group(2)  # "Ela and her sister Defne": a sibling named beside a child is a child
        if not w and _RELATION_WORD.search(text, 0, m.start(2)) and not is_known(m.group(2)):
            w = m.group(2)  # "Ahmet ve kuzeni Can": after "cousin", even a common word is a name
        if w and w[0].isupper():
            out.append(w)
    for m in _COORD_LOWER.finditer(text):  # "hi zoe and sam have the flu": a child named in lower case
        if not _PAIR_LEADS.search(text, 0, m.start()):
            continue  # "he's got a sickness bug and lacey is late": the pair does not start the sentence
        for linked, other in ((m.group(1), m.group(2)), (m.group(2), m.group(1))):
            if (is_linked(linked) and not is_linked(other) and other not in _STOP_CAPS and not _TITLES.search(other)
                    and not is_known(other)):
                out.append(other)
    for m in _COORD_BEFORE.finditer(text):
        w = candidate(m, 1) if is_linked(m.group(2)) else None
        if w and w[0].isupper():
            out.append(w)
    adults = {m.group(1).lower() for m in _WHILE_AWAY.finditer(text)} | {
        w.lower() for m in _ADULT_NAMED.finditer(text) for w in m.groups() if w}
    # the family's surname ("Chen Wei and Chen Yu"), an adult away ("while Kelly is in Tenerife"): not a child
    return [w for w in out if fold(w).lower() not in surnames and w.lower() not in adults]


# "<linked name> and <Cap>", "<Cap> and <linked name>" (zero-width, so that "Mia and Jack and Tom" finds both pairs)
_WORD = rf"[^\W\d_][\w{_MARKS}'-]*"
_ARTICLE = r"(?:(?:o|a|os|as|el|la|los|las) )?"  # "Bernardo e o Pedrinho", "Carlos y la Lucía"
_COORD_AFTER = needles.compile(rf"(?<![\w{_MARKS}'-])(?=({_WORD}) {_CONJ} {_ARTICLE}{_RELATION}{_CAP})", re.I)
# (not "sick about 5 times and daisy has")
_COORD_LOWER = needles.compile(r"(?<![\w'-])(?<!\d )([a-z]{2,}) (?:and|n|&) ([a-z]{3,})(?= (?:both|have|has|are|r"
                               r"|got|will|wont|won't|is|were|was|'ve|can't|cant|aren't|arent)\b)")
_PAIR_LEADS = needles.compile(r"(?:^|[.,!?;:()]\s*|\b(?:hi|hello|hiya|hey|morning|so|but|and|sorry|ok|okay|also"
                              r"|plus)\s+)$", re.I)
_COORD_BEFORE = needles.compile(rf"(?<![\w{_MARKS}'-])(?={_CAP} {_CONJ} {_ARTICLE}({_WORD}))", re.I)


# A correction to one child: "sorry no, just Jack", "actually only Amelia"
# (also "all three have colds but only Jack is bad enough to stay at home")
# "sorry, just Jack", "... wait no, Cian feels fine, so it's just Dan and Aoife off"
_JUST_ONE = needles.compile(r"\b(?:(?:sorry|oops|actually|correction|my mistake)\b[,.! ]*(?:no[,.! ]+)?(?:it's )?"
                            r"(?:just|only)|but only|(?:so )?(?:it's|its|it is|it'll be) (?:just|only)) (\w+)"
                            r"(?:,? (?:and|&) (\w+))?\b(?! (?:late|a bit|for|who|that)\b)")


# "all three have a cold but I'm sending them in, only Sami has a temperature"
_ONLY_NAMED = needles.compile(r"(?:^|[,.;]\s*|\bbut )only (\w+)(?= (?:has|is|'s|will|won't|needs|got)\b)")
_PAIR_BOTH = needles.compile(r"(?<!\S)(\S+) (?:and|&) (\S+) both\b")
_PAIR = needles.compile(r"(?<!\S)(\S+) (?:and|&) ([^\W\d_a-z]\S*)(?= [a-z]+\b)")  # "ਸਿਮਰਨ and ਅਮਨ friday ..."


def _caseless_unknown(canon: str, children: Sequence[Child]) -> list[str]:
    """In a script without capitals, "<linked child> and <another name> both ...": the other name is a child who is not
    linked ("ਰਾਜਦੀਪ and ਮਨਜੋਤ both ill"); so is the one after "<linked child> and" ("ਸਿਮਰਨ and ਅਮਨ friday ...")."""
    def known(word: str) -> bool:
        return any(matches(word, n, capitalised=True) for c in children for n in _names(c))

    out = []
    for m in _PAIR_BOTH.finditer(canon):
        a, b = m.group(1), m.group(2)
        a_known, b_known = known(a), known(b)
        if a_known != b_known and not (b if a_known else a).isascii():
            out.append(b if a_known else a)
    out += [m.group(2) for m in _PAIR.finditer(canon) if not m.group(2).isascii() and known(m.group(1))
            and not known(m.group(2))]  # the name after "and" (not the second word of a two-word name before it)
    return out


def _sentence_start_word(text: str, pos: int, word: str) -> bool:
    """A capitalised common verb or adverb opening a sentence is not a name ("Taking", "Still")."""
    return word.lower().endswith(("ing", "ly")) and (pos == 0 or text[:pos].rstrip()[-1:] in ".!?")


_VERB_LEAD = needles.compile(r"\s*(?:will|'ll|is|should|shall|can|goes|comes|is going|is coming)\b")
_PRONOUN_LEAD = needles.compile(r"\s*(?:and |but |so |although |though )?(?:he|she|they)\b")


def _both_unnamed(clause: str, children: Sequence[Child]) -> bool:
    """ "Both off today with the bug, Darcy's been sick": "both" in a comma piece that names no child."""
    return any(BOTH.search(piece) and not _names_any(piece, children) for piece in re.split(r"[,;]", clause))


def _names_any(piece: str, children: Sequence[Child]) -> bool:
    return any(matches(unpossessive(w), n, capitalised=True) for w in _TOKEN.findall(piece) for c in children
               for n in _names(c))


@lru_cache(maxsize=1024)  # asked twice of each clause that decides whether a child attends
def _piece_naming(clause: str, child: Child) -> tuple[str, ...]:
    """The comma piece of a clause that names the child, then that piece with the next one when it goes on about the
    child ("Ahmad has no spots, he will come"); a bare list of names runs on to the next piece ("Joseph, Wanjiru and
    Neema are coming as normal")."""
    pieces = re.split(r"[,;]|\s-\s", clause)
    for i, piece in enumerate(pieces):
        words = {unpossessive(w) for w in _TOKEN.findall(piece)} | {m[1] + m[2] for m in _SCRIPT_PAIR.finditer(piece)}
        if any(matches(w, n, capitalised=True) for w in words for n in _names(child)):
            if len(words) == 1 and i + 1 < len(pieces):
                return (",".join(pieces[i:]),)
            if len(words) <= 3 and i + 1 < len(pieces) and _VERB_LEAD.match(pieces[i + 1]):
                return (f"{piece},{pieces[i + 1]}",)  # "Mert though, will be in as normal": the verb goes on
            nxt = pieces[i + 1] if i + 1 < len(pieces) else ""  # not "..., he'll be in tomorrow": another day
            if _PRONOUN_LEAD.match(nxt) and not _DAY_WORD.search(nxt) and not _DAY_WORD.search(piece):
                return piece, f"{piece},{nxt}"
            return (piece,)
    return ()


# "Jack's fine but he's got the dentist at 8.45", "Jake will be in but I'll pick him up at lunch": what follows "but"
# about the same child (a pronoun leads it) takes back the presence
_SUBJECT_PRONOUN = r"(?:he|she|they|i|i'm|i'll|i've|ive|im|we|we're|we'll)\b"
_A_BIT_LATE = r"(?:a )?(?:little |small )?(?:little|bit|small) later?"  # "a bit late", "little bit later"
_BUT_SAME_CHILD = needles.compile(rf"\b(?:but|although|(?<!even )though) "
                                  rf"(?={_SUBJECT_PRONOUN}|(?:might|may|could|will|'ll) be\b"
                                  rf"|{_A_BIT_LATE}\b"
                                  rf"|(?:today|tomorrow|then) {_SUBJECT_PRONOUN})")
# an errand with one child that makes the other late
_ERRAND_LATE = needles.compile(r"\b(?:take|taking|drop|dropping|bring|bringing) \w+\b[^.;]*\b(?:so|and) (?:he|she)"
                               r"(?:'ll| will|'s| is) (?:be |going to be )?(?:a bit |a little |slightly )?late\b")
# "Nikolai will go to school but I bring him at 9.30 after I take Nastya to my mother": his own late arrival
_BRING_AT = needles.compile(r"\s*(?:but |and |so )?(?:i|we)(?:'ll| will| can| must)? (?:bring|drop|take) (?:him|her)"
                            r"(?: in| to school)? (?:at|by|around|about) (?:about |around )?\d")
_SAME_CHILD_LEAD = needles.compile(rf"\s*(?:and |so |but )?{_SUBJECT_PRONOUN}")


def _attending(clause: str, child: Child) -> bool:
    """Does the comma-separated piece of the clause that names this child say they will be in, with no "but" that
    takes it back ("Isla's fine but I've no one to take her in, she's off too")?"""
    attending = False
    for piece in _piece_naming(clause, child):
        if not says_present(piece, unnegated=True):
            continue
        rest = clause[clause.find(piece) + len(piece):]
        if is_late(rest) and not _OTHER_CHILD.search(rest):
            return False  # "Hannah's coming, just parking up now!"
        if collection_time(rest) and not _OTHER_CHILD.search(rest):
            return False  # "Sara will be in as normal, I will pick her up at 1:00 for the doctor's": collected (the
            # parser forwards a collection after the afternoon register)
        but = _BUT_SAME_CHILD.search(piece)
        after = piece[but.end():] if but else ""
        if after and (is_late(after) or collection_time(after) or STRONG.search(after) or _DROPPED_AT.search(after)
                      or classify(after).reason not in ("unknown", "unsatisfactory")):
            return False
        attending = True
    return attending


def _then_attending(clause: str) -> bool:
    """Does the clause go on, after a comma, to say the child will be in ("Arjan has a play at school tomorrow, he
    will be in as normal")?"""
    first, _, rest = clause.partition(",")
    return bool(HE_OR_SHE_LEAD.match(rest) and says_present(rest, unnegated=True) and not is_late(rest)
                and not (STRONG.search(clause) or WEAK.search(first) or _DAY_WORD.search(rest)
                         or RETURN_AFTER.search(rest)) and classify(first).reason in ("unknown", "unsatisfactory"))


def _says_nothing(clause: str) -> bool:
    """A clause that says nothing of school: no day, lateness, absence, attendance, collection or reason."""
    return not (is_late(clause) or STRONG.search(clause) or WEAK.search(clause) or says_present(clause)
                or collection_time(clause) or _DAY_WORD.search(clause) or classify(clause).reason != "unknown")


# "Edie will be in but I'm dropping her at 9.05": she arrives late
_DROPPED_AT = needles.compile(r"\b(?:drop|dropping) (?:him|her)(?: off| in)? (?:at|by|around|about)"
                              r" (?:about |around )?\d")
_SIBLING_NOUN = r"'s (?:little |big |younger |older |baby |twin )?(?:brother|sister|sibling)s?\b"


def _owner_only(clause: str, child: Child) -> bool:
    """Is the child named in the clause only as a sibling's owner ("Ruby's brother Louis is coming in")?"""
    named = [m for form in child_forms(child) for m in word_re(form).finditer(clause)]
    return bool(named) and all(re.match(_SIBLING_NOUN, clause[m.end():]) for m in named)


_CARE = r"\b(?:leave|leaving|with|after|mind|minding|watch|watching|for)"
_CARE_WORD = needles.compile(_CARE + r"\b")
_CARED_FOR = needles.compile(_CARE + r"\s+$")


def _all_reported(parts: Sequence[str], n: int) -> bool:
    """Does a clause report every child absent or late ("both running late, my youngest lost his shoe")?"""
    return any((ALL_CHILDREN.search(p) or (n == 2 and BOTH.search(p) and _BOTH_CHILDREN.search(p)))
               and (is_late(p) or STRONG.search(p)) for p in parts)


def _object_only(clause: str, child: Child) -> bool:
    """Is the child named in the clause only as the one cared for ("as I can't leave Omar, so he's off too", "after
    the chemist for Zac's medicine")?"""
    if not _CARE_WORD.search(clause):
        return False
    named = [m for form in child_forms(child) for m in word_re(form).finditer(clause)]
    return bool(named) and all(_CARED_FOR.search(clause, 0, m.start()) for m in named)


def _attends(parts: Sequence[str], cis: Sequence[int], child: Child, named_elsewhere: set[int]) -> bool:
    """Will the child be in? The last clause naming them decides, then the unnamed clauses after it: "Rosie's fine
    but she'll be off on Thursday" is off; "Hiba isn't ill ... but she's fine so she's coming in" is in; "Daisy will
    be in but I'll pick her up at 12" is collected (a partial absence)."""
    if any(_UNDECIDED.search(parts[i]) for i in cis):
        return True  # "Poppy's got tummy ache too so I'll see how she is in the morning": nothing to record yet
    said = [i for i in cis if "?" not in parts[i] and not _owner_only(parts[i], child)] or list(cis)  # not "can I
    # send cakes in for Tomi?", nor "Ruby's brother Louis is coming in"
    for i in range(max(cis), len(parts)):
        if i != max(cis) and i in named_elsewhere:
            break
        if _BOTH_OFF.search(parts[i]):
            return False  # "Zoe will be in. Update: just checked Zoe and she's got one too, so keep them both off"
    while len(said) > 1 and _says_nothing(parts[said[-1]]):
        said.pop()  # "Jack's fine, he'll be in Monday. Jack's been practising his solo non-stop": the first decides
    ci = said[-1]
    own = (_piece_naming(parts[ci], child) or (parts[ci],))[-1]
    if is_late(own):
        return False  # late: a report, however well they are now
    if RETURN_AFTER.search(own) and classify(own).reason in ("medical", "interview", "religious"):
        return False  # "Kian has a dentist appt in the morning (9.20) then he'll be in": the morning is missed
    if _IN_FOR_AFTERNOON.search(own):
        return False  # "Zayan is better so he will be in after lunch": the morning is missed
    if _IN_TODAY.search(parts[ci]) and any(_DAY_WORD.search(parts[i]) and classify(parts[i]).reason not in (
            "unknown", "unsatisfactory") for i in said[:-1]):
        return False  # "we are flying there tomorrow for the funeral with Kerem ... Kerem is in school today"
    if (len(said) > 1 and _DAY_WORD.search(parts[ci]) and not _IN_TODAY.search(parts[ci])
            and any(STRONG.search(parts[i]) or collection_time(parts[i]) for i in said[:-1])):
        return False  # "Andreea can't come today either ... From tomorrow Andreea comes as normal": the return (also
        # after a collection: "we'll collect Julia at 12:15 ... Tomorrow Julia will be in as normal")
    if (len(said) == 1 and not named_elsewhere and _DAY_WORD.search(parts[ci]) and not _IN_TODAY.search(parts[ci])
            and any(_TODAY_GIVEN_UP.search(parts[i]) for i in range(ci))):
        return False  # "no chance we'll make it in today, the car won't start. Lily-Rose will be in tomorrow"
    state = _attending(parts[ci], child) or _then_attending(parts[ci])  # "Jack will be in but a bit late": the
    # clauses after it decide
    partial = bool(collection_time(parts[ci]))
    shared = state and ci in named_elsewhere  # "Connor and Orla have the bug, Sean is fine so he'll be in. Off today
    # for both of them": an absence after it with no "he" or "she" is the others'
    for i in range(ci + 1, len(parts)):
        if i in named_elsewhere:
            if is_late(parts[i]) and re.search(rf"\b(?:they|both)\b|^\s*(?:but |and )?(?:he|she|might|may|will"
                                               rf"|should|could|{_A_BIT_LATE})\b", parts[i]):
                state = False  # "I have to take Rayan to the GP so they will be late"; "Cian will be in but might be a
                # little late as I need to ring the doctors for Saoirse"
            if is_late(parts[i]) and (_ERRAND_LATE.search(parts[i]) or _BRING_AT.match(parts[i])):
                state = False  # "Lucy will be in but I've got to take Callum over to my mum's first so she'll be late"
            lead = re.split(r"[,;]", parts[i])[0]  # "Isaac's got a cold but he's coming in, Sam's fine"
            if HE_OR_SHE_LEAD.match(lead) and says_present(lead, unnegated=True) and not is_late(lead):
                state = True
            break
        p = re.split(r",\s*(?=(?:his|her|their|my|the) )", parts[i])[0]  # not ", her brother will be in"
        if _OTHER_CHILD.search(p):
            break
        if named_elsewhere and not shared and not _JOINT_SUBJECT.search(own) and _THEY_LEAD.match(p):
            continue  # "Najma and Guled are sick. Hibo she go to school. They will be off until Thursday"; not "Seren
            # and Gwen have both got the sniffles but they're fine to come in"
        if parts[i - 1].rstrip()[-1:] in ".!?" and _others_pronoun(p, [parts[j] for j in cis],
                                                                   [parts[j] for j in named_elsewhere]):
            continue  # "Hollie ... so she won't be in. Jake's fine. Not sure how long she'll be off": Hollie's
        if (is_late(p) or collection_time(p) or RETURN_AFTER.search(p) or _DROPPED_AT.search(p)
                or _BARE_ARRIVAL.match(p)):
            state, partial = False, True
        elif (STRONG.search(p) and not says_present(p) and not _AFTER_SCHOOL_CLUB.search(p)
              and not (shared and not _SINGULAR.search(p))) or (
                _SAME_CHILD_LEAD.match(p) and classify(p).reason not in ("unknown", "unsatisfactory")):
            state = False  # "Jack's fine, but he's got the dentist at 8.45"
        elif (says_present(p, unnegated=True) and not _HOPED.search(p)
              and (not _DAY_WORD.search(p) or _IN_TODAY.search(p) or _IN_ALL_WEEK.search(p) or _AFTER_ALL.search(p))
              # not "in tomorrow"; "in today but not swimming on Thursday", "in all week"; not "appointment on Monday
              # ... he's in school as normal today"
              and not (_TODAY.search(p) and _DAY_WORD.search(parts[ci]))
              and not (_IN_TODAY.search(p) and any(STRONG.search(q) and _DAY_WORD.search(q) and not _TODAY.search(q)
                                                   for q in parts[ci:i]))  # "won't be in on Thursday ... in today"
              # "won't be in today. Sorry I meant tomorrow, he's in today!": the day moved
              and not ((m_in := _TODAY.search(p)) and _MEANT_DAY.search(" ".join([*parts[ci:i], p[: m_in.start()]])))
              and not ((partial or any(STRONG.search(q) for q in parts[ci:i])) and _WELL_OTHERWISE.search(p))
              # "collect him at 12.30. He's fine otherwise!"; "off the whole day ... He's fine in himself"
              and not (STRONG.search(parts[ci]) and not _SCHOOL_WORD.search(p))):  # "Zahra is absent today ... she
            # is ok now but very tired": well again, not in
            state = True  # "she'll be in tomorrow" after today's absence is the return, not attendance
    return state


_PRONOUN = re.compile(r"\b(he|she)\b")
# "Seren and Gwen have both got the sniffles": the child is one of a pair the next "they" is about
_JOINT_SUBJECT = needles.compile(r"\bboth\b|^\W*\S+ (?:and|&) \S+ (?:are|have|were|'re|'ve)\b")


def _others_pronoun(clause: str, own: Sequence[str], others: Sequence[str]) -> bool:
    """Is the clause's "he" or "she" one the message used only for another child?"""
    m = _PRONOUN.search(clause)
    if not m:
        return False
    word = re.compile(rf"\b{m[1]}\b")
    return any(word.search(o) for o in others) and not any(word.search(o) for o in own)


_SCHOOL_WORD = needles.compile(r"\b(?:in|school|come|coming|comes|attend\w*|go|going|back)\b")
# "Hamza will come but maybe 10:00": the time he comes
_BARE_ARRIVAL = needles.compile(r"\s*(?:maybe|probably|about|around|by|at) (?:9|10|11)[:.][0-5]\d\s*(?:[.!,]|$)")
# "they" leading a clause: the children, not the organisers ("they've moved it to Saturday")
_THEY_LEAD = needles.compile(r"\s*(?:and |so |but )?they\b"
                             r"(?!(?:'ve| have|'re| are)? (?:moved|changed|cancelled|canceled"
                             r"|rearranged|postponed|put|said|told|rang|rung|called|phoned|emailed|texted)\b)")
HE_OR_SHE_LEAD = needles.compile(r"\s*(?:and |so |but |then )?(?:he|she)\b")  # a clause led by "he" or "she"
# "... but might be a bit late", "... but they'll be late", "... but we're running late"
_SUBJECTLESS = needles.compile(r"\s*(?:(?:they|we)(?:'ll| will) |)(?:might|may|could|will|should|'ll) be\b"
                               r"|\s*(?:they|we)(?:'ll| will|'re| are) (?:be )?(?:running |a bit |a little )?late\b")
_SINGULAR = needles.compile(r"\b(?:he|she|him|her|his|neither|none|all|everyone)\b")
_UNDECIDED = needles.compile(r"\b(?:i'll|i will|we'll|we will) see how (?:he|she|they)(?:'s| is| are| feels?| goes)\b"
                             r"[^.;]{0,40}\b(?:let (?:you|u) know|update (?:you|u)|be in touch|message (?:you|u))\b")
_AFTER_SCHOOL_CLUB = needles.compile(r"\bafter school\b|\bafter-school\b")  # "won't be going swimming after school"
_WELL_OTHERWISE = needles.compile(r"\b(?:fine|ok|okay|well|alright|grand) (?:otherwise|in (?:him|her|them)sel(?:f"
                                  r"|ves))\b")
_TODAY = needles.compile(r"\btoday\b")
_BOTH_OFF = needles.compile(r"\b(?:keep|keeping) (?:them both|both of them|both|them all|all of them)"
                            r" (?:off|home|at home)\b"
                            r"|\b(?:they're both|they are both|both are|they'll both be|they will both be|both will be)"
                            r" (?:off"
                            r"|staying home|at home)\b")
_MEANT_DAY = needles.compile(r"\bi mean(?:t)?,? (?:on )?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|next)\b")
_IN_TODAY = needles.compile(r"\b(?:is|'s|are|'re) in (?:school )?today\b")
_IN_FOR_AFTERNOON = needles.compile(r"\b(?:be in|come in|back|into school|to school)\b[^.;]{0,15}\b(?:after lunch"
                                    r"|this afternoon|for the afternoon|in the afternoon"
                                    r"|(?:at|by|for) lunch(?:time)?)\b")
# an unnamed clause that gives up today, before the child's return is named
_TODAY_GIVEN_UP = needles.compile(r"\b(?:won't|will not|can't|cannot|not going to|unable to|no (?:chance|way)"
                                  r")\b[^.;]{0,40}\b(?:today|this morning)\b")
_AFTER_ALL = needles.compile(r"\bafter all\b")  # "she'll be in on Friday after all": the absence told is withdrawn
_IN_ALL_WEEK = needles.compile(r"\bbe in (?:school )?(?:all|the whole|every day this) week\b")
_HOPED = needles.compile(r"\b(?:hop(?:e|ing)|hopefully|fingers crossed)\b|\bby then\b")  # "hoping she'll be better"


def _others_count(m: re.Match[str]) -> int:
    """How many siblings "the other two" or "her brother" counts (0: not said)."""
    if m.group(1):
        return COUNT.get(m.group(1), 0)
    return 1 if m.group(0).split()[-1] in ("brother", "sister", "sibling") else 0


# "neither of them are going in": every child, although "going in" is said
_NEITHER = needles.compile(r"\b(?:neither|none) of (?:them|the (?:kids|children|boys|girls|twins))\b")
_NONE_IN = needles.compile(r"\b(?:neither|none) of (?:them|the (?:kids|children|boys|girls|twins)) (?:will|is|are|can)"
                           r"(?: be)? (?:in|coming|going|able)\b")
# "the children's grandma died ... Esther has taken it hard": the children's own, beside a child named as absent
_THEIRS = needles.compile(r"\b(?:the|my|our) (?:kids|children|boys|girls|grandkids|grandchildren)(?:'s|')(?=\s)")


def resolve(parts: Sequence[str], canon: str, children: Sequence[Child], original: str) -> PupilDecision:
    """The absent children, or why the message must ask which."""
    decision = PupilDecision()
    # a word the language's lexicon rewrote ("Shukarvar" is Friday) is not a name: names survive into `canon`
    unknown = [w for w in unknown_names(original, children) if re.search(rf"\b{re.escape(fold(w).lower())}\b", canon)]
    unknown += _caseless_unknown(canon, children)
    if unknown:
        decision.problem, decision.unknown_name = "unknown", unknown[0]
        decision.explanation.append(f"named child {unknown[0]!r} is not linked to the sender")
        return decision
    found, ambiguous = named_children(parts, children, original)
    by_id = {c.id: c for c in children}
    narrowed = _JUST_ONE.search(canon) or _ONLY_NAMED.search(canon)
    kept = [name for name in narrowed.groups() if name] if narrowed else []
    only = [c for c in children if any(matches(name, c.first_name, capitalised=True) for name in kept)]
    if only and len(only) == len(kept):  # "mark the kids off on Friday ... sorry no, just Jack"
        decision.children, decision.clauses_of = only, found
        decision.explanation.append("corrected to " + " and ".join(c.first_name for c in only) + " alone")
        return decision
    if ambiguous and not found:
        decision.problem = "ambiguous"
        decision.explanation.append(f"{ambiguous[0]!r} could be more than one child")
        return decision
    # the last clause about a child decides ("Ruby and Sam have a temperature ... Sam seems ok so he'll be in")
    if ambiguous:
        decision.problem = "ambiguous"  # "Alex" with Alexander and Alexandra linked, beside a child named outright
        decision.explanation.append(f"{ambiguous[0]!r} could be more than one child")
        return decision
    naming = {(other, i) for other, ois in found.items() for i in ois
              if len(found) < 2 or not _object_only(parts[i], by_id[other])}  # not only as the one cared for
    present = {cid for cid, cis in found.items()
               if _attends(parts, cis, by_id[cid], {i for other, i in naming if other != cid})
               and not any(_NONE_IN.search(p) for p in parts[max(cis) + 1:])}  # "Macey's ok but I've no one to take
    # her ..., so neither of them will be in"
    if found and len(children) > len(found) and any(
            RELATIONAL.search(p) for ci, p in enumerate(parts) if not any(ci in cis for cis in found.values())):
        decision.problem = "which"  # "Josh is off, and my daughter has the dentist": which daughter?
        decision.explanation.append("a child spoken of but not named")
        return decision
    decision.clauses_of = found
    decision.present = [by_id[cid] for cid in found if cid in present]
    named = [by_id[cid] for cid in found if cid not in present]
    several = [p for p in parts if (BOTH.search(p) or ALL_CHILDREN.search(_THEIRS.sub(" ", p))) and not says_present(p)]
    unnamed = [c for c in children if c.id not in found]
    # "his sister is coming in" is in; "the other two will be in but might be a few minutes late" is a report
    late_at = {i for i, p in enumerate(parts) if is_late(p) or (
        i + 1 < len(parts) and _SUBJECTLESS.match(parts[i + 1]) and is_late(parts[i + 1]))}
    others_said = [p for i, p in enumerate(parts) if OTHERS.search(p) and (not says_present(p) or i in late_at)]
    others_in = any(OTHERS.search(p) and says_present(p) and i not in late_at for i, p in enumerate(parts))
    if unnamed and bool(named) != bool(present) and others_said and not others_in:
        # "Tobi is ill so the other two will have to stay home with us"; "Mia's in today ... the other two have the bug"
        count = next((_others_count(m) for p in others_said if (m := OTHERS.search(p)) and _others_count(m)), 0)
        if count and count != len(unnamed):
            decision.problem = "which"
            decision.explanation.append("the others the message counts are not the children left")
            return decision
        decision.children = [c for c in children if c in named or c in unnamed]
        decision.others = unnamed
        decision.explanation.append("named: " + ", ".join(c.first_name for c in named) + "; and the others" if named
                                    else "the others than " + ", ".join(c.first_name for c in decision.present))
        return decision
    everyone = [p for p in parts if (not says_present(p) or _NEITHER.search(p)) and (
        ALL_CHILDREN.search(_THEIRS.sub(" ", p)) or (len(children) == 2 and _both_unnamed(p, children))
        or ((m := ALL_N.search(p)) and COUNT.get(m.group(1), len(children)) == len(children)))]
    if named and not present and not others_in and len(children) > len(named) and everyone:
        decision.children = list(children)  # "all 3 have colds and Lola was sick, so I'm keeping them all home"
        decision.explanation.append("every child: " + everyone[0])
        return decision
    if len(named) == 1 and not present and len(children) >= 2 and several:  # not "the girls will be in"
        decision.problem = "which"  # "Ema su Luku ... abu serga": one name read, "both" says there are two
        decision.explanation.append("one child named but the message speaks of several")
        return decision
    if named:
        decision.children = [c for c in children if c in named]
        decision.explanation.append("named: " + ", ".join(c.first_name for c in decision.children))
        return decision
    if found and not named and several and len(children) > len(found):
        decision.problem = "which"  # "both boys are off, Eesha will be in" with three linked: which boys?
        decision.explanation.append("the named children attend, and others are spoken of without names")
        return decision
    if found and not named:
        decision.explanation.append("every named child is attending")
        return decision
    n = len(children)
    all_n = ALL_N.search(canon)
    if (ONE_OF.search(canon) or (_ONE_CHILD_WORD.search(canon) and not _all_reported(parts, n))) and n > 1:
        decision.problem = "which"  # "one of them", "the little one has a temperature": which child? (Not "both
        # running late, my youngest couldn't find his shoe")
    elif BOTH.search(canon) and n > 2 and (_GENDERED.search(canon) or _BOTH_CHILDREN.search(canon)):
        decision.problem = "which"  # "the girls / the little ones have both got a bug" with three children: which two?
    elif _GENDERED.search(canon) and n >= 3 and not ALL_CHILDREN.search(_GENDERED.sub(" ", canon)):
        decision.problem = "which"  # "the boys are off" with three linked children whose sexes we do not know
    elif _GENDERED.search(canon) and n == 2:
        decision.children = list(children)  # "boys will be late" with two linked: both
    elif n == 1 and _SEVERAL_CHILDREN.search(canon):
        decision.problem = "which"  # "both the girls have got the bug" from a parent linked to one child
    elif ALL_CHILDREN.search(canon) or (all_n and COUNT.get(all_n.group(1), 0) in (0, n)
                                        and (all_n.group(1).isdigit() is False or int(all_n.group(1)) == n)):
        decision.children = list(children)
    elif BOTH.search(canon) and (n > 2 or _BOTH_CHILDREN.search(canon) or not _BOTH_WORD.search(canon)):
        # "the twins", "both of them"; not "in both eyes"
        if n == 2:
            decision.children = list(children)
        else:
            decision.problem = "which"
    elif n == 1:
        decision.children = list(children)
    else:
        decision.problem = "which"
    if all_n and COUNT.get(all_n.group(1), int(all_n.group(1)) if all_n.group(1).isdigit() else 0) != n:
        decision.children, decision.problem = [], "which"
    if decision.problem:
        decision.explanation.append("cannot tell which child")
    return decision
