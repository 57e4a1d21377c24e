"""Reading list files within bounds: streamed, decoded line by line, every size capped.

A shop's real list never comes near the caps; a hostile or broken file stops at them with one
clear line. Bytes are read in chunks (a file or standard input alike) and hashed on the way;
lines split only at CR, LF or CRLF (never at U+2028 or a form feed); each line is UTF-8 when
it is valid UTF-8, else in the one Windows code page the lines that are not UTF-8 are in
(chosen once, on a sample of them: `code_pages`), so a list with lines of both reads right; a
file with a UTF-8 or UTF-16 byte-order mark is read in that encoding.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from itertools import chain, islice
from typing import BinaryIO

from optin_desk.documents.code_pages import WESTERN, choose_code_page, sample_of
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError
from optin_desk.domain.text import shown_controls

MAX_BYTES = 100 * 1024 * 1024  # a list file, or standard input
MAX_ROWS = 1_000_000  # records (lines) of a list
MAX_COLUMNS = 1_000
MAX_FIELD = 64 * 1024  # characters in one cell
MAX_LINE = 1024 * 1024  # characters in one line of text
DELIMITERS = ",;\t|"
HEAD = 64 * 1024
CHUNK = 256 * 1024
_SAMPLE_LINES = 200


class ListError(WordedError):
    """The list cannot be read; the message says why and what to do, in one line: a cell
    quoted in it (a column's name, say) shows its line breaks and control characters as
    escapes, never as a second line."""

    def __init__(self, text: str, /, n: int = -1, **fields: object) -> None:
        shown = {
            name: shown_controls(value).replace("\n", "\\n") if isinstance(value, str) else value
            for name, value in fields.items()
        }
        super().__init__(text, n, **shown)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def too_big(name: str) -> ListError:
    """The error for a list over the size cap."""
    return ListError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name} holds more than {megabytes}: a list can be at most that big; "
            "split it into smaller lists",
        ),
        name=name,
        megabytes=_megabytes(MAX_BYTES),
    )


class _Counted(io.RawIOBase):
    """A byte stream that is hashed and counted as it is read, and refused past the cap."""

    def __init__(self, handle: BinaryIO, name: str, head: bytes) -> None:
        super().__init__()
        self._handle = handle
        self._name = name
        self._pending = head
        self.size = len(head)
        self.sha256 = hashlib.sha256(head)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._pending:
            data, self._pending = self._pending[: len(buffer)], self._pending[len(buffer) :]
            buffer[: len(data)] = data
            return len(data)
        data = self._handle.read(len(buffer))
        if not data:
            return 0
        self.size += len(data)
        if self.size > MAX_BYTES:
            raise too_big(self._name)
        self.sha256.update(data)
        buffer[: len(data)] = data
        return len(data)


def read_head(handle: BinaryIO, size: int = HEAD) -> bytes:
    """Up to `size` first bytes of a stream (a pipe may give them in several reads)."""
    parts: list[bytes] = []
    got = 0
    while got < size:
        data = handle.read(size - got)
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


class TextSource:
    """A file or standard input read as lines of text, within the caps.

    `head` holds the first bytes (to tell a workbook or a vCard file); `lines()` yields the
    text line by line, ends kept; `digest()` is the sha256 of every byte read. Lines that are
    not UTF-8 are read in the code page of `code_pages` that reads them as words, the first
    of those that tie (the shop's: `code_pages.shop_code_pages`).
    """

    def __init__(self, handle: BinaryIO, name: str, code_pages: Sequence[str] = WESTERN) -> None:
        self.name = name
        self.head = read_head(handle)
        self._raw = _Counted(handle, name, self.head)
        self._code_pages = code_pages
        self._utf8 = False  # a line with non-ASCII UTF-8 was read
        self._page = ""  # the code page of the lines that are not UTF-8, once one was read
        self._ahead: deque[bytes] = deque()  # pieces read ahead to choose the code page
        if self.head.startswith(b"\xef\xbb\xbf"):
            self._bom = "utf-8-sig"
        elif self.head.startswith((b"\xff\xfe", b"\xfe\xff")):
            self._bom = "utf-16"
        else:
            self._bom = ""  # line by line: UTF-8, else the code page chosen

    @property
    def is_zip(self) -> bool:
        """True when the bytes are a zip archive (an Excel workbook)."""
        return self.head.startswith(b"PK\x03\x04")

    def head_text(self) -> str:
        """The first bytes as text, for a look at how the file starts."""
        if self._bom == "utf-16":
            return self.head[:4096].decode("utf-16", errors="replace")
        return self.head[:4096].decode("utf-8", errors="replace").lstrip("\ufeff")

    @property
    def encoding(self) -> str:
        """The encoding read: utf-8-sig, utf-16, utf-8, a code page such as cp1252, or
        utf-8+cp1252 (lines of both)."""
        if self._bom:
            return self._bom
        if self._page:
            return f"utf-8+{self._page}" if self._utf8 else self._page
        return "utf-8"

    def digest(self) -> str:
        """The sha256 of the bytes read so far (all of them once the lines are read)."""
        return self._raw.sha256.hexdigest()

    def lines(self) -> Iterator[str]:
        """The text, one line at a time with its line break; NUL bytes refused."""
        return chain.from_iterable(io.StringIO(text, newline="") for text in self._texts())

    def _texts(self) -> Iterator[str]:
        """The text in pieces of whole lines (about `CHUNK` bytes each)."""
        buffered = io.BufferedReader(self._raw, buffer_size=CHUNK)
        if self._bom == "utf-16":
            wrapper = io.TextIOWrapper(buffered, "utf-16", "replace", newline="")
            pieces: Iterator[str | bytes] = iter(lambda: wrapper.read(CHUNK // 2), "")
        else:
            pieces = iter(lambda: buffered.read(CHUNK), b"")
        first = True
        wholes = _whole_lines(pieces, self.name)
        for piece in self._with_ahead(wholes):
            if isinstance(piece, bytes):
                if b"\x00" in piece:
                    raise self._binary()
                text = self._decode(piece, wholes)
            else:
                if "\x00" in piece:
                    raise self._binary()
                text = piece
            if first:
                text, first = text.lstrip("\ufeff"), False
            yield text

    def _binary(self) -> ListError:
        return ListError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)",
            ),
            name=self.name,
        )

    def _with_ahead(self, wholes: Iterator[str | bytes]) -> Iterator[str | bytes]:
        """The pieces, those read ahead (to choose the code page) first."""
        while True:
            if self._ahead:
                yield self._ahead.popleft()
                continue
            piece = next(wholes, None)
            if piece is None:
                return
            yield piece

    def _decode(self, data: bytes, following: Iterator[str | bytes]) -> str:
        """UTF-8 when valid; else line by line, UTF-8 where valid and the code page where
        not (chosen at the first such line, from it and the lines after it)."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not self._utf8 and not text.isascii():
                self._utf8 = True
            return text
        parts = []
        lines = data.splitlines(keepends=True)  # bytes: at CR, LF and CRLF only
        for index, line in enumerate(lines):
            try:
                parts.append(line.decode("utf-8"))
                if not self._utf8 and not line.isascii():
                    self._utf8 = True
            except UnicodeDecodeError:
                if not self._page:
                    sample = sample_of(chain(lines[index:], self._read_ahead(following)))
                    self._page = choose_code_page(sample, self._code_pages)
                parts.append(line.decode(self._page, errors="replace"))
        return "".join(parts)

    def _read_ahead(self, following: Iterator[str | bytes]) -> Iterator[bytes]:
        """The lines of the pieces still to come, each piece kept to be read after."""
        for piece in following:
            assert isinstance(piece, bytes)  # UTF-16 is never read ahead
            self._ahead.append(piece)
            yield from piece.splitlines(keepends=True)


def _whole_lines(pieces: Iterator[str | bytes], name: str) -> Iterator[str | bytes]:
    """Pieces cut after their last line break; what follows it waits for the next piece."""
    carry: str | bytes | None = None
    for piece in pieces:
        data = piece if carry is None else carry + piece  # type: ignore[operator]
        newline, ret = ("\n", "\r") if isinstance(data, str) else (b"\n", b"\r")
        cut = max(data.rfind(newline), data.rfind(ret)) + 1  # type: ignore[arg-type]
        carry = data[cut:]
        if len(carry) > MAX_LINE:
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a line of {name} is longer than {kilobytes} KiB: this is not a list of people",
                ),
                name=name,
                kilobytes=MAX_LINE // 1024,
            )
        if cut:
            yield data[:cut]
    if carry:
        yield carry


