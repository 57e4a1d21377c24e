"""A recipient list read as it is checked: what the list is from its first records, then its
rows a batch at a time, so a list of a million rows is never held whole.

Text lists (CSV and the like, a file or standard input) are streamed; workbooks and vCard
files are read whole (`lists.read_list`) and handed over in batches all the same. Every
answer is the one `read_list` gives: the columns are chosen from the first records, as
`read_list` chooses them, and where the first records cannot settle it (a list without a
header whose named column only appears further down) the rest is read whole instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

from optin_desk.documents.bounded import ListError, TextSource, iter_records
from optin_desk.documents.code_pages import WESTERN
from optin_desk.documents.columns import choose_columns
from optin_desk.documents.list_types import (
    ListBatch,
    RecipientList,
    column_batches,
    make_table,
    recipients_from_table,
)
from optin_desk.documents.lists import MAX_LIST_BYTES, read_list, read_source

HEAD_RECORDS = 201  # a header and the 200 records the columns are chosen from
_WHOLE_FILE_SUFFIXES = (".xlsx", ".xlsm", ".vcf", ".vcard")


@dataclass(frozen=True)
class ListStream:
    """A list being read: what it is (`recipients`, whose `rows` stay empty when streamed),
    its rows in batches (read once), and the sha256 of its bytes once they are all read."""

    recipients: RecipientList
    batches: Iterator[ListBatch]
    digest: Callable[[], str]
    close: Callable[[], None] = lambda: None  # the file being read, once done with it


def in_batches(recipients: RecipientList, size: int) -> ListStream:
    """A list already read, handed over in batches."""
    rows = recipients.rows
    batches = (ListBatch.of(rows[start : start + size]) for start in range(0, len(rows), size))
    return ListStream(recipients, batches, lambda: recipients.digest)


def stream_list(
    path: Path,
    size: int,
    column: str | None = None,
    sheet: str | None = None,
    name_column: str | None = None,
    code_pages: Sequence[str] = WESTERN,
) -> ListStream:
    """A list file, streamed when it is text; otherwise read whole (see the module). Text
    that is not UTF-8 is read in the first of `code_pages` that reads it as words."""
    if (
        not path.is_file()
        or path.suffix.lower() in _WHOLE_FILE_SUFFIXES
        or path.stat().st_size > MAX_LIST_BYTES
    ):
        return in_batches(read_list(path, column, sheet, name_column, code_pages), size)
    handle = path.open("rb")
    try:
        source = TextSource(handle, path.name, code_pages)
        streamed = _stream_text(source, size, column, name_column, handle)
    except BaseException:
        handle.close()
        raise
    if streamed is None:  # a workbook whatever its name
        handle.close()
        return in_batches(read_list(path, column, sheet, name_column, code_pages), size)
    return streamed


def stream_input(
    handle: BinaryIO,
    name: str,
    size: int,
    column: str | None = None,
    code_pages: Sequence[str] = WESTERN,
) -> ListStream:
    """A list on a byte stream such as standard input (never a workbook), streamed."""
    source = TextSource(handle, name, code_pages)
    if source.is_zip:
        read_source(source)  # says what to do instead
    streamed = _stream_text(source, size, column, None, None)
    assert streamed is not None
    return streamed


def _is_vcard(source: TextSource) -> bool:
    return source.head_text().lstrip().upper().startswith("BEGIN:VCARD")


def _stream_text(
    source: TextSource,
    size: int,
    column: str | None,
    name_column: str | None,
    handle: BinaryIO | None,
) -> ListStream | None:
    """The text list streamed (vCards read whole), else None for a zip file (a workbook)."""
    if source.is_zip:
        return None
    if _is_vcard(source):
        _, cards = read_source(source, True)
        assert cards is not None
        _close(handle)
        return in_batches(cards, size)
    records, delimiter = iter_records(source.lines(), source.name)
    head = list(islice(records, HEAD_RECORDS))
    table = make_table(head, source.encoding, delimiter)
    try:
        phone, name_label, name_columns = choose_columns(table, column, name_column)
    except ListError:
        if table.has_header or len(head) < HEAD_RECORDS:
            raise  # the whole list was seen, or its header names every column
        # No header: the columns are counted over every record, as read_list counts them.
        whole = make_table([*head, *records], source.encoding, delimiter, digest=source.digest())
        _close(handle)
        return in_batches(
            recipients_from_table(whole, source.name, "text", column, name_column), size
        )
    recipients = RecipientList(
        source.name,
        "text",
        table.headers,
        table.headers[phone],
        name_label,
        (),
        source.encoding,
        delimiter,
    )

    batches = column_batches(chain(table.records, records), phone, name_columns, size)
    return ListStream(recipients, batches, source.digest, handle.close if handle else _nothing)


def _close(handle: BinaryIO | None) -> None:
    if handle is not None:
        handle.close()


def _nothing() -> None:
    """Nothing to close (standard input stays open)."""
