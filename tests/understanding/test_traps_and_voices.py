"""Phrasings from the ninth round of fresh batches: words that look like a reason or a day but are not this child's
absence (a sibling's hospital visit, a GP ringing back, a weekend party, a school match, an after-school club), lists
and returns that fix the days, and voices that put words in an unusual order."""

from __future__ import annotations

import pytest

from core.calendar import SchoolCalendar
from tests.understanding.conftest import SCHOOL, full, kids, marks, parse
from understanding.types import Child

RECORDED = [
    # "Monday and Tuesday" sent on a Tuesday evening: the Tuesday after the Monday, not today
    ("Mia's cousin is getting christened on Monday so we fly out Sunday, Mia will miss Monday and Tuesday.",
     kids("Mia"), "2026-11-24 21:05", {"P1": ("family_event", "O", full("11-30", "12-01"))}),
    # a return day beside "til": the return says where the span ends
    ("We're away from Monday 30th til Wednesday 2nd so she'll miss those 3 days, she'll be back thursday",
     kids("Skye"), "2026-11-25 20:40", {"P1": ("holiday", "G", full("11-30", "12-01", "12-02"))}),
    # evening: "has been coughing today" is what happened, the absence is tomorrow
    ("Tomasz has been coughing a lot today and now has a temperature so he won't be in school tomorrow.",
     kids("Tomasz"), "2026-11-25 19:30", {"P1": ("illness", "I", full("11-26"))}),
    # the roads, not the house, are flooded: transport
    ("Dylan won't be in today, the roads round us are gridlocked because of the flooding and we can't get out of "
     "the village", kids("Dylan"), "2026-12-07 07:44", {"P1": ("transport", "O", full("12-07"))}),
    ("The ford's flooded again and the road into town is shut, so Tamsin and Joel won't be in today",
     kids("Tamsin", "Joel"), "2026-12-10 07:05",
     {"P1": ("transport", "O", full("12-10")), "P2": ("transport", "O", full("12-10"))}),
    # an appointment weeks away is not today's reason; advice is not a visit
    ("Harriet is feeling very anxious about school and won't be in today. We have an appointment with CAMHS next "
     "month.", kids("Harriet"), "2026-12-08 07:22", {"P1": ("illness", "I", full("12-08"))}),
    ("Saba had a seizure at the weekend and was kept in overnight. She's been discharged but the consultant wants "
     "her to rest at home until Thursday.", kids("Saba"), "2026-11-30 07:02",
     {"P1": ("illness", "I", full("11-30", "12-01", "12-02"))}),
    # dental work and shopping words
    ("Idris is booked in for a filling at 10.30 tomorrow morning, I'll drop him back to school straight after.",
     kids("Idris"), "2026-12-10 18:05", {"P1": ("medical", "M", ["12-11 AM"])}),
    ("Brooke's staying off today, we've got the big Christmas food shop to do and I need her help", kids("Brooke"),
     "2026-12-17 07:40", {"P1": ("unsatisfactory", "O", full("12-17"))}),
    # a hyphenated name between "picking" and "up"
    ("I'm picking Amelia-Rose up at 12.45 today to take her Christmas shopping, sorry!", kids("Amelia-Rose"),
     "2026-12-14 11:20", {"P1": ("unsatisfactory", "O", ["12-14 PM"])}),
    # the morning missed for a breakdown, in for the afternoon
    ("The car has broken down on the way in. Oliwia won't get in before lunch, I'll bring her for the afternoon.",
     kids("Oliwia"), "2026-11-25 08:10", {"P1": ("transport", "O", ["11-25 AM"])}),
    # someone else comes "until lunchtime"; the GP rings "me" back: the child is off all day
    ("The car's broken down and recovery won't be here until lunchtime so Owen won't be in today, sorry.",
     kids("Owen"), "2026-11-24 07:30", {"P1": ("transport", "O", full("11-24"))}),
    ("Leon's cough has got worse over the weekend so he's off today. Doctor's ringing me back later.",
     kids("Leon"), "2026-11-30 07:00", {"P1": ("illness", "I", full("11-30"))}),
    # tiredness is a symptom when the child is ill
    ("She was up half the night with her tummy, she's exhausted so I'm keeping her home to sleep it off.",
     kids("Sienna"), "2026-12-01 07:35", {"P1": ("illness", "I", full("12-01"))}),
    # a sibling's hospital appointment; the childminder is ill
    ("I've got to take Shay's little brother to the hospital for his appointment and there's no one to take Shay "
     "to school, so he won't be in today.", kids("Shay"), "2026-11-25 07:50",
     {"P1": ("unsatisfactory", "O", full("11-25"))}),
    ("Rahim won't be in today or tomorrow, he's staying with his nan while I'm at work as the childminder's ill",
     kids("Rahim"), "2026-12-16 07:18", {"P1": ("unsatisfactory", "O", full("12-16", "12-17"))}),
    # "the children's grandma": whose grandma, not which children are off
    ("The children's grandma died yesterday and Esther has taken it very hard. We're keeping her home for the rest "
     "of the week.", kids("Esther", "Samuel", "Miriam"), "2026-12-08 07:45",
     {"P1": ("exceptional", "C", full("12-08", "12-09", "12-10", "12-11"))}),
    # second-language English
    ("Hello. Today Emilia not come to school. Thank you.", kids("Emilia"), "2026-12-09 08:00",
     {"P1": ("unknown", "N", full("12-09"))}),
    # a short form
    ("Ibby woke up with conjunctivitis. Keeping him home rest of the week.", kids("Ibrahim"), "2026-11-25 06:55",
     {"P1": ("illness", "I", full("11-25", "11-26"))}),
    # the dentist with a return "back to school by 11"; the sibling is in
    ("Amara has a dental check-up at 9.40 so I'll drop her back to school by 11. Tobi will be in as normal x",
     kids("Amara", "Tobi"), "2026-11-23 07:14", {"P1": ("medical", "M", ["11-23 AM"])}),
    # a weekend party and a school match are not days off
    ("Evie's got a throat infection, I'll keep her off today. She's meant to be going to a birthday party on "
     "Saturday but we'll see!", kids("Evie"), "2026-11-26 08:05", {"P1": ("illness", "I", full("11-26"))}),
    ("Cam's had a bad asthma flare and he'll be off until Friday inclusive. Sorry about the football match on "
     "Thursday", kids("Cameron"), "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # collecting "now" at 12:15
    ("Aryan is feeling sick, I'm collecting him now and he won't be back for afternoon registration.",
     kids("Aryan"), "2026-12-02 12:15", {"P1": ("illness", "I", ["12-02 PM"])}),
    # a sibling's after-school club; "the boys will be in" and a hoped-for recovery
    ("Daisy is going to be off tomorrow she's got a really high temp. Alfie has football after school tomorrow so "
     "he'll be staying until 5.", kids("Daisy", "Alfie"), "2026-12-02 19:45",
     {"P1": ("illness", "I", full("12-03"))}),
    ("Ella is poorly so won't be in today. The boys will be in. The Christmas party is tomorrow so I'm hoping "
     "she'll be better by then!", kids("Ella", "Freddie", "Max"), "2026-12-16 07:00",
     {"P1": ("illness", "I", full("12-16"))}),
    ("Aisha won't be in today, we're waiting in for the gas engineer. Adam's bringing himself in",
     kids("Aisha", "Adam"), "2026-12-15 07:12", {"P1": ("unsatisfactory", "O", full("12-15"))}),
    # refusing today, trying again Monday; not back before the end of term
    ("Jude is really anxious and is refusing to come in today. I'm going to try again on Monday.", kids("Jude"),
     "2026-12-04 08:05", {"P1": ("illness", "I", full("12-04"))}),
    ("Bobby has a stomach bug, he won't be back before the end of term now.", kids("Bobby"), "2026-12-15 06:55",
     {"P1": ("illness", "I", full("12-15", "12-16", "12-17", "12-18"))}),
    # "the squits"; a family Christmas party, collected before the afternoon register
    ("Josh's still in bed, he's been up all night with the squits. Not coming in today", kids("Joshua"),
     "2026-12-11 09:40", {"P1": ("illness", "I", full("12-11"))}),
    ("Lexi will be picked up at 12.30 on Friday as we are going to my sister's Christmas party in Leeds",
     kids("Lexi"), "2026-12-17 07:50", {"P1": ("family_event", "O", ["12-18 PM"])}),
    # "won't get to school until 11": late, with the time
    ("Felix's train is cancelled and the next one isn't till 10.15 so he won't get to school until 11",
     kids("Felix"), "2026-12-03 08:55", {"P1": ("late", "U", ["12-03 AM"])}),
    # "absent next week ... back on 5 January": from next Monday
    ("Patricia will be absent next week, we are going to Romania for Christmas. Back on 5 January.",
     kids("Patricia"), "2026-12-10 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # Eid shopping is shopping
    ("We're going to the Bullring for Eid shopping so Tamer won't be in", kids("Tamer"), "2026-12-10 08:00",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # a plan for tomorrow is not an absence tomorrow; "off all morning" is the morning
    ("Someone went into the back of our car and it's not driveable, so I've got no way of getting Ethan to school "
     "today. Hoping to sort a hire car for tomorrow.", kids("Ethan"), "2026-11-25 08:10",
     {"P1": ("transport", "O", full("11-25"))}),
    ("Jacob has his entrance interview tomorrow, we need to be there for 10 so he'll be off all morning. Noah as "
     "normal", kids("Jacob", "Noah"), "2026-11-25 19:40", {"P1": ("interview", "J1", ["11-26 AM"])}),
    # "are with me" says where they are; the breakdown is why
    ("Reggie and Stan are with me, the car's overheated on the M5 and we're waiting for recovery. Don't think we'll "
     "make it in today at all.", kids("Reggie", "Stanley"), "2026-11-30 08:50",
     {"P1": ("transport", "O", full("11-30")), "P2": ("transport", "O", full("11-30"))}),
    # one ill, the other kept home for want of someone to take her; a family emergency keeps both home
    ("Alfie's got a sickness bug so he's off today. I've got no one to take Evie so she'll be off too, sorry.",
     kids("Alfie", "Evie"), "2026-11-25 07:22",
     {"P1": ("illness", "I", full("11-25")), "P2": ("unsatisfactory", "O", full("11-25"))}),
    ("My mum had a fall last night and I'm at A&E with her. I've got no one to take Kofi and Esi in today so "
     "they'll be off.", kids("Kofi", "Esi"), "2026-11-25 07:00",
     {"P1": ("exceptional", "C", full("11-25")), "P2": ("exceptional", "C", full("11-25"))}),
    # "the girls are all off": every one of them
    ("Sorry for the late message, the girls are all off today, the bus never came and I've got no car",
     kids("Emily", "Sophie", "Lucy"), "2026-12-09 09:45",
     {"P1": ("transport", "O", full("12-09")), "P2": ("transport", "O", full("12-09")),
      "P3": ("transport", "O", full("12-09"))}),
    # a sibling "coming too" shares the reason
    ("George won't be in tomorrow, it's his birthday and we're taking him to Legoland for the day. Olivia's coming "
     "too so she'll be off as well", kids("George", "Olivia"), "2026-12-10 18:00",
     {"P1": ("family_event", "O", full("12-11")), "P2": ("family_event", "O", full("12-11"))}),
    # a collection time written without "at"; a parent in labour; minding an ill sibling
    ("Wiktor has dentist appointment at 2.20pm today. I will collect him 12.30 from reception please.",
     kids("Wiktor"), "2026-11-24 07:35", {"P1": ("medical", "M", ["11-24 PM"])}),
    ("Sorry, my wife went into labour in the night and we're still at the hospital, the kids are at a neighbour's "
     "and won't be in today.", kids("Harvey", "Isla"), "2026-12-03 07:15",
     {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03"))}),
    ("Jordan is going to have to stay home with his little sister today, she's got a temperature and I've got to "
     "go to work", kids("Jordan"), "2026-12-03 07:35", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # "Noah should be fine": the sibling attends; "Manny" is Emmanuel; a day out to the lights
    ("Zoe has been sick twice since she got home, so she won't be in tomorrow. Noah should be fine.",
     kids("Noah", "Zoe"), "2026-12-03 17:45", {"P2": ("illness", "I", full("12-04"))}),
    ("Morning, Manny was sick this morning. If he's ok by lunch I'll bring him in for the afternoon.",
     kids("Emmanuel"), "2026-12-09 07:10", {"P1": ("illness", "I", ["12-09 AM"])}),
    ("Amber-Rose is staying off tomorrow, she's got tickets for the Christmas lights in London with her nan.",
     kids("Amber-Rose"), "2026-12-09 19:30", {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # a death "today" at 10:00, days off from tomorrow; a return date after "back after the holidays,"
    ("So sorry, Auguste's grandma passed away today. She won't be in from tomorrow to next Tuesday inclusive.",
     kids("Auguste"), "2026-12-09 10:00", {"P1": ("exceptional", "C", full("12-10", "12-11", "12-14", "12-15"))}),
    ("Leo is going to Poland for Christmas from the 14th, back after the holidays, 5 January 2027", kids("Leo"),
     "2026-12-09 10:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # a relative's stroke; a house flooded in a storm; snow that keeps the child home "until it clears"
    ("Sorry Beth's not in today, I had a call at 6am that my mum's had a stroke and we've been at the hospital all "
     "morning.", kids("Bethany"), "2026-12-03 10:30", {"P1": ("exceptional", "C", full("12-03"))}),
    ("Our house flooded overnight in the storm and we've had to go to my mum's, so Dan and Sophie won't be in today "
     "or tomorrow.", kids("Daniel", "Sophie"), "2026-12-15 07:00",
     {"P1": ("exceptional", "C", full("12-15", "12-16")), "P2": ("exceptional", "C", full("12-15", "12-16"))}),
    ("Snow's really bad and the road isn't gritted, there's no way I can get Josh down the hill today. He'll be in as "
     "soon as it clears", kids("Joshua"), "2026-12-07 08:10", {"P1": ("transport", "O", full("12-07"))}),
    # "then I'll bring him back to school"; a clinic visit for the illness itself
    ("Elijah has an appointment at the children's hospital this morning at 10, then I'll bring him back to school",
     kids("Elijah"), "2026-12-07 07:35", {"P1": ("medical", "M", ["12-07 AM"])}),
    ("Please Amara will not be coming to school today, she is running temperature since night. I will take her to "
     "the clinic.", kids("Amara"), "2026-11-24 07:10", {"P1": ("illness", "I", full("11-24"))}),
    # a morning lost to a breakdown; "no other way to get him to school"; collecting "in 10 mins"
    ("car's broken down, we're waiting for the recovery truck, no chance Millie gets in this morning. I'll bring "
     "her after lunch", kids("Amelia"), "2026-11-30 08:25", {"P1": ("transport", "O", ["11-30 AM"])}),
    ("Someone crashed into our car overnight and it's undriveable, we have no other way to get Ayden to school "
     "today", kids("Ayden"), "2026-12-08 08:30", {"P1": ("transport", "O", full("12-08"))}),
    ("hannah's just messaged me saying she feels sick, can you send her to the office and I'll be there to get her "
     "in 10 mins", kids("Hannah"), "2026-12-03 12:40", {"P1": ("illness", "I", ["12-03 PM"])}),
    ("con n niamh both got the sickness bug, neither of them in today sorry", kids("Connor", "Niamh"),
     "2026-11-23 07:18", {"P1": ("illness", "I", full("11-23")), "P2": ("illness", "I", full("11-23"))}),
    # someone else's appointment makes the child late; a sibling coming along is late, not at the appointment
    ("My mum has a hospital appointment this morning and I have to drive her there first, so Kacper will be a bit "
     "late. We should be there by 9:15.", kids("Kacper"), "2026-11-23 07:50", {"P1": ("late", "L", ["11-23 AM"])}),
    ("Sumaiya will be late today, she has to come with her mum to the GP to translate, should be in by 10",
     kids("Sumaiya"), "2026-12-15 08:30", {"P1": ("late", "U", ["12-15 AM"])}),
    ("Teddy has a GP appointment at 8.40 so he'll be late, around 9.15. Rosie's coming with us so she'll be late "
     "too, sorry!", kids("Teddy", "Rosie"), "2026-12-04 08:10",
     {"P1": ("medical", "M", ["12-04 AM"]), "P2": ("late", "L", ["12-04 AM"])}),
    # a change of plan with the reason said before it
    ("Finlay will be a little bit late, he's just been sick in the car actually I'm going to take him home, he won't "
     "be in today.", kids("Finlay"), "2026-12-04 08:45", {"P1": ("illness", "I", full("12-04"))}),
    # a Sunday flight before "all next week"; "had a sore throat all week"; "not back in school until the new term"
    ("We fly to Lanzarote on Sunday for a week so Kieran will be out of school all next week.", kids("Kieran"),
     "2026-12-04 18:10", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    ("Mustafa has had a sore throat all week and now he has a temperature, he won't be in today or tomorrow.",
     kids("Mustafa"), "2026-12-09 08:00", {"P1": ("illness", "I", full("12-09", "12-10"))}),
    ("Krish's grandmother passed away last night. We are travelling to India for the funeral and Krish will not be "
     "back in school until the new term.", kids("Krish"), "2026-12-16 07:00",
     {"P1": ("exceptional", "C", full("12-16", "12-17", "12-18"))}),
    # a sibling's after-school fitting; a sibling the parent will "see how she is" about
    ("Tom has been sick, he won't be in tomorrow. Lucy has her costume fitting after school tomorrow so Grandma will "
     "pick her up at 3.15.", kids("Lucy", "Thomas"), "2026-12-15 19:30", {"P2": ("illness", "I", full("12-16"))}),
    ("Sienna has been sick tonight so she won't be in tomorrow. Poppy's complaining of tummy ache too so I'll see "
     "how she is in the morning and let you know.", kids("Sienna", "Poppy"), "2026-11-30 19:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # minutes away from an early close; a child named with a word before "will be in"
    ("Ali has a fever so he's off today. Mert though, will be in as normal.", kids("Ali", "Mert"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # collected this morning before any day is named, then off tomorrow: today's afternoon too
    ("Can has been vomiting, I'll collect him at 11:30. He'll stay home tomorrow to rest.", kids("Can"),
     "2026-12-03 11:05", {"P1": ("illness", "I", ["12-03 PM", "12-04 AM", "12-04 PM"])}),
    # antibiotics "given on Saturday": the three days start today; "until after Christmas"; "then will come to school"
    ("Harper's got a chest infection, the out of hours doctor gave her antibiotics on Saturday and said 3 days off",
     kids("Harper"), "2026-12-07 06:50", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    ("We are going on holiday to Dubai on Saturday 12th, so Jonah will be off from Monday 14th until after "
     "Christmas.", kids("Jonah"), "2026-12-09 07:25",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    ("Amelia has a physio appointment at the hospital at 9.15 this morning and then will come to school.",
     kids("Amelia"), "2026-12-10 07:35", {"P1": ("medical", "M", ["12-10 AM"])}),
    ("The lane from our farm is flooded and closed, there's no way we can get Owain down to school today",
     kids("Owain"), "2026-12-10 07:45", {"P1": ("transport", "O", full("12-10"))}),
    # a travel day named with the day of return a Tuesday; "from Wednesday ... for Christmas": to the break
    ("The children will travel to Lagos with me on Tuesday for Christmas, so their last day in school will be Monday "
     "14th. They will resume on 5th January.", kids("Amaka", "Chidi"), "2026-12-11 16:30",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    ("Maja will not be in school from Wednesday as we are flying to Poland for Christmas. Sorry.", kids("Maja"),
     "2026-12-15 07:30", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    ("Beau has been sick this evening so won't be in tomorrow, hopefully back for the last 2 days", kids("Beau"),
     "2026-12-15 19:45", {"P1": ("illness", "I", full("12-16"))}),
    # collected today, "probably off tomorrow as well, I'll keep you posted": both; a grandparent's fall
    ("My mum's been rushed into hospital in Leeds, so I need to collect Tia at 12.45 and drive straight up. She'll "
     "probably be off tomorrow as well, I'll keep you posted.", kids("Tia"), "2026-11-23 12:10",
     {"P1": ("exceptional", "C", ["11-23 PM", "11-24 AM", "11-24 PM"])}),
    ("I need to pick Lacey up at 12:30, her nan's had a bad fall and I've got to get to A&E.", kids("Lacey"),
     "2026-12-02 12:00", {"P1": ("exceptional", "C", ["12-02 PM"])}),
    ("Samir and Nadia will be off tomorrow for their cousin's wedding. Yara will be in as she's not coming with us.",
     kids("Samir", "Nadia", "Yara"), "2026-12-10 18:30",
     {"P1": ("family_event", "O", full("12-11")), "P2": ("family_event", "O", full("12-11"))}),
    # "won't be in after lunch" on the day of an afternoon interview; a list of days with one month
    ("Bogdana has an interview at the sixth form college on Tuesday at 13:00, so she won't be in after lunch.",
     kids("Bogdana"), "2026-12-10 08:00", {"P1": ("interview", "J1", ["12-15 PM"])}),
    ("Ola won't be in on 16, 17 and 18 December, we are flying to Poland.", kids("Ola"), "2026-12-10 08:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # a school-time GP appointment with a time is the reason; one after school is not
    ("Henry won't be in today. He's been really low with his mental health and we've got a GP appt at 4",
     kids("Henry"), "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED, ids=[r[0][:40] for r in RECORDED])
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    result = parse(text, children, when)
    assert result.action == "record", result.explanation
    assert marks(result) == expected, result.explanation


def test_minutes_away_from_an_early_register_close() -> None:
    """ "We'll be 10 minutes" at 08:52, with the register closing at 09:00: in at 09:02, after the close."""
    calendar = SchoolCalendar.from_dict({**SCHOOL, "am_register_close": "09:00"})
    result = parse("Leyla is late, sorry, the traffic is terrible. We'll be 10 minutes.", kids("Leyla"),
                   "2026-12-18 08:52", calendar=calendar)
    assert marks(result) == {"P1": ("late", "U", ["12-18 AM"])}, result.explanation


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # a named brother who is not linked
    ("Stan has been sick, he's off today and tomorrow. His brother Ted will be in as normal", kids("Stanley"),
     "2026-12-08 08:15", "clarify"),
    # in today; the after-school club is not school
    ("Hugo has a cough and cold. He's in today but he won't be going swimming after school on Thursday, could you "
     "let the club know please?", kids("Hugo"), "2026-12-08 07:10", "forward"),
    # a review next week with no day; "tomorrow (Tuesday 8th)" sent on Tuesday 8th
    ("Just to let you know Eilidh will be out of school for her asthma review at the hospital next week.",
     kids("Eilidh"), "2026-11-25 19:15", "clarify"),
    ("Hello, Bao will be absent tomorrow (Tuesday 8th) for Bodhi Day at the vihara", kids("Bao"), "2026-12-08 19:45",
     "clarify"),
    # "can't remember which day"
    ("Isaac has a dentist appointment this week but I can't remember which day, I'll check the card and let you know",
     kids("Isaac"), "2026-12-16 08:10", "clarify"),
    # practising at home is not a day at home
    ("Just wanted to let you know that Elias is practising a lot for the christmas play at home but a bit nervous",
     kids("Elias"), "2026-12-03 18:05", "forward"),
    # an appointment next week with no day, and a question about a test: the day is asked for
    ("Rosie has a hospital appointment next week, will she be able to catch up on the maths test she misses?",
     kids("Rosie"), "2026-12-01 08:15", "clarify"),
])
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    result = parse(text, children, when)
    assert result.action == action, result.explanation
    assert not result.reports