def text_lines(text: str) -> list[str]:
    """Lines of a text, ends kept, split at CR, LF or CRLF only (not U+2028 or a form feed)."""
    return io.StringIO(text, newline="").readlines()


def read_text(source: TextSource) -> str:
    """The whole text of a source (within the caps)."""
    return "".join(source.lines())


def _widths(sample: list[str], delimiter: str) -> list[int]:
    try:
        records = csv.reader(sample, delimiter=delimiter)
        return [len(r) for r in records if any(c.strip() for c in r)]
    except csv.Error:
        return []


def guess_delimiter(sample: list[str]) -> str:
    """`,` `;` tab or `|`: the one that splits the most records into the same number of cells
    (at least two); `,` when none does. A few odd cells do not outweigh many steady lines."""
    best, best_score = ",", 0.0
    for candidate in DELIMITERS:
        widths = _widths(sample, candidate)
        if not widths:
            continue
        width, steady = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = steady / len(widths) * 10 + min(width, 10) / 10
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_records(lines: Iterator[str], name: str) -> tuple[list[list[str]], str]:
    """Records of delimited text (cells stripped, blank records left out) and the delimiter."""
    records, delimiter = iter_records(lines, name)
    return list(records), delimiter


def iter_records(lines: Iterator[str], name: str) -> tuple[Iterator[list[str]], str]:
    """`read_records` one record at a time: the delimiter is guessed from the first lines,
    and a record past a cap stops the reading with one clear line when it is reached."""
    sample = list(islice(lines, _SAMPLE_LINES))
    delimiter = guess_delimiter(sample)
    return _records(chain(sample, lines), delimiter, name), delimiter


