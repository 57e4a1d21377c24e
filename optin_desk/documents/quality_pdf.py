"""The owner's one-page quality report: warnings, then four charts drawn as shapes (what each
broadcast became, opt-out rate by opt-in method and by wording version, each sender number's
rating over time with the days new methods and wordings started).

Its words are the owner's language: each is marked `QT_TRANSLATE_NOOP("QualityReport", ...)`
and said through the caller's `lookup` (the window's or the command line's translator); a
right-to-left language puts the headings and warnings against the right edge."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.bidi_runs import isolated_ltr
from optin_desk.documents.typeset import draw_text, embedded_canvas
from optin_desk.domain.check import METHOD_WORDS
from optin_desk.domain.consent import Method
from optin_desk.domain.messages import (
    CONTEXT,
    QT_TRANSLATE_NOOP,
    Lookup,
    Said,
    english,
    filled,
    worded,
)
from optin_desk.domain.quality import RATING_LEVELS, Marker, QualityOverview, Rate
from optin_desk.domain.when import local_date, local_display

MARGIN = 40.0
INK = HexColor("#1a1a1a")
GREY = HexColor("#5f6368")
RULE = HexColor("#dadce0")
WARN = HexColor("#b00020")
SERIES = (
    (QT_TRANSLATE_NOOP("QualityReport", "sent"), HexColor("#9aa0a6")),
    (QT_TRANSLATE_NOOP("QualityReport", "delivered"), HexColor("#1a73e8")),
    (QT_TRANSLATE_NOOP("QualityReport", "read"), HexColor("#188038")),
    (QT_TRANSLATE_NOOP("QualityReport", "failed"), HexColor("#d93025")),
    (QT_TRANSLATE_NOOP("QualityReport", "opt-outs"), HexColor("#f29900")),
)
RATING_WORDS = {
    "low": QT_TRANSLATE_NOOP("QualityReport", "low"),
    "medium": QT_TRANSLATE_NOOP("QualityReport", "medium"),
    "high": QT_TRANSLATE_NOOP("QualityReport", "high"),
}
LINES = (HexColor("#1a73e8"), HexColor("#188038"), HexColor("#a142f4"), HexColor("#e37400"))
MAX_BROADCASTS = 8
MAX_RATES = 6
WORDS_CONTEXT = "QualityReport"


def in_english(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """The lookup of an English report: the source text itself."""
    del context, disambiguation
    return english(text, n)


@dataclass(frozen=True)
class Words:
    """How the report says things: the caller's lookup, and the page's direction."""

    lookup: Lookup
    rtl: bool

    def say(self, text: str, **fields: object) -> str:
        """A marked report text in the owner's language, its `{fields}` filled in."""
        try:
            return filled(self.lookup(WORDS_CONTEXT, text, None, -1), fields)
        except (KeyError, IndexError, ValueError):  # a translation that mistypes a field
            return filled(text, fields)

    def fixed(self, value: object) -> str:
        """A value (a date, a number, a phone number, a name) kept left to right inside a
        right-to-left line."""
        return isolated_ltr(str(value)) if self.rtl else str(value)

    def method(self, method: str) -> str:
        """A way of opting in (a Method value) in words."""
        return self.lookup(CONTEXT, METHOD_WORDS[Method(method)], None, -1)


def _isolated(line: str, words: Words) -> str:
    """A message with its plain fields kept left to right (its worded fields are words)."""
    if not isinstance(line, Said):
        return line
    fields = {
        key: value if isinstance(value, Said) else words.fixed(value)
        for key, value in line.fields.items()
    }
    return Said(line.text, line.n, **fields)


