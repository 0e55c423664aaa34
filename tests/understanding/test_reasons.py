"""Reasons and their default codes (CONVENTIONS.md "Reasons and default codes"), and a school's own map."""

from __future__ import annotations

import datetime as dt

import pytest

from core.policy import SchoolPolicy
from tests.understanding.conftest import AMELIA, JACK, full, marks, parse
from understanding import canon
from understanding.reasons import classify


@pytest.mark.parametrize(("text", "reason", "code"), [
    ("Jack is poorly, he won't be in today", "illness", "I"),
    ("Jack has D&V so won't be in today", "illness", "I"),
    ("Jack has a migraine, keeping him off today", "illness", "I"),
    ("Jack is really struggling with anxiety and won't be in today", "illness", "I"),
    ("Jack broke his wrist at football, he won't be in today", "illness", "I"),
    ("Jack was admitted to hospital last night, he won't be in today", "illness", "I"),
    ("Jack has a GP appointment today so won't be in", "medical", "M"),
    ("Jack has his flu jabs at the health centre today, he won't be in", "medical", "M"),
    ("Jack has an appointment with CAMHS today, he won't be in", "medical", "M"),
    ("Jack won't be in today as it's Eid", "religious", "R"),
    ("Jack won't be in today, we are at the gurdwara for Gurpurab", "religious", "R"),
    ("Jack won't be in today, it's a holy day of obligation and we're going to Mass", "religious", "R"),
    ("Jack won't be in today, we're flying to Spain on holiday", "holiday", "G"),
    ("Jack won't be in today, we are travelling to Pakistan to visit family", "holiday", "G"),
    ("Jack's grandad passed away, he won't be in today", "exceptional", "C"),
    ("We've had a house fire, Jack won't be in today", "exceptional", "C"),
    ("My wife was rushed to hospital, Jack won't be in today", "exceptional", "C"),
    ("Jack won't be in today, it's his auntie's wedding", "family_event", "O"),
    ("Jack won't be in today, it's his sister's graduation", "family_event", "O"),
    ("Jack has an interview at the sixth form college today, he won't be in", "interview", "J1"),
    ("Jack has an entrance assessment at another school today, he won't be in", "interview", "J1"),
    ("Our car has broken down, Jack won't make it in today", "transport", "O"),
    ("Train strike today, Jack can't get to school", "transport", "O"),
    ("We overslept so Jack is having the day at home", "unsatisfactory", "O"),
    ("Jack is shattered, I'm giving him a day off", "unsatisfactory", "O"),
    ("Jack has no clean uniform so he'll be off today", "unsatisfactory", "O"),
    ("Jack won't be in today", "unknown", "N"),
])
def test_reason_and_default_code(text: str, reason: str, code: str) -> None:
    result = parse(text)
    assert result.action == "record", result.explanation
    assert marks(result)["P1"][:2] == (reason, code), classify(text.lower()).explain()


def test_sibling_ill_is_unsatisfactory_for_the_other_child() -> None:
    result = parse("Jack has a temperature so I'm keeping him home, and Amelia will have to stay off too as I've "
                   "got to stay in with him", [JACK, AMELIA])
    assert marks(result) == {"P1": ("illness", "I", full("11-23")), "P2": ("unsatisfactory", "O", full("11-23"))}


def test_school_reason_codes_replace_the_defaults() -> None:
    policy = SchoolPolicy(reason_codes={**SchoolPolicy().reason_codes, "holiday": "H", "unsatisfactory": "O"})
    result = parse("Jack won't be in today, we're going on holiday", policy=policy)
    assert marks(result)["P1"][:2] == ("holiday", "H")


def test_every_decision_is_explained() -> None:
    decision = classify("jack has a temperature and a cough")
    assert decision.reason == "illness"
    assert ("illness", "temperature") in decision.hits
    assert "temperature" in decision.explain()


def test_each_child_gets_the_reason_and_days_of_their_own_clauses() -> None:
    result = parse("Jack has a dentist appointment at 9, he'll be in after. Amelia is sick and won't be in today.",
                   [JACK, AMELIA])
    assert marks(result) == {"P1": ("medical", "M", ["11-23 AM"]), "P2": ("illness", "I", full("11-23"))}


