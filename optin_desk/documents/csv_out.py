"""Writing CSV files that spreadsheets open safely (UTF-8 with BOM, no formula injection)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from optin_desk.domain.text import without_controls
from optin_desk.private_files import writing_privately

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(cell: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula (OWASP CSV injection)."""
    if cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[str | int | None]],
    safe_columns: Iterable[str] = (),
) -> int:
    """Write rows atomically and owner-only; text cells are cleaned and neutralised.

    Every text cell loses NULs and other control characters (tabs and line breaks stay);
    cells are neutralised except in `safe_columns`, which hold values the program made
    itself, such as `+447700900123` or ISO dates. A failed write leaves no file behind.
    Returns how many rows were written.
    """
    keep = {header.index(name) for name in safe_columns if name in header}
    made = [index for index in range(len(header)) if index in keep]
    typed = [index for index in range(len(header)) if index not in keep]
    count = 0
    with (
        writing_privately(path) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)  # writes None as an empty cell and an int as its digits
        writer.writerow(header)
        write = writer.writerow
        for row in rows:
            cells = list(row)
            for index in typed:  # the usual cell is printable and no formula: left as it is
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
            count += 1
        handle.flush()
        os.fsync(handle.fileno())
    return count