def _right_to_left(text: str) -> bool:
    """Whether `text` starts (its first strong letter) right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _legend(canvas: Canvas, words: Words, x: float, y: float) -> None:
    for label, colour in SERIES:
        canvas.setFillColor(colour)
        canvas.rect(x, y - 1, 7, 7, stroke=0, fill=1)
        canvas.setFillColor(INK)
        draw_text(canvas, words.say(label), x + 10, y, 70, size=7, max_lines=1)
        x += 78


def _broadcasts(
    canvas: Canvas, words: Words, overview: QualityOverview, x: float, top: float, w: float
) -> None:
    height = 170.0
    title = QT_TRANSLATE_NOOP(
        "QualityReport", "Each broadcast: what it became, and opt-outs within 7 days"
    )
    draw_text(canvas, words.say(title), x, top, w, 10, bold=True, align_right=words.rtl)
    _legend(canvas, words, x, top - 14)
    items = overview.broadcasts[-MAX_BROADCASTS:]
    base = top - 22 - height
    canvas.setStrokeColor(RULE)
    canvas.line(x, base, x + w, base)
    if not items:
        none = QT_TRANSLATE_NOOP("QualityReport", "No broadcast recorded as sent yet.")
        draw_text(canvas, words.say(none), x, base + height / 2, w, 9, align_right=words.rtl)
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
        label = f"{local_date(item.sent_at).isoformat()} {item.file_name}"
        draw_text(canvas, label, x + index * slot + 2, base - 10, slot - 4, size=6.5, max_lines=2)


def _rates(
    canvas: Canvas,
    words: Words,
    title: str,
    rates: Sequence[Rate],
    place: tuple[float, float, float],
) -> None:
    x, top, w = place
    draw_text(canvas, words.say(title), x, top, w, 10, bold=True, align_right=words.rtl)
    shown = list(rates[:MAX_RATES])
    if not shown:
        nobody = QT_TRANSLATE_NOOP("QualityReport", "Nobody has opted in yet.")
        draw_text(canvas, words.say(nobody), x, top - 20, w, 9, align_right=words.rtl)
        return
    label_w = w * 0.46
    bar_w = w - label_w - 62
    y = top - 20
    for rate in shown:
        label = words.method(rate.method) if rate.method else rate.label
        draw_text(canvas, label, x, y, label_w - 4, size=8, max_lines=1)
        canvas.setFillColor(HexColor("#f29900"))
        canvas.rect(x + label_w, y - 2, max(bar_w * rate.share, 1), 9, stroke=0, fill=1)
        canvas.setFillColor(INK)
        text = words.say(
            QT_TRANSLATE_NOOP("QualityReport", "{percent}% of {people}"),
            percent=words.fixed(f"{100 * rate.share:.0f}"),
            people=words.fixed(rate.people),
        )
        draw_text(canvas, text, x + label_w + bar_w * rate.share + 4, y, 66, size=7.5)
        y -= 17


def _marker_label(words: Words, marker: Marker) -> str:
    """A marker in words: the way of opting in that started, or the wording version."""
    if not marker.method:
        return worded(_isolated(marker.label, words), words.lookup)  # a wording version
    started = QT_TRANSLATE_NOOP("QualityReport", "first opt-in by {method}")
    return words.say(started, method=words.method(marker.method))


def _quality(
    canvas: Canvas, words: Words, overview: QualityOverview, x: float, top: float, w: float
) -> None:
    height = 170.0
    title = QT_TRANSLATE_NOOP(
        "QualityReport", "Quality rating of each WhatsApp number (from WhatsApp Manager)"
    )
    draw_text(canvas, words.say(title), x, top, w, 10, bold=True, align_right=words.rtl)
    base = top - 18 - height
    axis = 42.0
    for label, level in RATING_LEVELS.items():
        y = base + (level - 0.5) * height / 3
        canvas.setStrokeColor(RULE)
        canvas.line(x + axis, y, x + w, y)
        canvas.setFillColor(GREY)
        draw_text(canvas, words.say(RATING_WORDS[label]), x, y - 3, axis - 4, size=7.5)
    points = overview.quality
    if not points:
        none = QT_TRANSLATE_NOOP("QualityReport", "No quality reading entered yet.")
        between = base + height * 2 / 3  # between the medium and high lines, on neither
        draw_text(canvas, words.say(none), x + axis + 6, between, w - axis - 6, 9)
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
        label = _marker_label(words, marker)
        draw_text(canvas, label, label_x, label_y, 110, size=6, max_lines=1)
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
    span = words.say(
        QT_TRANSLATE_NOOP("QualityReport", "{first} to {last}"),
        first=words.fixed(first.isoformat()),
        last=words.fixed(last.isoformat()),
    )
    draw_text(canvas, span, x + w - 130, base - 12, 130, size=7)


def write_quality_pdf(overview: QualityOverview, target: Path, lookup: Lookup = in_english) -> None:
    """Draw the report on one A4 page, in the words `lookup` gives (English by default)."""
    title = QT_TRANSLATE_NOOP("QualityReport", "What came of your WhatsApp messages · {shop}")
    words = Words(lookup, _right_to_left(lookup(WORDS_CONTEXT, title, None, -1)))
    rtl = words.rtl
    width, height = A4
    inner = width - 2 * MARGIN
    canvas = embedded_canvas(str(target), A4)
    canvas.setTitle(
        words.say(QT_TRANSLATE_NOOP("QualityReport", "Quality report · {shop}"), shop=overview.shop)
    )
    y = height - MARGIN
    canvas.setFillColor(INK)
    heading = words.say(title, shop=words.fixed(overview.shop))
    y = draw_text(canvas, heading, MARGIN, y, inner, 15, bold=True, max_lines=1, align_right=rtl)
    canvas.setFillColor(GREY)
    made = QT_TRANSLATE_NOOP("QualityReport", "Made {when} by OptIn Desk")
    when = words.fixed(local_display(overview.made_at))
    y = draw_text(canvas, words.say(made, when=when), MARGIN, y, inner, 8, align_right=rtl)
    y -= 6
    canvas.setFillColor(WARN if overview.warnings else INK)
    said = [worded(_isolated(line, words), lookup) for line in overview.warnings[:5]]
    calm = QT_TRANSLATE_NOOP("QualityReport", "Nothing needs your attention.")
    for line in said or [words.say(calm)]:
        y = draw_text(canvas, f"• {line}", MARGIN, y, inner, 9, max_lines=2, align_right=rtl)
    y -= 12
    canvas.setFillColor(INK)
    _broadcasts(canvas, words, overview, MARGIN, y, inner)
    y -= 235
    half = (inner - 20) / 2
    by_method = QT_TRANSLATE_NOOP("QualityReport", "Opt-out rate by how people opted in")
    by_wording = QT_TRANSLATE_NOOP("QualityReport", "Opt-out rate by wording version signed")
    _rates(canvas, words, by_method, overview.by_method, (MARGIN, y, half))
    _rates(canvas, words, by_wording, overview.by_wording, (MARGIN + half + 20, y, half))
    y -= 40 + 17 * MAX_RATES
    _quality(canvas, words, overview, MARGIN, y, inner)
    canvas.showPage()
    canvas.save()
