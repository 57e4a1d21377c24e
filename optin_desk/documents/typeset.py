"""Setting text on a ReportLab canvas in any of the bundled scripts, in the order UAX #9 gives.

Text is drawn as plain strings, never parsed as markup, so `<b>` or `&amp;` print literally.
A paragraph's embedding levels come from python-bidi (the Unicode Bidirectional Algorithm);
each word is cut into runs of one font and one level, Arabic and Devanagari runs are shaped
by HarfBuzz in the run's direction, lines are filled word by word, and each line's runs are
put in visual order by rule L2 (reverse every stretch at or above each level, from the highest
down to the lowest odd one). Brackets in right-to-left runs are mirrored by HarfBuzz. A
character no bundled font can draw is printed as its code point (`U+738B`), never left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.bidi_runs import (
    Levels,
    Run,
    bidi_levels,
    gap_run,
    isolate_numbers,
    marker_run,
    one_paragraph,
    word_runs,
)
from optin_desk.documents.fonts import font_name, register_fonts, unprintable

ELLIPSIS = "…"


@dataclass(frozen=True)
class Line:
    """One line: its runs and the spaces between words, in logical order, and its direction."""

    items: tuple[Run, ...]
    base: int

    @property
    def width(self) -> float:
        """The width the line takes."""
        return sum(item.width for item in self.items)

    @property
    def rtl(self) -> bool:
        """True when the line's paragraph reads right to left."""
        return self.base % 2 == 1


def printable(text: str) -> str:
    """`text` with each character no bundled font draws written as its code point (U+738B)."""
    missing = set(unprintable(text))
    if not missing:
        return text
    return "".join(f" U+{ord(char):04X} " if char in missing else char for char in text).strip()


def prepared(paragraph: str) -> str:
    """One paragraph as it is ordered: numbers isolated, separators made spaces."""
    return one_paragraph(isolate_numbers(paragraph))


def space_width(size: float, bold: bool = False) -> float:
    """The width of a space in the Latin font."""
    register_fonts()
    return stringWidth(" ", font_name("latin", bold), size)


def _words(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each word of a paragraph (an isolated number is one word)."""
    start = None
    depth = 0
    for index, char in enumerate(text):
        depth += {"\u2066": 1, "\u2067": 1, "\u2068": 1, "\u2069": -1}.get(char, 0)
        if char.isspace() and depth <= 0:
            if start is not None:
                yield start, index
                start = None
        elif start is None:
            start = index
    if start is not None:
        yield start, len(text)


def _width(runs: Sequence[Run]) -> float:
    return sum(run.width for run in runs)


def _pieces(
    paragraph: Levels, start: int, end: int, size: float, bold: bool, width: float
) -> Iterator[list[Run]]:
    """A word's runs, cut by characters into pieces that fit `width` when it is wider."""
    while start < end:
        runs = word_runs(paragraph, start, end, size, bold)
        if _width(runs) <= width:
            yield runs
            return
        low, high = start + 1, end
        while low < high:
            middle = (low + high + 1) // 2
            if _width(word_runs(paragraph, start, middle, size, bold)) <= width:
                low = middle
            else:
                high = middle - 1
        yield word_runs(paragraph, start, low, size, bold)
        start = low


def wrap(
    text: str, size: float, width: float, bold: bool = False, rtl: bool | None = None
) -> list[Line]:
    """Fill lines of at most `width` points with the words of `text` (newlines kept).

    `rtl` is the paragraphs' direction (a language's texts), or None to take each one's from
    its first letter (a name or an address someone typed).
    """
    lines: list[Line] = []
    gap = space_width(size, bold)
    for written in printable(text).split("\n"):
        paragraph = bidi_levels(prepared(written), rtl)
        line: list[Run] = []
        used = 0.0
        for start, end in _words(paragraph.text):
            for runs in _pieces(paragraph, start, end, size, bold, width):
                needed = _width(runs) + (gap if line else 0)
                if line and used + needed > width:
                    lines.append(Line(tuple(line), paragraph.base))
                    line, used, needed = [], 0.0, _width(runs)
                if line:
                    line.append(gap_run(paragraph, start - 1, size, bold))
                line.extend(runs)
                used += needed
        lines.append(Line(tuple(line), paragraph.base))
    return lines


def visual_order(line: Line) -> list[Run]:
    """The line's runs left to right (rule L2 of UAX #9)."""
    order = list(line.items)
    if not order:
        return order
    levels = [run.level for run in order]
    lowest = min(levels)
    lowest_odd = lowest if lowest % 2 else lowest + 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[index] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[end] >= level:
                end += 1
            order[index:end] = order[index:end][::-1]
            levels[index:end] = levels[index:end][::-1]
            index = end
    return order


def placed(line: Line, x: float, width: float, align_right: bool) -> list[tuple[float, Run]]:
    """Where each run of the line starts, left to right."""
    left = x + width - line.width if align_right else x
    result = []
    for run in visual_order(line):
        result.append((left, run))
        left += run.width
    return result


def draw_line(
    canvas: Canvas, line: Line, x: float, y: float, width: float, align_right: bool = False
) -> None:
    """Draw one line at baseline `y`, from the left edge or against the right one.

    Neighbouring runs of plain text in one font go out as one string (text stays copyable).
    """
    runs = placed(line, x, width, align_right)
    index = 0
    while index < len(runs):
        left, run = runs[index]
        text = run.text
        index += 1
        if type(text) is str:
            while index < len(runs):
                following = runs[index][1]
                if type(following.text) is not str or following.font != run.font:
                    break
                text += following.text
                index += 1
        canvas.setFont(run.font, run.size)
        canvas.drawString(left, y, text)


def draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    size: float = 10,
    leading: float | None = None,
    bold: bool = False,
    align_right: bool = False,
    rtl: bool | None = None,
    max_lines: int | None = None,
) -> float:
    """Draw a wrapped paragraph from its first baseline `y`; return the baseline after it.

    `align_right` puts lines against the right edge (a right-to-left page); `rtl` is the
    paragraph direction as in `wrap`. With `max_lines`, what does not fit ends with "…".
    """
    step = leading or size * 1.3
    lines = wrap(text, size, width, bold, rtl)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = with_ellipsis(lines[-1], size, width, bold)
    for line in lines:
        draw_line(canvas, line, x, y, width, align_right)
        y -= step
    return y


def with_ellipsis(line: Line, size: float, width: float, bold: bool = False) -> Line:
    """The line shortened from its logical end to make room for "…"."""
    mark = marker_run(ELLIPSIS, line.base, size, bold)
    kept = list(line.items)
    while kept and _width(kept) + mark.width > width:
        kept.pop()
    while kept and kept[-1].text == " ":
        kept.pop()
    return Line((*kept, mark), line.base)


def embedded_canvas(target: str | BinaryIO, pagesize: tuple[float, float]) -> Canvas:
    """A canvas whose every font is embedded: even its starting font is a bundled one.

    ReportLab starts each page in Helvetica, which a PDF names without embedding it.
    """
    register_fonts()
    latin: Any = font_name("latin")  # the stubs say a number; ReportLab wants a font's name
    return Canvas(target, pagesize=pagesize, invariant=True, initialFontName=latin)