def _records(lines: Iterator[str], delimiter: str, name: str) -> Iterator[list[str]]:
    csv.field_size_limit(MAX_FIELD)  # the csv module's own limit is process-wide: ours
    reader = csv.reader(lines, delimiter=delimiter)
    count = 0
    try:
        for record in reader:
            if len(record) > MAX_COLUMNS:
                raise ListError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "line {line} of {name} has more than {most} columns: this is"
                        " not a list of people",
                    ),
                    line=reader.line_num,
                    name=name,
                    most=MAX_COLUMNS,
                )
            stripped = [cell.strip() for cell in record]
            if any(stripped):
                count += 1
                if count > MAX_ROWS + 1:  # the header is not a row
                    raise ListError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{name} has more than {most:,} rows: split it into smaller lists",
                        ),
                        name=name,
                        most=MAX_ROWS,
                    )
                yield stripped
    except csv.Error as error:
        if "field limit" in str(error):
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a cell near line {line} of {name} is longer than {kilobytes} "
                    "KiB: this is not a list of people",
                ),
                line=reader.line_num,
                name=name,
                kilobytes=MAX_FIELD // 1024,
            ) from None
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "line {line} of {name} cannot be read: {error}"),
            line=reader.line_num,
            name=name,
            error=error,
        ) from None
