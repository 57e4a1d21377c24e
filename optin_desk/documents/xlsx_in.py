"""Excel workbooks read within bounds: the zip is weighed before it is opened, the sheet is
streamed (openpyxl's read-only mode) and its rows, columns and cells are counted as they come.

A workbook is a zip of XML parts. Python's zipfile never inflates a part past the size its
directory declares, so the declared sizes and their ratio to the compressed sizes bound what
opening it can cost: a zip bomb is refused before a byte of it is inflated.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from optin_desk.documents.bounded import MAX_COLUMNS, MAX_FIELD, MAX_ROWS, ListError
from optin_desk.domain.messages import QT_TRANSLATE_NOOP

MAX_PART = 256 * 1024 * 1024  # one sheet, inflated (read as a stream)
MAX_STRINGS_PART = 64 * 1024 * 1024  # the shared strings, which openpyxl reads whole
MAX_OTHER_PART = 16 * 1024 * 1024  # styles, workbook, relations...: read whole
MAX_INFLATED = 512 * 1024 * 1024  # every part together, inflated
MAX_RATIO = 100  # inflated size / compressed size of a part over RATIO_FROM bytes
RATIO_FROM = 1024 * 1024
MAX_PARTS = 10_000
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit, blank rows included
MAX_CELLS_IN_ROW = 16_384  # Excel's own limit


def check_zip(path: Path | BinaryIO, name: str | None = None) -> None:
    """Refuse a workbook whose parts would inflate past the caps (a zip bomb)."""
    name = name or _name(path)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} could not be read as an Excel workbook: {error}"),
            name=name,
            error=_first_line(error),
        ) from None
    if len(parts) > MAX_PARTS:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} has {count:,} parts: it is not an Excel list"),
            name=name,
            count=len(parts),
        )
    total = 0
    for part in parts:
        total += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if (
            part.file_size > _part_cap(part.filename)
            or total > MAX_INFLATED
            or (part.file_size > RATIO_FROM and ratio > MAX_RATIO)
        ):
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} would unpack to {megabytes:,} MB or more ({filename}: "
                    "{part_megabytes:,} MB, {ratio:.0f} times its packed size), "
                    "more than any list of people needs: it may be a zip bomb",
                ),
                name=name,
                megabytes=total // (1024 * 1024),
                filename=part.filename,
                part_megabytes=part.file_size // (1024 * 1024),
                ratio=ratio,
            )


def _part_cap(name: str) -> int:
    folded = name.lower()
    if folded.startswith("xl/worksheets/") and not folded.startswith("xl/worksheets/_rels"):
        return MAX_PART
    if folded.startswith("xl/sharedstrings"):
        return MAX_STRINGS_PART
    return MAX_OTHER_PART


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into Excel: 447911123456.0
    text = str(value).strip()
    return text.replace("\x00", "") if "\x00" in text else text  # Excel's _x0000_


def _name(path: Path | BinaryIO) -> str:
    return path.name if isinstance(path, Path) else "the workbook"


def read_xlsx_records(
    path: Path | BinaryIO, sheet: str | None, name: str | None = None
) -> tuple[list[list[str]], tuple[str, ...]]:
    """The non-blank rows of the first sheet (or the one named) as text, and the sheet names
    (from a file, or from its bytes already read, then called `name`)."""
    name = name or _name(path)
    check_zip(path, name)
    if not isinstance(path, Path):
        path.seek(0)
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} could not be read as an Excel workbook: {error}"),
            name=name,
            error=_first_line(error),
        ) from None
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages", "there is no sheet {sheet!r}; the sheets are: {sheets}"
                ),
                sheet=sheet,
                sheets=", ".join(names),
            )
        worksheet = book[sheet] if sheet else book.worksheets[0]
        records = _records(_sheet_rows(book, worksheet, name), name)
    except ListError:
        raise
    except Exception as error:  # a damaged part shows only while the sheet is read
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} could not be read as an Excel workbook: {error}"),
            name=name,
            error=_first_line(error),
        ) from None
    finally:
        book.close()
    return records, names


Cells = list[tuple[int, object]]


def _sheet_rows(book: Any, worksheet: Any, name: str) -> Iterator[Cells]:
    """(column, value) of every cell of each row, read with openpyxl's own cell parser (dates,
    shared strings, numbers) but without what its sheet reader keeps or pads per row: each
    row is dropped once read, and so is everything else in the sheet.

    A formula whose value was never saved (a program that writes workbooks without
    calculating them) is refused: its row would otherwise read as blank and drop out."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    formula, value = f"{{{SHEET_MAIN_NS}}}f", f"{{{SHEET_MAIN_NS}}}v"

    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        open_elements: list[Any] = []
        cells = 0
        # the same parser openpyxl uses; expat >= 2.4 refuses entity expansion bombs
        for event, element in iterparse(source, events=("start", "end")):  # noqa: S314
            if event == "start":
                open_elements.append(element)
                continue
            open_elements.pop()
            depth = len(open_elements)
            if depth == 3:  # a cell of a row
                cells += 1
                saved = element.find(value)  # empty: never calculated, unless a text ("")
                never = saved is None or (not saved.text and element.get("t") != "str")
                if never and element.find(formula) is not None:
                    raise ListError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{name} holds formulas whose values were never saved (the program"
                            " that wrote it does not calculate them): open it in Excel or"
                            " LibreOffice, save it, and try again",
                        ),
                        name=name,
                    )
                if cells > MAX_CELLS_IN_ROW:
                    raise ListError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "a row of the sheet has more cells than Excel allows"
                        )
                    )
            elif element.tag == ROW_TAG:
                _, parsed = parser.parse_row(element)
                parser.row_dimensions.clear()
                cells = 0
                yield [(c["column"], c["value"]) for c in parsed if c["value"] is not None]
            if 1 <= depth <= 2:  # done with a part of the sheet or a row: let it go
                element.clear()
                open_elements[-1].remove(element)


def _records(rows: Iterable[Cells], name: str) -> list[list[str]]:
    records: list[list[str]] = []
    for number, present in enumerate(rows, start=1):
        if number > MAX_SHEET_ROWS:
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} has more than {most:,} rows: not an Excel list"
                ),
                name=name,
                most=MAX_SHEET_ROWS,
            )
        if not present:
            continue
        width = max(column for column, _ in present)
        if width > MAX_COLUMNS:
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "row {number} of {name} has more than {most} columns: this is "
                    "not a list of people",
                ),
                number=number,
                name=name,
                most=MAX_COLUMNS,
            )
        cells = [""] * width
        for column, value in present:
            cells[column - 1] = _cell_text(value)
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if any(len(cell) > MAX_FIELD for cell in cells):
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a cell in row {number} of {name} is longer than {kilobytes} KiB: "
                    "this is not a list of people",
                ),
                number=number,
                name=name,
                kilobytes=MAX_FIELD // 1024,
            )
        records.append(cells)
        if len(records) > MAX_ROWS + 1:  # the header is not a row
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} has more than {most:,} rows: split it into smaller lists"
                ),
                name=name,
                most=MAX_ROWS,
            )
    return records


def _first_line(error: Exception) -> str:
    """A library's error in one line (openpyxl adds lines of advice to some): the message is
    one line, whatever the file."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__
