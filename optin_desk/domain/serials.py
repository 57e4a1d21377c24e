"""Form serials: eight Crockford base32 symbols and a check symbol, printed as `XXXX-XXXX-C`.

The check symbol comes from the same 32 letters and digits as the serial, so it can be typed
on any keyboard. It is Damm's check over the field of 32 elements: each symbol `s` moves the
running value `v` to `2·v + s` (field arithmetic), and the check symbol brings the value back
to zero. Each step is a one-to-one function of both the symbol and the running value, so any
one mistyped symbol changes the result; and since the multiplier 2 is neither 0 nor 1, two
different neighbours swapped always change it too.

Forms printed before this scheme carry the value modulo 37 as their check symbol (with
`*~$=U` for 32 to 36). They stay readable: such a serial reads as `legacy`, and is ours only
when the records show it was printed. Reading is forgiving the way Crockford intends: case
does not matter, `I` and `L` read as `1`, `O` as `0`, and hyphens and spaces are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError

SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LEGACY_CHECK_SYMBOLS = SYMBOLS + "*~$=U"
DATA_LENGTH = 8
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
_VALUES = {symbol: value for value, symbol in enumerate(LEGACY_CHECK_SYMBOLS)}
_FIELD_POLYNOMIAL = 0b100101  # x^5 + x^2 + 1, irreducible over GF(2)


class SerialShape(StrEnum):
    """What a typed serial is, before the records are asked."""

    OURS = "ours"
    MISTYPED = "mistyped"
    OTHER = "other"


@dataclass(frozen=True)
class ReadSerial:
    """A typed serial read: its printed form when it is one of ours, and what it is.

    `legacy` marks a serial whose check symbol is right only by the scheme printed before
    (modulo 37): it is ours when the records hold it, and otherwise most likely mistyped.
    """

    shape: SerialShape
    serial: str
    message: str = ""
    legacy: bool = False


def _times_two(value: int) -> int:
    """`value` times x in GF(32)."""
    value <<= 1
    return value ^ _FIELD_POLYNOMIAL if value & 0b100000 else value


def _running(symbols: str) -> int:
    """Damm's running value after `symbols` (field addition is exclusive or)."""
    value = 0
    for symbol in symbols:
        value = _times_two(value) ^ _VALUES[symbol]
    return value


def check_symbol(data: str) -> str:
    """The check symbol of eight data symbols: the one that brings the running value to 0."""
    return SYMBOLS[_times_two(_running(data))]


def legacy_check_symbol(data: str) -> str:
    """The check symbol forms printed before carried: the value modulo 37."""
    value = 0
    for symbol in data:
        value = value * 32 + _VALUES[symbol]
    return LEGACY_CHECK_SYMBOLS[value % 37]


def make_serial(number: int) -> str:
    """The printed serial of a number below 32**8 (`XXXX-XXXX-C`)."""
    if not 0 <= number < 32**DATA_LENGTH:
        raise WordedError(
            QT_TRANSLATE_NOOP("Messages", "a serial number must fit in eight base32 symbols")
        )
    data = ""
    for _ in range(DATA_LENGTH):
        number, rest = divmod(number, 32)
        data = SYMBOLS[rest] + data
    return f"{data[:4]}-{data[4:]}-{check_symbol(data)}"


def read_serial(typed: str) -> ReadSerial:
    """Read a serial as staff typed it from a form.

    Nine symbols of the alphabet are one of our serials, right or mistyped; a hyphenated
    near miss (a symbol left out or doubled) is mistyped too; anything else is some other
    form's reference, kept as typed.
    """
    compact = "".join(typed.split()).replace("-", "").upper().translate(_READ_AS)
    if not compact:
        return ReadSerial(SerialShape.OTHER, "")
    in_alphabet = all(symbol in _VALUES for symbol in compact)
    if in_alphabet and len(compact) == DATA_LENGTH + 1:
        data, check = compact[:DATA_LENGTH], compact[DATA_LENGTH:]
        serial = f"{data[:4]}-{data[4:]}-{check}"
        if all(symbol in SYMBOLS for symbol in data):
            if check in SYMBOLS and _running(compact) == 0:
                return ReadSerial(SerialShape.OURS, serial)
            if legacy_check_symbol(data) == check:
                return ReadSerial(SerialShape.OURS, serial, legacy=True)
        return ReadSerial(
            SerialShape.MISTYPED,
            serial,
            f"{serial} is mistyped: its check symbol does not match; look at the form again",
        )
    if in_alphabet and "-" in typed and DATA_LENGTH - 1 <= len(compact) <= DATA_LENGTH + 2:
        return ReadSerial(
            SerialShape.MISTYPED,
            typed.strip().upper(),
            f"{typed.strip()} has {len(compact)} symbols; a form serial has 9 "
            "(XXXX-XXXX-C): look at the form again",
        )
    return ReadSerial(SerialShape.OTHER, typed.strip().upper())
