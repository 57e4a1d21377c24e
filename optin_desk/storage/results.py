"""A check's row verdicts kept as one compressed value beside the check.

A list of 100,000 rows is checked in a few seconds; writing 100,000 table rows took about a
quarter of that. Kept together, the rows of one check go in and out in one piece, and a
person's number is erased from every check by rewriting the few checks that hold it.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from optin_desk.domain.messages import said_data, said_from_data

ResultRow = tuple[int, str, str, str, str, str, bool]  # a str enum serves as the verdict
"""row, input, name, phone (E.164 or ""), verdict, reason, opt-out line."""
Outcome = tuple[str, str, bool]
"""verdict, reason, opt-out line: what many rows share."""

FORMAT = 2
"""Format 2: "2", then each batch of rows as six framed columns (row numbers, inputs, names,
phones, each row's outcome index, the batch's distinct outcomes). A frame is a kind letter,
the length of its text, ":" and the text: `S` cells joined by a unit separator (when no cell
holds one), `J` a JSON list, `R` the first and last of record numbers that follow one
another. Format 1 (one JSON list of row lists) is still read."""
_UNIT = "\x1f"


def pack_results(rows: Iterable[ResultRow] | Sequence[Sequence[object]]) -> bytes:
    """The rows as one compressed value."""
    packer = ResultsPacker()
    packer.add(list(rows))
    return packer.finish()


class ResultsPacker:
    """Packs rows handed over a batch at a time into one compressed value, a column at a
    time: a long list is never held whole, neither as rows nor as text."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(1)
        self._pieces = [self._compressor.compress(str(FORMAT).encode())]

    def add(self, rows: Sequence[ResultRow] | Sequence[Sequence[object]]) -> None:
        """Pack one batch of rows given as tuples, after those already added."""
        if not rows:
            return
        shared: dict[tuple[object, ...], int] = {}
        index = [shared.setdefault(tuple(row[4:7]), len(shared)) for row in rows]
        table = [(str(v), cast("str", r), bool(line)) for v, r, line in shared]
        self.add_columns(
            [int(row[0]) for row in rows],  # type: ignore[call-overload]
            [str(row[1]) for row in rows],
            [str(row[2]) for row in rows],
            [str(row[3]) for row in rows],
            index,
            table,
        )

    def add_columns(
        self,
        numbers: Sequence[int],
        inputs: Sequence[str],
        names: Sequence[str],
        phones: Sequence[str],
        outcome_index: Sequence[int],
        outcomes: Sequence[Outcome],
    ) -> None:
        """Pack one batch given a column at a time: each row's outcome is its index into
        `outcomes` (the few distinct verdicts, reasons and lines the rows share)."""
        if not numbers:
            return
        known: dict[int, object] = {}  # the data of each message once (days repeat)
        text = "".join(
            [
                _numbers_frame(numbers),
                _frame(inputs),
                _frame(names),
                _frame(phones),
                _frame(list(map(str, outcome_index))),
                _json_frame([[v, said_data(r, known), line] for v, r, line in outcomes]),
            ]
        )
        self._pieces.append(self._compressor.compress(text.encode("utf-8")))

    def finish(self) -> bytes:
        """The packed value of every row added."""
        self._pieces.append(self._compressor.flush())
        return b"".join(self._pieces)


def _numbers_frame(numbers: Sequence[int]) -> str:
    """Record numbers: `R` and the first and last when they follow one another (a list with
    one number a cell), else each one."""
    first, last = numbers[0], numbers[-1]
    if last - first + 1 == len(numbers) and list(range(first, last + 1)) == list(numbers):
        text = f"{first},{last}"
        return f"R{len(text)}:{text}"
    return _frame(list(map(str, numbers)))


def _frame(cells: Sequence[str]) -> str:
    joined = _UNIT.join(cells)
    if joined.count(_UNIT) != len(cells) - 1:  # a cell holds the separator
        return _json_frame(list(cells))
    return f"S{len(joined)}:{joined}"


