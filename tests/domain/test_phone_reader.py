"""The fast reader answers exactly as the parser does, for known and unknown numbers."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat

from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.domain.phones import parse_phone

REGIONS = ["GB", "DE", "ES", "IN", "BR", "US", "FR", "ID", "AE", "MX", "AR", "IT", "NL"]


def sample_numbers(region: str, count: int) -> list[phonenumbers.PhoneNumber]:
    found = []
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        national = str(example.national_number)
        for tail in range(count):
            digits = national[:-3] + f"{(tail * 37) % 1000:03d}"
            number = phonenumbers.parse(f"+{example.country_code}{digits}")
            if phonenumbers.is_valid_number(number):
                found.append(number)
    return found


KNOWN = {
    phonenumbers.format_number(n, PhoneNumberFormat.E164)
    for region in REGIONS
    for n in sample_numbers(region, 25)
}


def forms(number: phonenumbers.PhoneNumber) -> list[str]:
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return [
        e164,
        e164[1:],
        "00" + e164[1:],
        phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        str(number.national_number),
        "0" + str(number.national_number),
        "1" + str(number.national_number),
    ]


@settings(max_examples=400, deadline=None)
@given(
    shop=st.sampled_from(REGIONS),
    region=st.sampled_from(REGIONS),
    pick=st.integers(min_value=0, max_value=10_000),
)
def test_known_numbers_in_any_form_read_as_the_parser_reads_them(
    shop: str, region: str, pick: int
) -> None:
    numbers = sample_numbers(region, 25)
    number = numbers[pick % len(numbers)]
    reader = PhoneReader(shop, KNOWN)
    for written in forms(number):
        expected = parse_phone(written, shop)
        got = reader.read(written)
        assert (got.e164, got.reason) == (expected.e164, expected.reason), (shop, written)


@settings(max_examples=400, deadline=None)
@given(
    shop=st.sampled_from(REGIONS),
    region=st.sampled_from(REGIONS),
    pick=st.integers(min_value=0, max_value=10_000),
)
def test_unknown_valid_numbers_in_any_form_read_as_the_parser_reads_them(
    shop: str, region: str, pick: int
) -> None:
    numbers = sample_numbers(region, 25)
    number = numbers[pick % len(numbers)]
    reader = PhoneReader(shop)  # nothing known: national numbers take the short way
    for written in forms(number):
        expected = parse_phone(written, shop)
        got = reader.read(written)
        assert (got.e164, got.reason) == (expected.e164, expected.reason), (shop, written)


def test_every_region_reads_its_own_national_numbers_as_the_parser_does() -> None:
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        reader = PhoneReader(region)
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for written in (
                phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL),
                str(example.national_number),
            ):
                expected = parse_phone(written, region)
                got = reader.read(written)
                assert (got.e164, got.reason) == (expected.e164, expected.reason), (
                    region,
                    written,
                )


@settings(max_examples=400, deadline=None)
@given(shop=st.sampled_from(REGIONS), digits=st.text("0123456789", min_size=0, max_size=16))
def test_any_digits_read_as_the_parser_reads_them(shop: str, digits: str) -> None:
    # Known keys are valid numbers only: add the digits as one when they are.
    extra = {k for k in ("+" + digits, "+" + digits.lstrip("0")) if parse_phone(k, shop).e164 == k}
    reader = PhoneReader(shop, KNOWN | extra)
    for written in (digits, "+" + digits, "00" + digits):
        expected = parse_phone(written, shop)
        got = reader.read(written)
        assert (got.e164, got.reason) == (expected.e164, expected.reason), (shop, written)


@settings(max_examples=600, deadline=None)
@given(shop=st.sampled_from(REGIONS), digits=st.text("0123456789", min_size=0, max_size=14))
def test_the_shops_own_country_code_reads_as_the_parser_reads_it(shop: str, digits: str) -> None:
    # "+44 7911 ...": the usual form of an export, read without the parser when it can be.
    code = phonenumbers.country_code_for_region(shop)
    reader = PhoneReader(shop)
    for written in (f"+{code}{digits}", f"+{code}0{digits}", f"+{code}1{digits}"):
        expected = parse_phone(written, shop)
        got = reader.read(written)
        assert (got.e164, got.reason) == (expected.e164, expected.reason), (shop, written)


def test_repeats_and_known_numbers_are_not_parsed_again() -> None:
    reader = PhoneReader("GB", {"+447911123456"})
    for written in ["07911 123456", "+44 7911 123456", "447911123456"] * 10:
        assert reader.read(written).e164 == "+447911123456"
    for written in ["07400 123456"] * 10 + ["nonsense"] * 3:
        reader.read(written)
    assert reader.parsed == 0  # a valid national number needs no parser; nonsense neither
    for written in ["07400 1234"] * 10:
        assert reader.read(written).reason == "too short for GB"
    assert reader.parsed == 1  # the parser words the reason, once


@settings(max_examples=300, deadline=None)
@given(
    shop=st.sampled_from(REGIONS),
    region=st.sampled_from(REGIONS),
    pick=st.integers(min_value=0, max_value=10_000),
)
def test_numbers_looked_up_by_their_candidates_read_as_the_parser_reads_them(
    shop: str, region: str, pick: int
) -> None:
    numbers = sample_numbers(region, 25)
    number = numbers[pick % len(numbers)]
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    for written in forms(number):
        found = KNOWN.intersection(PhoneReader(shop).candidates(written))  # the lookup on file
        expected = parse_phone(written, shop)
        got = PhoneReader(shop, found).read(written)
        assert (got.e164, got.reason) == (expected.e164, expected.reason), (shop, written)
    for written in forms(number)[:3]:  # +country code, without +, 00: always found so
        assert e164 in PhoneReader(shop).candidates(written), (shop, written)


def test_a_number_found_by_its_candidates_is_not_parsed() -> None:
    guesses = PhoneReader("GB")
    for written in ["07911 123456", "+44 7911 123456", "0044 7911 123456", "+34 612 000 220"]:
        known = {"+447911123456", "+34612000220"}.intersection(guesses.candidates(written))
        reader = PhoneReader("GB", known)
        assert reader.read(written).e164 in known
        assert reader.parsed == 0
    assert guesses.candidates("nonsense") == ()


def test_no_candidate_begins_with_a_zero_country_code() -> None:
    reader = PhoneReader("GB")
    assert reader.candidates("07911 123456") == ("+447911123456",)
    assert reader.candidates("447911123456") == ("+44447911123456", "+447911123456")


ODD_CELLS = ["", " ", "(0)", "+44 (0)7911 123456", "٠٧٩١١ ١٢٣٤٥٦", "tel:+34612345678", "x\x00y"]


@settings(max_examples=200, deadline=None)
@given(
    shop=st.sampled_from(REGIONS),
    picks=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12),
    odd=st.lists(st.sampled_from(ODD_CELLS), max_size=2),
)
def test_a_batch_read_together_reads_as_each_cell_on_its_own(
    shop: str, picks: list[int], odd: list[str]
) -> None:
    numbers = [n for region in REGIONS[:4] for n in sample_numbers(region, 5)]
    cells = [form for pick in picks for form in forms(numbers[pick % len(numbers)])] + odd
    together = PhoneReader(shop, KNOWN).read_keys(cells)
    alone = PhoneReader(shop, KNOWN)
    assert together == [alone.read_key(cell) for cell in cells]
    assert together == [
        (parsed.e164, parsed.reason) for parsed in (parse_phone(c, shop) for c in cells)
    ]
