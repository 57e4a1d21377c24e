"""The parts of a consent form drawn around the statement: positions, text, header, serial, privacy.

Every part notes the box it drew on the page's `Layout`, so a test can check that nothing
overprints anything, whatever the lengths of the names, addresses and texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.typeset import draw_line, with_ellipsis, wrap

PAPERS = {"a4": A4, "letter": LETTER}

MARGIN = 40.0
QR_SIZE = 66.0
COLUMN = 96.0  # the QR code, the serial and its label, beside the shop's name
TICK = 12.0  # tick boxes: 4.2 mm whatever the text beside them
LABEL_SIZE = 8.5
SIGNATURE_HEIGHT = 60.0  # 21 mm to sign in
INK = HexColor("#1a1a1a")
LABEL = HexColor("#333333")  # labels: dark enough to photocopy
RULE = HexColor("#5f6368")
SERVICE_FILL = HexColor("#f1f5f9")
MARKETING_FILL = HexColor("#fff4e0")
MARKETING_EDGE = HexColor("#e6a23c")


@dataclass(frozen=True)
class Box:
    """Something drawn on a form: what it is and its extent (points from the lower left)."""

    what: str
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Box) -> bool:
        """True when the two boxes share some area."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.bottom < other.top
            and other.bottom < self.top
        )


class Layout:
    """Positions on the page, mirrored for right-to-left languages; what was drawn where."""

    def __init__(self, paper: str, rtl: bool) -> None:
        self.width, self.height = PAPERS[paper]
        self.rtl = rtl
        self.inner = self.width - 2 * MARGIN
        self.boxes: list[Box] = []

    def x(self, left: float, span: float) -> float:
        """The left edge of a box `span` wide that starts `left` from the reading edge."""
        return self.width - MARGIN - left - span if self.rtl else MARGIN + left

    def note(self, what: str, x: float, bottom: float, width: float, height: float) -> None:
        """Remember a drawn box."""
        self.boxes.append(Box(what, x, bottom, x + width, bottom + height))


def text(
    canvas: Canvas,
    layout: Layout,
    words: str,
    left: float,
    y: float,
    span: float,
    size: float,
    bold: bool = False,
    colour: Color = INK,
    max_lines: int | None = None,
    typed: bool = False,
) -> float:
    """Wrapped text from baseline `y`, against the reading edge; the baseline after it.

    The form's own words read in the language's direction; `typed` text (a name, an address)
    takes its direction from its first letter.
    """
    canvas.setFillColor(colour)
    x = layout.x(left, span)
    lines = wrap(words, size, span, bold, None if typed else layout.rtl)
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], with_ellipsis(lines[max_lines - 1], size, span, bold)]
    for line in lines:
        draw_line(canvas, line, x, y, span, align_right=layout.rtl)
        if line.items:
            start = x + span - line.width if layout.rtl else x
            layout.note(words[:20], start, y - 0.25 * size, line.width, 1.0 * size)
        y -= size * 1.3
    return y


def draw_header(canvas: Canvas, layout: Layout, business: str, address: str, top: float) -> float:
    """The shop's name (shrunk to fit two lines) and address beside the serial's column.

    Returns the height below which the form may go on.
    """
    span = layout.inner - COLUMN - 14
    size = 18.0
    while size > 12 and len(wrap(business, size, span, True)) > 2:
        size -= 1
    y = text(canvas, layout, business, 0, top - size, span, size, True, max_lines=2, typed=True)
    if address.strip():
        y = text(canvas, layout, address, 0, y + 4, span, 9, colour=LABEL, max_lines=2, typed=True)
    return min(y, top - QR_SIZE - 32)


def draw_serial_column(
    canvas: Canvas,
    layout: Layout,
    serial: str,
    label: str,
    draw_qr: Callable[[Canvas, str, float, float, float], None],
    mark: str = "",
) -> None:
    """The QR code at the top of the far column, the serial and its label centred below it;
    a sample page shows `mark` (SAMPLE, in the form's language) where the serial goes."""
    top = layout.height - MARGIN
    column_x = MARGIN if layout.rtl else layout.width - MARGIN - COLUMN
    qr_x = column_x + (COLUMN - QR_SIZE) / 2
    draw_qr(canvas, serial, qr_x, top - QR_SIZE, QR_SIZE)
    layout.note("qr", qr_x, top - QR_SIZE, QR_SIZE, QR_SIZE)
    canvas.setFillColor(INK)
    serial_y = top - QR_SIZE - 11
    if mark:
        for line in wrap(mark, 11, COLUMN, bold=True, rtl=layout.rtl)[:1]:
            left = column_x + (COLUMN - line.width) / 2
            draw_line(canvas, line, left, serial_y, COLUMN)
            layout.note("serial", left, serial_y - 3, line.width, 11)
    else:
        canvas.setFont("OptInDesk-latin-bold", 11)
        canvas.drawCentredString(column_x + COLUMN / 2, serial_y, serial)
        width = canvas.stringWidth(serial, "OptInDesk-latin-bold", 11)
        layout.note("serial", column_x + (COLUMN - width) / 2, serial_y - 3, width, 11)
    canvas.setFillColor(LABEL)
    for line in wrap(label, LABEL_SIZE, COLUMN, rtl=layout.rtl)[:1]:
        left = column_x + (COLUMN - line.width) / 2
        draw_line(canvas, line, left, serial_y - 12, COLUMN)
        layout.note("form number", left, serial_y - 14, line.width, LABEL_SIZE)


def draw_privacy(
    canvas: Canvas, layout: Layout, paragraphs: Sequence[str], bottom: float, limit: float
) -> float:
    """The privacy paragraphs from `bottom` up (at most a quarter of the page); their top."""
    if not paragraphs:
        return bottom
    room = min((layout.height - 2 * MARGIN) / 4, limit - bottom)
    size = 8.5
    while size > 7 and _privacy_height(paragraphs, layout.inner, size) > room:
        size -= 0.5
    step = size * 1.3
    lines_left = int(room // step)
    height = min(_privacy_height(paragraphs, layout.inner, size), lines_left * step + 4)
    y = bottom + height - size
    for paragraph in paragraphs:
        wanted = len(wrap(paragraph, size, layout.inner, rtl=layout.rtl))
        if lines_left <= 0:
            break
        shown = min(wanted, lines_left)
        y = text(canvas, layout, paragraph, 0, y, layout.inner, size, max_lines=shown) - 2
        lines_left -= shown
    return bottom + height


def _privacy_height(paragraphs: Sequence[str], width: float, size: float) -> float:
    lines = sum(len(wrap(p, size, width)) for p in paragraphs)
    return lines * size * 1.3 + 2 * len(paragraphs)
