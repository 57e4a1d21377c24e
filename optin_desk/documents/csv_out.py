"""Writing CSV files that spreadsheets open safely (UTF-8 with BOM, no formula injection)."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO, cast

from optin_desk.domain.text import without_controls
from optin_desk.private_files import writing_privately

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(cell: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula (OWASP CSV injection)."""
    if cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


CsvRow = Sequence[str | int | None]
WRITE_BATCH = 10_000  # rows held at once on their way to the file
_FORMULA_AFTER_BREAK = re.compile("\n[=+\\-@]")


def _cleaned(rows: Sequence[CsvRow], typed: Sequence[int], made: Sequence[int]) -> Sequence[CsvRow]:
    """The rows with every text cell that needs it cleaned (and, in `typed` columns,
    neutralised), a column at a time: a column whose text run together is printable (no
    control character, no line break) and, joined by line breaks, starts a formula only
    where a break does, has none; the others are cleaned cell by cell, and the rows are
    put together again from their columns only then."""
    width = len(typed) + len(made)
    if any(len(row) != width for row in rows):
        return [_cleaned_row(row, typed, made) for row in rows]  # not the header's width
    cleaned: dict[int, list[str | int | None]] = {}
    for index in (*typed, *made):
        column = [row[index] for row in rows]
        formula = index in typed
        texts = [cell for cell in column if isinstance(cell, str)]
        if "".join(texts).isprintable() and not (
            formula and _FORMULA_AFTER_BREAK.search("\n" + "\n".join(texts))
        ):
            continue  # the usual column: nothing in it to clean
        if formula:
            cleaned[index] = [
                neutralise(without_controls(cell))
                if isinstance(cell, str)
                and (not cell.isprintable() or cell.startswith(_FORMULA_STARTS))
                else cell
                for cell in column
            ]
        else:
            cleaned[index] = [
                without_controls(cell) if isinstance(cell, str) else cell for cell in column
            ]
    if not cleaned:
        return rows  # the usual batch: written as it is
    columns = [
        cleaned[index] if index in cleaned else [row[index] for row in rows]
        for index in range(width)
    ]
    return list(zip(*columns, strict=True))


def _cleaned_row(row: CsvRow, typed: Sequence[int], made: Sequence[int]) -> CsvRow:
    cells = list(row)
    for index in typed:
        value = cells[index]
        if isinstance(value, str) and (
            not value.isprintable() or value.startswith(_FORMULA_STARTS)
        ):
            cells[index] = neutralise(without_controls(value))
    for index in made:
        value = cells[index]
        if isinstance(value, str) and not value.isprintable():
            cells[index] = without_controls(value)
    return cells


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[CsvRow],
    safe_columns: Iterable[str] = (),
) -> int:
    """Write rows atomically and owner-only; text cells are cleaned and neutralised.

    Every text cell loses NULs and other control characters (tabs and line breaks stay);
    cells are neutralised except in `safe_columns`, which hold values the program made
    itself, such as `+447700900123` or ISO dates. A failed write leaves no file behind.
    Returns how many rows were written.
    """
    pending = iter(rows)
    count = 0
    with csv_writing(path, header, safe_columns) as write:
        while batch := list(islice(pending, WRITE_BATCH)):  # bounded: an export streams
            count += write(batch)
    return count


