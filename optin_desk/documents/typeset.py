"""Setting text on a ReportLab canvas in any of the bundled scripts.

Text is drawn as plain strings, never parsed as markup, so `<b>` or `&amp;` print literally.
Each word is split into runs of one script, and Arabic and Devanagari runs are shaped with
HarfBuzz (through ReportLab's own `shapeStr`), which joins Arabic letters and returns them in
visual order. Lines are filled word by word; in a right-to-left paragraph words are placed from
the right edge, and a run of left-to-right words (a shop name, "WhatsApp") keeps its own order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.fonts import family_of, font_name, has_glyph, register_fonts

ELLIPSIS = "…"
_SHAPED = frozenset({"arabic", "devanagari"})


@dataclass(frozen=True)
class Piece:
    """A run of one font, ready to draw: its text (shaped where needed) and width."""

    text: str
    font: str
    size: float
    width: float


@dataclass(frozen=True)
class Word:
    """A word's runs in visual order, its width, and which way it reads."""

    pieces: tuple[Piece, ...]
    width: float
    rtl: bool
    strong: bool


def _family_runs(text: str) -> list[tuple[str, str]]:
    """Split a word into (family, text) runs.

    Neutral characters (punctuation, digits) join the script run before them, or the one
    after them at the start of a word, so "(رسائل" is shaped as one Arabic run and its
    bracket is mirrored; a character the chosen font lacks falls back to the Latin font.
    """
    wanted = [family_of(char) for char in text]
    known = [family for family in wanted if family is not None]
    previous = known[0] if known else "latin"
    families = []
    for char, family in zip(text, wanted, strict=True):
        chosen = family or previous
        if not has_glyph(chosen, char) and has_glyph("latin", char):
            chosen = "latin"
        families.append(chosen)
        if family is not None:
            previous = family
    runs: list[tuple[str, str]] = []
    for char, family in zip(text, families, strict=True):
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    return runs


def _direction(text: str) -> tuple[bool, bool]:
    """(right-to-left, has a strong character) from the first strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True, True
        if kind == "L":
            return False, True
    return False, False


@lru_cache(maxsize=20_000)
def make_word(text: str, size: float, bold: bool) -> Word:
    """A word shaped and measured (cached: forms repeat the same words on every page)."""
    register_fonts()
    pieces = []
    for family, run in _family_runs(text):
        name = font_name(family, bold)
        if family in _SHAPED:
            shaped = shapeStr(run, name, size, force=True)
            data = getattr(shaped, "__shapeData__", None)
            width = (
                sum(d.x_advance for d in data) * size / 1000
                if data is not None
                else stringWidth(run, name, size)
            )
            pieces.append(Piece(shaped, name, size, width))
        else:
            pieces.append(Piece(run, name, size, stringWidth(run, name, size)))
    rtl, strong = _direction(text)
    if rtl:
        pieces.reverse()
    return Word(tuple(pieces), sum(p.width for p in pieces), rtl, strong)


def space_width(size: float, bold: bool = False) -> float:
    """The width of a space in the Latin font."""
    register_fonts()
    return stringWidth(" ", font_name("latin", bold), size)


def _split_long(text: str, size: float, bold: bool, width: float) -> list[str]:
    """Cut a word wider than the line into pieces that fit (by characters)."""
    parts: list[str] = []
    rest = text
    while rest and make_word(rest, size, bold).width > width:
        low, high = 1, len(rest)
        while low < high:
            middle = (low + high + 1) // 2
            if make_word(rest[:middle], size, bold).width <= width:
                low = middle
            else:
                high = middle - 1
        parts.append(rest[:low])
        rest = rest[low:]
    if rest:
        parts.append(rest)
    return parts


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[list[Word]]:
    """Fill lines of at most `width` points with the words of `text` (newlines kept)."""
    lines: list[list[Word]] = []
    gap = space_width(size, bold)
    for paragraph in text.split("\n"):
        line: list[Word] = []
        used = 0.0
        for token in paragraph.split():
            for part in _split_long(token, size, bold, width):
                word = make_word(part, size, bold)
                needed = word.width + (gap if line else 0)
                if line and used + needed > width:
                    lines.append(line)
                    line, used, needed = [], 0.0, word.width
                line.append(word)
                used += needed
        lines.append(line)
    return lines


def line_width(line: Sequence[Word], size: float, bold: bool = False) -> float:
    """The width a line takes."""
    return sum(w.width for w in line) + space_width(size, bold) * max(len(line) - 1, 0)


def _draw_word(canvas: Canvas, word: Word, x: float, y: float) -> None:
    for piece in word.pieces:
        canvas.setFont(piece.font, piece.size)
        canvas.drawString(x, y, piece.text)
        x += piece.width


def _plain(word: Word) -> Piece | None:
    """The word's only piece when it is unshaped text (it can share a string with others)."""
    if len(word.pieces) == 1 and type(word.pieces[0].text) is str:
        return word.pieces[0]
    return None


