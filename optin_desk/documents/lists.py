"""Recipient lists from the real world: CSV and text in any encoding, Excel, vCard, pasted text.

A list becomes rows of (record number, number as written, name). The phone column is found
by its header in several languages and by what its cells hold; a name column likewise. A cell
holding several numbers (Google Contacts writes ` ::: ` between them) gives one row each.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from optin_desk.runtime import collector_paused

MAX_LIST_BYTES = 200 * 1024 * 1024
DELIMITERS = ",;\t|"
PHONE_WORDS = (
    "whatsapp",
    "wa",
    "mobile",
    "mobil",
    "cell",
    "cellphone",
    "handy",
    "movil",
    "celular",
    "portable",
    "gsm",
    "phone",
    "telephone",
    "tel",
    "telefon",
    "telefono",
    "telefone",
    "numero",
    "number",
    "nummer",
    "no",
    "hp",
    "ponsel",
    "nomor",
    "fone",
    "contact",
)
PHONE_PRIORITY = {
    "whatsapp": 5,
    "wa": 5,
    "mobile": 4,
    "mobil": 4,
    "cell": 4,
    "cellphone": 4,
    "handy": 4,
    "movil": 4,
    "celular": 4,
    "portable": 4,
    "gsm": 4,
    "hp": 4,
    "ponsel": 4,
}
NAME_WORDS = ("name", "full name", "display name", "nombre", "nome", "nom", "nama", "contact")
FIRST_NAME_WORDS = ("first name", "given name", "vorname", "prenom", "nombre", "nome", "first")
LAST_NAME_WORDS = (
    "last name",
    "family name",
    "surname",
    "nachname",
    "nom de famille",
    "apellido",
    "apellidos",
    "sobrenome",
    "last",
)
MULTI_NUMBER = re.compile(r"\s*:::\s*|\n")
_PHONE_LIKE = re.compile(r"^[\s'+(]*(?:tel:)?[+\d][\d\s().\-/]{5,}$", re.IGNORECASE)


class ListError(ValueError):
    """The list cannot be read; the message says why and what to do."""


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


@dataclass(frozen=True)
class Table:
    """Cells as read, before columns are chosen."""

    headers: tuple[str, ...]
    records: list[list[str]]
    has_header: bool
    encoding: str = ""
    delimiter: str = ""
    sheets: tuple[str, ...] = ()


def _fold(text: str) -> str:
    """Lower-case, accents removed, punctuation to spaces: for matching headers."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _words(header: str) -> set[str]:
    return set(_fold(header).split())


def looks_like_phone(cell: str) -> bool:
    """True when a cell's text has the shape of a phone number."""
    first = MULTI_NUMBER.split(cell.strip())[0] if cell else ""
    digits = sum(ch.isdigit() for ch in first)
    return 6 <= digits <= 17 and bool(_PHONE_LIKE.match(first))


def _phone_score(header: str, cells: Sequence[str]) -> float:
    words = _words(header)
    folded = _fold(header)
    score = 0.0
    if words & set(PHONE_WORDS) or "phone" in folded or "telef" in folded:
        score += 1 + max((PHONE_PRIORITY.get(w, 0) for w in words), default=0)
        if folded in PHONE_WORDS:
            score += 0.5  # "Phone" beats "Default Address Phone"
        if "type" in words or "label" in words:
            score -= 3  # Google's "Phone 1 - Type" holds "Mobile", not a number
    filled = [c for c in cells if c.strip()]
    if filled:
        score += 3 * sum(looks_like_phone(c) for c in filled) / len(filled)
    return score


def _choose_phone_column(headers: Sequence[str], records: Sequence[Sequence[str]]) -> int:
    sample = records[:200]
    best, best_score = -1, 0.0
    for index, header in enumerate(headers):
        cells = [r[index] if index < len(r) else "" for r in sample]
        score = _phone_score(header, cells)
        if score > best_score:
            best, best_score = index, score
    if best < 0 or best_score < 1.5:
        raise ListError(
            "no column of phone numbers was found: name it with --column "
            f"(the columns are: {', '.join(h for h in headers if h) or 'none'})"
        )
    return best


def find_column(headers: Sequence[str], words: Sequence[str]) -> int:
    """The first header equal to one of `words` (compared folded: case, accents and
    punctuation aside), trying the words in order; -1 when none is there."""
    folded = [_fold(h) for h in headers]
    for word in words:
        for index, header in enumerate(folded):
            if header == word:
                return index
    return -1


