"""Writing CSV files that spreadsheets open safely (UTF-8 with BOM, no formula injection)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
    """Write rows atomically; text cells are neutralised except in `safe_columns`.

    `safe_columns` hold values the program made itself, such as `+447700900123` or ISO dates.
    Returns how many rows were written.
    """
    keep = {header.index(name) for name in safe_columns if name in header}
    partial = path.with_name(path.name + ".partial")
    count = 0
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(
                [
                    ""
                    if value is None
                    else str(value)
                    if isinstance(value, int) or index in keep
                    else neutralise(value)
                    for index, value in enumerate(row)
                ]
            )
            count += 1
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
    return count