def _draw_left_to_right(
    canvas: Canvas, line: Sequence[Word], x: float, y: float, gap: float
) -> None:
    """Words in order; neighbours in one plain font go out as one string (copyable text)."""
    index = 0
    while index < len(line):
        word = line[index]
        first = _plain(word)
        if first is None:
            _draw_word(canvas, word, x, y)
            x += word.width + gap
            index += 1
            continue
        texts, width = [first.text], word.width
        index += 1
        while index < len(line):
            following = _plain(line[index])
            if following is None or following.font != first.font:
                break
            texts.append(following.text)
            width += gap + line[index].width
            index += 1
        canvas.setFont(first.font, first.size)
        canvas.drawString(x, y, " ".join(texts))
        x += width + gap


def draw_line(
    canvas: Canvas,
    line: Sequence[Word],
    x: float,
    y: float,
    width: float,
    rtl: bool = False,
    size: float = 10,
    bold: bool = False,
    align_right: bool = False,
) -> None:
    """Draw one line: words left to right, or (right-to-left) placed from the right edge."""
    gap = space_width(size, bold)
    if not rtl:
        if align_right:
            x += width - line_width(line, size, bold)
        _draw_left_to_right(canvas, line, x, y, gap)
        return
    right = x + width if align_right else x + line_width(line, size, bold)
    index = 0
    while index < len(line):
        word = line[index]
        if word.rtl or not word.strong:
            right -= word.width
            _draw_word(canvas, word, right, y)
            right -= gap
            index += 1
            continue
        group = [word]  # left-to-right words keep their own order
        while index + len(group) < len(line):
            following = line[index + len(group)]
            if following.rtl:
                break
            group.append(following)
        while group and not group[-1].strong:
            group.pop()
        block = line_width(group, size, bold)
        left = right - block
        for member in group:
            _draw_word(canvas, member, left, y)
            left += member.width + gap
        right -= block + gap
        index += len(group)


def draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    size: float = 10,
    leading: float | None = None,
    bold: bool = False,
    rtl: bool = False,
    max_lines: int | None = None,
) -> float:
    """Draw a wrapped paragraph from its first baseline `y`; return the baseline after it.

    `rtl` is the page's direction: lines are aligned to its reading edge, while the order of
    words follows the paragraph's own first strong letter (a shop's Latin address on an
    Arabic form reads left to right). With `max_lines`, what does not fit ends with "…".
    """
    step = leading or size * 1.3
    order_rtl, _ = _direction(text)
    lines = wrap(text, size, width, bold)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1], size, width, bold)
    for line in lines:
        draw_line(canvas, line, x, y, width, order_rtl, size, bold, align_right=rtl)
        y -= step
    return y


def _with_ellipsis(line: list[Word], size: float, width: float, bold: bool) -> list[Word]:
    mark = make_word(ELLIPSIS, size, bold)
    kept = list(line)
    while kept and line_width(kept, size, bold) + mark.width > width:
        kept.pop()
    return [*kept, mark]
