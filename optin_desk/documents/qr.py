"""A QR code drawn straight onto a canvas: encoded once, one filled path of module runs.

ReportLab's QR widget encodes twice when scaled to a box; drawing the encoded matrix as a
single path is about three times faster, which matters at one code per printed form.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark modules of `text`'s QR code (error correction M), row by row from the top."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    modules: list[list[bool | None]] = code.modules  # filled in by make()
    return [[bool(cell) for cell in row] for row in modules]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `text` in the square of side `size` whose lower-left is (x, y)."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_MODULES
    module = size / count
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + QUIET_MODULES + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            left = x + (start + QUIET_MODULES) * module
            path.rect(left, top, (column - start) * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