def _json_frame(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return f"J{len(text)}:{text}"


def _frames(text: str, start: int) -> Iterator[Sequence[Any]]:
    position = start
    while position < len(text):
        kind = text[position]
        colon = text.index(":", position)
        length = int(text[position + 1 : colon])
        end = colon + 1 + length
        if length < 0 or end > len(text):
            raise ValueError("a part of the kept rows is longer than they are")
        body = text[colon + 1 : end]
        position = end
        if kind == "S":
            yield body.split(_UNIT)
        elif kind == "R":  # a range, not a list: its length is checked before any use
            first, last = body.split(",")
            yield range(int(first), int(last) + 1)
        elif kind == "J":
            yield json.loads(body)
        else:
            raise ValueError(f"check results hold an unknown part {kind!r}")


def _reason(data: object) -> str:
    """A kept reason: a Said again when it was kept as one (so it can be said in the
    reader's language), else its text."""
    reason = said_from_data(data)
    return reason if isinstance(reason, str) else str(data)


class UnreadableResultsError(ValueError):
    """A check's kept rows that cannot be read (changed outside the program, or damaged)."""


def unpack_results(blob: bytes) -> list[ResultRow]:
    """The rows back from `pack_results` (or from a check kept in format 1); anything else
    (damaged, edited, of a later version) raises UnreadableResultsError."""
    try:
        return _unpacked(blob)
    except (ValueError, TypeError, IndexError, KeyError, RuntimeError, zlib.error) as error:
        raise UnreadableResultsError(str(error)) from None  # RecursionError is a RuntimeError


def erased_from(blob: bytes, e164: str) -> bytes | None:
    """A kept check's rows without any trace of `e164` (None when it is not among them).
    Rows that cannot be read are dropped whole: the number may be among them."""
    try:
        rows = unpack_results(blob)
    except UnreadableResultsError:
        return pack_results([])
    kept = without_number(rows, e164)
    return None if kept is None else pack_results(kept)


MAX_TEXT = 256 * 1024 * 1024
"""The most a check's rows unpack to: a list of the most rows a check reads (a million) is
about a fifth of it; more is no check this program kept (a compressed bomb)."""


def _unpacked(blob: bytes) -> list[ResultRow]:
    inflater = zlib.decompressobj()
    raw = inflater.decompress(blob, MAX_TEXT)
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("the kept rows are larger than any check, or cut short")
    text = raw.decode("utf-8")
    if text.startswith("["):
        version, rows = json.loads(text)
        if version != 1:
            raise ValueError(f"check results in format {version} are not known to this version")
        return [
            (int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), bool(r[6]))
            for r in rows
        ]
    if not text.startswith(str(FORMAT)):
        raise ValueError(f"check results in format {text[:1]!r} are not known to this version")
    found: list[ResultRow] = []
    frames = _frames(text, len(str(FORMAT)))
    for numbers in frames:
        inputs, names, phones, index, outcomes = (next(frames) for _ in range(5))
        if not len(numbers) == len(inputs) == len(names) == len(phones) == len(index):
            raise ValueError("the columns of a batch differ in length")
        table = [(str(v), _reason(r), bool(line)) for v, r, line in outcomes]
        if index and not 0 <= min(map(int, index)) <= max(map(int, index)) < len(table):
            raise ValueError("a row names a verdict the check does not hold")
        found.extend(
            (int(number), written, name, phone, *table[int(at)])
            for number, written, name, phone, at in zip(
                numbers, inputs, names, phones, index, strict=True
            )
        )
    return found


def without_number(rows: Sequence[ResultRow], e164: str) -> list[ResultRow] | None:
    """The rows with every trace of `e164` removed, or None when it is not among them."""
    if not any(row[3] == e164 for row in rows):
        return None
    return [(row[0], "", "", "", row[4], row[5], row[6]) if row[3] == e164 else row for row in rows]
