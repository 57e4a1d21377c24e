"""Glyphs for a run of one font and one direction, by HarfBuzz (uharfbuzz), for ReportLab.

The direction is the run's own (from its bidi embedding level), never guessed from the script:
Arabic-Indic digits inside Arabic text are a left-to-right run, and HarfBuzz would reverse them
if it guessed "Arabic, so right to left". In a right-to-left run HarfBuzz returns the glyphs in
visual order and mirrors brackets (UAX #9 rule L4). Glyphs a font has no character for (joined
Arabic forms, Devanagari conjuncts) get private code points, the way ReportLab's own shaping
does, so ReportLab can embed and draw them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Shaped:
    """A run ready to draw: its text (glyphs left to right), width, and each glyph's cluster.

    `clusters[i]` is the offset, in the run's logical text, of the first character that glyph
    `i` stands for.
    """

    text: str
    width: float
    clusters: tuple[int, ...]


def plain(text: str, font: str, size: float) -> Shaped:
    """A left-to-right run drawn as it is written (one glyph per character)."""
    return Shaped(text, pdfmetrics.stringWidth(text, font, size), tuple(range(len(text))))


@lru_cache(maxsize=20_000)
def shape(text: str, font: str, size: float, rtl: bool) -> Shaped:
    """`text` shaped with HarfBuzz in the given direction (cached: forms repeat their words)."""
    found = pdfmetrics.getFont(font)
    if not isinstance(found, TTFont):
        return plain(text[::-1] if rtl else text, font, size)
    face: Any = found  # ReportLab's shaping helpers are untyped
    hb_font = face.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    characters = []
    data = []
    advance = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        known = face.face.glyphToChar.get(glyph)
        if known:
            code = known[0]
        else:
            code = face.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
        x_advance = face.pdfScale(position.x_advance)
        advance += x_advance
        characters.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                face.pdfScale(position.y_advance),
                face.pdfScale(position.x_offset),
                face.pdfScale(position.y_offset),
                face.face.charWidths[code],
            )
        )
    clusters = tuple(info.cluster for info in buffer.glyph_infos)
    drawn = ShapedStr("".join(characters), data)  # type: ignore[arg-type]  # a list, in fact
    return Shaped(drawn, advance * size / 1000, clusters)
