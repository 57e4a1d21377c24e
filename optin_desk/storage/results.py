"""A check's row verdicts kept as one compressed value beside the check.

A list of 100,000 rows is checked in a few seconds; writing 100,000 table rows took about a
quarter of that. Kept together, the rows of one check go in and out in one piece, and a
person's number is erased from every check by rewriting the few checks that hold it.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence

ResultRow = tuple[int, str, str, str, str, str, bool]  # a str enum serves as the verdict
"""row, input, name, phone (E.164 or ""), verdict, reason, opt-out line."""

FORMAT = 1


def pack_results(rows: Iterable[ResultRow] | Sequence[Sequence[object]]) -> bytes:
    """The rows as one compressed value."""
    payload = json.dumps([FORMAT, list(rows)], ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(payload.encode("utf-8"), 1)


class ResultsPacker:
    """Packs rows handed over a batch at a time into exactly what `pack_results` makes of
    them all at once (the same JSON text, compressed as a stream): a long list is never
    held whole, neither as rows nor as text."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(1)
        self._pieces = [self._compressor.compress(f"[{FORMAT},[".encode())]
        self._empty = True

    def add(self, rows: Sequence[ResultRow] | Sequence[Sequence[object]]) -> None:
        """Pack one batch of rows, after those already added."""
        if not rows:
            return
        text = json.dumps(list(rows), ensure_ascii=False, separators=(",", ":"))[1:-1]
        if not self._empty:
            text = "," + text
        self._empty = False
        self._pieces.append(self._compressor.compress(text.encode("utf-8")))

    def finish(self) -> bytes:
        """The packed value of every row added."""
        self._pieces.append(self._compressor.compress(b"]]"))
        self._pieces.append(self._compressor.flush())
        return b"".join(self._pieces)


def unpack_results(blob: bytes) -> list[ResultRow]:
    """The rows back from `pack_results`."""
    version, rows = json.loads(zlib.decompress(blob).decode("utf-8"))
    if version != FORMAT:
        raise ValueError(f"check results in format {version} are not known to this version")
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), bool(r[6])) for r in rows
    ]


def without_number(rows: Sequence[ResultRow], e164: str) -> list[ResultRow] | None:
    """The rows with every trace of `e164` removed, or None when it is not among them."""
    if not any(row[3] == e164 for row in rows):
        return None
    return [(row[0], "", "", "", row[4], row[5], row[6]) if row[3] == e164 else row for row in rows]
