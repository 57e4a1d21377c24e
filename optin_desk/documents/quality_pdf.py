"""The owner's one-page quality report: warnings, then four charts drawn as shapes (what each
broadcast became, opt-out rate by opt-in method and by wording version, each sender number's
rating over time with the days new methods and wordings started)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.typeset import draw_text, embedded_canvas
from optin_desk.domain.quality import RATING_LEVELS, QualityOverview, Rate
from optin_desk.domain.when import local_display

MARGIN = 40.0
INK = HexColor("#1a1a1a")
GREY = HexColor("#5f6368")
RULE = HexColor("#dadce0")
WARN = HexColor("#b00020")
SERIES = (
    ("sent", HexColor("#9aa0a6")),
    ("delivered", HexColor("#1a73e8")),
    ("read", HexColor("#188038")),
    ("failed", HexColor("#d93025")),
    ("opt-outs", HexColor("#f29900")),
)
LINES = (HexColor("#1a73e8"), HexColor("#188038"), HexColor("#a142f4"), HexColor("#e37400"))
MAX_BROADCASTS = 8
MAX_RATES = 6


def _legend(canvas: Canvas, x: float, y: float) -> None:
    for label, colour in SERIES:
        canvas.setFillColor(colour)
        canvas.rect(x, y - 1, 7, 7, stroke=0, fill=1)
        canvas.setFillColor(INK)
        draw_text(canvas, label, x + 10, y, 60, size=7)
        x += 62


def _broadcasts(canvas: Canvas, overview: QualityOverview, x: float, top: float, w: float) -> None:
    height = 170.0
    draw_text(
        canvas,
        "Each broadcast: what it became, and opt-outs within 7 days",
        x,
        top,
        w,
        10,
        bold=True,
    )
    _legend(canvas, x, top - 14)
    items = overview.broadcasts[-MAX_BROADCASTS:]
    base = top - 22 - height
    canvas.setStrokeColor(RULE)
    canvas.line(x, base, x + w, base)
    if not items:
        draw_text(canvas, "No broadcast recorded as sent yet.", x, base + height / 2, w, 9)
        return
    biggest = max(max(b.sent for b in items), 1)
    slot = w / len(items)
    bar = min(slot / 6.5, 14.0)
    for index, item in enumerate(items):
        values = (
            item.sent,
            item.statuses.get("delivered", 0) + item.statuses.get("read", 0),
            item.statuses.get("read", 0),
            item.statuses.get("failed", 0),
            item.opt_outs,
        )
        left = x + index * slot + (slot - bar * len(values)) / 2
        for (_, colour), value in zip(SERIES, values, strict=True):
            canvas.setFillColor(colour)
            tall = (height - 20) * value / biggest
            canvas.rect(left, base, bar - 1, tall, stroke=0, fill=1)
            canvas.setFillColor(INK)
            draw_text(canvas, str(value), left - 2, base + tall + 2, bar + 4, size=6)
            left += bar
        label = f"{item.sent_at.astimezone():%d %b} {item.file_name}"
        draw_text(canvas, label, x + index * slot + 2, base - 10, slot - 4, size=6.5, max_lines=2)


def _rates(
    canvas: Canvas, title: str, rates: Sequence[Rate], x: float, top: float, w: float
) -> None:
    draw_text(canvas, title, x, top, w, 10, bold=True)
    shown = list(rates[:MAX_RATES])
    if not shown:
        draw_text(canvas, "Nobody has opted in yet.", x, top - 20, w, 9)
        return
    label_w = w * 0.38
    bar_w = w - label_w - 70
    y = top - 20
    for rate in shown:
        draw_text(canvas, rate.label, x, y, label_w - 4, size=8, max_lines=1)
        canvas.setFillColor(HexColor("#f29900"))
        canvas.rect(x + label_w, y - 2, max(bar_w * rate.share, 1), 9, stroke=0, fill=1)
        canvas.setFillColor(INK)
        text = f"{100 * rate.share:.0f}% of {rate.people}"
        draw_text(canvas, text, x + label_w + bar_w * rate.share + 4, y, 66, size=7.5)
        y -= 17


def _quality(canvas: Canvas, overview: QualityOverview, x: float, top: float, w: float) -> None:
    height = 170.0
    draw_text(
        canvas,
        "Quality rating of each WhatsApp number (from WhatsApp Manager)",
        x,
        top,
        w,
        10,
        bold=True,
    )
    base = top - 18 - height
    axis = 42.0
    for label, level in RATING_LEVELS.items():
        y = base + (level - 0.5) * height / 3
        canvas.setStrokeColor(RULE)
        canvas.line(x + axis, y, x + w, y)
        canvas.setFillColor(GREY)
        draw_text(canvas, label, x, y - 3, axis - 4, size=7.5)
    points = overview.quality
    if not points:
        draw_text(canvas, "No quality reading entered yet.", x + axis + 6, base + height / 2, w, 9)
        return
    days = [p.day for p in points] + [m.day for m in overview.markers]
    first = min(days)
    last = max(max(days), first + timedelta(days=1))

    def at(day: date) -> float:
        return x + axis + (w - axis - 8) * (day - first).days / (last - first).days

    for index, marker in enumerate(overview.markers[:8]):
        canvas.setStrokeColor(GREY)
        canvas.setDash(2, 2)
        canvas.line(at(marker.day), base, at(marker.day), base + height)
        canvas.setDash()
        canvas.setFillColor(GREY)
        label_y = base + height - 8 - 9 * (index % 4)
        label_x = min(at(marker.day) + 2, x + w - 110)
        draw_text(canvas, marker.label, label_x, label_y, 110, size=6, max_lines=1)
    senders = sorted({p.sender for p in points})
    for index, sender in enumerate(senders):
        colour: Color = LINES[index % len(LINES)]
        mine = [p for p in points if p.sender == sender]
        canvas.setStrokeColor(colour)
        canvas.setFillColor(colour)
        canvas.setLineWidth(1.5)
        previous: tuple[float, float] | None = None
        for point in mine:
            here = (at(point.day), base + (RATING_LEVELS[point.rating] - 0.5) * height / 3)
            if previous is not None:
                canvas.line(previous[0], previous[1], here[0], previous[1])
                canvas.line(here[0], previous[1], here[0], here[1])
            canvas.circle(here[0], here[1], 2.5, stroke=0, fill=1)
            previous = here
        canvas.setLineWidth(1)
        draw_text(canvas, sender, x + axis + index * 110, base - 12, 105, size=7.5)
    canvas.setFillColor(GREY)
    span = f"{first:%d %b %Y} to {last:%d %b %Y}"
    draw_text(canvas, span, x + w - 130, base - 12, 130, size=7)


def write_quality_pdf(overview: QualityOverview, target: Path) -> None:
    """Draw the report on one A4 page."""
    width, height = A4
    inner = width - 2 * MARGIN
    canvas = embedded_canvas(str(target), A4)
    canvas.setTitle(f"Quality report · {overview.shop}")
    y = height - MARGIN
    canvas.setFillColor(INK)
    y = draw_text(
        canvas,
        f"What came of your WhatsApp messages · {overview.shop}",
        MARGIN,
        y,
        inner,
        15,
        bold=True,
        max_lines=1,
    )
    canvas.setFillColor(GREY)
    y = draw_text(
        canvas, f"Made {local_display(overview.made_at)} by OptIn Desk", MARGIN, y, inner, 8
    )
    y -= 6
    canvas.setFillColor(WARN if overview.warnings else INK)
    for line in overview.warnings[:5] or ("Nothing needs your attention.",):
        y = draw_text(canvas, f"• {line}", MARGIN, y, inner, 9, max_lines=2)
    y -= 12
    canvas.setFillColor(INK)
    _broadcasts(canvas, overview, MARGIN, y, inner)
    y -= 235
    half = (inner - 20) / 2
    _rates(canvas, "Opt-out rate by how people opted in", overview.by_method, MARGIN, y, half)
    _rates(
        canvas,
        "Opt-out rate by wording version signed",
        overview.by_wording,
        MARGIN + half + 20,
        y,
        half,
    )
    y -= 40 + 17 * MAX_RATES
    _quality(canvas, overview, MARGIN, y, inner)
    canvas.showPage()
    canvas.save()
