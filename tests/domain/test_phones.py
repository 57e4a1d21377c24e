"""Phone numbers: every written form of one number gives one key; bad ones get reasons."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat

from optin_desk.domain.phones import format_for_people, normalise_region, parse_phone

ANN = "+447911123456"


@pytest.mark.parametrize(
    "written",
    [
        "07911 123456",
        "07911123456",
        "+447911123456",
        "+44 7911 123456",
        "+44 (0) 7911 123456",
        "+44 (0)7911-123-456",
        "0044 7911 123456",
        "447911123456",
        "07911.123.456",
        "(07911) 123456",
        "tel:+44-7911-123456",
        "'07911 123456",
        "'+447911123456",
        " ٠٧٩١١ ١٢٣٤٥٦ ",
        "０７９１１１２３４５６",
        "07911\u00a0123456",
    ],
)
def test_every_written_form_of_a_gb_mobile_gives_one_key(written: str) -> None:
    parsed = parse_phone(written, "GB")
    assert parsed.e164 == ANN
    assert parsed.reason is None
    assert parsed.raw == written


def test_country_code_without_plus_as_whatsapp_tools_export() -> None:
    assert parse_phone("4915123456789", "GB").e164 == "+4915123456789"


def test_region_decides_national_numbers() -> None:
    assert parse_phone("015123456789", "DE").e164 == "+4915123456789"
    assert parse_phone("015123456789", "GB").e164 is None


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("", "no number"),
        ("   ", "no number"),
        ("123", "too short for GB"),
        ("+999 1234 5678", "unknown country code +999"),
        ("call me", "not a phone number"),
        ("07911 12345a", "not a phone number"),
        ("079111234567890123", "too long for GB"),
    ],
)
def test_invalid_numbers_get_a_reason_a_person_understands(written: str, reason: str) -> None:
    parsed = parse_phone(written, "GB")
    assert parsed.e164 is None
    assert parsed.reason == reason


def test_a_possible_but_invalid_number_is_not_a_key() -> None:
    parsed = parse_phone("07700 900123", "GB")  # Ofcom's range for drama: not a real number
    assert parsed.e164 is None
    assert parsed.reason == "not a valid number for GB"


def test_unknown_region_is_refused_with_advice() -> None:
    with pytest.raises(ValueError, match="two letters"):
        normalise_region("XX")
    assert normalise_region(" gb ") == "GB"


def test_numbers_are_shown_the_way_the_shop_reads_them() -> None:
    assert format_for_people(ANN, "GB") == "07911 123456"
    assert format_for_people("+4915123456789", "GB") == "+49 1512 3456789"
    assert format_for_people("+4915123456789", "DE") == "01512 3456789"
    assert format_for_people("", "GB") == ""  # nothing to show, and no error
    assert format_for_people("not a number", "GB") == "not a number"


REGIONS = ["GB", "DE", "ES", "IN", "BR", "US", "FR", "ID", "AE", "MX"]


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, phonenumbers.PhoneNumber]:
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    national = str(example.national_number)
    tail = draw(st.integers(min_value=0, max_value=999))
    candidate = phonenumbers.parse(f"+{example.country_code}{national[:-3]}{tail:03d}")
    if not phonenumbers.is_valid_number(candidate):
        candidate = example
    return region, candidate


@settings(max_examples=300, deadline=None)
@given(data=valid_numbers(), shop=st.sampled_from(REGIONS), sep=st.sampled_from([" ", "-", "."]))
def test_same_number_in_every_accepted_form_gives_the_same_key(
    data: tuple[str, phonenumbers.PhoneNumber], shop: str, sep: str
) -> None:
    region, number = data
    key = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    forms = [
        key,
        international,
        international.replace(" ", sep),
        phonenumbers.format_number(number, PhoneNumberFormat.RFC3966),
        "00" + key[1:],
        "'" + key,
    ]
    if region == shop:
        forms.append(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    else:
        national_of_shop = phonenumbers.parse(key[1:], shop)
        if not phonenumbers.is_valid_number(national_of_shop):
            forms.append(key[1:])  # digits without "+", as WhatsApp tools write them
    for form in forms:
        assert parse_phone(form, shop).e164 == key, form


@pytest.mark.parametrize("written", ["6,44E+08", "4.47E+11", "6.44e8", "+4.47E+11"])
def test_a_number_a_spreadsheet_rounded_says_its_digits_are_lost(written: str) -> None:
    parsed = parse_phone(written, "ES")
    assert parsed.e164 is None
    assert str(parsed.reason).startswith("a spreadsheet turned this number into a rounded one")


@pytest.mark.parametrize("written", ["E+08", "call me", "6 44 E"])
def test_other_text_is_still_not_a_phone_number(written: str) -> None:
    assert str(parse_phone(written, "ES").reason) == "not a phone number"
