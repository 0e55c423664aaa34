import datetime as dt

import pytest

from mis.values import (
    name_key,
    normalise_language,
    normalise_mis_id,
    normalise_phone,
    normalise_upn,
    normalise_year_group,
    parse_bool,
    parse_date,
    parse_sen,
)


@pytest.mark.parametrize("text", ["07700 900101", "07700900101", "+44 7700 900101", "0044 7700 900101",
                                  "(07700) 900-101"])
def test_uk_mobiles_in_any_common_format_become_e164(text):
    assert normalise_phone(text) == "+447700900101"


def test_real_numbers_and_foreign_numbers_are_accepted():
    assert normalise_phone("020 7946 0000") == "+442079460000"
    assert normalise_phone("07911 123456") == "+447911123456"
    assert normalise_phone("+33 6 12 34 56 78") == "+33612345678"


@pytest.mark.parametrize("text", ["07700 9001", "call me", "12345", "07700 900101 900101"])
def test_unparseable_phones_are_refused(text):
    with pytest.raises(ValueError, match="phone number"):
        normalise_phone(text)


def test_blank_phone_is_none():
    assert normalise_phone("  ") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2015-11-03", dt.date(2015, 11, 3)), ("03/11/2015", dt.date(2015, 11, 3)),
    ("3/11/2015", dt.date(2015, 11, 3)), ("03.11.15", dt.date(2015, 11, 3)), ("3 Nov 2015", dt.date(2015, 11, 3)),
    ("03/11/2015 00:00", dt.date(2015, 11, 3)),
])
def test_dates_are_read_day_first(text, expected):
    assert parse_date(text, "Date of Birth") == expected


@pytest.mark.parametrize("text", ["31/02/2015", "11/31/2015", "2015-13-01", "yesterday", "03/11/1815"])
def test_bad_dates_are_refused_with_the_column_name(text):
    with pytest.raises(ValueError, match="Date of Birth"):
        parse_date(text, "Date of Birth")


def test_admission_numbers_lose_leading_zeros_consistently():
    assert normalise_mis_id("004101") == normalise_mis_id("4101") == "4101"
    assert normalise_mis_id("000") == "0"
    assert normalise_mis_id(" A-0012 ") == "A-0012"


def test_upn_check_letter_is_verified():
    assert normalise_upn("l999246820101") == "L999246820101"
    with pytest.raises(ValueError, match="UPN"):
        normalise_upn("A999246820101")


@pytest.mark.parametrize(("text", "expected"), [
    ("Year 5", "Year 5"), ("Y5", "Year 5"), ("5", "Year 5"), ("NC Year 05", "Year 5"), ("Reception", "Reception"),
    ("R", "Reception"), ("Rec", "Reception"), ("0", "Reception"), ("N2", "Nursery"), ("Mixed KS2", "Mixed KS2"),
])
def test_year_groups(text, expected):
    assert normalise_year_group(text) == expected


def test_sen_codes_and_labels():
    assert parse_sen("N") == parse_sen("") == (False, False)
    assert parse_sen("K") == parse_sen("SEN Support") == (True, False)
    assert parse_sen("E") == parse_sen("EHC Plan") == (True, True)
    with pytest.raises(ValueError, match="SEN"):
        parse_sen("maybe")


def test_booleans():
    assert [parse_bool(v, "x") for v in ("T", "yes", "Y", "1", "F", "No", "0", "")] == [
        True, True, True, True, False, False, False, None]
    with pytest.raises(ValueError, match="Court Order"):
        parse_bool("sometimes", "Court Order")


def test_names_match_ignoring_case_accents_and_spacing():
    assert name_key("Chloé", "Calloway") == name_key(" chloe ", "CALLOWAY")
    assert name_key("Anne", "Smith-Jones") == name_key("anne", "smith jones")


def test_languages_from_names_or_codes():
    assert normalise_language("Polish") == normalise_language("pl") == "pl"
    assert normalise_language("") is None
    with pytest.raises(ValueError):
        normalise_language("Klingonese")
