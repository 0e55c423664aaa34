"""Phrasings from the sixth round of fresh batches, one rule each: days withdrawn by a correction, returns for the
last day of term or the new year, relatives' emergencies, children named with a surname or as someone's brother,
days out, lessons missed in school, and late arrivals said in other ways."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, NOAH, full, marks, parse
from understanding.names import matches
from understanding.types import Child


def only(text: str, when: str, children: list[Child] | None = None) -> tuple[str, str, list[str]]:
    got = marks(parse(text, children or [JACK], when=when))
    assert len(got) == 1, got
    return next(iter(got.values()))


@pytest.mark.parametrize(("text", "when", "days"), [
    # a correction withdraws the day it corrects, wherever it was said
    ("Jack won't be in tomorrow. Sorry, I mean Friday not tomorrow!", "2026-12-08 18:00", full("12-11")),
    ("Jack has the orthodontist on Wednesday 9th so he'll be off, oops just looked at the card and it's actually "
     "Thursday 10th", "2026-12-02 17:00", full("12-10")),
    # a day of a test, a hoped-for return and a return for the last day are not days off
    ("Jack has flu, off Monday to Wednesday and we'll retest on Thursday", "2026-12-04 19:00",
     full("12-07", "12-08", "12-09")),
    ("Jack had a panic attack and couldn't face school today, hoping he'll manage tomorrow", "2026-12-02 08:00",
     full("12-02")),
    ("Jack has a chest infection, he'll be back for the last day of term hopefully", "2026-12-14 07:30",
     full("12-14", "12-15", "12-16", "12-17")),
    # returning in the new year: to the end of term
    ("Jack will be absent from Tuesday as we're flying to Lagos for Christmas, he will return in the new year",
     "2026-12-13 19:00", full("12-15", "12-16", "12-17", "12-18")),
])
def test_days(text: str, when: str, days: list[str]) -> None:
    assert only(text, when)[2] == days


@pytest.mark.parametrize(("text", "children"), [
    ("Jack will be off the day after the nativity, we're visiting family", [JACK]),
    ("Jack needs a couple of days off next week, relatives are visiting from Karachi", [JACK]),
    ("Jack will miss school for his grandad's funeral, we're still waiting to hear which day", [JACK]),
    ("Jack will be absent 31/11 for a family matter", [JACK]),  # a date that does not exist
    ("Jack has the optician on Monday afternoon, or it might be Tuesday, I need to check", [JACK]),
    ("Jack's grandma is very ill and we may have to fly out at any moment", [JACK]),
    # a child named with a surname, or as someone's brother or sister, who is not linked
    ("Lily Smith won't be in today, she has a temperature", [JACK]),
    ("Jack is in today but his sister Rosa is off with a cold", [JACK]),
    ("Jack and Amelia won't be in, their baby brother Teddy was taken to hospital last night", [JACK, AMELIA]),
    # "the boys" with three linked children whose sexes are not known
    ("The boys are poorly and staying home", [JACK, AMELIA, NOAH]),
    # an appointment next week with no day, though the letter will come in with him
    ("Jack has his dentist next week, I'll send the appointment letter in with him", [JACK]),
])
def test_asks(text: str, children: list[Child]) -> None:
    assert parse(text, children, when="2026-12-02 19:00").action == "clarify"


FORWARDS_SIXTH = [
    "Could Jack be excused from PE this week? He's twisted his ankle slightly",
    "I got the letter about Jack's attendance and I'd like to talk to someone about it",
    "Can you check Jack's absence last Tuesday was recorded as illness?",
    "Jack has a swimming gala on Saturday so he might be a bit tired on Monday!",
    "Jack's dad will pick him up a little late today, about 3.40",
]


ONE_CHILD_SIXTH = [
    # a relative's fall or stroke, and prayers for the dead: the family emergency
    ("My mum had a nasty fall and I'm at A&E with her, so Jack will be off today", "2026-12-02 07:30",
     ("exceptional", "C", full("12-02"))),
    ("Jack's grandad (my dad) has had a stroke, Jack won't be in today", "2026-12-02 07:30",
     ("exceptional", "C", full("12-02"))),
    ("Our grandfather passed away last night and we are going to the mosque for prayers, so Jack won't be in today",
     "2026-12-02 07:30", ("exceptional", "C", full("12-02"))),
    ("Jack has tonsilitis, keeping him home today", "2026-12-02 07:30", ("illness", "I", full("12-02"))),
    # a day out is a day off
    ("Taking Jack to the pantomime matinee today so he won't be in", "2026-12-02 07:30",
     ("unsatisfactory", "O", full("12-02"))),
    # transport: a puncture with the morning lost "at all", a school bus not coming
    ("Our car has a puncture and the RAC can't come till 11, so Jack won't be in this morning at all, I'll bring him "
     "for the afternoon", "2026-12-02 08:10", ("transport", "O", ["12-02 AM"])),
    ("The school bus isn't coming today because of the snow so Jack can't get in", "2026-12-02 07:50",
     ("transport", "O", full("12-02"))),
    # a brother's or sister's performance is a family event; leaving at lunchtime is the afternoon
    ("Is it ok if Jack finishes at lunchtime on Friday to watch his sister's nativity?", "2026-12-02 19:00",
     ("family_event", "O", ["12-04 PM"])),
    # late arrivals said in other ways
    ("Jack will be in as soon as my husband gets back with the car, probably 10ish", "2026-12-02 08:30",
     ("late", "U", ["12-02 AM"])),
    ("Jack missed the bus, I'll drop him after my shift, 9:15 at the latest", "2026-12-02 08:40",
     ("late", "L", ["12-02 AM"])),
    ("Bus has broken down and Jack's stuck, it'll be an hour at least", "2026-12-02 08:30",
     ("late", "U", ["12-02 AM"])),
    ("Jack's just coming through the gate now, sorry!", "2026-12-02 09:10", ("late", "L", ["12-02 AM"])),
    ("We'll be late, there for 9.10. Scrap that, traffic is awful, more like 9.45", "2026-12-02 08:40",
     ("late", "U", ["12-02 AM"])),
    ("Jack won't make it for registration, we'll be there about 10ish", "2026-12-02 08:10",
     ("late", "U", ["12-02 AM"])),
    # a collection said with the verb after the time; "home for the rest of the day" is the afternoon
    ("The office rang about Jack's earache, I'll be there at 20 past 12 to get him, he'll be home for the rest of "
     "the day", "2026-12-02 12:00", ("illness", "I", ["12-02 PM"])),
    # today's collection, and tomorrow too
    ("My dad has been rushed to hospital, I need to collect Jack at 12.15 and take him with me, he'll be off "
     "tomorrow too", "2026-12-01 11:30", ("exceptional", "C", ["12-01 PM", "12-02 AM", "12-02 PM"])),
]


def test_a_sibling_kept_home_after_so() -> None:
    result = parse("Jack has been sick all night and I've nobody to do the school run so Amelia will have to stay "
                   "home with us too", [JACK, AMELIA], when="2026-12-02 07:30")
    assert {pid: r[0] for pid, r in marks(result).items()} == {"P1": "illness", "P2": "unsatisfactory"}


def test_the_named_child_at_school_with_dad_is_not_absent() -> None:
    result = parse("Amelia won't be in tomorrow, she's going to her cousin's christening. Jack will be in school with "
                   "his dad", [JACK, AMELIA], when="2026-12-02 18:00")
    assert set(marks(result)) == {"P2"}


@pytest.mark.parametrize(("word", "name"), [
    ("Bex", "Rebecca"), ("Wiki", "Wiktoria"), ("Memo", "Mehmet"), ("Toño", "Antonio"), ("Pedrinho", "Pedro"),
    ("Juanito", "Juan"), ("Xamsa", "Hamza"), ("Navi", "Navjot"), ("Jassi", "Jasmeet"), ("Zainu", "Zainab"),
    ("Nela", "Kornelia"), ("Соню", "Sofiia"), ("Бодю", "Bohdan"),
])
def test_short_forms_and_spellings(word: str, name: str) -> None:
    assert matches(word, name, capitalised=True)


def test_a_correction_to_one_child_leaves_the_other_out() -> None:
    result = parse("Please mark the kids off on Friday, they both have hospital appointments. Sorry no, just Amelia, "
                   "Jack's has been moved", [JACK, AMELIA], when="2026-12-01 19:00")
    assert marks(result) == {"P2": ("medical", "M", full("12-04"))}


def test_please_have_her_ready_is_not_a_cause_to_ask_about() -> None:
    assert only("I'll collect Jack at 12:30 today, please have him ready at reception", "2026-12-02 09:00") == \
        ("unknown", "N", ["12-02 PM"])


def test_a_lithuanian_cousin_named_beside_a_child_is_asked_about() -> None:
    assert parse("Labas, Jack ir jo pusbrolis Rokas šiandien nebus mokykloje, abu serga", [JACK],
                 when="2026-12-02 07:30").action == "clarify"


# Seventh round: appointments being sought, collections already made, siblings coming along, hoped-for returns,
# treats and rests, school places, break-ins and crashes, evening news of a child who will be in.
ONE_CHILD_SEVENTH = [
    ("Jack has terrible toothache, we're trying to get him an emergency dentist appointment, he won't be in today",
     "2026-12-08 07:30", ("illness", "I", full("12-08"))),
    ("I've just picked Jack up from the office with a temperature", "2026-12-08 12:40", ("illness", "I", ["12-08 PM"])),
    ("Jack was sick at school so his grandad is collecting him", "2026-12-08 12:00", ("illness", "I", ["12-08 PM"])),
    ("Jack has chickenpox and can't come back until the spots dry, hopefully by Thursday", "2026-12-07 07:30",
     ("illness", "I", full("12-07", "12-08", "12-09"))),
    ("GP says Jack can go back once the rash has gone, probably Thursday", "2026-12-07 07:30",
     ("illness", "I", full("12-07", "12-08", "12-09"))),
    ("Jack's anxiety is bad, keeping him home today and tomorrow, we have a call with the GP on Friday",
     "2026-12-08 07:00", ("illness", "I", full("12-08", "12-09"))),
    ("Keeping Jack off tomorrow and Tuesday with a cough, hopefully he'll be right for the school disco on Wednesday",
     "2026-12-13 18:00", ("illness", "I", full("12-14", "12-15"))),
    ("Jack is staying home today, we're collecting our new puppy", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("Jack's having a pyjama day, he deserves a rest", "2026-12-08 07:30", ("unsatisfactory", "O", full("12-08"))),
    ("Jack's in floods of tears from tiredness, he won't make it in today", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("I won't be sending Jack in today.", "2026-12-08 07:30", ("unknown", "N", full("12-08"))),
    ("Jack has a Year 7 assessment for a place at St Olave's tomorrow afternoon so I'll collect him at 12.30",
     "2026-12-08 18:00", ("interview", "J1", ["12-09 PM"])),
    ("Jack has been sick twice tonight, no school tomorrow for him. Will he still be able to go on the trip next week?",
     "2026-12-08 20:00", ("illness", "I", full("12-09"))),
    ("Someone broke into our house overnight and the kids are really shaken up, keeping Jack home today",
     "2026-12-08 07:30", ("exceptional", "C", full("12-08"))),
    ("Jack will miss the last day and a half, we're flying to Spain, I'll collect him at 12", "2026-12-17 09:00",
     ("holiday", "G", ["12-17 PM", "12-18 AM", "12-18 PM"])),
    ("Jack's been sick, not coming in, happy holidays!", "2026-12-18 07:30", ("illness", "I", full("12-18"))),
    ("Jack has a temperature tonight, I doubt he'll be in tomorrow", "2026-12-08 20:00",
     ("illness", "I", full("12-09"))),
    ("The consultant wants Jack admitted tomorrow for tests, he's very poorly", "2026-12-08 18:00",
     ("illness", "I", full("12-09"))),
]


def test_nits_treated_tonight_and_in_tomorrow_is_forwarded() -> None:
    assert parse("Jack has nits again, treating them tonight, he'll be in tomorrow as normal",
                 when="2026-12-08 20:00").action == "forward"


@pytest.mark.parametrize(("text", "expected"), [
    ("Amelia will be absent Monday to Wednesday for a family wedding. Her brother Jack will be coming with us too.",
     {"P1": ("family_event", "O", full("12-07", "12-08", "12-09")),
      "P2": ("family_event", "O", full("12-07", "12-08", "12-09"))}),
    ("Jack and Amelia will be off on Monday, we're driving down to Cornwall for great-nan's 90th birthday",
     {"P1": ("family_event", "O", full("12-07")), "P2": ("family_event", "O", full("12-07"))}),
    ("Kids have to come with me, my sister's been in a car crash and I need to get to the hospital. Jack and Amelia "
     "won't be in", {"P1": ("exceptional", "C", full("12-04")), "P2": ("exceptional", "C", full("12-04"))}),
])
def test_brothers_and_sisters_sharing_a_reason(text: str, expected: dict[str, object]) -> None:
    assert marks(parse(text, [JACK, AMELIA], when="2026-12-03 19:00" if "Monday" in text else "2026-12-04 07:30")) \
        == expected


# Eighth round: someone else's appointment, presence taken back after "but", relatives far away, collections at
# lunchtime, questions whether to keep a child off, pick-up arrangements, corrections of the child meant.
ONE_CHILD_EIGHTH = [
    ("Jack will be late, I have to take his little brother for his injections first, should have him there by 9.40",
     "2026-12-08 08:30", ("late", "U", ["12-08 AM"])),
    ("Jack's grandad in Dublin has had a stroke and we're getting the ferry tonight, he won't be in for the rest of "
     "the week", "2026-12-08 07:30", ("exceptional", "C", full("12-08", "12-09", "12-10", "12-11"))),
    ("Jack overslept, he's getting ready now and I'll drop him at about 10", "2026-12-08 08:30",
     ("late", "U", ["12-08 AM"])),
    ("Jack has his flu spray at the GP at 1.50 today, I'll grab him at lunchtime", "2026-12-08 08:30",
     ("medical", "M", ["12-08 PM"])),
    ("Jack's mum has been in a car accident, they're keeping her in overnight, I'll keep Jack off tomorrow",
     "2026-12-08 20:00", ("exceptional", "C", full("12-09"))),
    ("Jack won't be in, he spilled hot tea on himself this morning and has a burn on his hand, we're at the minor "
     "injuries unit", "2026-12-08 08:30", ("illness", "I", full("12-08"))),
    ("Jack's at the dentist, emergency appointment for a cracked tooth, we should be done by 10 and I'll bring him "
     "straight in", "2026-12-08 08:40", ("medical", "M", ["12-08 AM"])),
    ("Just collected Jack from reception, he's burning up", "2026-12-08 12:30", ("illness", "I", ["12-08 PM"])),
    ("jack wil be 10 mins late sorry", "2026-12-08 09:15", ("late", "U", ["12-08 AM"])),
    ("Jack's stuck on the bus, there's been an accident and nothing's moving", "2026-12-08 08:30",
     ("late", "L", ["12-08 AM"])),
    ("Jack will be in at 1.30 today, he has an appointment at the eye clinic this morning", "2026-12-08 07:30",
     ("medical", "M", ["12-08 AM"])),
]


FORWARDS_EIGHTH = [
    "one of them has got nits, do they need to stay off?",
    "Jack is in the Christmas play on Thursday at 2, can I take him home straight after at 3?",
    "Can you tell Jack his nan will pick him up today instead of me?",
]


def test_a_day_to_be_confirmed_after_a_correction_is_asked() -> None:
    assert parse("Jack won't be in on Friday for a family thing, sorry I mean Thursday... actually I'll have to check, "
                 "I'll let you know which day", when="2026-12-07 18:00").action == "clarify"


TWO_CHILDREN_EIGHTH = [
    ("Amelia has a cold so she's staying home. Jack's fine but he's got the orthodontist at 8.30 so he'll be in about "
     "10", "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"]), "P2": ("illness", "I", full("12-08"))}),
    ("Amelia's been sick so she's staying home. Jack will be in but I'll pick him up at lunch as we're driving to "
     "Wales for Christmas", "2026-12-18 07:30", {"P1": ("holiday", "G", ["12-18 PM"]),
                                                  "P2": ("illness", "I", full("12-18"))}),
    ("Amelia is poorly today. Also Jack has a hospital appointment on Thursday 10th at 9.30, he will come in after",
     "2026-12-07 07:30", {"P1": ("medical", "M", ["12-10 AM"]), "P2": ("illness", "I", full("12-07"))}),
    ("Amelia has a temperature so she won't be in tomorrow. Jack doesn't have any symptoms", "2026-12-07 19:30",
     {"P2": ("illness", "I", full("12-08"))}),
    ("Amelia has an interview at the sixth form college on Thursday at 1.30 so I'll pick her up at 12.45. Jack has "
     "football after school on Thursday, can he get the late bus?", "2026-12-07 19:30",
     {"P2": ("interview", "J1", ["12-10 PM"])}),
    ("Amelia has a temperature so she's off today, sorry I mean Jack! Amelia is fine and coming in",
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07"))}),
]


# Ninth round: numbered roads and ice, calls with a worker, birthdays and treats, collections said other ways,
# arrivals after a stated time, returns for a period, the last days of term, the child attending a church.
ONE_CHILD_NINTH = [
    ("The A38 is shut after an accident and we've been turned back, Jack won't make it in today", "2026-12-08 08:30",
     ("transport", "O", full("12-08"))),
    ("Our road's iced over and I can't get the car off the drive, Jack won't be in today", "2026-12-08 07:30",
     ("transport", "O", full("12-08"))),
    ("Jack's anxiety is awful today, he can't face school. We have a call with his CAMHS worker on Thursday",
     "2026-12-08 07:30", ("illness", "I", full("12-08"))),
    ("Jack has a pre-op assessment at the Royal tomorrow which takes all day", "2026-12-08 18:00",
     ("medical", "M", full("12-09"))),
    ("Jack's turning 9 tomorrow and we've promised him a day at the zoo so he won't be in", "2026-12-08 18:00",
     ("family_event", "O", full("12-09"))),
    ("Jack's coming with me to his nan's today to help with her Christmas tree, back tomorrow", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("Taking Jack to see Santa at the garden centre today, he'll be back tomorrow", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("Jack has physio at 2pm on Thursday, I'll get him at 1:00 from the office", "2026-12-08 18:00",
     ("medical", "M", ["12-10 PM"])),
    ("Jack has a bad headache and asked me to come and get him, so I'll be at reception at 12.15", "2026-12-08 11:30",
     ("illness", "I", ["12-08 PM"])),
    ("Jack's physio has moved to 1:45, could you have him ready in reception for 1pm?", "2026-12-08 10:00",
     ("medical", "M", ["12-08 PM"])),
    ("Jack came home at lunch feeling sick so I'm keeping him home for the afternoon", "2026-12-08 12:45",
     ("illness", "I", ["12-08 PM"])),
    ("Jack missed the bus, I'll drop him in after 10 once I've done the nursery run", "2026-12-08 08:30",
     ("late", "U", ["12-08 AM"])),
    ("Jack has his interview at the sixth form on Thursday at 11 so he'll be out for the morning, back for period 5",
     "2026-12-08 18:00", ("interview", "J1", ["12-10 AM"])),
    ("Jack has the doctor at 8:50 for his vaccines, he will arrive school at 10 more or less", "2026-12-08 07:30",
     ("medical", "M", ["12-08 AM"])),
    ("Jack's got a streaming cold, I'm keeping him off for the last two days so he's well for Christmas",
     "2026-12-17 07:30", ("illness", "I", full("12-17", "12-18"))),
    ("Jack's dad's car has broken down, I'm going to fetch him, he'll be in by 9.45 at the latest",
     "2026-12-08 08:45", ("late", "U", ["12-08 AM"])),
    ("jack's still got the runs, doctor said 48 hrs clear so he'll be back wednesday", "2026-12-07 07:30",
     ("illness", "I", full("12-07", "12-08"))),
    ("Tomorrow is a holy day in our Orthodox church. Jack will attend the church with the family and will not be in "
     "school", "2026-12-06 18:00", ("religious", "R", full("12-07"))),
]


FORWARDS_NINTH = [
    "I'm not happy that Jack was kept in at lunch again today, can his teacher call me please.",
    "Jack has a hospital appointment on Friday but it's at 4.30 so after school, he won't miss anything.",
]


def test_the_pair_of_them_means_both() -> None:
    assert set(marks(parse("the pair of them have got the sickness bug, neither will be in today", [JACK, AMELIA],
                             when="2026-12-08 07:30"))) == {"P1", "P2"}


# Tenth round: injuries at urgent care, strokes, "this aft", coming out early, a house hit in a storm, a sister's scan,
# treats with the kids, no way back after an interview, helping at home, personal reasons, "both eyes".
ONE_CHILD_TENTH = [
    ("Jack's hurt his ankle, we're getting it checked at the walk-in centre, I'll bring him in after lunch",
     "2026-12-08 08:30", ("illness", "I", ["12-08 AM"])),
    ("Jack hurt his wrist in PE and the school asked me to get it x-rayed, collecting him at 12.40", "2026-12-08 11:30",
     ("illness", "I", ["12-08 PM"])),
    ("Jack's stitches need checking at the minor injuries unit at 9.30, he'll be in straight after", "2026-12-08 07:30",
     ("medical", "M", ["12-08 AM"])),
    ("My mum has had a stroke and we're driving up to Leeds now, Jack will be off today", "2026-12-08 07:30",
     ("exceptional", "C", full("12-08"))),
    ("jack came home at lunch with a headache and hes not going back this aft", "2026-12-08 12:50",
     ("illness", "I", ["12-08 PM"])),
    ("Please can Jack come out at 12:15 today, he has the orthodontist at 1", "2026-12-08 08:00",
     ("medical", "M", ["12-08 PM"])),
    ("A tree came down on our roof in the storm last night, we're in a hotel, Jack won't be in today",
     "2026-12-08 07:30", ("exceptional", "C", full("12-08"))),
    ("Jack will be a bit late, we have to drop his sister at the hospital for a scan first, with you by 9.15",
     "2026-12-08 08:30", ("late", "L", ["12-08 AM"])),
    ("Jack won't be in Wednesday, he has an interview at the college at 9am and there's no way to get back after",
     "2026-12-07 18:00", ("interview", "J1", full("12-09"))),
    ("Jack won't be in today, I've just had the baby and need him to help me at home", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("Jack won't be attending school today due to personal reasons.", "2026-12-08 07:30",
     ("unknown", "N", full("12-08"))),
    ("jack's got conjunctivitis in both eyes, off today", "2026-12-08 07:30", ("illness", "I", full("12-08"))),
]


TWO_CHILDREN_TENTH = [
    ("Taking the kids to see Santa at the garden centre today, it's the only slot we could get", "2026-12-08 07:30",
     {"P1": ("unsatisfactory", "O", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    ("Amelia's got chicken pox now as well, Jack's already off. Both off rest of week", "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10", "12-11")), "P2": ("illness", "I", full("12-10", "12-11"))}),
    ("Amelia woke up feeling sick so I've kept her home, Jack's on his way now, sorry he's late, about 10 mins",
     "2026-12-08 09:30", {"P1": ("late", "U", ["12-08 AM"]), "P2": ("illness", "I", full("12-08"))}),
    ("Is there any chance the kids could finish at lunchtime on Friday? We fly to Florida at 6pm",
     "2026-12-15 19:30", {"P1": ("holiday", "G", ["12-18 PM"]), "P2": ("holiday", "G", ["12-18 PM"])}),
]


# Eleventh and twelfth rounds: martyrdom days, day-case procedures, streets blocked, pets at the vet, gradings, late
# mornings, "Friday and next week", illnesses described, corrections of a day, leaving with the family.
ONE_CHILD_ELEVENTH = [
    ("Jack will not attend school on Tuesday, our family is observing the martyrdom day of Guru Tegh Bahadur Ji",
     "2026-11-23 07:30", ("religious", "R", full("11-24"))),
    ("Jack is having his grommets put in at the hospital on Wednesday 2nd Dec, it's a day case", "2026-11-30 07:30",
     ("medical", "M", full("12-02"))),
    ("Our street is blocked by the police after an incident, Jack will miss this morning, I'll bring him after lunch",
     "2026-12-08 08:30", ("transport", "O", ["12-08 AM"])),
    ("Jack won't be in tomorrow, we've got to take the dog to the vets first thing", "2026-12-08 18:00",
     ("unsatisfactory", "O", full("12-09"))),
    ("Jack has his karate grading on Friday morning so he'll be in for the afternoon", "2026-12-08 18:00",
     ("unsatisfactory", "O", ["12-11 AM"])),
    ("There's a signal failure and Jack's train is stuck, he won't be at school till late morning", "2026-12-08 08:10",
     ("late", "U", ["12-08 AM"])),
    ("Jack won't be in Friday and all of next week, we're going to Spain", "2026-12-07 08:00",
     ("holiday", "G", full("12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))),
    ("Jack is off from Wednesday, we're flying to Lagos, see you in January!", "2026-12-14 08:00",
     ("holiday", "G", full("12-16", "12-17", "12-18"))),
    ("Keeping Jack home today, he's really run down and not coping at the moment", "2026-12-08 07:30",
     ("illness", "I", full("12-08"))),
    ("Jack was sent home yesterday with a headache, he still isn't right this morning so he's staying home",
     "2026-12-08 07:30", ("illness", "I", full("12-08"))),
    ("Jack has a positive covid test this morning so won't be in for a few days", "2026-12-08 07:30",
     ("illness", "I", full("12-08"))),
    ("Sorry, meant to say this morning, Jack isn't in. Ta", "2026-12-08 10:30", ("unknown", "N", full("12-08"))),
    ("Jack will be late, we're stuck, we'll be there just before 11", "2026-12-08 08:40", ("late", "U", ["12-08 AM"])),
    ("Jack won't be in today, his grandad has been given days to live and we're flying out urgently",
     "2026-12-08 07:30", ("exceptional", "C", full("12-08"))),
    ("Jack has a dentist appointment tomorrow at 11 so he'll be out from 10.30 til about 12", "2026-12-08 18:00",
     ("medical", "M", ["12-09 AM"])),
    ("Jack won't be in tomorrow, sorry I mean not tomorrow, Wednesday, it's our parish feast day", "2026-12-07 18:00",
     ("religious", "R", full("12-09"))),
    ("Can Jack please be let out at 12:15 on the 9th for his brother's graduation, he won't be back that day",
     "2026-12-01 16:20", ("family_event", "O", ["12-09 PM"])),
    ("Morning, Jack's not in, he's got a bad tooth and we're trying to get an emergency dentist", "2026-12-08 07:30",
     ("illness", "I", full("12-08"))),
    ("Could you send Jack out to the front at 12.30 today please, his nan's funeral is at half 1", "2026-12-08 09:00",
     ("exceptional", "C", ["12-08 PM"])),
    ("Jack won't be in today, he's got a hospital appointment in Leeds this afternoon and we need to leave at 10",
     "2026-12-08 07:30", ("medical", "M", full("12-08"))),
    ("Jack will finish on the 15th, our flights are on the 16th", "2026-12-10 18:00",
     ("holiday", "G", full("12-16", "12-17", "12-18"))),
    ("Jack will be absent Thurs through to Tues for a family holiday, returning Weds 16th", "2026-12-08 16:00",
     ("holiday", "G", full("12-10", "12-11", "12-14", "12-15"))),
]


# Thirteenth round: 48 hours off, returns after a past verb, "back January", a relative's fall, "not 100%", conditional
# returns, evening news of today, late family nights, Shabbat, drives to grandparents, assessments, Saturdays.
ONE_CHILD_THIRTEENTH = [
    ("Jack has the sickness bug, will keep him off 48hrs as per the rules", "2026-12-07 07:30",
     ("illness", "I", full("12-07", "12-08"))),
    ("Jack has conjunctivitis, GP says he can come back once treatment started so back Thursday", "2026-12-08 07:30",
     ("illness", "I", full("12-08", "12-09"))),
    ("Jack won't be in tomorrow, we're off to Disneyland Paris early. Back January!", "2026-12-14 19:40",
     ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))),
    ("Jack won't be in today, my mum has had a fall and I have to take her to hospital", "2026-12-08 07:30",
     ("exceptional", "C", full("12-08"))),
    ("Jack is a bit better but not 100% so keeping him home one more day", "2026-12-08 07:30",
     ("illness", "I", full("12-08"))),
    ("Jack has a nosebleed that won't stop, taking him to the walk in centre, will let you know if he comes in later",
     "2026-12-08 08:30", ("illness", "I", full("12-08"))),
    ("Sorry for the late message, Jack has been off today with a temp and he'll be off tomorrow too",
     "2026-12-08 16:40", ("illness", "I", full("12-09"))),
    ("Jack's not in today, we had a late night at a family party and he's too tired", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("Jack will need to leave at 12.30 on Friday as we are travelling to his grandparents for Shabbat",
     "2026-12-08 18:00", ("religious", "R", ["12-11 PM"])),
    ("Jack won't be in for the last day of term tomorrow, we're driving to his grandparents in Cornwall",
     "2026-12-17 18:00", ("holiday", "G", full("12-18"))),
    ("Jack's being assessed at the new school on Friday 11th, he'll be out all day", "2026-12-08 18:00",
     ("interview", "J1", full("12-11"))),
    ("Jack has a sickness bug, he won't be in for the last two days I'm afraid", "2026-12-17 07:30",
     ("illness", "I", full("12-17", "12-18"))),
    ("Jack's too tired after the school disco last night to come in, sorry", "2026-12-08 07:30",
     ("unsatisfactory", "O", full("12-08"))),
    ("Late today, the dentist wasn't the problem this time, just me! Jack'll be in for 9", "2026-12-08 08:40",
     ("late", "L", ["12-08 AM"])),
    ("Jack will be off Wednesday and Thursday as we're flying to Jamaica for my dad's 70th", "2026-12-14 18:00",
     ("family_event", "O", full("12-16", "12-17"))),
    ("Jack won't be in school today, we went to a party in Scotland and got snowed in!", "2026-12-08 07:30",
     ("transport", "O", full("12-08"))),
    ("Jack will be back in on Thursday", "2026-12-15 19:00", ("unknown", "N", full("12-16"))),
]


@pytest.mark.parametrize(("text", "when", "expected"), [*ONE_CHILD_SIXTH, *ONE_CHILD_SEVENTH, *ONE_CHILD_EIGHTH,
                                                       *ONE_CHILD_NINTH, *ONE_CHILD_TENTH, *ONE_CHILD_ELEVENTH,
                                                       *ONE_CHILD_THIRTEENTH])
def test_one_child(text: str, when: str, expected: tuple[str, str, list[str]]) -> None:
    assert only(text, when) == expected


@pytest.mark.parametrize(("text", "when", "expected"), [*TWO_CHILDREN_EIGHTH, *TWO_CHILDREN_TENTH])
def test_two_children(text: str, when: str, expected: dict[str, object]) -> None:
    assert marks(parse(text, [JACK, AMELIA], when=when)) == expected


@pytest.mark.parametrize("text", [*FORWARDS_SIXTH, *FORWARDS_EIGHTH, *FORWARDS_NINTH])
def test_forwarded(text: str) -> None:
    assert parse(text, [JACK, AMELIA], when="2026-12-02 15:45").action == "forward"


@pytest.mark.parametrize(("text", "absent"), [
    ("Amelia has a cold and won't be in today. Jack will be walked in by his dad", {"P2"}),
    ("Jack has a temperature and his sister has the same, keeping them home", {"P1", "P2"}),
    ("Jack is back in today after his bug but Amelia is still not right so she's staying home another day", {"P2"}),
    ("Jack won't be in on Thursday and Friday this week and Monday next week, we have a family wedding", {"P1"}),
])
def test_who_is_absent(text: str, absent: set[str]) -> None:
    assert set(marks(parse(text, [JACK, AMELIA], when="2026-12-08 07:30"))) == absent


def test_a_sibling_with_it_too_shares_the_reason() -> None:
    result = parse("Jack's got a temperature and Amelia's got it too. I'll keep them both off today",
                   [JACK, AMELIA, NOAH], when="2026-12-08 07:30")
    assert {pid: r[0] for pid, r in marks(result).items()} == {"P1": "illness", "P2": "illness"}


@pytest.mark.parametrize("text", [
    "Jack has his 11+ assessment on Saturday so no absence needed, could you tell me if his reference has gone off?",
    "Jack is going to a party on Saturday, could you thank his friend's mum for the invite?",
])
def test_weekend_events_are_forwarded(text: str) -> None:
    assert parse(text, when="2026-12-08 15:45").action == "forward"


@pytest.mark.parametrize("text", [
    "We are Catholic and Jack will be at Mass on the 8th December for the Immaculate Conception, back by lunch",
    "Mohammed will be picking up Jack at 12.30 today for a dentist check up. He will not return in the afternoon.",
])
def test_adults_and_words_beside_a_child_are_not_children(text: str) -> None:
    assert parse(text, when="2026-12-01 16:30").action == "record"


def test_a_hospital_appointment_on_a_saturday_all_day_is_asked() -> None:
    assert parse("Jack has a hospital appointment on the 12th so will be out all day",
                 when="2026-12-08 18:00").action == "clarify"
