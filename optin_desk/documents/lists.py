"""Recipient lists from the real world: CSV and text in any encoding, Excel, vCard, pasted text.

A list becomes rows of (record number, number as written, name). The phone column is found
by its header in several languages and by what its cells hold; a name column likewise. A cell
holding several numbers (Google Contacts writes ` ::: ` between them) gives one row each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, NamedTuple

from optin_desk.documents.bounded import (
    DELIMITERS,
    MAX_BYTES,
    MAX_LINE,
    MAX_ROWS,
    ListError,
    TextSource,
    decode_bytes,
    read_records,
    text_lines,
    too_big,
)
from optin_desk.documents.columns import (
    MULTI_NUMBER,
    PHONE_WORDS,
    choose_phone_column,
    find_column,
    fold_header,
    looks_like_phone,
    name_getter,
)
from optin_desk.documents.xlsx_in import read_xlsx_records
from optin_desk.runtime import collector_paused

__all__ = [
    "DELIMITERS",
    "PHONE_WORDS",
    "ListError",
    "decode_bytes",
    "find_column",
    "looks_like_phone",
]

MAX_LIST_BYTES = MAX_BYTES


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


def read_text_table(text: str, encoding: str = "") -> Table:
    """Delimited text (or one value per line) into a table; NUL characters are dropped."""
    if len(text) > MAX_BYTES:
        raise too_big("the text")
    lines = iter(text_lines(text.lstrip("\ufeff").replace("\x00", "")))
    with collector_paused():
        records, delimiter = read_records(lines, "the text")
    return _table(records, encoding, delimiter)


def _table(
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


def read_xlsx_table(path: Path, sheet: str | None) -> Table:
    """The first sheet (or the one named) of an Excel workbook."""
    records, names = read_xlsx_records(path, sheet)
    return _table(records, sheets=names, digest=_file_digest(path))


def _file_digest(path: Path) -> str:
    import hashlib

    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _unfold_vcard(lines: Iterable[str]) -> Iterator[str]:
    """Logical vCard lines: folded (and quoted-printable soft-broken) lines joined."""
    current: str | None = None
    for line in lines:
        raw = line.rstrip("\r\n")
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
        elif (
            current is not None
            and current.endswith("=")
            and "QUOTED-PRINTABLE" in current[:200].upper()
        ):
            current = current[:-1] + raw
        else:
            if current is not None:
                yield current
            current = raw
        if len(current) > MAX_LINE:
            raise ListError(f"a vCard line is longer than {MAX_LINE // 1024} KiB: not a contact")
    if current is not None:
        yield current


def _vcard_value(line: str) -> tuple[str, str, str]:
    """(property name, parameters, value) of one vCard line."""
    head, _, value = line.partition(":")
    name, _, params = head.partition(";")
    name = name.split(".")[-1].upper()  # "item1.TEL" -> "TEL"
    if "QUOTED-PRINTABLE" in params.upper():
        import quopri

        value = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
    return name, params, value.replace("\\,", ",").replace("\\;", ";").strip()


def read_vcards(text: str | Iterable[str], source: str, digest: str = "") -> RecipientList:
    """Every TEL of every card (vCard 2.1, 3.0 and 4.0), numbered by card."""
    rows: list[ListRow] = []
    card = 0
    name = ""
    numbers: list[str] = []
    for line in _unfold_vcard(text_lines(text) if isinstance(text, str) else text):
        prop, _, value = _vcard_value(line)
        if prop == "BEGIN" and value.upper() == "VCARD":
            card += 1
            name, numbers = "", []
        elif prop == "FN":
            name = value
        elif prop == "N" and not name:
            parts = [p for p in value.split(";")[:2] if p]
            name = " ".join(reversed(parts))
        elif prop == "TEL":
            numbers.append(value.removeprefix("tel:"))
        elif prop == "END" and value.upper() == "VCARD":
            for number in numbers or [""]:
                rows.append(ListRow(card, number, name))
            if len(rows) > MAX_ROWS:
                raise ListError(f"{source} has more than {MAX_ROWS:,} numbers: split it")
    if card == 0:
        raise ListError(f"{source} holds no vCard (BEGIN:VCARD)")
    return RecipientList(
        source, "vcard", ("FN", "TEL"), "TEL", "FN", tuple(rows), "", "", digest=digest
    )


def table_rows(table: Table, phone_index: int, name_columns: Sequence[int]) -> list[ListRow]:
    """One row per number: record numbers count data records (the header is not counted)."""
    rows: list[ListRow] = []
    append = rows.append
    single = name_columns[0] if len(name_columns) == 1 else None
    for number, record in enumerate(table.records, start=1):
        cell = record[phone_index] if phone_index < len(record) else ""
        if single is not None:
            name = record[single] if single < len(record) else ""
        elif name_columns:
            name = " ".join(record[i] for i in name_columns if i < len(record) and record[i])
        else:
            name = ""
        if ":::" in cell or "\n" in cell:
            for part in [p.strip() for p in MULTI_NUMBER.split(cell) if p.strip()] or [""]:
                append(ListRow(number, part, name))
        else:
            append(ListRow(number, cell, name))
    return rows


def choose_columns(
    table: Table, column: str | None = None, name_column: str | None = None
) -> tuple[int, str, list[int]]:
    """The phone column (by `column` when given) and the name columns."""
    if column:
        folded = [fold_header(h) for h in table.headers]
        if fold_header(column) not in folded:
            known = ", ".join(h for h in table.headers if h)
            raise ListError(f"there is no column {column!r}; the columns are: {known}")
        phone = folded.index(fold_header(column))
    else:
        phone = choose_phone_column(table.headers, table.records)
    if name_column is not None:
        if not name_column:
            return phone, "", []
        folded = [fold_header(h) for h in table.headers]
        if fold_header(name_column) not in folded:
            raise ListError(f"there is no column {name_column!r}")
        index = folded.index(fold_header(name_column))
        return phone, table.headers[index], [index]
    if not table.has_header:
        return phone, "", []
    label, columns = name_getter(table.headers, phone)
    return phone, label, columns


def recipients_from_table(
    table: Table,
    source: str,
    kind: str,
    column: str | None = None,
    name_column: str | None = None,
) -> RecipientList:
    """A table with its columns chosen, as a recipient list."""
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


def read_table(path: Path, sheet: str | None = None) -> tuple[Table | None, RecipientList | None]:
    """A file as a table, or (for vCards) directly as a recipient list."""
    if not path.is_file():
        if path.is_dir():
            raise ListError(f"{path} is a folder: choose the list file in it")
        if not path.exists():
            raise ListError(f"{path} does not exist; check the name and folder")
        with path.open("rb") as pipe:  # a named pipe or <(command): read as a stream
            return read_source(TextSource(pipe, path.name))
    size = path.stat().st_size
    if size > MAX_LIST_BYTES:
        raise ListError(
            f"{path.name} is {size / (1024 * 1024):.0f} MB; a list can be at most "
            f"{MAX_LIST_BYTES // (1024 * 1024)} MB: split it into smaller lists"
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx_table(path, sheet), None
    with path.open("rb") as handle:
        source = TextSource(handle, path.name)
        if source.is_zip:
            return read_xlsx_table(path, sheet), None
        vcard = path.suffix.lower() in (".vcf", ".vcard")
        return read_source(source, vcard)


def read_source(
    source: TextSource, vcard: bool = False
) -> tuple[Table | None, RecipientList | None]:
    """A file or standard input being read, as a table or (vCards) a recipient list."""
    if source.is_zip:
        raise ListError(
            f"{source.name} is a zip file (an Excel workbook?): give it as a file, by its name"
        )
    if vcard or source.head_text().lstrip().upper().startswith("BEGIN:VCARD"):
        cards = read_vcards(source.lines(), source.name)
        return None, replace(cards, digest=source.digest())
    with collector_paused():
        records, delimiter = read_records(source.lines(), source.name)
    return _table(records, source.encoding, delimiter, digest=source.digest()), None


def read_stream(
    handle: BinaryIO, name: str, column: str | None = None, name_column: str | None = None
) -> RecipientList:
    """Read a recipient list from a byte stream such as standard input (not a workbook)."""
    table, cards = read_source(TextSource(handle, name))
    if cards is not None:
        return cards
    assert table is not None
    return recipients_from_table(table, name, "text", column, name_column)


def read_list(
    path: Path,
    column: str | None = None,
    sheet: str | None = None,
    name_column: str | None = None,
) -> RecipientList:
    """Read a recipient list from a file."""
    table, cards = read_table(path, sheet)
    if cards is not None:
        return cards
    assert table is not None
    kind = "xlsx" if table.sheets else "text"
    return recipients_from_table(table, path.name, kind, column, name_column)


def read_pasted(text: str, column: str | None = None) -> RecipientList:
    """Text pasted into the window: a table copied from a sheet, or one number per line."""
    if text.lstrip().upper().startswith("BEGIN:VCARD"):
        return read_vcards(text, "pasted text")
    return recipients_from_table(read_text_table(text), "pasted text", "pasted", column)
