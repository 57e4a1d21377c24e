"""Reading a recipient list for the Check list page, off the GUI thread (plain data only).

The file is read once: its sha256 is taken from the same bytes as they are read, and the
recipient list with the detected columns is built here too, so the page only shows it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from optin_desk.documents.lists import (
    ListError,
    RecipientList,
    Table,
    choose_columns,
    read_table,
    read_text_table,
    recipients_from_table,
)

PASTED = "pasted text"


@dataclass(frozen=True)
class LoadedList:
    """A list as read: a table (columns still to choose) or vCards (a list already)."""

    source: str
    path: Path | None
    table: Table | None
    cards: RecipientList | None
    detected: RecipientList | None
    """The recipients with the columns found by detection (None when none was found)."""
    digest: str

    @property
    def records(self) -> int:
        """How many records the list holds."""
        if self.table is not None:
            return len(self.table.records)
        return len(self.cards.rows) if self.cards is not None else 0


def _detected(table: Table | None, source: str) -> RecipientList | None:
    """The list with the detected number column and (one) name column, as the page shows
    them chosen."""
    if table is None:
        return None
    try:
        phone, name, _ = choose_columns(table)
        one_name = name if name in table.headers else ""
        return recipients_from_table(table, source, "text", table.headers[phone], one_name)
    except ListError:
        return None


def load_file(
    path: Path, sheet: str | None, unreadable: str, code_pages: Sequence[str]
) -> LoadedList:
    """Read a list file (hashed while read; text that is not UTF-8 in the first of the shop's
    `code_pages` that reads it as words); `unreadable` says "%s cannot be read: %s"."""
    try:
        table, cards = read_table(path, sheet, code_pages)
    except OSError as error:
        raise ListError(unreadable % (path.name, error.strerror or error)) from None
    digest = table.digest if table is not None else cards.digest if cards else ""
    return LoadedList(path.name, path, table, cards, _detected(table, path.name), digest)


def load_text(text: str, source: str = PASTED) -> LoadedList:
    """Read pasted text as a list; its digest is that of the text (UTF-8)."""
    table = read_text_table(text)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return LoadedList(source, None, table, None, _detected(table, source), digest)
