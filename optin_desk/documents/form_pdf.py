"""Signable consent forms as PDF: one page per form, each with its own serial and QR code.

Everything that is the same on every page (the shop, the statement with a tick box beside each
kind of message, the fields to fill in) is drawn once as a PDF form object and placed on each
page; only the serial, its QR code and any pre-filled name and number are drawn per page.
Nothing typed by a person is parsed as markup: names print exactly as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from string import Template
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.bidi_runs import isolated_ltr
from optin_desk.documents.form_parts import (
    INK,
    LABEL,
    LABEL_SIZE,
    MARGIN,
    MARKETING_EDGE,
    MARKETING_FILL,
    RULE,
    SERVICE_FILL,
    SIGNATURE_HEIGHT,
    TICK,
    Box,
    Layout,
    draw_header,
    draw_privacy,
    draw_serial_column,
    text,
)
from optin_desk.documents.qr import draw_qr
from optin_desk.documents.templates import FormLabels
from optin_desk.documents.typeset import embedded_canvas, printable, wrap
from optin_desk.domain.consent import CategoryKind
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError
from optin_desk.domain.printed_anchor import PrintedAnchor
from optin_desk.domain.when import from_canonical, local_display_zoned
from optin_desk.domain.wording import StatementBlock

STATIC_FORM = "consent-form"


class StatementTooLongError(WordedError):
    """The statement does not fit on one page, even in the smallest type."""


@dataclass(frozen=True)
class FormContent:
    """What every page of a batch shows.

    `number_example` is a number as written in the shop's country, `international_example`
    one from abroad with its country code (visitors write their home numbers); `privacy` holds
    paragraphs already in the form's language, printed below the signature.
    """

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
    international_example: str = ""
    """How a visitor writes a number from abroad (the number hint's second example)."""
    privacy: tuple[str, ...] = ()
    """The privacy block's paragraphs, in the form's language."""
    anchor: PrintedAnchor | None = None
    """The checkpoint in force when the batch was printed, on every page (None: no line)."""


@dataclass(frozen=True)
class FormPage:
    """One printed form: its serial, and the name and number when it is pre-filled; or a
    `sample` page, marked so in the form's language where a real form carries its serial."""

    serial: str
    name: str = ""
    number: str = ""
    sample: bool = False


def _category_height(text: str, width: float, size: float) -> float:
    lines = len(wrap(_without_bullet(text), size, width - TICK - 22))
    return max(lines * size * 1.3, TICK + 2) + 3


def _below_heading(size: float) -> float:
    """Extra room under a panel's heading so the first tick box stays clear of it (small type)."""
    return max(0.0, 10 - 1.05 * size)


def _group_height(group: Sequence[StatementBlock], width: float, size: float) -> float:
    height = len(wrap(group[0].text, size, width - 16, bold=True)) * size * 1.3 + 8
    height += _below_heading(size)
    return height + sum(_category_height(b.text, width, size) for b in group[1:])


def _statement_height(blocks: Sequence[StatementBlock], width: float, size: float) -> float:
    """How tall the statement is at `size` (with panels around each group of categories)."""
    height = 0.0
    for kind, group in _groups(blocks):
        if kind == "text":
            height += max(len(wrap(group[0].text, size, width)), 1) * size * 1.3
        else:
            height += 8 + _group_height(group, width, size) + 6
    return height + 8


def _groups(blocks: Sequence[StatementBlock]) -> list[tuple[str, list[StatementBlock]]]:
    """The statement as paragraphs and panels (a heading with its categories)."""
    groups: list[tuple[str, list[StatementBlock]]] = []
    for block in blocks:
        if block.kind.startswith("heading"):
            groups.append(("panel", [block]))
        elif block.kind == "category" and groups and groups[-1][0] == "panel":
            groups[-1][1].append(block)
        else:
            groups.append(("text", [block]))
    return groups


def _draw_statement(
    canvas: Canvas, layout: Layout, blocks: Sequence[StatementBlock], top: float, size: float
) -> float:
    """Draw the statement from `top`; return where the next thing may start."""
    y = top
    for kind, group in _groups(blocks):
        if kind == "text":
            y = text(canvas, layout, group[0].text, 0, y - size, layout.inner, size) + size
        else:
            y = _draw_group(canvas, layout, group, y - 8, size) - 6
    return y


def _draw_group(
    canvas: Canvas, layout: Layout, group: Sequence[StatementBlock], top: float, size: float
) -> float:
    """A heading and its categories in a panel: marketing tinted and edged, service plain."""
    width = layout.inner
    marketing = group[0].kind == f"heading_{CategoryKind.MARKETING.value}"
    height = _group_height(group, width, size)
    canvas.setFillColor(MARKETING_FILL if marketing else SERVICE_FILL)
    canvas.setStrokeColor(MARKETING_EDGE if marketing else RULE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(MARGIN, top - height, width, height, 4, stroke=1, fill=1)
    y = text(canvas, layout, group[0].text, 8, top - 4 - size, width - 16, size, bold=True)
    y -= _below_heading(size)
    for block in group[1:]:
        step = _category_height(block.text, width, size)
        canvas.setStrokeColor(INK)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setLineWidth(0.9)
        box_x = layout.x(10, TICK)
        canvas.rect(box_x, y - 2.5, TICK, TICK, stroke=1, fill=1)
        layout.note("tick box", box_x, y - 2.5, TICK, TICK)
        words = _without_bullet(block.text)
        text(canvas, layout, words, TICK + 18, y, width - TICK - 22, size)
        y -= step
    return top - height


def _without_bullet(line: str) -> str:
    """A category line without the bullet its tick box stands in for."""
    stripped = line.lstrip()
    for bullet in ("- ", "• ", "* ", "– "):
        if stripped.startswith(bullet):
            return stripped[len(bullet) :]
    return line


def _field(canvas: Canvas, layout: Layout, label: str, left: float, y: float, span: float) -> None:
    """A labelled line to write on."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    x = layout.x(left, span)
    canvas.line(x, y, x + span, y)
    layout.note("line", x, y - 0.5, span, 1)
    text(canvas, layout, label, left, y - 11, span, LABEL_SIZE, colour=LABEL, max_lines=1)


def _hint(content: FormContent) -> str:
    """The number hint with a national and (when known) an international example."""
    national = isolated_ltr(content.number_example)
    international = isolated_ltr(content.international_example)
    both = f"{national} / {international}" if international else national
    return Template(content.labels.number_hint).safe_substitute(
        example=both, national=national, international=international
    )


def _draw_static(canvas: Canvas, content: FormContent, layout: Layout) -> dict[str, float]:
    """Everything that is the same on every page; returns where the per-page parts go."""
    labels = content.labels
    top = layout.height - MARGIN
    y = draw_header(canvas, layout, content.business, content.address, top)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, y, layout.width - MARGIN, y)
    y = text(canvas, layout, labels.title, 0, y - 20, layout.inner, 13.5, bold=True)
    y = text(canvas, layout, labels.tick, 0, y + 2, layout.inner, LABEL_SIZE, colour=LABEL) + 4
    privacy_top = draw_privacy(canvas, layout, content.privacy, MARGIN + 70, y - 330)
    signature_bottom = privacy_top + 8
    number_y = signature_bottom + SIGNATURE_HEIGHT + 36
    name_y = number_y + 46
    room = y - (name_y + 34)
    size = 12.0
    while size > 7 and _statement_height(content.blocks, layout.inner, size) > room:
        size -= 0.5
    if _statement_height(content.blocks, layout.inner, size) > room:
        raise StatementTooLongError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the consent statement with this many kinds of messages does not fit on"
                " one page; archive some kinds of messages, or shorten their "
                "descriptions",
            ),
        )
    end = _draw_statement(canvas, layout, content.blocks, y, size)
    spare = max(0.0, end - 40 - name_y)  # a short statement: more room to write and sign
    grow = min(spare / 2, 30.0)
    signature_height = SIGNATURE_HEIGHT + grow
    number_y += grow + (spare - grow) / 3
    name_y += grow + (spare - grow) * 2 / 3
    half = (layout.inner - 20) / 2
    fields = {"name_y": name_y, "number_y": number_y}
    _field(canvas, layout, labels.name, 0, name_y, layout.inner)
    _field(canvas, layout, labels.number, 0, number_y, half)
    _field(canvas, layout, labels.date, half + 20, number_y, half)
    text(canvas, layout, _hint(content), 0, number_y - 22, half, LABEL_SIZE, colour=LABEL)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.rect(MARGIN, signature_bottom, layout.inner, signature_height, stroke=1, fill=0)
    label_y = signature_bottom + signature_height - 11
    text(canvas, layout, labels.signature, 6, label_y, layout.inner / 2, LABEL_SIZE, colour=LABEL)
    layout.note("signature", MARGIN, signature_bottom, layout.inner, label_y - 3 - signature_bottom)
    layout.note("above signature", MARGIN, signature_bottom + signature_height, layout.inner, 0.1)
    _draw_staff_box(canvas, content, layout)
    return fields


def _draw_staff_box(canvas: Canvas, content: FormContent, layout: Layout) -> None:
    labels = content.labels
    box_top = MARGIN + 62
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(3, 2)
    canvas.rect(MARGIN, MARGIN + 12, layout.inner, 50, stroke=1, fill=0)
    canvas.setDash()
    text(canvas, layout, labels.for_staff, 8, box_top - 11, 200, LABEL_SIZE, True, LABEL)
    half = (layout.inner - 40) / 2
    for index, label in enumerate((labels.entered_by, labels.entered_on)):
        left = 10 + index * (half + 20)
        _field(canvas, layout, label, left, MARGIN + 30, half)


def _draw_page(
    canvas: Canvas,
    content: FormContent,
    layout: Layout,
    page: FormPage,
    fields: dict[str, float],
) -> None:
    labels = content.labels
    mark = labels.sample if page.sample else ""
    draw_serial_column(canvas, layout, page.serial, labels.form_number, draw_qr, mark)
    if page.name:
        y = fields["name_y"]
        text(canvas, layout, page.name, 4, y + 4, layout.inner - 8, 12, max_lines=1, typed=True)
        if printable(page.name) != page.name:  # some letters are printed as code points
            half = layout.inner / 2
            text(canvas, layout, labels.code_points, half, y - 11, half, LABEL_SIZE, colour=LABEL)
    if page.number:
        y = fields["number_y"] + 4
        half = (layout.inner - 20) / 2
        text(canvas, layout, page.number, 4, y, half - 8, 12, max_lines=1, typed=True)
    footer = (
        f"{labels.form_number} {mark or isolated_ltr(page.serial)}  ·  {labels.wording} "
        f"{isolated_ltr(f'v{content.wording_version} {content.language}')} "
        f"{isolated_ltr(content.wording_sha256[:12])}  ·  {labels.printed} "
        f"{isolated_ltr(content.printed_on)}"
    )
    text(canvas, layout, footer, 0, MARGIN - 2, layout.inner, 7.5, colour=LABEL, max_lines=1)
    if content.anchor is not None:
        line = anchor_line(labels, content.anchor)
        text(canvas, layout, line, 0, MARGIN - 10, layout.inner, 6, colour=LABEL, max_lines=2)


def anchor_line(labels: FormLabels, anchor: PrintedAnchor) -> str:
    """The checkpoint in force at printing and the shop's key, in the form's language."""
    fingerprint = isolated_ltr(anchor.fingerprint or "—")
    checkpoint = anchor.checkpoint
    if checkpoint is None:
        return Template(labels.no_anchor).safe_substitute(fingerprint=fingerprint)
    made = local_display_zoned(from_canonical(checkpoint.made_at))
    return Template(labels.anchor).safe_substitute(
        count=checkpoint.tree_size,
        head=isolated_ltr(anchor.head_short),
        when=isolated_ltr(made),
        fingerprint=fingerprint,
    )


def layout_boxes(content: FormContent, page: FormPage) -> list[Box]:
    """What one form draws where (for checking that nothing overprints anything)."""
    layout = Layout(content.paper, content.labels.rtl)
    canvas = embedded_canvas(BytesIO(), (layout.width, layout.height))
    fields = _draw_static(canvas, content, layout)
    _draw_page(canvas, content, layout, page, fields)
    return layout.boxes


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
    layout = Layout(content.paper, content.labels.rtl)
    destination: str | BinaryIO = str(target) if isinstance(target, Path) else target
    canvas = embedded_canvas(destination, (layout.width, layout.height))
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
