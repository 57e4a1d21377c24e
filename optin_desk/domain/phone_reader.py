"""Reading many written numbers fast, with exactly the answers `parse_phone` gives."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

import phonenumbers

from optin_desk.domain.phones import (
    _ALLOWED,
    _ASCII_SEPARATORS,
    ParsedPhone,
    _parse_clean,
    clean_written_number,
    parse_phone,
)

_Test = tuple[frozenset[int], re.Pattern[str]]
_CELL = "\x00"  # between cells cleaned together: no written number holds it


def _desc_test(desc: phonenumbers.PhoneNumberDesc | None) -> _Test | None:
    """What matching a number description means to phonenumbers: its lengths (none given:
    any), then its pattern over the whole national number."""
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)


def _matches(national: str, test: _Test) -> bool:
    lengths, pattern = test
    return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


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
        # Valid here: the general description matches, and so does some type's. The library
        # tests the types one by one in a fixed order to name the type; validity needs only
        # one match, and mobile, tried first, is what most lists hold.
        self._general = _desc_test(metadata.general_desc)
        kinds = [metadata.mobile, metadata.fixed_line, metadata.premium_rate]
        kinds += [metadata.toll_free, metadata.shared_cost, metadata.voip]
        kinds += [metadata.personal_number, metadata.pager, metadata.uan, metadata.voicemail]
        if metadata.same_mobile_and_fixed_line_pattern:
            kinds.remove(metadata.mobile)  # the library never tests mobile on its own then
        self._types = [test for kind in kinds if (test := _desc_test(kind)) is not None]
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
        if self._valid_here(national):
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
        return text if self._valid_here(national) else None

    def _valid_here(self, national: str) -> bool:
        """`is_valid_number_for_region` of the shop's country code and these national digits
        (no leading zero), from the region's metadata, without building a number."""
        general = self._general
        if general is None or not _matches(national, general):
            return False
        return any(_matches(national, test) for test in self._types)

    def read(self, raw: str) -> ParsedPhone:
        """The same answer as `parse_phone(raw, region)`, usually much sooner."""
        e164, reason = self.read_key(raw)
        return ParsedPhone(raw, e164, reason)

    @staticmethod
    def _plain(raw: str) -> str:
        """`+` and digits as clean_written_number gives them, or "" when it gives no number."""
        if raw.isascii() and "(" not in raw:
            # Most lists: plain digits and separators. Deleting the separators gives what
            # clean_written_number gives; anything else (tel:, "(0)", ') takes the long way.
            text = raw.translate(_ASCII_SEPARATORS)
            if text.isdigit() or (text[:1] == "+" and text[1:].isdigit()):
                return text
        text = clean_written_number(raw)
        return text if text and _ALLOWED.match(text) else ""

    def candidates(self, raw: str) -> tuple[str, ...]:
        """Every key a known number could answer `raw` with (see `_known`): looking these up
        on file first lets the reader skip the parser for the people found."""
        text = self._plain(raw)
        if not text:
            return ()
        if text.startswith("+"):
            return (text,)
        if text.startswith("00"):
            return ("+" + text[2:],)
        prefix = self._prefix
        national = text[len(prefix) :] if prefix and text.startswith(prefix) else text
        if text[0] == "0":  # no country code begins with 0: "+0..." is nobody's key
            return ("+" + self._code + national,)
        return ("+" + self._code + national, "+" + text)

    def read_keys(self, raws: Sequence[str]) -> list[tuple[str | None, str | None]]:
        """`read_key` of each of many written numbers, in order, with the same answers.

        A list's cells are cleaned together (one pass of the separators over them all; a
        cell that is not plain ASCII, or holds a bracket, is cleaned on its own, as `_plain`
        does), and a number on file, in E.164 form or written as `_known` reads it, is
        answered there and then.
        """
        joined = _CELL.join(raws)
        if not raws or joined.count(_CELL) >= len(raws):  # a cell holds the separator
            return [self.read_key(raw) for raw in raws]
        every_plain = joined.isascii() and "(" not in joined
        known, known_of, read_key = self.known, self._known, self.read_key
        keys: list[tuple[str | None, str | None]] = []
        add = keys.append
        for raw, text in zip(raws, joined.translate(_ASCII_SEPARATORS).split(_CELL), strict=True):
            if every_plain or (raw.isascii() and "(" not in raw):
                if text[:1] == "+":
                    if text in known:  # a key on file is "+" and digits: what _plain keeps
                        add((text, None))
                        continue
                elif text.isdigit():
                    hit = known_of(text)
                    if hit is not None:
                        add((hit, None))
                        continue
            add(read_key(raw))
        return keys

    def read_key(self, raw: str) -> tuple[str | None, str | None]:
        """(E.164, None) or (None, reason), as `read` gives, without building a result."""
        text = self._plain(raw)
        if not text:
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
