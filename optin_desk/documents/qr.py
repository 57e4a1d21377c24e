"""A QR code drawn straight onto a canvas: encoded once, one filled path of module runs.

ReportLab's QR widget encodes twice when scaled to a box; drawing the encoded matrix as a
single path is about three times faster, which matters at one code per printed form. Of the
encoding itself, most is ReportLab scoring each of the eight masks cell by cell in Python;
`lost_points` gives the very same scores from whole rows at once (strings and integers), so
the chosen mask, and the printed code, are ReportLab's own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2
_LONG_RUN = re.compile(b"0{5,}|1{5,}")
_FINDER_LIKE = b"10111010000"
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def lost_points(modules: list[list[bool]]) -> int:
    """ReportLab's penalty of a masked matrix (`QRUtil.getLostPoint`), computed by rows.

    As ReportLab scores: each run of five or more same-coloured modules in a row or column
    costs its length minus two; each 2x2 block of one colour 3; each finder-like pattern
    (1011101 then four light) found left to right in a row 40, searched as ReportLab does
    (the last possible place not tried, a match skipped over; its column search never
    matches); and 10 per 5% the dark share is away from half.
    """
    rows = [bytes(row).translate(_DIGITS) for row in modules]  # b"0110...", one a row
    size = len(rows)
    columns = [bytes(column).translate(_DIGITS) for column in zip(*modules, strict=True)]
    score = sum(len(run) - 2 for line in rows + columns for run in _LONG_RUN.findall(line))
    full = (1 << size) - 1
    numbers = [int(row, 2) for row in rows]
    for upper, lower in pairwise(numbers):
        same = ~(upper ^ lower) & full
        level = ~(upper ^ (upper >> 1)) & (full >> 1)
        score += 3 * (same & (same >> 1) & level).bit_count()
    last = size - len(_FINDER_LIKE)
    for row in rows:
        start = 0
        while (found := row.find(_FINDER_LIKE, start, last - 1 + len(_FINDER_LIKE))) >= 0:
            score += 40
            start = found + len(_FINDER_LIKE)
    dark = sum(row.count(b"1") for row in rows)
    return score + 10 * (abs(100 * dark // size**2 - 50) // 5)


class _QuickCode(QRCode):
    """ReportLab's encoder with the mask scored by `lost_points` (same choice, faster)."""

    def getBestMaskPattern(self) -> int:  # noqa: N802 (ReportLab's name)
        """The mask with the lowest penalty, the first of equals (as ReportLab picks)."""
        best, pattern = 0, 0
        for mask in range(8):
            self.makeImpl(True, mask)
            lost = lost_points(self.modules)
            if mask == 0 or lost < best:
                best, pattern = lost, mask
        return pattern


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark modules of `text`'s QR code (error correction M), row by row from the top."""
    code = _QuickCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    modules: list[list[bool | None]] = code.modules  # filled in by make()
    return [[bool(cell) for cell in row] for row in modules]


@lru_cache(maxsize=4096)
def _number(value: float) -> str:
    """A coordinate as ReportLab writes it; a batch's codes share a few dozen of them."""
    return str(fp_str(value))


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `text` in the square of side `size` whose lower-left is (x, y).

    One filled path of the dark runs, written as ReportLab's `rect` and `drawPath` write it
    (each coordinate formatted once per batch instead of once per rectangle)."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_MODULES
    module = size / count
    height = _number(module)
    rects = []
    for row_index, row in enumerate(matrix):
        top = _number(y + size - (row_index + QUIET_MODULES + 1) * module)
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            left = _number(x + (start + QUIET_MODULES) * module)
            rects.append(f"{left} {top} {_number((column - start) * module)} {height} re")
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(" ".join(["n", *rects]))  # a path starts by ending any open one
    canvas.addLiteral("f*")  # fill (the runs never overlap: either fill rule gives the same)
    canvas.restoreState()
