"""Writing CSV files that spreadsheets open safely (UTF-8 with BOM, no formula injection)."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

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


def _all_plain(rows: Sequence[CsvRow], typed: Sequence[int], made: Sequence[int]) -> bool:
    """True when no cell of these rows needs cleaning or neutralising, tested a column at a
    time: a column's text run together is printable (no cell holds a control character or a
    line break); then, joined by line breaks, a cell starts a formula just where a break does."""
    for index in (*typed, *made):
        texts = [cell for row in rows if isinstance(cell := row[index], str)]
        if not "".join(texts).isprintable():
            return False
        if index in typed and _FORMULA_AFTER_BREAK.search("\n" + "\n".join(texts)):
            return False
    return True


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
    keep = {header.index(name) for name in safe_columns if name in header}
    made = [index for index in range(len(header)) if index in keep]
    typed = [index for index in range(len(header)) if index not in keep]
    with (
        writing_privately(path) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)  # writes None as an empty cell and an int as its digits
        writer.writerow(header)
        write = writer.writerow

        def write_rows(rows: Iterable[CsvRow]) -> int:
            batch = rows if isinstance(rows, list) else list(rows)
            if _all_plain(batch, typed, made):  # the usual batch: written as it is, at once
                writer.writerows(batch)
                return len(batch)
            for row in batch:
                cells = list(row)
                for index in typed:  # the usual cell is printable and no formula: left as is
                    value = cells[index]
                    if isinstance(value, str) and (
                        not value.isprintable() or value.startswith(_FORMULA_STARTS)
                    ):
                        cells[index] = neutralise(without_controls(value))
                for index in made:
                    value = cells[index]
                    if isinstance(value, str) and not value.isprintable():
                        cells[index] = without_controls(value)
                write(cells)
            return len(batch)

        yield write_rows
        handle.flush()
        os.fsync(handle.fileno())
