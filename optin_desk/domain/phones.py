"""Phone numbers: from whatever people and tools write to one E.164 key.

Only a number that `phonenumbers` calls valid becomes a key; anything else gets a reason a
person understands. The shop's default country is always explicit: parsing under the wrong
region silently yields a different number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Country, Said, WordedError

_PREFIXES = ("tel:", "callto:", "whatsapp:", "wa:")
_SEPARATORS = re.compile(r"[\s\-./()\[\]\u00a0\u2010-\u2015\u2212]+")
_ALLOWED = re.compile(r"^\+?[0-9]+$")
_ASCII_SEPARATORS = str.maketrans("", "", " \t\n\r\x0b\x0c-./()[]")
_EXTENSION = re.compile(r"(?:;ext=|\s(?:ext\.?|x)\s*)\d+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A number read once and found valid: its E.164 key and how it was written."""

    e164: str
    written: str


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    """The outcome of reading one written phone number."""

    raw: str
    e164: str | None
    reason: str | None

    @property
    def ok(self) -> bool:
        """True when the number is valid and `e164` holds its key."""
        return self.e164 is not None

    @property
    def number(self) -> PhoneNumber | None:
        """The valid number, to hand on without reading it again; None when invalid."""
        return PhoneNumber(self.e164, self.raw) if self.e164 is not None else None


def normalise_region(region: str) -> str:
    """Upper-case a two-letter region code and check that phonenumbers knows it."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise WordedError(
            QT_TRANSLATE_NOOP(
                "Messages", "unknown country code {region!r}: use two letters such as GB, ES, IN"
            ),
            region=region,
        )
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
    if raw.isascii():  # the usual case: no foreign digits, nothing for NFKC to fold
        text = raw.strip()
    else:
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


NO_NUMBER = Said(QT_TRANSLATE_NOOP("Messages", "no number"))
NOT_A_NUMBER = Said(QT_TRANSLATE_NOOP("Messages", "not a phone number"))
SPREADSHEET_NUMBER = Said(
    QT_TRANSLATE_NOOP(
        "Messages",
        "a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last"
        " digits are lost: make the column text in the spreadsheet and type or export the"
        " numbers again",
    )
)
_ROUNDED = re.compile(r"[+]?\d{1,3}([.,]\d+)?[eE][+]?\d{1,2}")
"""How a spreadsheet shows a long number it stores as a rounded one: 6,44E+08, 4.47E+11."""


def _region_of_code(country_code: int | None) -> str:
    return phonenumbers.region_code_for_country_code(country_code or 0)


def _reason_for(number: phonenumbers.PhoneNumber) -> str:
    region = _region_of_code(number.country_code)
    if region in ("ZZ", "001"):
        return _unknown_code(number.country_code)
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
    country = Country(region)  # named in the reader's language where the reason is shown
    if result == ValidationResult.TOO_SHORT:
        return _too_short(country)
    if result == ValidationResult.TOO_LONG:
        return Said(QT_TRANSLATE_NOOP("Messages", "too long for {country}"), country=country)
    if result == ValidationResult.INVALID_COUNTRY_CODE:
        return _unknown_code(number.country_code)
    if result == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return Said(
            QT_TRANSLATE_NOOP("Messages", "local number without area code for {country}"),
            country=country,
        )
    return Said(QT_TRANSLATE_NOOP("Messages", "not a valid number for {country}"), country=country)


def _too_short(country: Country) -> str:
    """Why a number is refused that has too few digits for `country`."""
    return Said(QT_TRANSLATE_NOOP("Messages", "too short for {country}"), country=country)


def _unknown_code(code: object) -> str:
    """Why a number whose country code no country has is refused (said in words)."""
    return Said(QT_TRANSLATE_NOOP("Messages", "unknown country code +{code}"), code=code)


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """`phonenumbers.is_valid_number`, asking the country code's main region first.

    The library first works out which of the regions sharing a country code the number
    belongs to, testing each, then tests it again for that region. Most numbers belong to the
    main region (GB for +44): one test answers. The rest get the library's full answer.
    """
    main = phonenumbers.region_code_for_country_code(number.country_code or 0)
    return phonenumbers.is_valid_number_for_region(number, main) or (
        phonenumbers.is_valid_number(number)
    )


_Attempt = tuple[phonenumbers.PhoneNumber | None, Callable[[], str]]


def _try_parse(text: str, region: str | None) -> _Attempt:
    """Parse; return the valid number (or None) and how to say why not.

    The reason is worked out only when asked: when another reading of the same text
    succeeds (a country code written without "+"), it is never needed.
    """
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as error:
        return None, lambda failure=error: _parse_error_reason(failure, text, region)
    if _is_valid(number):
        return number, str
    return None, lambda: _reason_for(number)


def _parse_error_reason(error: NumberParseException, text: str, region: str | None) -> str:
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
        return _unknown_code(code)
    if error.error_type in (
        NumberParseException.TOO_SHORT_NSN,
        NumberParseException.TOO_SHORT_AFTER_IDD,
    ):
        if region:
            return _too_short(Country(region))
        return Said(QT_TRANSLATE_NOOP("Messages", "too short for a phone number"))
    if error.error_type == NumberParseException.TOO_LONG:
        return Said(QT_TRANSLATE_NOOP("Messages", "too long to be a phone number"))
    return NOT_A_NUMBER


def parse_phone(raw: str, region: str) -> ParsedPhone:
    """Read a written number under the shop's default `region` (e.g. "GB").

    Accepts national and international forms, `00` prefixes, separators, `tel:` prefixes,
    spreadsheet apostrophes, non-ASCII digits, and a country code written without `+`
    (as WhatsApp tools export numbers).
    """
    text = clean_written_number(raw)
    if not text:
        return ParsedPhone(raw, None, NO_NUMBER)
    if not _ALLOWED.match(text):
        rounded = _ROUNDED.fullmatch(raw.strip())
        return ParsedPhone(raw, None, SPREADSHEET_NUMBER if rounded else NOT_A_NUMBER)
    e164, reason = _parse_clean(text, region)
    return ParsedPhone(raw, e164, reason)


def _parse_clean(text: str, region: str) -> tuple[str | None, str | None]:
    """(E.164, None) or (None, reason) for text that is `+` and digits only."""
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
        if number is None and len(text) >= 8 and not text.startswith("0"):
            # Digits with a country code but no "+": how WhatsApp tools write numbers
            # (no country code starts with 0, so a trunk-prefixed number is not retried).
            number, _ = _try_parse("+" + text, None)
    if number is None:
        return None, reason()
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), None


def format_for_people(e164: str, region: str) -> str:
    """Show an E.164 key the way people in the shop's country read it: nationally for the
    shop's own country, internationally for any other; what is not a number, as it is.

    Every page shows numbers through this one function, so a number reads the same on each.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if _region_of_code(number.country_code) == region or (
        phonenumbers.region_code_for_number(number) == region
    ):
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def example_from_abroad(region: str) -> str:
    """A made-up mobile number from another country, written with its country code.

    Visitors write their home numbers: the form's hint shows one such number beside the
    shop country's own (Spain's, or Britain's for a shop in Spain).
    """
    other = "GB" if region.upper() == "ES" else "ES"
    number = phonenumbers.example_number_for_type(other, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        return ""
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def example_mobile(region: str) -> str:
    """A made-up mobile number of `region` as people there write it (for a form's hint)."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        return ""
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
