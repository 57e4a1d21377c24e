"""A paragraph's bidirectional levels (UAX #9, by python-bidi) and its runs of one font and level.

python-bidi wraps the Rust `unicode-bidi` crate; its debug report carries the resolved embedding
level of every byte of the paragraph (UTF-8), read here per character. Everything that orders
text on a page starts from these levels: a run is a stretch of one font at one level, shaped in
the direction of that level, and lines are reordered by rule L2 in `typeset`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi import get_display

from optin_desk.documents.fonts import family_of, font_name, has_glyph, register_fonts
from optin_desk.documents.shaping import Shaped, plain, shape

LRI, PDI = "\u2066", "\u2069"
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_SHAPED = frozenset({"arabic", "devanagari"})
_LEVELS = re.compile(r"levels:\s*\[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_PARAGRAPH_LEVEL = re.compile(r"ParagraphInfo\s*\{.*?level:\s*Level\(\s*(\d+)", re.DOTALL)


def isolated_ltr(text: str) -> str:
    """`text` as a left-to-right island (a phone number, a serial) inside any paragraph.

    Without it "07400 123456" in an Arabic line reads "123456 07400": each group of digits is
    its own run, and the runs follow the line's right-to-left order.
    """
    return f"{LRI}{text}{PDI}" if text else text


_NUMBER = re.compile(r"(?<![\u2066\d+])\+?\d+(?:[ \-]\d+)+(?![\d\u2069])")


def isolate_numbers(text: str) -> str:
    """Phone numbers and other groups of digits kept together, left to right, in any line.

    UAX #9 orders each group of digits separately in a right-to-left line, so a number
    written "+44 7400 123456" in an Arabic sentence would read "123456 7400 +44".
    """
    return _NUMBER.sub(lambda found: isolated_ltr(found.group(0)), text)


def one_paragraph(text: str) -> str:
    """`text` with paragraph and segment separators (newlines, tabs) made spaces."""
    return "".join(" " if unicodedata.bidirectional(char) in ("B", "S") else char for char in text)


@dataclass(frozen=True)
class Levels:
    """The paragraph's level (0 left to right, 1 right to left) and each character's level."""

    text: str
    base: int
    levels: tuple[int, ...]


@lru_cache(maxsize=4096)
def bidi_levels(text: str, rtl: bool | None = None) -> Levels:
    """Resolve the levels of one paragraph; `rtl` None takes its direction from its first letter.

    `text` holds no paragraph separator (see `one_paragraph`).
    """
    if not text:
        return Levels(text, 1 if rtl else 0, ())
    base_dir = None if rtl is None else ("R" if rtl else "L")
    report = str(get_display(text, base_dir=base_dir, debug=True))
    found = _LEVELS.search(report)
    per_byte = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    encoded = [len(char.encode("utf-8")) for char in text]
    if len(per_byte) != sum(encoded):
        raise RuntimeError("python-bidi reported levels in an unexpected form")
    levels = []
    offset = 0
    for size in encoded:
        levels.append(per_byte[offset])
        offset += size
    paragraph = _PARAGRAPH_LEVEL.search(report)
    base = int(paragraph.group(1)) if paragraph else (1 if rtl else 0)
    return Levels(text, base, tuple(levels))


@dataclass(frozen=True)
class Run:
    """A stretch of one font at one embedding level, shaped: glyphs left to right as drawn.

    `clusters` holds, per glyph, the paragraph index of the first character it draws;
    `length` how many characters of the paragraph the run covers (from `start`).
    """

    text: str
    font: str
    size: float
    width: float
    level: int
    clusters: tuple[int, ...]
    start: int
    length: int

    @property
    def rtl(self) -> bool:
        """True when the run reads right to left."""
        return self.level % 2 == 1


def _families(text: str) -> list[str]:
    """The font family of each character of a word.

    Neutral characters (punctuation, digits) go with the script before them, or the one after
    them at the start of a word, so "(رسائل" is one Arabic run; a character the chosen font
    lacks falls back to the Latin font. Plain ASCII (most of a proof: hashes, dates, fields)
    is all Latin, which the rule gives too.
    """
    if text.isascii():
        return ["latin"] * len(text)
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
    return families


def _make_run(paragraph: Levels, indexes: list[int], family: str, size: float, bold: bool) -> Run:
    text = "".join(paragraph.text[i] for i in indexes)
    level = paragraph.levels[indexes[0]]
    name = font_name(family, bold)
    shaped: Shaped
    if family in _SHAPED or level % 2:
        shaped = shape(text, name, size, level % 2 == 1)
    else:
        shaped = plain(text, name, size)
    clusters = tuple(indexes[offset] for offset in shaped.clusters)
    return Run(
        shaped.text,
        name,
        size,
        shaped.width,
        level,
        clusters,
        indexes[0],
        indexes[-1] - indexes[0] + 1,
    )


def word_runs(paragraph: Levels, start: int, end: int, size: float, bold: bool) -> list[Run]:
    """The runs of the characters `start` to `end` of a paragraph, in logical order.

    Bidi controls (isolates, marks) take part in ordering but draw nothing.
    """
    register_fonts()
    text = paragraph.text[start:end]
    families = _families(text)
    runs: list[Run] = []
    indexes: list[int] = []
    key: tuple[str, int] | None = None
    for offset, family in enumerate(families):
        index = start + offset
        if text[offset] in BIDI_CONTROLS:
            continue
        here = (family, paragraph.levels[index])
        if indexes and here != key:
            runs.append(_make_run(paragraph, indexes, key[0] if key else family, size, bold))
            indexes = []
        key = here
        indexes.append(index)
    if indexes and key is not None:
        runs.append(_make_run(paragraph, indexes, key[0], size, bold))
    return runs


def gap_run(paragraph: Levels, index: int, size: float, bold: bool) -> Run:
    """The space between two words, at the level of the character that separates them."""
    name = font_name("latin", bold)
    shaped = plain(" ", name, size)
    return Run(" ", name, size, shaped.width, paragraph.levels[index], (index,), index, 1)


def marker_run(text: str, level: int, size: float, bold: bool) -> Run:
    """A mark added by the layout (the ellipsis of a shortened line); it stands for no text."""
    register_fonts()
    name = font_name("latin", bold)
    shaped = plain(text, name, size)
    return Run(text, name, size, shaped.width, level, (-1,) * len(text), -1, 0)
