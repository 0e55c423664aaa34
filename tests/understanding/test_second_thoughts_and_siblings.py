"""Phrasings from the sixteenth round of fresh batches: second thoughts inside one message ("so only the Friday",
"in on Monday as normal"), a sibling who is fine in a clause shared with the ill ones or only mentioned, collections
named on one of several days, arrival cues that are after-school times or the parent's own appointment, children who
are in school for a jab, a trip or the rest of the day, and short forms of names in other scripts and languages."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.names import matches
from understanding.types import Child

RECORDED = [
    # a collection on one named day of several: that day's afternoon, the other day whole
    ("The wedding is on Friday, I'll collect her from school Thursday at 12 so we can travel, she won't be in Friday",
     kids("Reem"), "2026-12-09 12:30", {"P1": ("family_event", "O", ["12-10 PM", *full("12-11")])}),
    ("Grandad's funeral is Friday. Please could Tom come out at 12.30 on Thursday so we can drive up, and he'll be "
     "off Friday", kids("Tom"), "2026-12-08 07:40", {"P1": ("exceptional", "C", ["12-10 PM", *full("12-11")])}),
    # the fine sibling in the same clause as the ill ones: the absence after it is theirs
    ("Hi, Ruby and Ava have got the sickness bug, Leo is fine so he'll be in. Off today for both of them",
     kids("Ruby", "Leo", "Ava"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P3": ("illness", "I", full("12-07"))}),
    # "won't make it in today" is the whole day, whatever happened on the way in
    ("The car's broken down on the way in and we're waiting for the AA, Mason won't make it in today",
     kids("Mason"), "2026-12-15 08:40", {"P1": ("transport", "O", full("12-15"))}),
    ("We were on the way in when she was sick all over the car, she won't be in today", kids("Isla"),
     "2026-12-15 08:35", {"P1": ("illness", "I", full("12-15"))}),
    # second thoughts that narrow the days
    ("Finn was going to be off on Monday for my sister's wedding but they've moved it so it's Tuesday now. So he'll "
     "be off Tuesday instead and in on Monday as normal", kids("Finn"), "2026-12-03 07:45",
     {"P1": ("family_event", "O", full("12-08"))}),
    ("We fly to Spain on the 16th so Lola will be off Wednesday to Friday next week. Sorry, I've checked and the "
     "flight is actually the 18th so only the Friday", kids("Lola"), "2026-12-11 07:45",
     {"P1": ("holiday", "G", full("12-18"))}),
    ("Ellie has a temperature so will be off today and tomorrow. Actually her nan can have her tomorrow and will "
     "take her in if she's well, so just today for now", kids("Ellie"), "2026-11-30 08:10",
     {"P1": ("illness", "I", full("11-30"))}),
    # an appointment moved to a day the child is late on: that morning only
    ("I said Maya would be off tomorrow for the hospital but they've moved it to Friday at 9, so she'll be in "
     "tomorrow as normal and late on Friday, about 10.30", kids("Maya"), "2026-12-02 18:00",
     {"P1": ("medical", "M", ["12-04 AM"])}),
    # an apology for yesterday's unreported cold is not today's reason
    ("Hiya, Sam has a hospital appt tomorrow at 11 so he'll be off all day tmrw. Also sorry he was off yesterday "
     "with a cold and I didn't message", kids("Sam"), "2026-11-24 07:30", {"P1": ("medical", "M", full("11-25"))}),
    # well "otherwise" does not undo a collection; in school today does not undo Monday's appointment
    ("Ben has an MRI on Wednesday at 1.30pm so I'll collect him at 12.30. He's fine otherwise!", kids("Ben"),
     "2026-11-24 20:00", {"P1": ("medical", "M", ["11-25 PM"])}),
    ("Mo has a hospital appointment on Monday at 2.30 so I'll collect him at 1. He's in school as normal today",
     kids("Mohammed"), "2026-11-26 07:35", {"P1": ("medical", "M", ["11-30 PM"])}),
    # home now and in for the afternoon: the morning missed
    ("Sorry for the late message, Nadia had a nosebleed this morning that wouldn't stop. We're home now and she's "
     "fine, I'll bring her in for the afternoon", kids("Nadia"), "2026-11-30 10:15",
     {"P1": ("illness", "I", ["11-30 AM"])}),
    # siblings who are in: insisting on coming in, a jab in school, staying for the afternoon
    ("Aimee's got an ear infection so she's off today. Jake would've been off too with his cold but he's insisted "
     "on coming in", kids("Aimee", "Jake"), "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02"))}),
    ("Oscar's off today with a migraine. Poppy has her flu vaccine in school today so please make sure she gets it",
     kids("Oscar", "Poppy"), "2026-11-25 07:25", {"P1": ("illness", "I", full("11-25"))}),
    ("I need to pick Lucy up at 12.45 today for her hospital check-up. Alice stays for the afternoon, I'll collect "
     "her at 3.15 as normal", kids("Lucy", "Alice"), "2026-12-04 12:15", {"P1": ("medical", "M", ["12-04 PM"])}),
    # "drop Evie off" is not Evie being off
    ("Toby's been sick so he won't be in today. I'll drop Evie off after but she'll be late, about 9.40",
     kids("Toby", "Evie"), "2026-12-08 08:45",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "U", ["12-08 AM"])}),
    # "but only Jack" narrows "all three"
    ("Morning, all three have got colds but only Jack is bad enough to stay at home. The girls will be in today",
     kids("Sophie", "Jack", "Emily"), "2026-12-14 07:05", {"P2": ("illness", "I", full("12-14"))}),
    # a sibling named only as an errand, in another script: the late child is late, the ill one ill
    ("السلام علیکم، عائشہ کو بخار ہے اس لیے وہ آج اسکول نہیں آئے گی۔ حمزہ آج دیر سے آئے گا کیونکہ پہلے مجھے عائشہ کو "
     "ڈاکٹر کے پاس لے جانا ہے، تقریباً ساڑھے نو بجے پہنچے گا۔", kids("Ayesha", "Hamza"), "2026-11-23 07:30",
     {"P1": ("illness", "I", full("11-23")), "P2": ("late", "U", ["11-23 AM"])}),
    # the time just before the verb when the one after it is past a comma: "at 12:30 collect him, at 13:30 ..."
    ("Merhaba, Deniz'i bugün 12:15'te okuldan alacağım, saat 13:45'te dişçi randevusu var.", kids("Deniz"),
     "2026-12-08 08:00", {"P1": ("medical", "M", ["12-08 PM"])}),
    # a check-up the child is collected for outranks an illness that is over
    ("As you know Ruby was in hospital last week with pneumonia. Today she has a check-up at the hospital at 2, so "
     "I'll collect her at 1", kids("Ruby"), "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 PM"])}),
    # "hope to be there for 9.40" is the arrival, not a wish
    ("Both running late, the car's got a flat. hope to be there for 9.40", kids("Evie", "Harry"), "2026-11-26 08:30",
     {"P1": ("late", "U", ["11-26 AM"]), "P2": ("late", "U", ["11-26 AM"])}),
    ("Callum is ill off this week", kids("Callum"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    # a sibling who will be in on the day meant, or who is only mentioned, is not recorded
    ("just a heads up dev has been sneezing all evening, don't think its anything, he will be in tomorrow. Anika "
     "has been sick though so she won't", kids("Anika", "Dev"), "2026-11-23 19:30",
     {"P1": ("illness", "I", full("11-24"))}),
    ("Adam forgot his PE kit, I'll drop it at the office. Also Safa has a doctors appointment at 2.10 today, I'll "
     "collect her at 1pm", kids("Safa", "Adam"), "2026-11-26 07:30", {"P1": ("medical", "M", ["11-26 PM"])}),
    ("Evelyn has a dentist appointment tomorrow at 3, I'll pick her up at 2.30 if that's alright. Oscar is off "
     "tomorrow though, he's got the sickness bug", kids("Oscar", "Evelyn"), "2026-12-14 19:00",
     {"P1": ("illness", "I", full("12-15"))}),
    ("Georgia has a temperature so she's staying home today, Alfie will be in but he's going home at 12.30 for his "
     "dentist appointment at 1.15", kids("Georgia", "Alfie"), "2026-12-17 07:30",
     {"P1": ("illness", "I", full("12-17")), "P2": ("medical", "M", ["12-17 PM"])}),
    ("Eve has her school trip to the panto today and she's so excited! Jack will be off today though, he's got a "
     "temperature", kids("Eve", "Jack"), "2026-12-15 07:30", {"P2": ("illness", "I", full("12-15"))}),
    # the parent's own appointment, or a relative's operation: the children are late, not at an appointment
    ("Good morning. I have my own appointment at the hospital at 8.30 so my husband will drop the children but they "
     "will be late, around 9.45", kids("Kacper", "Zofia"), "2026-11-23 07:30",
     {"P1": ("late", "U", ["11-23 AM"]), "P2": ("late", "U", ["11-23 AM"])}),
    ("Tegan's dad is having an operation today and I need to be with him at the hospital, my mum is taking Tegan to "
     "school but she'll be late, probably about 10", kids("Tegan"), "2026-11-25 07:30",
     {"P1": ("late", "U", ["11-25 AM"])}),
    # the family's flight home is not the children's return
    ("Aoife and Oisin both off today, nana's funeral in Derry, we fly back tomorrow night so they'll be back in "
     "Monday", kids("Aoife", "Oisin"), "2026-11-25 07:30",
     {"P1": ("exceptional", "C", full("11-25", "11-26")), "P2": ("exceptional", "C", full("11-25", "11-26"))}),
    # "this afternoon and tomorrow": the afternoon is today's
    ("I've been called by the office, Chloe has a temp. She'll miss this afternoon and probably tomorrow too",
     kids("Chloe"), "2026-11-30 12:30", {"P1": ("illness", "I", ["11-30 PM", *full("12-01")])}),
    # "won't get back till late" is the family, not a late arrival
    ("Ciaran's off today he has a hospital appointment in Birmingham at 11:30 so we won't get back till late",
     kids("Ciaran"), "2026-12-01 07:30", {"P1": ("medical", "M", full("12-01"))}),
    # a sibling's illness "caught" by this child; a sibling's nativity watched
    ("Her brother had the stomach bug last week and now Jude has caught it and is off today", kids("Jude"),
     "2026-11-30 07:30", {"P1": ("illness", "I", full("11-30"))}),
    ("Priya's little sister is doing her nativity this morning so Priya is coming with us to watch, she'll be in "
     "school after lunch", kids("Priya"), "2026-12-02 07:30", {"P1": ("family_event", "O", ["12-02 AM"])}),
    # spots noticed this morning: when, not which session; a sibling's errand this morning: not the child's half day
    ("Ollie has chickenpox spots this morning, he will be off till they scab over", kids("Oliver"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    ("Tyler's fine himself but I have to take the little one to the doctors this morning so can't do the school run. "
     "He'll be in tomorrow", kids("Tyler"), "2026-11-30 07:30", {"P1": ("unsatisfactory", "O", full("11-30"))}),
    # in the evening, "was off colour all day today" is what happened
    ("zoe has been sick again tonight so not in tomorrow sorry. she was off colour all day today", kids("Zoe"),
     "2026-12-15 19:30", {"P1": ("illness", "I", full("12-16"))}),
    ("Sorry, Martha has a hospital appointment on Monday at 10.30 so she'll be in after lunch. She's feeling much "
     "better after being off on Wednesday", kids("Martha"), "2026-12-11 16:30",
     {"P1": ("medical", "M", ["12-14 AM"])}),
    # collected "now", after a trip mentioned as past; "pick him up at lunch" after a 2pm time
    ("She's been complaining her ear hurts since the trip yesterday, I've got her a GP appointment at 1.40 so I'm "
     "coming to collect her now", kids("Martha"), "2026-12-09 13:05", {"P1": ("medical", "M", ["12-09 PM"])}),
    ("Sammy has a dentist appointment at 2pm I'll pick him up at lunch", kids("Samuel"), "2026-12-01 07:30",
     {"P1": ("medical", "M", ["12-01 PM"])}),
    ("kwame will be a bit late tmrw, ive got an early hospital appt myself, should be there by 9.10", kids("Kwame"),
     "2026-12-14 19:00", {"P1": ("late", "L", ["12-15 AM"])}),
    # back from a family visit, exhausted: not a holiday
    ("Ali and Mariam are having a day off today, we got back really late last night from visiting family in London "
     "and they are exhausted", kids("Ali", "Mariam"), "2026-12-08 08:25",
     {"P1": ("unsatisfactory", "O", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # coming in after all
    ("Grace has a bit of a sore throat but she's insisting on coming in, just letting you know", kids("Grace"),
     "2026-11-26 08:30"),
    # an after-school collection time is not a late arrival
    ("Hi please can you let George know his nan is picking him up today not me, she'll be at the gate at 3.15",
     kids("George"), "2026-12-01 12:10"),
    # a question about a closure; homework dropped in; a child who is in "but call me if"; the parent not back
    ("Dylan says theres no school today is that right? Just checking he's not meant to be in", kids("Dylan"),
     "2026-11-26 07:30"),
    ("Could you tell Miss Reid that Grace did her homework but left it on the table, I'll drop it in at lunch",
     kids("Grace"), "2026-11-24 07:30"),
    ("Daisy is a bit off colour this morning, think shes just tired, she's in but if she gets worse pls call me",
     kids("Daisy"), "2026-11-26 08:00"),
    ("I have a hospital appointment myself at 11 today and I won't be back in time to pick up, could the children go "
     "to after school club until 5?", kids("Ibrahim", "Maryam"), "2026-12-01 07:30"),
])
def test_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert (result.action, result.reports) == ("forward", ()), result.explanation


def test_one_child_spoken_of_among_several_is_asked_about() -> None:
    result = parse("They're both fine now. Also the little one has a temperature today so I'll keep her off",
                   kids("Noah", "Mia"), "2026-12-09 07:30")
    assert (result.action, result.reports) == ("clarify", ()), result.explanation


def test_reminders_name_only_the_ill_children() -> None:
    result = parse("Toby's been sick with a tummy bug, he won't be in today. Evie will be late, about 9.40",
                   kids("Toby", "Evie"), "2026-12-08 08:45")
    assert "keep Toby at home until 48 hours" in result.reply, result.reply


@pytest.mark.parametrize(("word", "name"), [("Funmi", "Olufunmilayo"), ("Yemi", "Oluwayemisi"),
                                            ("Dele", "Ayodele"), ("Tunde", "Babatunde"), ("Ярика", "Yaroslav"),
                                            ("Оля", "Olha"), ("Мирося", "Myroslava"), ("Carol", "Carolina"),
                                            ("Duda", "Eduardo")])
def test_short_forms(word: str, name: str) -> None:
    assert matches(word, name, capitalised=True)


def test_yoruba_short_form_needs_the_name_after_the_prefix() -> None:
    assert not matches("Lara", "Olufunmilayo", capitalised=True)
