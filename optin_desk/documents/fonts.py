"""The fonts printed documents use (bundled Noto, SIL OFL), and which of them has a character.

Noto Sans covers Latin, Greek and Cyrillic; Noto Sans Arabic and Noto Sans Devanagari cover
those scripts. A character none of them has would print as an empty box, so names are checked
before printing (`unprintable`).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from optin_desk.resources import resource, resources_dir

FAMILIES = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
}
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_DEVANAGARI = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))


def fonts_dir() -> Path:
    """Where the bundled fonts and their licence are."""
    return resources_dir() / "fonts"


def font_name(family: str, bold: bool = False) -> str:
    """The ReportLab name of a bundled font."""
    return f"OptInDesk-{family}{'-bold' if bold else ''}"


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every bundled font with ReportLab (once); their names."""
    names = []
    for family, (regular, bold) in FAMILIES.items():
        for is_bold, file in ((False, regular), (True, bold)):
            name = font_name(family, is_bold)
            path = resource("fonts", file)
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
            names.append(name)
    return tuple(names)


@cache
def family_of(char: str) -> str | None:
    """The script family a character asks for, or None for one that goes with any (kept per
    character: a proof of 1,000 events asked it a million times for a few dozen characters)."""
    code = ord(char)
    if any(low <= code <= high for low, high in _ARABIC):
        return "arabic"
    if any(low <= code <= high for low, high in _DEVANAGARI):
        return "devanagari"
    category = unicodedata.category(char)
    if category[0] in "LM" and code > 0x7F:
        return "latin"
    if category[0] == "L":
        return "latin"
    return None


@cache
def _glyphs(family: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name(family))
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


def has_glyph(family: str, char: str) -> bool:
    """True when the family's regular font draws `char`."""
    return ord(char) in _glyphs(family)


def unprintable(text: str) -> list[str]:
    """The characters of `text` that no bundled font can draw (each once, in order)."""
    missing: dict[str, None] = {}
    for char in dict.fromkeys(text):  # each character once, in order
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        family = family_of(char) or "latin"
        if not has_glyph(family, char) and not has_glyph("latin", char):
            missing[char] = None
    return list(missing)


def unprintable_message(what: str, text: str) -> str | None:
    """Why `text` cannot be printed (naming the characters), or None when it can."""
    missing = unprintable(text)
    if not missing:
        return None
    shown = " ".join(missing[:8])
    names = ", ".join(unicodedata.name(c, f"U+{ord(c):04X}").title() for c in missing[:3])
    return (
        f"{what} has characters the bundled fonts cannot print ({shown}: {names}); "
        "they would come out as empty boxes. Write them in Latin letters, or leave them out."
    )