def test_a_late_sibling_does_not_make_the_other_child_late() -> None:
    result = parse("Jack has a temperature. Amelia is running late, be there by 9.30", [JACK, AMELIA])
    assert marks(result) == {"P1": ("illness", "I", full("11-23")), "P2": ("late", "U", ["11-23 AM"])}


@pytest.mark.parametrize(("text", "reason"), [
    ("Jack's sister is ill so I have to stay home with her, Jack won't be in", "unsatisfactory"),
    ("I am ill and can't bring Jack to school today", "unsatisfactory"),
    ("Jack's grandma is very ill so we're going to see her, he'll be off today", "exceptional"),
])
def test_someone_else_being_ill_is_not_the_pupils_illness(text: str, reason: str) -> None:
    assert marks(parse(text))["P1"][0] == reason


@pytest.mark.parametrize(("text", "reason"), [
    # illnesses, conditions and injuries by name
    ("Jack has been diagnosed with pneumonia, he won't be in today", "illness"),
    ("Jack has shingles so won't be in today", "illness"),
    ("Jack has threadworms, keeping him off today", "illness"),
    ("Jack has bronchitis and won't be in today", "illness"),
    ("Jack has RSV, keeping him home today", "illness"),
    ("Jack's sinusitis is bad today so he won't be in", "illness"),
    ("Jack has a UTI so I'm keeping him off today", "illness"),
    ("Jack's eczema has flared up, he won't be in today", "illness"),
    ("Jack was admitted to the children's ward last night and is on a drip, he won't be in today", "illness"),
    ("Jack had an allergic reaction to something he ate at a party yesterday, keeping him off today", "illness"),
    ("Jack dislocated his shoulder at rugby and is on crutches, he won't be in today", "illness"),
    # exceptional
    ("Jack's grandad's cremation is today so he won't be in", "exceptional"),
    ("We had a chip pan fire last night and we're in a hotel, Jack won't be in today", "exceptional"),
    ("There's been a gas leak and our street has been evacuated, Jack won't be in today", "exceptional"),
    # family events, interviews
    ("Jack won't be in today, his brother is graduating from university", "family_event"),
    ("Jack won't be in today, his auntie is getting married", "family_event"),
    ("It's my nan's 90th today so Jack won't be in", "family_event"),
    ("Jack has an assessment centre for an apprenticeship today so won't be in", "interview"),
    ("Jack is sitting the scholarship assessment at another school today, he won't be in", "interview"),
    # transport
    ("Jack's taxi hasn't turned up again so he can't get in today, he won't be in", "transport"),
    ("The bus never came so Jack won't be in today", "transport"),
    ("Car's died on us and there's no other way to get there, Jack won't be in today", "transport"),
    ("Police have shut the bridge after an accident, Jack won't make it in today", "transport"),
    # unsatisfactory
    ("The alarm didn't go off and we all slept through, Jack is having today at home", "unsatisfactory"),
    ("Jack won't be in today, we woke up late and missed the whole morning", "unsatisfactory"),
    ("Jack won't be in today, we're going into town for a new winter coat", "unsatisfactory"),
    ("Jack won't be in today, we're doing our Christmas shopping", "unsatisfactory"),
    ("I've got an early shift so Jack won't be in today, he has to mind his little brothers", "unsatisfactory"),
    # a day off for a trip is the trip
    ("Jack is having the day off, we're driving down to Cornwall for Christmas", "holiday"),
])
def test_reason_vocabulary(text: str, reason: str) -> None:
    assert classify(canonical_en(text)).reason == reason, classify(canonical_en(text)).explain()


@pytest.mark.parametrize(("text", "absent"), [
    ("our car died on the motorway, Jack won't be in today", "exceptional"),  # a car is not a person
    ("Jack was sick after the party yesterday, keeping him off today", "family_event"),  # the party is over
    ("the fire alarm went off at 5am and Jack is exhausted, he won't be in", "exceptional"),
    ("Jack won't be in today, we got back late from a wedding last night and he's shattered", "family_event"),
])
def test_words_that_are_not_the_reason(text: str, absent: str) -> None:
    decision = classify(canonical_en(text))
    assert decision.reason != absent and not decision.has(absent), decision.explain()


def canonical_en(text: str) -> str:
    return canon.canonical(text, "en", dt.date(2026, 11, 23))