@contextmanager
def csv_writing(
    path: Path, header: Sequence[str], safe_columns: Iterable[str] = ()
) -> Iterator[Callable[[Iterable[CsvRow]], int]]:
    """`write_csv` a batch at a time: the block gets a function that writes rows (and says
    how many); the file is in place when the block ends without error, else removed."""
    typed, made = _kinds(header, safe_columns)
    lines: list[str] = []
    writer = csv.writer(_Lines(lines))  # writes None as an empty cell and an int as its digits

    def rendered(rows: Iterable[CsvRow]) -> bytes:
        lines.clear()
        writer.writerows(rows)
        return "".join(lines).encode()

    with writing_privately(path) as partial, partial.open("wb") as handle:
        # The byte-order mark written once by hand (the bytes "utf-8-sig" would write), and
        # each batch encoded in one piece: the same bytes as a text file written row by row.
        handle.write(b"\xef\xbb\xbf" + rendered([header]))

        def write_rows(rows: Iterable[CsvRow]) -> int:
            batch = rows if isinstance(rows, list) else list(rows)
            if _starts_a_formula(batch, typed, len(header)):  # before writing: a list of
                data = rendered(_cleaned(batch, typed, made))  # numbers always has some
            else:
                data = rendered(batch)
                if _has_controls(batch, data):  # rare: written again, cleaned
                    data = rendered(_cleaned(batch, typed, made))
            handle.write(data)
            return len(batch)

        yield write_rows
        handle.flush()
        os.fsync(handle.fileno())


Column = Sequence[str | int | None]


@contextmanager
def csv_column_writing(
    path: Path, header: Sequence[str], safe_columns: Iterable[str] = ()
) -> Iterator[Callable[[Sequence[Column]], int]]:
    """`csv_writing` for batches handed over a column at a time (one sequence of cells per
    header column, all as long): each column is cleaned whole, as `write_csv` cleans each
    cell, and the rows are put together only as they are written."""
    typed, _made = _kinds(header, safe_columns)
    with _csv_writer(path, header) as (writer, handle):

        def write_columns(columns: Sequence[Column]) -> int:
            if len(columns) != len(header) or len({len(c) for c in columns}) > 1:
                raise ValueError("one column a header, all of the same length")
            cleaned = [cleaned_column(_as_text(c), i in typed) for i, c in enumerate(columns)]
            plain = _plain_texts(cleaned)
            if plain is not None and plain[0]:
                # What the writer would write: no cell needs quotes, so a row is its cells
                # joined by commas (and its line end), put together in C a batch at a time.
                handle.write("\r\n".join(map(",".join, zip(*plain, strict=True))) + "\r\n")
            else:
                writer.writerows(zip(*cleaned, strict=True))
            return len(columns[0]) if columns else 0

        yield write_columns


def _as_text(column: Column) -> Column:
    """Whole numbers as the digits the writer would write (other columns as they are)."""
    if column and set(map(type, column)) == {int}:
        return list(map(str, column))
    return column


_NEEDS_QUOTES = re.compile('[,"\r\n]')


def _plain_texts(columns: Sequence[Column]) -> list[Sequence[str]] | None:
    """The columns as the CSV writer writes their cells (a cell holding a comma, a quote or
    a line break in quotes, its quotes doubled), when every cell is text, else None."""
    texts: list[Sequence[str]] = []
    for column in columns:
        if set(map(type, column)) - {str}:
            return None
        cells = cast("Sequence[str]", column)
        texts.append(_quoted(cells) if _NEEDS_QUOTES.search("".join(cells)) else cells)
    return texts


def _quoted(cells: Sequence[str]) -> list[str]:
    """The cells as the writer writes them (QUOTE_MINIMAL); a column of a few values
    repeated (the reasons) has each value quoted once."""
    needs = _NEEDS_QUOTES.search
    if _repeats(cells):
        written = {cell: _quote(cell) if needs(cell) else cell for cell in set(cells)}
        return list(map(written.__getitem__, cells))
    return [_quote(cell) if needs(cell) else cell for cell in cells]


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def _kinds(header: Sequence[str], safe_columns: Iterable[str]) -> tuple[list[int], list[int]]:
    """The columns cleaned and neutralised, and those only cleaned (values of our own)."""
    keep = {header.index(name) for name in safe_columns if name in header}
    made = [index for index in range(len(header)) if index in keep]
    typed = [index for index in range(len(header)) if index not in keep]
    return typed, made


