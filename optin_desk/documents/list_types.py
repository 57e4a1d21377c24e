"""What a recipient list is once read: rows of (record number, number as written, name), the
table of cells they come from, and how one becomes the other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
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


@dataclass(frozen=True, slots=True)
class ListBatch:
    """Some rows of a list a column at a time, as a check reads them: record numbers,
    numbers as written, names (no row tuple is built for a streamed list)."""

    rows: list[int]
    inputs: list[str]
    names: list[str]

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def of(cls, rows: Sequence[ListRow]) -> ListBatch:
        """Rows given as tuples, as a batch."""
        return cls([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])


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


def column_batches(
    records: Iterable[list[str]], phone_index: int, name_columns: Sequence[int], size: int
) -> Iterator[ListBatch]:
    """`rows_of` the data records, `size` records a batch, a column at a time.

    The usual batch (every record long enough, one name column or none, one number a cell)
    is taken apart a column at a time; any other goes row by row, numbered the same."""
    source = iter(records)
    done = 0
    single = name_columns[0] if len(name_columns) == 1 else None
    widest = max([phone_index, *name_columns])
    while chunk := list(islice(source, size)):
        numbers = list(range(done + 1, done + 1 + len(chunk)))
        if len(name_columns) <= 1 and min(map(len, chunk)) > widest:
            cells = list(map(itemgetter(phone_index), chunk))
            joined = "\0".join(cells)
            if ":::" not in joined and "\n" not in joined:
                names = list(map(itemgetter(single), chunk)) if single is not None else []
                yield ListBatch(numbers, cells, names or [""] * len(chunk))
                done += len(chunk)
                continue
        yield ListBatch.of(list(rows_of(chunk, phone_index, name_columns, done + 1)))
        done += len(chunk)


def rows_of(
    records: Iterable[list[str]], phone_index: int, name_columns: Sequence[int], first: int = 1
) -> Iterator[ListRow]:
    """`table_rows` of data records as they come (numbered from `first`)."""
    single = name_columns[0] if len(name_columns) == 1 else None
    for number, record in enumerate(records, start=first):
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