def _name_getter(headers: Sequence[str], phone: int) -> tuple[str, list[int]]:
    """The name column's label and the columns whose cells make up a name."""
    full = find_column(
        headers, ("name", "full name", "display name", "nombre completo", "nome completo")
    )
    if full >= 0 and full != phone:
        return headers[full], [full]
    first = find_column(headers, FIRST_NAME_WORDS)
    last = find_column(headers, LAST_NAME_WORDS)
    if first >= 0 and first != phone:
        parts = [first] + ([last] if last >= 0 and last != phone else [])
        return " + ".join(headers[i] for i in parts), parts
    other = find_column(headers, NAME_WORDS)
    if other >= 0 and other != phone:
        return headers[other], [other]
    return "", []


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for candidate in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=candidate))) for line in lines]
        if max(counts) < 2:
            continue
        steady = sum(c == counts[0] for c in counts) / len(counts)
        score = steady * 10 + min(counts[0], 10) / 10
        if score > best_score:
            best, best_score = candidate, score
    return best


def _header_row(first: Sequence[str]) -> bool:
    """A first record is a header when none of its cells looks like a phone number."""
    return bool(first) and not any(looks_like_phone(cell) for cell in first)


def read_text_table(text: str, encoding: str = "") -> Table:
    """Delimited text (or one value per line) into a table."""
    with collector_paused():
        return _read_text_table(text, encoding)


def _read_text_table(text: str, encoding: str) -> Table:
    text = text.lstrip("\ufeff")
    delimiter = _delimiter(text)
    records = [
        stripped
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        if any(stripped := [cell.strip() for cell in record])
    ]
    if not records:
        raise ListError("the list is empty")
    if _header_row(records[0]):
        return Table(tuple(records[0]), records[1:], True, encoding, delimiter)
    width = max(len(r) for r in records)
    headers = tuple(f"column {i + 1}" for i in range(width))
    return Table(headers, records, False, encoding, delimiter)


def read_xlsx_table(path: Path, sheet: str | None) -> Table:
    """The first sheet (or the one named) of an Excel workbook."""
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
        records = []
        for values in worksheet.iter_rows(values_only=True):
            cells = [_cell_text(v) for v in values]
            if any(cells):
                records.append(cells)
    finally:
        book.close()
    if not records:
        raise ListError("the sheet is empty")
    if _header_row(records[0]):
        return Table(tuple(records[0]), records[1:], True, sheets=names)
    width = max(len(r) for r in records)
    return Table(tuple(f"column {i + 1}" for i in range(width)), records, False, sheets=names)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into Excel: 447911123456.0
    return str(value).strip()


def _unfold_vcard(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw
        else:
            lines.append(raw)
    return lines


def _vcard_value(line: str) -> tuple[str, str, str]:
    """(property name, parameters, value) of one vCard line."""
    head, _, value = line.partition(":")
    name, _, params = head.partition(";")
    name = name.split(".")[-1].upper()  # "item1.TEL" -> "TEL"
    if "QUOTED-PRINTABLE" in params.upper():
        import quopri

        value = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
    return name, params, value.replace("\\,", ",").replace("\\;", ";").strip()


def read_vcards(text: str, source: str) -> RecipientList:
    """Every TEL of every card (vCard 2.1, 3.0 and 4.0), numbered by card."""
    rows: list[ListRow] = []
    card = 0
    name = ""
    numbers: list[str] = []
    for line in _unfold_vcard(text):
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
    if card == 0:
        raise ListError(f"{source} holds no vCard (BEGIN:VCARD)")
    return RecipientList(source, "vcard", ("FN", "TEL"), "TEL", "FN", tuple(rows), "", "")


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
        folded = [_fold(h) for h in table.headers]
        if _fold(column) not in folded:
            known = ", ".join(h for h in table.headers if h)
            raise ListError(f"there is no column {column!r}; the columns are: {known}")
        phone = folded.index(_fold(column))
    else:
        phone = _choose_phone_column(table.headers, table.records)
    if name_column is not None:
        if not name_column:
            return phone, "", []
        folded = [_fold(h) for h in table.headers]
        if _fold(name_column) not in folded:
            raise ListError(f"there is no column {name_column!r}")
        index = folded.index(_fold(name_column))
        return phone, table.headers[index], [index]
    if not table.has_header:
        return phone, "", []
    label, columns = _name_getter(table.headers, phone)
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
    )


def read_table(path: Path, sheet: str | None = None) -> tuple[Table | None, RecipientList | None]:
    """A file as a table, or (for vCards) directly as a recipient list."""
    if not path.is_file():
        raise ListError(f"{path} does not exist; check the name and folder")
    size = path.stat().st_size
    if size > MAX_LIST_BYTES:
        raise ListError(f"{path.name} is {size // (1024 * 1024)} MB; split it into smaller lists")
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx_table(path, sheet), None
    text, encoding = decode_bytes(path.read_bytes())
    if path.suffix.lower() in (".vcf", ".vcard") or text.lstrip().upper().startswith("BEGIN:VCARD"):
        return None, read_vcards(text, path.name)
    if "\x00" in text:
        raise ListError(f"{path.name} is not a text list, a spreadsheet or a vCard file")
    return read_text_table(text, encoding), None


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
