"""What a recipient list is once read: rows of (record number, number as written, name), the
table of cells they come from, and how one becomes the other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from optin_desk.documents.bounded import ListError
from optin_desk.documents.columns import MULTI_NUMBER, choose_columns, looks_like_phone
from optin_desk.runtime import collector_paused


class ListRow(NamedTuple):
    """One recipient as the list wrote it (an immutable plain row, cheap to make by the
    hundred thousand)."""

    row: int
    input: str
    name: str


@dataclass(frozen=True)
class RecipientList:
    """A list read into rows, with what was detected about it."""

    source: str
    kind: str
    headers: tuple[str, ...]
    phone_column: str
    name_column: str
    rows: tuple[ListRow, ...]
    encoding: str = ""
    delimiter: str = ""
    sheets: tuple[str, ...] = field(default=())
    digest: str = ""  # sha256 of the bytes read (empty for pasted text)


@dataclass(frozen=True)
class Table:
    """Cells as read, before columns are chosen."""

    headers: tuple[str, ...]
    records: list[list[str]]
    has_header: bool
    encoding: str = ""
    delimiter: str = ""
    sheets: tuple[str, ...] = ()
    digest: str = ""  # sha256 of the bytes read (empty for pasted text)


def _header_row(first: Sequence[str]) -> bool:
    """A first record is a header when none of its cells looks like a phone number."""
    return bool(first) and not any(looks_like_phone(cell) for cell in first)


def make_table(
    records: list[list[str]],
    encoding: str = "",
    delimiter: str = "",
    sheets: tuple[str, ...] = (),
    digest: str = "",
) -> Table:
    if not records:
        raise ListError("the sheet is empty" if sheets else "the list is empty")
    if _header_row(records[0]):
        return Table(tuple(records[0]), records[1:], True, encoding, delimiter, sheets, digest)
    width = max(len(r) for r in records)
    headers = tuple(f"column {i + 1}" for i in range(width))
    return Table(headers, records, False, encoding, delimiter, sheets, digest)


def table_rows(table: Table, phone_index: int, name_columns: Sequence[int]) -> list[ListRow]:
    """One row per number: record numbers count data records (the header is not counted)."""
    return list(rows_of(table.records, phone_index, name_columns))


def rows_of(
    records: Iterable[list[str]], phone_index: int, name_columns: Sequence[int]
) -> Iterator[ListRow]:
    """`table_rows` of data records as they come (numbered from 1)."""
    single = name_columns[0] if len(name_columns) == 1 else None
    for number, record in enumerate(records, start=1):
        cell = record[phone_index] if phone_index < len(record) else ""
        if single is not None:
            name = record[single] if single < len(record) else ""
        elif name_columns:
            name = " ".join(record[i] for i in name_columns if i < len(record) and record[i])
        else:
            name = ""
        if ":::" in cell or "\n" in cell:
            for part in [p.strip() for p in MULTI_NUMBER.split(cell) if p.strip()] or [""]:
                yield ListRow(number, part, name)
        else:
            yield ListRow(number, cell, name)


def recipients_from_table(
    table: Table,
    source: str,
    kind: str,
    column: str | None = None,
    name_column: str | None = None,
) -> RecipientList:
    """A table with its columns chosen (or detected), as a recipient list."""
    phone, name_label, name_columns = choose_columns(table, column, name_column)
    with collector_paused():
        rows = tuple(table_rows(table, phone, name_columns))
    return RecipientList(
        source,
        kind,
        table.headers,
        table.headers[phone],
        name_label,
        rows,
        table.encoding,
        table.delimiter,
        table.sheets,
        table.digest,
    )
