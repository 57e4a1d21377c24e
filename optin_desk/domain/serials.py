"""Form serials: eight Crockford base32 symbols and a check symbol, printed as `XXXX-XXXX-C`.

The check symbol is the value modulo 37 (Crockford's extra symbols `*~$=U` for 32 to 36), which
catches any one mistyped symbol and any two neighbours swapped. Reading is forgiving the way
Crockford intends: case does not matter, `I` and `L` read as `1`, `O` as `0`, and hyphens and
spaces are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = SYMBOLS + "*~$=U"
DATA_LENGTH = 8
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
_VALUES = {symbol: value for value, symbol in enumerate(CHECK_SYMBOLS)}


class SerialShape(StrEnum):
    """What a typed serial is, before the records are asked."""

    OURS = "ours"
    MISTYPED = "mistyped"
    OTHER = "other"


@dataclass(frozen=True)
class ReadSerial:
    """A typed serial read: its printed form when it is one of ours, and what it is."""

    shape: SerialShape
    serial: str
    message: str = ""


def _value(data: str) -> int:
    value = 0
    for symbol in data:
        value = value * 32 + _VALUES[symbol]
    return value


def check_symbol(data: str) -> str:
    """The check symbol of eight data symbols."""
    return CHECK_SYMBOLS[_value(data) % 37]


def make_serial(number: int) -> str:
    """The printed serial of a number below 32**8 (`XXXX-XXXX-C`)."""
    if not 0 <= number < 32**DATA_LENGTH:
        raise ValueError("a serial number must fit in eight base32 symbols")
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
        if any(symbol not in SYMBOLS for symbol in data) or check_symbol(data) != check:
            return ReadSerial(
                SerialShape.MISTYPED,
                serial,
                f"{serial} is mistyped: its check symbol does not match; look at the form again",
            )
        return ReadSerial(SerialShape.OURS, serial)
    if in_alphabet and "-" in typed and DATA_LENGTH - 1 <= len(compact) <= DATA_LENGTH + 2:
        return ReadSerial(
            SerialShape.MISTYPED,
            typed.strip().upper(),
            f"{typed.strip()} has {len(compact)} symbols; a form serial has 9 "
            "(XXXX-XXXX-C): look at the form again",
        )
    return ReadSerial(SerialShape.OTHER, typed.strip().upper())
