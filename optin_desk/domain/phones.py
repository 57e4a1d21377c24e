"""Phone numbers: from whatever people and tools write to one E.164 key.

Only a number that `phonenumbers` calls valid becomes a key; anything else gets a reason a
person understands. The shop's default country is always explicit: parsing under the wrong
region silently yields a different number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

_PREFIXES = ("tel:", "callto:", "whatsapp:", "wa:")
_SEPARATORS = re.compile(r"[\s\-./()\[\]\u00a0\u2010-\u2015\u2212]+")
_ALLOWED = re.compile(r"^\+?[0-9]+$")
_EXTENSION = re.compile(r"(?:;ext=|\s(?:ext\.?|x)\s*)\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedPhone:
    """The outcome of reading one written phone number."""

    raw: str
    e164: str | None
    reason: str | None

    @property
    def ok(self) -> bool:
        """True when the number is valid and `e164` holds its key."""
        return self.e164 is not None


def normalise_region(region: str) -> str:
    """Upper-case a two-letter region code and check that phonenumbers knows it."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown country code {region!r}: use two letters such as GB, ES, IN")
    return code


def _ascii_digits(text: str) -> str:
    """Turn every Unicode decimal digit (Arabic-Indic, fullwidth, ...) into an ASCII digit."""
    out = []
    for char in text:
        if char.isdigit() and not ("0" <= char <= "9"):
            try:
                out.append(str(unicodedata.decimal(char)))
                continue
            except ValueError:
                pass
        out.append(char)
    return "".join(out)


def clean_written_number(raw: str) -> str:
    """Strip what people and spreadsheets add around a number; keep `+` and digits only.

    Returns an empty string for blank input, and the text unchanged (minus spacing) when
    it holds anything that is not part of a phone number, so that the caller can say so.
    """
    text = unicodedata.normalize("NFKC", _ascii_digits(raw)).strip()
    text = text.lstrip("'\u2018\u2019`").strip()
    lowered = text.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    text = _EXTENSION.sub("", text)
    # "+44 (0) 7911 ..." : the national trunk zero in brackets is not dialled internationally.
    text = re.sub(r"^(\+\d{1,3})\s*\(0\)", r"\1", text)
    return _SEPARATORS.sub("", text)


def _region_of_code(country_code: int | None) -> str:
    return phonenumbers.region_code_for_country_code(country_code or 0)


def _reason_for(number: phonenumbers.PhoneNumber) -> str:
    region = _region_of_code(number.country_code)
    if region in ("ZZ", "001"):
        return f"unknown country code +{number.country_code}"
    result = phonenumbers.is_possible_number_with_reason(number)
    if result in (
        ValidationResult.IS_POSSIBLE,
        ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        ValidationResult.INVALID_LENGTH,
    ):
        # WhatsApp numbers are mostly mobiles: a short or long one reads best as such.
        mobile = phonenumbers.is_possible_number_for_type_with_reason(
            number, phonenumbers.PhoneNumberType.MOBILE
        )
        if mobile in (ValidationResult.TOO_SHORT, ValidationResult.TOO_LONG):
            result = mobile
    if result == ValidationResult.TOO_SHORT:
        return f"too short for a {region} number"
    if result == ValidationResult.TOO_LONG:
        return f"too long for a {region} number"
    if result == ValidationResult.INVALID_COUNTRY_CODE:
        return f"unknown country code +{number.country_code}"
    if result == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return f"local number without area code for {region}"
    return f"not a valid {region} number"


def _try_parse(text: str, region: str | None) -> tuple[phonenumbers.PhoneNumber | None, str]:
    """Parse; return the number (or None) and, when it fails, a reason."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as error:
        if error.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            digits = text.lstrip("+")
            code = next(
                (
                    digits[:size]
                    for size in (1, 2, 3)
                    if _region_of_code(int(digits[:size] or "0")) != "ZZ"
                ),
                digits[:3],
            )
            return None, f"unknown country code +{code}"
        if error.error_type in (
            NumberParseException.TOO_SHORT_NSN,
            NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            return None, f"too short for a {region or 'phone'} number"
        if error.error_type == NumberParseException.TOO_LONG:
            return None, "too long to be a phone number"
        return None, "not a phone number"
    if phonenumbers.is_valid_number(number):
        return number, ""
    return None, _reason_for(number)


def parse_phone(raw: str, region: str) -> ParsedPhone:
    """Read a written number under the shop's default `region` (e.g. "GB").

    Accepts national and international forms, `00` prefixes, separators, `tel:` prefixes,
    spreadsheet apostrophes, non-ASCII digits, and a country code written without `+`
    (as WhatsApp tools export numbers).
    """
    text = clean_written_number(raw)
    if not text:
        return ParsedPhone(raw, None, "no number")
    if not _ALLOWED.match(text):
        return ParsedPhone(raw, None, "not a phone number")
    if text.startswith("+"):
        number, reason = _try_parse(text, None)
    elif text.startswith("00"):
        # "00" is the international prefix almost everywhere, and how people write it even
        # where the local one differs; the region's own prefix (011, 009 ...) comes second.
        number, reason = _try_parse("+" + text[2:], None)
        if number is None:
            number, _ = _try_parse(text, region)
    else:
        number, reason = _try_parse(text, region)
        if number is None and len(text) >= 8:
            # Digits with a country code but no "+": how WhatsApp tools write numbers.
            number, _ = _try_parse("+" + text, None)
    if number is None:
        return ParsedPhone(raw, None, reason)
    return ParsedPhone(raw, phonenumbers.format_number(number, PhoneNumberFormat.E164), None)


def format_for_people(e164: str, region: str) -> str:
    """Show an E.164 key the way people in the shop's country read it."""
    number = phonenumbers.parse(e164, None)
    if _region_of_code(number.country_code) == region or (
        phonenumbers.region_code_for_number(number) == region
    ):
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def example_national_number(region: str) -> str:
    """A sample mobile number of `region`, written nationally, for form hints."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        return ""
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
