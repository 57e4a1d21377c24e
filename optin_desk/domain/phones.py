"""Phone numbers: from whatever people and tools write to one E.164 key.

Only a number that `phonenumbers` calls valid becomes a key; anything else gets a reason a
person understands. The shop's default country is always explicit: parsing under the wrong
region silently yields a different number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError

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
        return f"unknown country code +{code}"
    if error.error_type in (
        NumberParseException.TOO_SHORT_NSN,
        NumberParseException.TOO_SHORT_AFTER_IDD,
    ):
        return f"too short for a {region or 'phone'} number"
    if error.error_type == NumberParseException.TOO_LONG:
        return "too long to be a phone number"
    return "not a phone number"


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


class PhoneReader:
    """Reads many written numbers fast: known numbers without the parser, repeats once.

    Parsing is most of a list check's cost. A shop's own list is mostly people already on
    file, so a written form that can only be one of their numbers is answered from the set of
    known keys, and only when that answer is certain to be what `parse_phone` would give
    (see `_known`); everything else is parsed, and each distinct written form only once.
    """

    def __init__(self, region: str, known: Container[str | None] = frozenset()) -> None:
        self.region = region
        self.known = known
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        self._code = str(metadata.country_code)
        prefix = metadata.national_prefix or ""
        rule = metadata.national_prefix_for_parsing
        simple = metadata.national_prefix_transform_rule is None and (
            rule is None or rule == prefix or rule.split("|")[0] == prefix
        )
        self._prefix = prefix if simple else None
        general = metadata.general_desc
        lengths: set[int] = set()
        if general is not None:
            lengths = set(general.possible_length or ()) | set(
                general.possible_length_local_only or ()
            )
        self._prefix_rule = re.compile(rule) if rule else None
        # Any digit string whose national part (after the trunk prefix) could have one of
        # these lengths might be a valid national number here: never guessed, always parsed.
        self._lengths = lengths
        # Digits that begin with the country's own international prefix (00, 011, 99 ...)
        # are read as international by the parser: never guessed either.
        self._idd = re.compile(metadata.international_prefix or "(?!)")
        self._memo: dict[str, tuple[str | None, str | None]] = {}
        self._code_number = int(self._code)
        self.parsed = 0

    def _known(self, text: str) -> str | None:
        if text.startswith("+"):
            return text if text in self.known else None
        if text.startswith("00"):
            candidate = "+" + text[2:]
            return candidate if candidate in self.known else None
        if self._prefix is None or self._idd.match(text):
            return None
        stripped = self._prefix_rule.match(text) if self._prefix_rule else None
        if stripped and stripped.group(0) not in ("", self._prefix):
            return None  # another national prefix the parser would strip (GB's 180020)
        national = (
            text[len(self._prefix) :] if self._prefix and text.startswith(self._prefix) else text
        )
        own = "+" + self._code + national
        if own in self.known:
            return own  # a valid national number of the shop's country, as the parser reads it
        national_length = len(national)
        if national_length in self._lengths or len(text) < 8 or self._idd.match(text):
            return None
        candidate = "+" + text  # cannot be national: a country code written without "+"
        return candidate if candidate in self.known else None

    def _national(self, text: str) -> str | None:
        """A valid national number of the shop's country read without the parser, else None.

        Only the plain case: digits, the simple trunk prefix (or none), no leading zero left.
        When the number without its trunk prefix is valid for the shop's region, the parser
        would strip that prefix, keep the region's country code and call it valid too; the
        validity test alone is about half the parser's cost. Anything else returns None
        and goes to the parser, which also words the reason.
        """
        if self._prefix is None or not text.isdigit() or self._idd.match(text):
            return None
        stripped = self._prefix_rule.match(text) if self._prefix_rule else None
        if stripped and stripped.group(0) not in ("", self._prefix):
            return None
        national = (
            text[len(self._prefix) :] if self._prefix and text.startswith(self._prefix) else text
        )
        if not national or national[0] == "0" or len(national) not in self._lengths:
            return None
        number = phonenumbers.PhoneNumber(
            country_code=self._code_number, national_number=int(national)
        )
        if phonenumbers.is_valid_number_for_region(number, self.region):
            return "+" + self._code + national
        return None

    def _international(self, text: str) -> str | None:
        """`+` and the shop's own country code, valid in the shop's region, without the parser.

        The parser would read the same country code and national digits, and strip nothing
        (no trunk prefix or other prefix the region strips is there): the E.164 key is the
        text itself. Anything else returns None and goes to the parser.
        """
        own = "+" + self._code
        if self._prefix is None or not text.startswith(own):
            return None
        national = text[len(own) :]
        if not national.isdigit() or national[0] == "0" or len(national) not in self._lengths:
            return None
        if self._prefix and national.startswith(self._prefix):
            return None
        stripped = self._prefix_rule.match(national) if self._prefix_rule else None
        if stripped and stripped.group(0) != "":
            return None
        number = phonenumbers.PhoneNumber(
            country_code=self._code_number, national_number=int(national)
        )
        if phonenumbers.is_valid_number_for_region(number, self.region):
            return text
        return None

    def read(self, raw: str) -> ParsedPhone:
        """The same answer as `parse_phone(raw, region)`, usually much sooner."""
        e164, reason = self.read_key(raw)
        return ParsedPhone(raw, e164, reason)

    def read_key(self, raw: str) -> tuple[str | None, str | None]:
        """(E.164, None) or (None, reason), as `read` gives, without building a result."""
        text = ""
        if raw.isascii() and "(" not in raw:
            # Most lists: plain digits and separators. Deleting the separators gives what
            # clean_written_number gives; anything else (tel:, "(0)", ') takes the long way.
            text = raw.translate(_ASCII_SEPARATORS)
            if not (text.isdigit() or (text[:1] == "+" and text[1:].isdigit())):
                text = ""
        if not text:
            text = clean_written_number(raw)
            if not text or not _ALLOWED.match(text):
                parsed = parse_phone(raw, self.region)  # blank or not a number: says which
                return parsed.e164, parsed.reason
        hit = self._known(text)
        if hit is not None:
            return hit, None
        memo = self._memo.get(text)
        if memo is None:
            national = self._national(text) or self._international(text)
            if national is not None:
                memo = self._memo[text] = (national, None)
            else:
                self.parsed += 1
                memo = self._memo[text] = _parse_clean(text, self.region)
        return memo


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