@contextmanager
def _csv_writer(path: Path, header: Sequence[str]) -> Iterator[tuple[Any, TextIO]]:
    """A csv writer on the file, its header written; in place once the block ends without
    error (and on disk), else removed."""
    with (
        writing_privately(path) as partial,
        partial.open("w", encoding="utf-8", newline="") as handle,
    ):
        # The byte-order mark written once by hand: the same bytes as "utf-8-sig", whose
        # encoder is Python code called on every write (a row each), utf-8's is not.
        handle.write("\ufeff")
        writer = csv.writer(handle)  # writes None as an empty cell and an int as its digits
        writer.writerow(header)
        yield writer, handle
        handle.flush()
        os.fsync(handle.fileno())


class _Lines:
    """Where the CSV writer puts its lines: a list, joined and encoded once a batch (a
    StringIO emptied for each batch costs the writer half as much again)."""

    __slots__ = ("write",)

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_ALL_BUT_CONTROLS = bytes(code for code in range(256) if code not in _CONTROL_BYTES)
_C1_CONTROL = re.compile(b"\xc2[\x80-\x9f]")  # U+0080-U+009F in UTF-8 (0xC2 only leads)
_FORMULA_LINE = re.compile("\n[=+\\-@\t\n]")


def _starts_a_formula(rows: Sequence[CsvRow], typed: Sequence[int], width: int) -> bool:
    """Whether a text cell of a `typed` column may start as a formula would (its cells
    joined by line breaks: a break before a formula's start, or before a tab or a break),
    or a row is not of the header's `width` (the row-by-row way). A false alarm only costs
    the slow way."""
    if not rows:
        return False
    if set(map(len, rows)) != {width}:
        return True
    for index in typed:
        column = list(map(itemgetter(index), rows))
        try:
            lines = "\n".join(filter(None, column))  # None and "" never need cleaning
        except TypeError:  # numbers in the column: its text cells alone
            lines = "\n".join([cell for cell in column if isinstance(cell, str)])
        if _FORMULA_LINE.search("\n" + lines):
            return True
    return False


def _has_controls(rows: Sequence[CsvRow], data: bytes) -> bool:
    """Whether a text cell of the rows, written as `data`, holds a control character: looked
    for in the written bytes, where every text cell is, and where each row ends in the one
    carriage return of its line end."""
    if data.count(b"\r") != len(rows) or data.translate(None, _ALL_BUT_CONTROLS):
        return True
    return _C1_CONTROL.search(data) is not None


_FORMULA_STARTS_LINE = re.compile("^(?=[=+\\-@])", re.MULTILINE)


def cleaned_column(column: Column, formula: bool = True) -> Column:
    """One column's cells cleaned (and, unless told, neutralised) as `write_csv` does each
    cell: the usual column (text only, every character printable) in a few passes over all
    its text."""
    if not column or set(map(type, column)) != {str}:
        return [_cleaned_cell(cell, formula) if isinstance(cell, str) else cell for cell in column]
    texts = cast("Sequence[str]", column)  # every cell is text (above)
    if _repeats(texts):  # a few values repeated (reasons): each cleaned once
        cleaned = {cell: _cleaned_cell(cell, formula) for cell in set(texts)}
        return list(map(cleaned.__getitem__, texts))
    if not "".join(texts).isprintable():  # a control character or line break somewhere
        return [_cleaned_cell(cell, formula) for cell in texts]
    if not formula:
        return texts
    # No cell holds a line break: joined by them, a cell is a line, and one that starts a
    # formula (a printable cell cannot start with a tab or a return) gets its quote.
    lines = "\n".join(texts)
    if not _FORMULA_AFTER_BREAK.search("\n" + lines):
        return texts
    return _FORMULA_STARTS_LINE.sub("'", lines).split("\n")


def _repeats(texts: Sequence[str]) -> bool:
    """Whether the cells are a few values repeated (their first thousand say so)."""
    head = texts[:1000]
    return len(texts) > 8 and len(set(head)) * 4 < len(head)


def _cleaned_cell(cell: str, formula: bool) -> str:
    if not formula:
        return without_controls(cell)
    if not cell.isprintable() or cell.startswith(_FORMULA_STARTS):
        return neutralise(without_controls(cell))
    return cell
