"""Several children in one message: each child's own reason, days and lateness, the siblings who will be in (or
are only collected early), errands for a sibling, and the asides that are not part of the absence."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, NOAH, full, marks, parse
from understanding.types import Child

TODAY = full("11-23")
ROSIE = Child("P4", "Rosie", "Smith")


@pytest.mark.parametrize(("text", "expected"), [
    # each child's own reason and own days
    ("Jack has a temperature so he's off today. Amelia has the dentist tomorrow at 9 and will be in after.",
     {"P1": ("illness", "I", TODAY), "P2": ("medical", "M", ["11-24 AM"])}),
    ("Jack and Amelia both have chickenpox. Jack is off until Thursday and Amelia will be off for 2 days.",
     {"P1": ("illness", "I", full("11-23", "11-24", "11-25")), "P2": ("illness", "I", full("11-23", "11-24"))}),
    ("Jack and Amelia are both off today with flu. Amelia should be back tomorrow but Jack won't be back this week.",
     {"P1": ("illness", "I", full("11-23", "11-24", "11-25", "11-26")), "P2": ("illness", "I", TODAY)}),
    # "they both ..." after the names belongs to both
    ("Jack and Amelia are off today, Amelia will be back tomorrow but Jack is staying off until Wednesday. They both "
     "have a stomach bug.",
     {"P1": ("illness", "I", full("11-23", "11-24")), "P2": ("illness", "I", TODAY)}),
    # an opening "running late" belongs to the children named next, not to one who is off
    ("Running late this morning sorry! Jack and Noah will be in by 9.10. Amelia's not coming in, she's been sick.",
     {"P1": ("late", "L", ["11-23 AM"]), "P3": ("late", "L", ["11-23 AM"]), "P2": ("illness", "I", TODAY)}),
    # the child named as the object of someone else's sentence
    ("Amelia is absent today with D&V. Jack will be late as I need to wait for my sister to come and sit with "
     "Amelia, he'll be there around 9:15.",
     {"P2": ("illness", "I", TODAY), "P1": ("late", "L", ["11-23 AM"])}),
    # an errand for a sibling is that sibling's reason
    ("Jack and Amelia won't be in today, Jack has a temperature and Amelia has to come with me to take Jack to the GP",
     {"P1": ("illness", "I", TODAY), "P2": ("unsatisfactory", "O", TODAY)}),
])
def test_each_child_has_their_own_report(text: str, expected: dict[str, tuple[str, str, list[str]]]) -> None:
    result = parse(text, [JACK, AMELIA, NOAH])
    assert result.action == "record" and marks(result) == expected


@pytest.mark.parametrize("text", [
    "Jack has a cold so he's staying home today. Amelia's fine.",
    "Jack has a cold so he's staying home today. Amelia is absolutely fine and will be in as normal.",
    "Jack has a cold so he's staying home today, his sister will be in as normal.",
    "Jack is off with a cold. Amelia went in on the bus.",
    "Jack is off with a cold. Amelia will stay with her dad and continue to attend school.",
    "Jack is off with a cold. FYI Amelia isn't ill, she was sick at a party on Saturday but she's fine so she's "
    "coming in.",
])
def test_siblings_who_will_be_in_are_not_marked(text: str) -> None:
    assert marks(parse(text, [JACK, AMELIA])) == {"P1": ("illness", "I", TODAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # "will be in, but I'll pick her up at 12" is a collection, not attendance
    ("Jack has a bug and won't be in tomorrow. Amelia will be in tomorrow but she has the dentist at 2.15 so I'll "
     "pick her up at 1.", {"P1": ("illness", "I", full("11-24")), "P2": ("medical", "M", ["11-24 PM"])}),
    # "fine but she'll be off on Thursday" is off
    ("Jack is off for the rest of the week with scarlet fever. Amelia's fine but she'll be off on Thursday for her "
     "hospital appointment.",
     {"P1": ("illness", "I", full("11-23", "11-24", "11-25", "11-26")), "P2": ("medical", "M", full("11-26"))}),
    # "she'll be in tomorrow" after today's absence is the return
    ("I've no childcare so Amelia is stopping home to mind her little brothers today. She'll be in tomorrow.",
     {"P2": ("unsatisfactory", "O", TODAY)}),
])
def test_what_follows_a_siblings_name_decides(text: str, expected: dict[str, tuple[str, str, list[str]]]) -> None:
    assert marks(parse(text, [JACK, AMELIA])) == expected


@pytest.mark.parametrize("text", [
    "Jack has a temperature, he's off today, and my daughter has the orthodontist tomorrow at 9.",
    "Jack has a temperature, he's off today, and the youngest has a hospital appointment on Friday.",
    "Alex is running late, will be there by 9.10. Amelia won't be in today, she's got a sore throat.",
    "The twins have chickenpox so they won't be in for the rest of the week",
    "Jack and Amelia won't be in today, one has a temperature and the other is at the dentist",
])
def test_a_child_who_cannot_be_told_is_asked_about(text: str) -> None:
    children = [JACK, AMELIA, Child("P5", "Alexander"), Child("P6", "Alexandra")] if "Alex" in text else \
        [JACK, AMELIA, ROSIE]
    assert parse(text, children if "one has" not in text else [JACK, AMELIA]).action == "clarify"


@pytest.mark.parametrize(("text", "expected"), [
    # a postscript, a question or a wish does not add days or reasons
    ("Jack won't be in tomorrow, he's been sick twice tonight. PS I still owe the £5 for the trip, will send it in "
     "Monday", full("11-24")),
    ("Jack won't be at school on Wednesday, we have his cousin's wedding. Also his birthday is Saturday so can he "
     "bring cake in on Friday if that's ok?", full("11-25")),
    ("Jack has d&v, he won't be in tomorrow or Tuesday. Is he still ok to be an angel on Wednesday?",
     full("11-24")),
    ("Jack won't be in today, he has a stomach bug. His CAMHS appointment is still on Friday but it's at 4 so he "
     "won't need to miss school for that", TODAY),
])
def test_asides_add_no_days(text: str, expected: list[str]) -> None:
    result = parse(text, [JACK], when="2026-11-23 07:30" if "Tuesday" not in text else "2026-11-22 18:00")
    assert result.action == "record" and [s for r in marks(result).values() for s in r[2]] == (
        expected if "Tuesday" not in text else full("11-23", "11-24"))


def test_a_question_about_the_leave_form_is_forwarded() -> None:
    assert parse("Hi, where can I find the form to request a leave of absence? Thanks").action == "forward"


def test_a_medicine_note_is_forwarded() -> None:
    text = ("Morning, Jack is on antibiotics for an ear infection (5ml at lunch). I've handed the bottle in at the "
            "office, please can his teacher make sure he has it. Thanks")
    assert parse(text).action == "forward"


def test_thanks_for_yesterday_is_forwarded() -> None:
    text = ("just wanted to say a massive thank you to Mrs Hall for looking after Jack yday when he was sick in "
            "class, he's much better today")
    assert parse(text, when="2026-11-24 16:30").action == "forward"


def test_the_other_two_kept_home_with_an_ill_sibling() -> None:
    result = parse("Noah has a sickness bug and has been ill since 5am. I can't do the school run with him being sick "
                   "so the other two will have to stay home with us today, sorry.", [JACK, AMELIA, NOAH])
    assert marks(result) == {"P3": ("illness", "I", TODAY), "P1": ("unsatisfactory", "O", TODAY),
                             "P2": ("unsatisfactory", "O", TODAY)}


def test_siblings_minded_at_home_are_not_the_absent_ones() -> None:
    result = parse("Amelia is staying home to mind her little brothers today", [JACK, AMELIA, NOAH])
    assert set(marks(result)) == {"P2"}


def test_one_appointment_in_the_morning_and_another_after_lunch() -> None:
    result = parse("Jack has the dentist at 9.20 so he'll be in late, and then I'm picking him up at 1 for his brace "
                   "fitting at the orthodontist.")
    assert marks(result) == {"P1": ("medical", "M", full("11-23"))}


def test_we_will_all_come_in_together() -> None:
    result = parse("Jack has a dentist check-up at 8.50 and Amelia has hers straight after at 9.10, so we'll all come "
                   "in together about 9.45", [JACK, AMELIA])
    assert marks(result) == {"P1": ("medical", "M", ["11-23 AM"]), "P2": ("medical", "M", ["11-23 AM"])}
