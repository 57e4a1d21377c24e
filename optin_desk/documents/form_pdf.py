"""Signable consent forms as PDF: one page per form, each with its own serial and QR code.

Everything that is the same on every page (the shop, the statement with a tick box beside each
kind of message, the fields to fill in) is drawn once as a PDF form object and placed on each
page; only the serial, its QR code and any pre-filled name and number are drawn per page.
Nothing typed by a person is parsed as markup: names print exactly as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.qr import draw_qr
from optin_desk.documents.templates import FormLabels
from optin_desk.documents.typeset import draw_text, wrap
from optin_desk.domain.consent import CategoryKind
from optin_desk.domain.wording import StatementBlock

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 40.0
QR_SIZE = 66.0
INK = HexColor("#1a1a1a")
GREY = HexColor("#5f6368")
RULE = HexColor("#9aa0a6")
SERVICE_FILL = HexColor("#f1f5f9")
MARKETING_FILL = HexColor("#fff4e0")
MARKETING_EDGE = HexColor("#e6a23c")
STATIC_FORM = "consent-form"


@dataclass(frozen=True)
class FormContent:
    """What every page of a batch shows."""

    business: str
    address: str
    blocks: tuple[StatementBlock, ...]
    labels: FormLabels
    number_example: str
    language: str
    wording_version: int
    wording_sha256: str
    printed_on: str
    paper: str = "a4"
    privacy: tuple[str, ...] = ()
    """The privacy block's paragraphs, in the form's language."""


@dataclass(frozen=True)
class FormPage:
    """One printed form: its serial, and the name and number when it is pre-filled."""

    serial: str
    name: str = ""
    number: str = ""


class _Layout:
    """Positions on the page, mirrored for right-to-left languages."""

    def __init__(self, content: FormContent) -> None:
        self.width, self.height = PAPERS[content.paper]
        self.rtl = content.labels.rtl
        self.inner = self.width - 2 * MARGIN

    def x(self, left: float, span: float) -> float:
        """The left edge of a box `span` wide that starts `left` from the reading edge."""
        return self.width - MARGIN - left - span if self.rtl else MARGIN + left


def _text(
    canvas: Canvas,
    layout: _Layout,
    text: str,
    left: float,
    y: float,
    span: float,
    size: float,
    bold: bool = False,
    colour: Color = INK,
    max_lines: int | None = None,
) -> float:
    canvas.setFillColor(colour)
    return draw_text(
        canvas,
        text,
        layout.x(left, span),
        y,
        span,
        size,
        bold=bold,
        rtl=layout.rtl,
        max_lines=max_lines,
    )


def _statement_height(blocks: Sequence[StatementBlock], width: float, size: float) -> float:
    """How tall the statement is at `size` (with panels around each group of categories)."""
    step = size * 1.3
    height = 0.0
    previous = ""
    for block in blocks:
        if block.kind.startswith("heading"):
            height += 10 if previous != "category" else 14
            height += len(wrap(block.text, size, width - 16, bold=True)) * step
        elif block.kind == "category":
            height += len(wrap(_without_bullet(block.text), size, width - 34)) * step + 3
        else:
            if previous == "category":
                height += 10
            height += max(len(wrap(block.text, size, width)), 1) * step
        previous = block.kind
    return height + 8


def _draw_statement(
    canvas: Canvas,
    layout: _Layout,
    blocks: Sequence[StatementBlock],
    top: float,
    size: float,
) -> float:
    """Draw the statement from `top`; return where the next thing may start."""
    width = layout.inner
    step = size * 1.3
    y = top
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not block.kind.startswith("heading"):
            y = _text(canvas, layout, block.text, 0, y - size, width, size) + size
            index += 1
            continue
        group = [block]
        index += 1
        while index < len(blocks) and blocks[index].kind == "category":
            group.append(blocks[index])
            index += 1
        y = _draw_group(canvas, layout, group, y - 8, size, step)
        if index < len(blocks):
            y -= 6
    return y


def _draw_group(
    canvas: Canvas,
    layout: _Layout,
    group: Sequence[StatementBlock],
    top: float,
    size: float,
    step: float,
) -> float:
    """A heading and its categories in a panel: marketing tinted and edged, service plain."""
    width = layout.inner
    marketing = group[0].kind == f"heading_{CategoryKind.MARKETING.value}"
    height = len(wrap(group[0].text, size, width - 16, bold=True)) * step + 8
    for block in group[1:]:
        height += len(wrap(_without_bullet(block.text), size, width - 34)) * step + 3
    canvas.setFillColor(MARKETING_FILL if marketing else SERVICE_FILL)
    canvas.setStrokeColor(MARKETING_EDGE if marketing else RULE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(MARGIN, top - height, width, height, 4, stroke=1, fill=1)
    y = _text(canvas, layout, group[0].text, 8, top - 4 - size, width - 16, size, bold=True)
    for block in group[1:]:
        box = size * 1.05
        canvas.setStrokeColor(INK)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setLineWidth(0.9)
        canvas.rect(layout.x(10, box), y - 1.5, box, box, stroke=1, fill=1)
        y = _text(canvas, layout, _without_bullet(block.text), 26, y, width - 34, size) - 3
    return top - height


def _without_bullet(line: str) -> str:
    """A category line without the bullet its tick box stands in for."""
    stripped = line.lstrip()
    for bullet in ("- ", "• ", "* ", "– "):
        if stripped.startswith(bullet):
            return stripped[len(bullet) :]
    return line


def _field(canvas: Canvas, layout: _Layout, label: str, left: float, y: float, span: float) -> None:
    """A labelled line to write on."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    x = layout.x(left, span)
    canvas.line(x, y, x + span, y)
    _text(canvas, layout, label, left, y - 10, span, 7.5, colour=GREY, max_lines=1)


