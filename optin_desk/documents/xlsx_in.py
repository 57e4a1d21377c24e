"""Excel workbooks read within bounds: the zip is weighed before it is opened, the sheet is
streamed (openpyxl's read-only mode) and its rows, columns and cells are counted as they come.

A workbook is a zip of XML parts. Python's zipfile never inflates a part past the size its
directory declares, so the declared sizes and their ratio to the compressed sizes bound what
opening it can cost: a zip bomb is refused before a byte of it is inflated.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from optin_desk.documents.bounded import MAX_COLUMNS, MAX_FIELD, MAX_ROWS, ListError

MAX_PART = 256 * 1024 * 1024  # one part of the workbook, inflated
MAX_INFLATED = 512 * 1024 * 1024  # every part together, inflated
MAX_RATIO = 100  # inflated size / compressed size of a part over RATIO_FROM bytes
RATIO_FROM = 1024 * 1024
MAX_PARTS = 10_000
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit, blank rows included


def check_zip(path: Path) -> None:
    """Refuse a workbook whose parts would inflate past the caps (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ListError(f"{path.name} could not be read as an Excel workbook: {error}") from None
    if len(parts) > MAX_PARTS:
        raise ListError(f"{path.name} has {len(parts):,} parts: it is not an Excel list")
    total = 0
    for part in parts:
        total += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if (
            part.file_size > MAX_PART
            or total > MAX_INFLATED
            or (part.file_size > RATIO_FROM and ratio > MAX_RATIO)
        ):
            raise ListError(
                f"{path.name} would inflate to {total // (1024 * 1024):,} MB or more "
                f"({part.filename} alone is {part.file_size // (1024 * 1024):,} MB, "
                f"{ratio:.0f} times its packed size): this is not a list of people, "
                "but it may be a zip bomb"
            )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into Excel: 447911123456.0
    return str(value).strip()


def read_xlsx_records(path: Path, sheet: str | None) -> tuple[list[list[str]], tuple[str, ...]]:
    """The non-blank rows of the first sheet (or the one named) as text, and the sheet names."""
    check_zip(path)
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ListError(f"{path.name} could not be read as an Excel workbook: {error}") from None
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ListError(f"there is no sheet {sheet!r}; the sheets are: {', '.join(names)}")
        worksheet = book[sheet] if sheet else book.worksheets[0]
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()  # rows as wide as their cells, not the claimed size
        records = _rows(worksheet.iter_rows(values_only=True), path.name)
    except ListError:
        raise
    except Exception as error:  # a damaged part shows only while the sheet is read
        raise ListError(f"{path.name} could not be read as an Excel workbook: {error}") from None
    finally:
        book.close()
    return records, names


def _rows(rows: Iterable[tuple[object, ...]], name: str) -> list[list[str]]:
    records: list[list[str]] = []
    for number, values in enumerate(rows, start=1):
        if number > MAX_SHEET_ROWS:
            raise ListError(f"{name} has more than {MAX_SHEET_ROWS:,} rows: not an Excel list")
        if len(values) > MAX_COLUMNS:
            tail = values[MAX_COLUMNS:]
            if tail.count(None) != len(tail):
                raise ListError(
                    f"row {number} of {name} has more than {MAX_COLUMNS} columns: "
                    "this is not a list of people"
                )
            values = values[:MAX_COLUMNS]
        if values.count(None) == len(values):
            continue
        cells = [_cell_text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if any(len(cell) > MAX_FIELD for cell in cells):
            raise ListError(
                f"a cell in row {number} of {name} is longer than {MAX_FIELD // 1024} KiB: "
                "this is not a list of people"
            )
        records.append(cells)
        if len(records) > MAX_ROWS + 1:  # the header is not a row
            raise ListError(f"{name} has more than {MAX_ROWS:,} rows: split it into smaller lists")
    return records
