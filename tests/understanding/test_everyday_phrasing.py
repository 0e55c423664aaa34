"""Phrasings found in the third round of fresh batches, one rule each: corrections inside a message, recovery and
return phrases, dotted dates, who a clause is about, presence said plainly, and what is not lateness or absence."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, NOAH, full, marks, parse
from understanding.types import Child

JO_M, JO_F = Child("P1", "Joseph", "Okoro"), Child("P2", "Josephine", "Okoro")


def only(result: object) -> tuple[str, str, list[str]]:
    got = marks(result)  # type: ignore[arg-type]
    assert len(got) == 1, got
    return next(iter(got.values()))


@pytest.mark.parametrize(("text", "when", "days"), [
    # a day corrected in the same message
    ("Jack has his scan on Tuesday, sorry I mean Wednesday, so he'll be off all day.", "2026-12-14 07:30",
     full("12-16")),
    # hoped-for recovery and a return for an event are ends, not days off
    ("Jack has conjunctivitis so he's off today and tomorrow, hopefully cleared up by Wednesday.", "2026-11-23 07:30",
     full("11-23", "11-24")),
    ("Keeping Jack off today and tomorrow, hopefully he'll be back for the party on Thursday.", "2026-12-15 07:30",
     full("12-15", "12-16")),
    # "won't be in for the last day tomorrow": that day itself
    ("Jack has a temperature so he won't be in for the last day tomorrow. Merry Christmas!", "2026-12-17 16:15",
     full("12-18")),
    # dotted dates and weekday pairs with their own dates
    ("Jack will be absent Thursday and Friday 17-18.12, we are travelling to Poland.", "2026-12-06 21:00",
     full("12-17", "12-18")),
    ("Jack will miss school from 14.12 to 18.12 for a family visit abroad.", "2026-12-06 21:00",
     full("12-14", "12-15", "12-16", "12-17", "12-18")),
    # "in as normal on Wednesday" and "should be fine for tomorrow" are presence
    ("Jack will be out on Tuesday 1st Dec for a funeral, he'll be in as normal on Wednesday.", "2026-11-26 08:00",
     full("12-01")),
    ("Jack has a migraine, he won't be in today, should be fine for tomorrow", "2026-12-03 06:45", full("12-03")),
    # "tomorrow he will come back to school" is a return
    ("Jack has a cough, today he rests at home. Tomorrow he will come back to school if no fever.",
     "2026-11-30 08:10", full("11-30")),
    # evening messages: this afternoon is over, a past "has flu from Thursday" is not a day off
    ("Jack is sick from this afternoon, vomiting. He will not come Monday.", "2026-12-04 18:30", full("12-07")),
    ("Jack has flu from Thursday, he is still sick. He will not come Monday.", "2026-11-28 19:00", full("11-30")),
])
def test_days(text: str, when: str, days: list[str]) -> None:
    assert only(parse(text, when=when))[2] == days


@pytest.mark.parametrize(("text", "when", "half"), [
    ("Jack has a hearing test at audiology at 9, he'll be back at school for about 11", "2026-12-10 07:40", "AM"),
    ("Jack has a dentist appt at 2.10 today so I'll grab him at lunchtime, about 12.30", "2026-11-30 07:50", "PM"),
    ("Jack is at CAMHS on Monday 7th at 11am, I'll be getting him from school at 10.30", "2026-12-03 07:40", "PM"),
    ("Tomorrow Jack has his eyes checked at the hospital at 10.15. After we come to school.", "2026-12-01 18:00",
     "AM"),
])
def test_partial_days(text: str, when: str, half: str) -> None:
    assert {s[-2:] for s in only(parse(text, when=when))[2]} == {half}


@pytest.mark.parametrize(("text", "when"), [
    ("Jack has a dentist appointment after school on Thursday at 4.15, so I'll collect him at home time.",
     "2026-11-23 08:30"),
    ("Jack's dad will be doing the pick up on Tuesday and Thursday this week as I'm working late.", "2026-11-30 19:30"),
    ("Hi, Jack forgot his inhaler today, I'll drop it at reception at 2. Can his teacher make sure he gets it?",
     "2026-11-25 13:00"),
    ("I wanted to thank Miss Clarke, Jack loved the play.", "2026-12-07 16:30"),
])
def test_not_an_absence(text: str, when: str) -> None:
    assert parse(text, when=when).action == "forward"


@pytest.mark.parametrize(("text", "when", "code"), [
    ("Sorry, Jack overslept, he is coming now, about 10.15 he will arrive.", "2026-12-02 09:45", "U"),
    ("Jack missed the bus, I've got to wait for my mum to get here to take him, he'll be there about 10.15 sorry",
     "2026-11-25 08:30", "U"),
    ("So sorry, Jack is only just going in now, I'll drop him at reception in 5 mins.", "2026-11-24 10:14", "U"),
    ("Tomorrow Jack will be late because I start work at 7, his dad will bring him about 10 o'clock.",
     "2026-12-02 20:30", "U"),
])
def test_late_arrivals(text: str, when: str, code: str) -> None:
    reason, got, _ = only(parse(text, when=when))
    assert (reason, got) == ("late", code)


def test_too_tired_after_staying_up_late_is_not_lateness() -> None:
    assert only(parse("Jack is too tired to come in today, he was up really late at his dad's last night"))[0] \
        == "unsatisfactory"


@pytest.mark.parametrize(("text", "absent"), [
    # a sibling named only as the one an errand is for does not own the clause
    ("Jack is off today, he has a bad cold. Amelia is coming in but she will be late because I have to take Jack to "
     "the pharmacy first, maybe 9:30.", {"P1": "illness", "P2": "late"}),
    # presence said plainly
    ("Jack has a fever, he stays home today. Amelia go to school.", {"P1": "illness"}),
    ("Jack has chickenpox so he won't be in. Amelia hasn't got any spots so she will be in.", {"P1": "illness"}),
    ("Jack came home with a temperature. Won't be in tomorrow. Amelia fine", {"P1": "illness"}),
    # everyone: "all 3", "both" in a piece naming no child
    ("Both off today with the sickness bug, Jack's been sick 4 times", {"P1": "illness", "P2": "illness"}),
    # a sibling kept home because the parent is stuck with the ill child
    ("Jack has a sickness bug so he won't be in today, and Amelia will have to stay home too as I'm stuck in the "
     "house with him all day.", {"P1": "illness", "P2": "unsatisfactory"}),
])
def test_who_is_meant(text: str, absent: dict[str, str]) -> None:
    assert {pid: r[0] for pid, r in marks(parse(text, [JACK, AMELIA], when="2026-12-02 07:15")).items()} == absent


def test_all_three_counts_every_child() -> None:
    result = parse("All 3 have got streaming colds and Noah was sick in the night, so I'm keeping them all home today.",
                   [JACK, AMELIA, NOAH])
    assert set(marks(result)) == {"P1", "P2", "P3"}


@pytest.mark.parametrize(("text", "children"), [
    ("Jo has a bad cold so won't be in today", [JO_M, JO_F]),  # a short form that fits two children
    ("Can you mark Jessica absent today please, she's got a tummy bug", [JACK]),  # an unlinked child as the object
    ("Jack and his sister Defne won't be in tomorrow", [JACK, AMELIA]),  # a sibling named beside a child
    ("Jack's got to go to the hospital for a scan at some point this week, they'll send the date.", [JACK]),
])
def test_asks(text: str, children: list[Child]) -> None:
    assert parse(text, children).action == "clarify"


@pytest.mark.parametrize(("text", "when", "reason", "days"), [
    ("Jack and Amelia will be a bit late, there's a jam at the hospital roundabout, we'll be there at 9:15",
     "2026-12-04 08:30", "late", ["12-04 AM"]),
    ("Jack is having a bad time with anxiety and couldn't leave his room, so he won't go today. We are already in "
     "contact with CAMHS.", "2026-12-09 07:50", "illness", full("12-09")),
    ("Jack is having his flu jab at the GP tomorrow at 9, in after", "2026-12-06 19:30", "medical",
     ["12-07 AM"]),
    ("The school called, Jack has a fever, I come to take him at 11.30.", "2026-12-03 11:00", "illness",
     ["12-03 PM"]),
    ("Jack will be absent from Monday 7 to Friday 11 December for a family emergency abroad. Back Monday 14.",
     "2026-12-05 14:00", "exceptional", full("12-07", "12-08", "12-09", "12-10", "12-11")),
    ("Jack won't be in today, his younger sister is ill and I have no one to take him", "2026-12-07 07:30",
     "unsatisfactory", full("12-07")),
])
def test_reasons_and_days(text: str, when: str, reason: str, days: list[str]) -> None:
    result = parse(text, [JACK, AMELIA] if "Amelia" in text else [JACK, NOAH], when=when)
    assert {pid: (r[0], r[2]) for pid, r in marks(result).items()} == {
        pid: (reason, days) for pid in (["P1", "P2"] if "Amelia" in text else ["P1"])}


def test_a_recovery_with_a_return_day_records_nothing() -> None:
    text = "Jack's temperature has finally gone and he's raring to go, so you'll see him in class tomorrow."
    assert parse(text, when="2026-12-16 17:30").action == "forward"


@pytest.mark.parametrize("text", [
    "Jack has his physio booked in for one afternoon next week, will confirm which day when the hospital rings",
    "Jack is having his grommets operation this week, the hospital is going to ring to tell us which day.",
])
def test_a_day_still_to_be_fixed_asks(text: str) -> None:
    assert parse(text, when="2026-12-02 07:45").action == "clarify"


def test_a_sibling_kept_home_because_the_ill_child_cannot_be_left() -> None:
    result = parse("Jack has a bad cold so I'm keeping him home today, and Amelia will have to stay off too as I can't "
                   "leave Jack on his own to do the school run.", [JACK, AMELIA], when="2026-12-04 07:40")
    assert {pid: r[0] for pid, r in marks(result).items()} == {"P1": "illness", "P2": "unsatisfactory"}


@pytest.mark.parametrize(("text", "when", "days"), [
    ("Jack will be off on Thursday 3rd, sorry I mean Friday 4th December, for a family celebration.",
     "2026-11-23 07:40", full("12-04")),
    ("We fly on Wednesday 16th so Jack will not be in school on 16th, 17th and 18th.", "2026-12-08 19:00",
     full("12-16", "12-17", "12-18")),
    ("Jack has chickenpox, he won't be in on Monday and probably not for the rest of next week either",
     "2026-11-27 09:30", full("11-30", "12-01", "12-02", "12-03", "12-04")),
    ("The office rang, Jack's been sick in class. I'm on my way to pick him up now, I'll be there about 11:40. He "
     "won't be back tomorrow either.", "2026-11-30 11:10", ["11-30 PM", *full("12-01")]),
    ("Jack was sick at his cousin's party today and he's still not right, so I'll keep him off.", "2026-12-13 17:45",
     full("12-14")),
])
def test_more_days(text: str, when: str, days: list[str]) -> None:
    assert only(parse(text, when=when))[2] == days


@pytest.mark.parametrize(("text", "when"), [
    ("Jack has had a rough weekend as our dog died, he may be a bit teary today. Just so you're aware.",
     "2026-11-23 07:50"),
    ("I've been up all night with a migraine so their dad will be dropping them off today instead of me.",
     "2026-11-26 07:40"),
    ("I got a text saying Jack was absent this morning but he was definitely in. Can you check the register?",
     "2026-12-16 10:30"),
    ("Jack was poorly last week and he's asked if he can stay in at break today as he's still a bit wobbly.",
     "2026-12-04 07:30"),
])
def test_more_forwards(text: str, when: str) -> None:
    assert parse(text, [JACK, AMELIA] if "them" in text else [JACK], when=when).action == "forward"


def test_the_girls_both_with_three_children_asks() -> None:
    assert parse("The girls have both got a sickness bug so won't be in tomorrow.", [JACK, AMELIA, NOAH],
                 when="2026-11-24 19:10").action == "clarify"


def test_each_late_sibling_takes_the_arrival_time() -> None:
    result = parse("Jack and Amelia will be late, Jack was sick in the car so we went back to change. Should be there "
                   "about quarter to 10", [JACK, AMELIA], when="2026-12-07 08:58")
    assert {pid: r[:2] for pid, r in marks(result).items()} == {"P1": ("late", "U"), "P2": ("late", "U")}


@pytest.mark.parametrize(("text", "when", "days"), [
    ("Jack has chickenpox, the doctor says he can go back to school next Wednesday 9th December", "2026-12-01 07:30",
     full("12-01", "12-02", "12-03", "12-04", "12-07", "12-08")),
    ("Jack has chickenpox, he can come back to school only on Wednesday 2nd December", "2026-11-25 20:15",
     full("11-26", "11-30", "12-01")),
    ("Jack has a rash and a temperature, he's off today. If it doesn't clear up by Monday we'll go to the doctor.",
     "2026-12-04 07:40", full("12-04")),
    ("Jack has a migraine, not in today. On Monday he should be back.", "2026-11-26 07:20", full("11-26")),
    ("Jack has a cold and a cough, won't be in today. Tomorrow is a day off anyway so see you Monday",
     "2026-11-26 07:10", full("11-26")),
    ("Jack was at A&E today with an asthma attack. He is better but the doctor said to stay home tomorrow and Monday.",
     "2026-12-10 19:15", full("12-11", "12-14")),
])
def test_returns_and_conditions(text: str, when: str, days: list[str]) -> None:
    assert only(parse(text, when=when))[2] == days


def test_in_only_around_a_time_is_late() -> None:
    assert only(parse("Jack is running late, he will be in only around 9:40", when="2026-11-24 08:41"))[:2] == \
        ("late", "U")


def test_allergy_note_for_the_teacher_is_forwarded() -> None:
    assert parse("Please tell Miss Evans not to give Jack milk, he has a milk allergy.",
                 when="2026-12-11 15:50").action == "forward"


# Fourth round: things that come home, news already dealt with, days still to be fixed, a weekday set beside
# "tomorrow", collections happening now, and a sibling who is simply with the parent.
@pytest.mark.parametrize("text", [
    "Jack's lunchbox didn't come home today, could someone check his classroom?",
    "Could Jack's reading book be sent home today? He'd like it over the weekend",
    "Can you check whether Jack handed in his permission slip for the museum trip?",
    "Just letting you know Jack had head lice, all treated now. Thought I should mention it.",
])
def test_things_and_news_are_forwarded(text: str) -> None:
    assert parse(text, when="2026-12-02 15:40").action == "forward"


@pytest.mark.parametrize(("text", "when"), [
    ("Jack will be away for a few days before Christmas for a family trip, I'll send you the exact dates once it's "
     "booked.", "2026-11-24 19:00"),
    ("Jack's grommets operation will be some time in December but the hospital haven't given us a date yet.",
     "2026-11-24 19:00"),
    ("Can Jack have a day off next week for his grandad's 80th?", "2026-12-02 18:00"),
    ("Jack won't be going on the zoo trip, he gets travel sick, so he'll stay at home that day.", "2026-12-02 18:00"),
    ("Jack won't be in tomorrow, Thursday, he has a dentist appointment in town", "2026-12-08 07:00"),
])
def test_days_that_cannot_be_told_are_asked(text: str, when: str) -> None:
    assert parse(text, when=when).action == "clarify"


@pytest.mark.parametrize(("text", "when", "days"), [
    ("Jack is off tomorrow, Thursday and Friday with a chest infection", "2026-12-08 07:00",
     full("12-09", "12-10", "12-11")),
    ("Jack has a sickness bug, no school for him tomorrow. I'll update you tomorrow evening about Tuesday.",
     "2026-12-06 19:00", full("12-07")),
    ("Jack is still poorly, keeping him off today, he'll be back after the training day.", "2026-11-26 07:30",
     full("11-26")),
    ("We're off to Finland! Jack will be away Tuesday 8th to Thursday 10th Dec, back on the Friday.",
     "2026-11-28 10:00", full("12-08", "12-09", "12-10")),
    ("Jack has scarlet fever. The GP says he can come back when the antibiotics have kicked in, probably Wednesday.",
     "2026-11-30 07:30", full("11-30", "12-01")),
])
def test_spans_and_returns(text: str, when: str, days: list[str]) -> None:
    assert only(parse(text, when=when))[2] == days


def test_absent_from_a_weekday_until_a_dated_return_on_the_same_weekday() -> None:
    result = parse("We must fly to Pakistan urgently, my father is very ill in hospital. Jack will be absent from "
                   "Monday and back in school on Monday 7th December.", when="2026-11-28 10:00")
    assert only(result) == ("exceptional", "C", full("11-30", "12-01", "12-02", "12-03", "12-04"))


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("Jack is with me at the orthodontist, I'll bring him in when we're done", "2026-12-03 09:00",
     ("medical", "M", ["12-03 AM"])),
    ("I need to collect Jack at 12:45, his grandfather has been taken into hospital", "2026-12-03 11:00",
     ("exceptional", "C", ["12-03 PM"])),
    ("Jack has been sick in class, his mum is on her way to collect him now.", "2026-12-03 11:50",
     ("illness", "I", ["12-03 PM"])),
    ("The bus has broken down, Jack won't get in till after 10, sorry", "2026-12-03 08:40",
     ("late", "U", ["12-03 AM"])),
    ("jack running late be there in 10", "2026-12-03 09:15", ("late", "U", ["12-03 AM"])),
    ("The bus didn't turn up, we'll be there in an hour", "2026-12-03 08:55", ("late", "U", ["12-03 AM"])),
])
def test_partial_days_and_arrivals(text: str, when: str, expected: tuple[str, str, list[str]]) -> None:
    assert only(parse(text, when=when)) == expected


def test_parent_rushed_to_hospital_is_the_reason_for_both() -> None:
    result = parse("My wife was rushed into hospital last night and I can't get Jack and Amelia in today, sorry",
                   [JACK, AMELIA], when="2026-12-03 07:30")
    assert {pid: r[:2] for pid, r in marks(result).items()} == {"P1": ("exceptional", "C"), "P2": ("exceptional", "C")}


def test_sibling_with_the_parent_is_kept_home() -> None:
    result = parse("Jack has hurt his wrist and we're at A&E. Amelia is with us so she won't be in either",
                   [JACK, AMELIA], when="2026-12-03 08:00")
    assert {pid: r[:2] for pid, r in marks(result).items()} == {"P1": ("illness", "I"), "P2": ("unsatisfactory", "O")}


@pytest.mark.parametrize(("child", "word"), [(Child("P1", "Maria Eduarda", "Silva"), "Duda"),
                                             (Child("P1", "Vytautas", "Kazlauskas"), "Vytukas")])
def test_two_part_first_names_and_lithuanian_short_forms(child: Child, word: str) -> None:
    assert only(parse(f"{word} has a fever, keeping them home today", [child], when="2026-12-03 07:30"))[:2] == \
        ("illness", "I")


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("jack's not coming in today, I need him to help me at home with the baby", "2026-12-03 07:30",
     ("unsatisfactory", "O", full("12-03"))),
    ("Jack won't be in today, I need him to watch his little sister while I go for my hospital scan",
     "2026-12-03 07:30", ("unsatisfactory", "O", full("12-03"))),
    ("Jack will be late, 9:10 maybe", "2026-12-03 08:55", ("late", "L", ["12-03 AM"])),
    ("jack off today and tomoro", "2026-12-03 06:30", ("unknown", "N", full("12-03", "12-04"))),
    ("We fly to Kerala for two weeks on Monday 14th so Jack will miss the end of term.", "2026-12-04 18:30",
     ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))),
])
def test_fifth_round_phrasings(text: str, when: str, expected: tuple[str, str, list[str]]) -> None:
    assert only(parse(text, when=when)) == expected


def test_the_parents_own_operation_with_days_to_follow_is_asked() -> None:
    assert parse("Jack will be off for a couple of days later this week, I'm having an operation and there's nobody "
                 "to look after him. I'll confirm the days.", when="2026-12-14 07:50").action == "clarify"


def test_unnamed_boys_beside_a_named_child_who_attends_are_asked_about() -> None:
    result = parse("Both boys have a temperature so I'm keeping them off. Amelia is fine and will be in.",
                   [JACK, AMELIA, NOAH], when="2026-12-08 07:45")
    assert result.action == "clarify"


def test_short_form_lulu() -> None:
    assert only(parse("Lulu won't be in on Monday, we're away", [Child("P1", "Tallulah", "Reed")],
                      when="2026-12-10 18:45"))[:2] == ("holiday", "G")


def test_both_little_ones_with_three_children_asks_but_both_days_does_not() -> None:
    three = [JACK, AMELIA, NOAH]
    assert parse("The little ones have both got colds, keeping them home tomorrow", three,
                 when="2026-12-09 19:30").action == "clarify"
    assert parse("The kids will be off both days, chickenpox", three, when="2026-12-09 07:30").action == "record"


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("sorry miss the car won't start, Jack will be in around 9:40", "2026-12-03 08:40", ("late", "U", ["12-03 AM"])),
    ("Jack won't be in today, he was up until late coughing", "2026-12-03 07:30", ("illness", "I", full("12-03"))),
])
def test_miss_and_late_that_are_not_absence_or_lateness(text: str, when: str,
                                                         expected: tuple[str, str, list[str]]) -> None:
    assert only(parse(text, when=when)) == expected


def test_a_book_left_at_home_is_forwarded() -> None:
    assert parse("Jack left his reading book at home, he'll bring it in tomorrow", when="2026-12-03 08:40").action \
        == "forward"


def test_one_day_next_month_with_no_date_is_asked() -> None:
    assert parse("Jack will be absent for one day next month, we don't know the date yet",
                 when="2026-11-24 07:30").action == "clarify"


def test_lithuanian_accusative_of_a_short_form() -> None:
    child = Child("P1", "Dominykas", "Petraitis")
    assert only(parse("Laba diena, Domą šiandien palieku namie, nes serga", [child], when="2026-12-03 07:30"))[:2] \
        == ("illness", "I")
