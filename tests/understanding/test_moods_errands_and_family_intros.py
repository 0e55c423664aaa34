"""Low moods, journeys that fail, errands for a brother or sister, families who introduce themselves, days moved or
narrowed, and collections on days of their own: one case per rule, each sentence written for this file."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # low mood: "been really low", "can't face school"
    ("Freya has been so low since the weekend and says she can't face school today", kids("Freya"),
     "2026-11-30 07:40", {"P1": ("illness", "I", full("11-30"))}),
    # the doctor's advice to rest is the illness; "a few days" is a vague end
    ("The doctor told him to rest for a few days, so Owen won't be in", kids("Owen"), "2026-12-02 07:50",
     {"P1": ("illness", "I", full("12-02"))}),
    # "referred to CAMHS": the illness, not a visit today
    ("Nell's anxiety is really bad again, she's been referred to CAMHS, so she's staying home today", kids("Nell"),
     "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03"))}),
    # "still waiting on" CAMHS: no visit, the illness stands
    ("Theo's panic attacks are back and he's at home until he's been seen by CAMHS, which we're still waiting on",
     kids("Theo"), "2026-12-04 07:35", {"P1": ("illness", "I", full("12-04"))}),
    # a GP visit booked for next week, after the days off: neither the reason nor the days
    ("Ivy's been in tears every morning, she can't face another day, so I'm keeping her off today and tomorrow."
     " We've booked her in with the GP next week.", kids("Ivy"), "2026-12-02 07:20",
     {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # "for either of them" after "no": both children
    ("kids are off today, the dryer broke and there's no dry uniform for either of them", kids("Ava", "Sam"),
     "2026-12-01 07:40", {"P1": ("unsatisfactory", "O", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # "I know there's no school today": the closure, so the next open day
    ("I know there's no school today but Esme has a chest infection so she won't be in", kids("Esme"),
     "2026-11-27 11:00", {"P1": ("illness", "I", full("11-30"))}),
    # "be dropped off at school for about 10": in after the visit
    ("Kai has the orthodontist at 8.40 this morning, he'll be dropped off at school for about 10", kids("Kai"),
     "2026-12-02 07:50", {"P1": ("medical", "M", ["12-02 AM"])}),
    # buses not running because of the flood: the journey, not the home
    ("Sorry, can't get Mabel in today, the buses from our village aren't running because of the flooding",
     kids("Mabel"), "2026-12-03 08:05", {"P1": ("transport", "O", full("12-03"))}),
    # "failed its MOT": the car
    ("Our car failed its MOT yesterday so there's no way to get Ted in today", kids("Ted"), "2026-12-03 08:00",
     {"P1": ("transport", "O", full("12-03"))}),
    # a day at home to revise: the day off; the exam day after it is not
    ("Josh is staying at home today to revise for his physics mock tomorrow", kids("Josh"), "2026-12-07 07:30",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # a correction that only changes the time keeps the reason
    ("Aisha will be late tomorrow, she has the dentist at 8.45. Actually scrap that, it's 8.30, but she'll still be in"
     " by about 9.45", kids("Aisha"), "2026-12-07 19:10", {"P1": ("medical", "M", ["12-08 AM"])}),
    # "won't be in this morning, I'll see how he is at lunchtime": the morning
    ("Reuben has a terrible headache, he won't be in this morning, I'll see how he is at lunchtime", kids("Reuben"),
     "2026-12-09 07:40", {"P1": ("illness", "I", ["12-09 AM"])}),
    # terse: "sorry lateness again ... X there 9.35"
    ("sorry lateness again, roadworks. oscar there 9.35", kids("Oscar"), "2026-12-09 08:45",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # in late for one visit, and collected for another on a day of its own
    ("Speech therapy is at 10 tomorrow so Ezra will be in late, and his eye clinic is at 2pm on Monday so I'll take him"
     " out at 1 that day.", kids("Ezra"), "2026-12-10 18:30", {"P1": ("medical", "M", ["12-11 AM", "12-14 PM"])}),
    # ill for the morning, in for the afternoon: not a late arrival
    ("Lola's having a rough anxiety day, I'll try to bring her in at 1pm for the afternoon", kids("Lola"),
     "2026-12-14 09:00", {"P1": ("illness", "I", ["12-14 AM"])}),
    # the child rang from school: "let her know I'm on my way, I'll be there about 12.40"
    ("Hi, Grace just rang me, she feels really sick. Can you let her know I'm on my way, I'll be there about 12.40",
     kids("Grace"), "2026-12-16 12:15", {"P1": ("illness", "I", ["12-16 PM"])}),
    # a hospital specialty is a medical appointment
    ("I'm taking Alfie out at 12.30 tomorrow for his neurology review at 2", kids("Alfie"), "2026-12-01 07:50",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # "Oh wait ... Just today then!": the earlier days narrowed
    ("Nora has a cold so I'm keeping her off today and tomorrow. Oh wait, tomorrow is her carol concert so she'll come"
     " in for that. Just today then!", kids("Nora"), "2026-12-02 07:45", {"P1": ("illness", "I", full("12-02"))}),
    # "none of them will be back before Monday": until Monday
    ("All three have got the bug, none of them will be back before Monday", kids("Ali", "Bea", "Cal"),
     "2026-12-03 07:30", {cid: ("illness", "I", full("12-03", "12-04")) for cid in ("P1", "P2", "P3")}),
    # "infected" is an illness
    ("Finn won't be in today or tomorrow, his finger is infected and really swollen", kids("Finn", "Rose"),
     "2026-12-07 07:40", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # "that afternoon": the afternoon of the day named before, for the child named with it
    ("Priya has a scan on Thursday at 9, she will be in after. Dev has the optician that afternoon at 2 so I'll collect"
     " him at 1", kids("Priya", "Dev"), "2026-12-08 07:15",
     {"P1": ("medical", "M", ["12-10 AM"]), "P2": ("medical", "M", ["12-10 PM"])}),
    # "Sorry I meant tomorrow, he's in today": the day moved, the child still off
    ("Leon won't be in today. Sorry I meant tomorrow, he's in today!", kids("Leon"), "2026-12-08 07:30",
     {"P1": ("unknown", "N", full("12-09"))}),
    ("Mila won't be in today. Sorry, I mean tomorrow, she has a hospital appointment all day. Today she will be in as"
     " normal.", kids("Mila"), "2026-12-01 07:30", {"P1": ("medical", "M", full("12-02"))}),
    # "d+v" is D&V
    ("ruby has d+v, off today and tomoro", kids("Ruby"), "2026-12-10 06:50",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # "was sick so he's off today": the absence follows, so today is a day off
    ("Max was sick in the night so he's off today and tomorrow", kids("Max"), "2026-12-09 06:50",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    # "collect him at 1 both times": each day's afternoon
    ("Ben has physio at 1.30 today and again at 1.30 on Tuesday 15th, I'll collect him at 1 both times",
     kids("Ben"), "2026-12-09 07:20", {"P1": ("medical", "M", ["12-09 PM", "12-15 PM"])}),
    # "will stay with his dad and attend school": in school
    ("Zoe and Ada will be absent on Monday and Tuesday as we're going to a family funeral in Leeds. Leo will stay with"
     " his dad and attend school.", kids("Zoe", "Leo", "Ada"), "2026-11-28 10:30",
     {"P1": ("exceptional", "C", full("11-30", "12-01")), "P3": ("exceptional", "C", full("11-30", "12-01"))}),
    # "taking them both": the cause is both children's
    ("Isla and Jude won't be in today, it's Jude's birthday and we're taking them both to the zoo",
     kids("Isla", "Jude"), "2026-11-30 07:50",
     {"P1": ("family_event", "O", full("11-30")), "P2": ("family_event", "O", full("11-30"))}),
    # the verb "will" is not William
    ("Will has his entrance test at St Paul's on Friday morning, I'll bring him back after lunch. Lily will be in as"
     " normal.", kids("William", "Lily"), "2026-12-01 07:45", {"P1": ("interview", "J1", ["12-04 AM"])}),
    # the parent's errand for a sibling makes the other child late, not a visit of their own
    ("Ada has an awful earache, she won't be in today. Leo will be but he'll be a bit late as I'm waiting for the"
     " surgery to open to get her seen, he should be there by 9", kids("Leo", "Ada"), "2026-12-02 07:00",
     {"P1": ("late", "L", ["12-02 AM"]), "P2": ("illness", "I", full("12-02"))}),
    ("Mia has the dentist at 9 so she'll be in after. Sam's fine but because I'm doing the dentist run he'll be a bit"
     " late, his grandad is dropping him at 9.10", kids("Mia", "Sam"), "2026-12-17 07:40",
     {"P1": ("medical", "M", ["12-17 AM"]), "P2": ("late", "L", ["12-17 AM"])}),
    ("Jack has a fever, he won't be in today. Ella will be in but she's going to be late as I need to drop Jack's"
     " antibiotics prescription off, will be there 9.30", kids("Ella", "Jack"), "2026-12-09 07:00",
     {"P1": ("late", "U", ["12-09 AM"]), "P2": ("illness", "I", full("12-09"))}),
    # "the whole family is going": not a child going to school
    ("Just letting you know Ife and Bayo won't be in on Monday 7th December, their uncle is getting married in Bristol"
     " and the whole family is going.", kids("Ifeoluwa", "Adebayo"), "2026-12-04 11:00",
     {"P1": ("family_event", "O", full("12-07")), "P2": ("family_event", "O", full("12-07"))}),
    # "so it's just X and Y off": a change of mind about one of three
    ("Ava, Ben and Cara are all off today with a tummy bug... wait no, Cara says she feels fine and wants to go in,"
     " so it's just Ava and Ben off", kids("Ava", "Ben", "Cara"), "2026-12-08 06:45",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # "then straight to school, in around 11": back after the visit
    ("Ruby's got an appointment at the eye clinic at 9.15, then straight to school, in around 11", kids("Ruby"),
     "2026-12-08 07:45", {"P1": ("medical", "M", ["12-08 AM"])}),
    # a common word before "and <child> is" is not a child's name
    ("morning finn wont be in hes got a tummy bug and ivy is gonna be late cos the car wont start be there for 9.10",
     kids("Finn", "Ivy"), "2026-12-14 08:40",
     {"P1": ("illness", "I", full("12-14")), "P2": ("late", "L", ["12-14 AM"])}),
    # a family introduction, then "them": both children
    ("Hello, this is Amber and Rhys's nan. Their mum's been taken into hospital so I'm looking after them and can't"
     " get them in today.", kids("Amber", "Rhys"), "2026-12-04 07:30",
     {"P1": ("exceptional", "C", full("12-04")), "P2": ("exceptional", "C", full("12-04"))}),
    # the rest of the week stands while the funeral's date is still to come
    ("My father passed away last night. We are keeping Sean at home for the rest of the week. The funeral isn't"
     " arranged yet, I'll let you know the date.", kids("Sean"), "2026-12-02 07:15",
     {"P1": ("exceptional", "C", full("12-02", "12-03", "12-04"))}),
    # "drop her at school for 11": in after the visit
    ("Poppy's got a hospital appointment at 9 this morning, I'll drop her at school for 11", kids("Poppy"),
     "2026-12-03 07:20", {"P1": ("medical", "M", ["12-03 AM"])}),
    # "the recovery truck can't come till lunchtime": the whole day is missed
    ("The car's broken down and the recovery truck can't come till lunchtime, so Ella won't be in today", kids("Ella"),
     "2026-12-08 08:20", {"P1": ("transport", "O", full("12-08"))}),
    # "I'll update you about next week": the weekdays are this week's
    ("We're flying to Lagos tonight, Nia's grandmother is very ill. Nia will miss Wednesday and Thursday, I'll update"
     " you about next week.", kids("Nia"), "2026-12-08 19:00", {"P1": ("exceptional", "C", full("12-09", "12-10"))}),
    # "coming to stay with us in Cornwall" for a week: a holiday
    ("This is Tilly's grandad. Tilly is coming to stay with us in Cornwall and will be off school all next week.",
     kids("Tilly"), "2026-12-04 19:50", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # "drop him back for dinner": the school's midday meal
    ("Jay's got a doctor's appointment tomorrow at 10.30 so he won't be in for the morning, I'll drop him back for"
     " dinner", kids("Jay"), "2026-12-13 20:00", {"P1": ("medical", "M", ["12-14 AM"])}),
    # "in on the next one": the next bus, a late arrival
    ("Bus was cancelled, Amir will be in on the next one at about 9.40", kids("Amir"), "2026-12-01 08:10",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # in a Polish message, lower-case "ola" names Aleksandra ("ale", but, never does)
    ("dzien dobry, ola ma goraczke, ale jutro juz przyjdzie. dzis zostaje w domu", kids("Aleksandra", "Jan"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # "try to get in later this morning"
    ("The lane is flooded, we'll try to get in later this morning", kids("Eva"), "2026-12-01 08:10",
     {"P1": ("late", "L", ["12-01 AM"])}),
]

NOT_RECORDED = [
    # thanks, after a greeting, however many illness words
    ("Hi, just wanted to say a big thank you to Mr Hall for all his help with Ruby's anxiety this term", kids("Ruby"),
     "2026-12-04 15:00", "forward"),
    # introduced by both names, then one grandson: which one?
    ("Morning, this is Noah and Alfie's grandad. My grandson was sick in the night so I'm keeping him here with me"
     " today.", kids("Noah", "Alfie"), "2026-11-30 07:35", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
