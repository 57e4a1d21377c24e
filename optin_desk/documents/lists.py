"""Recipient lists from the real world: CSV and text in any encoding, Excel, vCard, pasted text.

A list becomes rows of (record number, number as written, name). The readers are here; what
a list is (`list_types`), how its columns are found (`columns`), vCards (`vcards`), Excel
(`xlsx_in`) and the bounded text reader (`bounded`) each have a module of their own.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from optin_desk.documents.bounded import (
    DELIMITERS,
    MAX_BYTES,
    ListError,
    TextSource,
    read_records,
    text_lines,
    too_big,
)
from optin_desk.documents.code_pages import WESTERN, decode_bytes
from optin_desk.documents.columns import PHONE_WORDS, choose_columns, find_column, looks_like_phone
from optin_desk.documents.list_types import (
    ListRow,
    RecipientList,
    Table,
    make_table,
    recipients_from_table,
    table_rows,
)
from optin_desk.documents.vcards import read_vcards
from optin_desk.documents.xlsx_in import read_xlsx_records
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.runtime import collector_paused

__all__ = [
    "DELIMITERS",
    "PHONE_WORDS",
    "ListError",
    "ListRow",
    "RecipientList",
    "Table",
    "choose_columns",
    "decode_bytes",
    "find_column",
    "looks_like_phone",
    "read_vcards",
    "recipients_from_table",
    "table_rows",
]

MAX_LIST_BYTES = MAX_BYTES


def read_text_table(text: str, encoding: str = "") -> Table:
    """Delimited text (or one value per line) into a table; NUL characters are dropped."""
    if len(text) > MAX_BYTES:
        raise too_big("the text")
    lines = iter(text_lines(text.lstrip("\ufeff").replace("\x00", "")))
    with collector_paused():
        records, delimiter = read_records(lines, "the text")
    return make_table(records, encoding, delimiter)


def read_xlsx_table(path: Path, sheet: str | None) -> Table:
    """The first sheet (or the one named) of an Excel workbook: the file is read once, and
    its sha256 taken from the same bytes."""
    data = path.read_bytes()
    records, names = read_xlsx_records(io.BytesIO(data), sheet, path.name)
    return make_table(records, sheets=names, digest=hashlib.sha256(data).hexdigest())


def read_table(
    path: Path, sheet: str | None = None, code_pages: Sequence[str] = WESTERN
) -> tuple[Table | None, RecipientList | None]:
    """A file as a table, or (for vCards) directly as a recipient list; text that is not
    UTF-8 is read in the first of `code_pages` that reads it as words."""
    if not path.is_file():
        if path.is_dir():
            raise ListError(
                QT_TRANSLATE_NOOP("Messages", "{path} is a folder: choose the list file in it"),
                path=path,
            )
        if not path.exists():
            raise ListError(
                QT_TRANSLATE_NOOP("Messages", "{path} does not exist; check the name and folder"),
                path=path,
            )
        with path.open("rb") as pipe:  # a named pipe or <(command): read as a stream
            return read_source(TextSource(pipe, path.name, code_pages))
    size = path.stat().st_size
    if size > MAX_LIST_BYTES:
        raise ListError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is {megabytes:.0f} MB; a list can be at most "
                "{most} MB: split it into smaller lists",
            ),
            name=path.name,
            megabytes=size / (1024 * 1024),
            most=MAX_LIST_BYTES // (1024 * 1024),
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx_table(path, sheet), None
    with path.open("rb") as handle:
        source = TextSource(handle, path.name, code_pages)
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
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is a zip file (an Excel workbook?): give it as a file, by its name",
            ),
            name=source.name,
        )
    if vcard or source.head_text().lstrip().upper().startswith("BEGIN:VCARD"):
        cards = read_vcards(source.lines(), source.name)
        return None, replace(cards, digest=source.digest())
    with collector_paused():
        records, delimiter = read_records(source.lines(), source.name)
    return make_table(records, source.encoding, delimiter, digest=source.digest()), None


def read_stream(
    handle: BinaryIO,
    name: str,
    column: str | None = None,
    name_column: str | None = None,
    code_pages: Sequence[str] = WESTERN,
) -> RecipientList:
    """Read a recipient list from a byte stream such as standard input (not a workbook)."""
    table, cards = read_source(TextSource(handle, name, code_pages))
    if cards is not None:
        return cards
    assert table is not None
    return recipients_from_table(table, name, "text", column, name_column)


def read_list(
    path: Path,
    column: str | None = None,
    sheet: str | None = None,
    name_column: str | None = None,
    code_pages: Sequence[str] = WESTERN,
) -> RecipientList:
    """Read a recipient list from a file (text that is not UTF-8: see `read_table`)."""
    table, cards = read_table(path, sheet, code_pages)
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