def _draw_static(canvas: Canvas, content: FormContent, layout: _Layout) -> dict[str, float]:
    """Everything that is the same on every page; returns where the per-page parts go."""
    labels = content.labels
    top = layout.height - MARGIN
    head_span = layout.inner - QR_SIZE - 14
    y = _text(canvas, layout, content.business, 0, top - 18, head_span, 18, bold=True, max_lines=2)
    if content.address.strip():
        y = _text(
            canvas, layout, content.address, 0, y + 4, head_span, 8.5, colour=GREY, max_lines=2
        )
    y = min(y, top - QR_SIZE - 10)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, y, layout.width - MARGIN, y)
    y = _text(canvas, layout, labels.title, 0, y - 20, layout.inner, 13.5, bold=True)
    y = _text(canvas, layout, labels.tick, 0, y + 2, layout.inner, 8.5, colour=GREY) + 4
    signature_y = MARGIN + 120
    number_y = signature_y + 62
    name_y = number_y + 44
    room = y - (name_y + 34)
    size = 12.0
    while size > 7 and _statement_height(content.blocks, layout.inner, size) > room:
        size -= 0.5
    end = _draw_statement(canvas, layout, content.blocks, y, size)
    lift = max(0.0, end - 50 - name_y)  # a short statement: the fields follow it closely
    name_y, number_y, signature_y = name_y + lift, number_y + lift, signature_y + lift
    half = (layout.inner - 20) / 2
    y = name_y
    fields = {"name_y": y}
    _field(canvas, layout, labels.name, 0, y, layout.inner)
    y = number_y
    fields["number_y"] = y
    _field(canvas, layout, labels.number, 0, y, half)
    _field(canvas, layout, labels.date, half + 20, y, half)
    hint = Template(labels.number_hint).safe_substitute(example=content.number_example)
    _text(canvas, layout, hint, 0, y - 20, half, 7, colour=GREY, max_lines=1)
    y = signature_y
    _field(canvas, layout, labels.signature, 0, y, layout.inner)
    _draw_staff_box(canvas, content, layout)
    return fields


def _draw_staff_box(canvas: Canvas, content: FormContent, layout: _Layout) -> None:
    labels = content.labels
    box_top = MARGIN + 58
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(3, 2)
    canvas.rect(MARGIN, MARGIN + 16, layout.inner, 42, stroke=1, fill=0)
    canvas.setDash()
    _text(canvas, layout, labels.for_staff, 8, box_top - 11, 200, 7.5, bold=True, colour=GREY)
    half = (layout.inner - 40) / 2
    for index, label in enumerate((labels.entered_by, labels.entered_on)):
        left = 10 + index * (half + 20)
        _field(canvas, layout, label, left, MARGIN + 30, half)


def _draw_page(
    canvas: Canvas,
    content: FormContent,
    layout: _Layout,
    page: FormPage,
    fields: dict[str, float],
) -> None:
    labels = content.labels
    top = layout.height - MARGIN
    qr_x = MARGIN if layout.rtl else layout.width - MARGIN - QR_SIZE
    draw_qr(canvas, page.serial, qr_x, top - QR_SIZE, QR_SIZE)
    canvas.setFillColor(INK)
    canvas.setFont("OptInDesk-latin-bold", 11)
    label_x = qr_x + QR_SIZE + 6 if layout.rtl else qr_x - 6
    draw = canvas.drawString if layout.rtl else canvas.drawRightString
    draw(label_x, top - QR_SIZE + 4, page.serial)
    canvas.setFillColor(GREY)
    span = 140.0
    left = label_x if layout.rtl else label_x - span
    # aligned towards the code: right-aligned beside it on the right, left-aligned on the left
    draw_text(canvas, labels.form_number, left, top - QR_SIZE + 17, span, 7, rtl=not layout.rtl)
    span = layout.inner / 2
    if page.name:
        _text(canvas, layout, page.name, 4, fields["name_y"] + 4, layout.inner - 8, 12, max_lines=1)
    if page.number:
        _text(canvas, layout, page.number, 4, fields["number_y"] + 4, span - 20, 12, max_lines=1)
    footer = (
        f"{labels.form_number} {page.serial}  ·  {labels.wording} v{content.wording_version} "
        f"{content.language} {content.wording_sha256[:12]}  ·  {labels.printed} "
        f"{content.printed_on}"
    )
    _text(canvas, layout, footer, 0, MARGIN - 2, layout.inner, 7, colour=GREY, max_lines=1)


def build_forms(
    target: Path | BinaryIO,
    content: FormContent,
    pages: Sequence[FormPage],
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one page per form to `target`; returns how many pages were written.

    Stops early (and writes nothing usable) when `cancelled` says so.
    """
    layout = _Layout(content)
    destination: str | BinaryIO = str(target) if isinstance(target, Path) else target
    canvas = Canvas(destination, pagesize=(layout.width, layout.height), invariant=True)
    canvas.setTitle(f"{content.labels.title} — {content.business}")
    canvas.setAuthor(content.business)
    canvas.setSubject(f"{len(pages)} consent forms, wording v{content.wording_version}")
    canvas.beginForm(STATIC_FORM)
    fields = _draw_static(canvas, content, layout)
    canvas.endForm()
    for number, page in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            return 0
        canvas.doForm(STATIC_FORM)
        _draw_page(canvas, content, layout, page, fields)
        canvas.showPage()
        if progress is not None:
            progress(number)
    canvas.save()
    return len(pages)
