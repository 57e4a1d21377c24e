"""Numbers, dates and Latin text kept left to right inside a right-to-left (Arabic) window.

In a right-to-left cell, "+44 7700 900123" or "2026-09-26 08:42" has no letter to set its
direction, so the Unicode bidirectional algorithm lays its groups out right to left
("900123 7700 44+"). Wrapped in a left-to-right isolate (U+2066 ... U+2069) it reads as
written; text with right-to-left letters is left to the algorithm.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def as_written(value: object) -> object:
    """A cell's text as it reads: isolated left to right in a right-to-left window when it has
    no right-to-left letter; anything else (and every text in a left-to-right window) as is."""
    if not isinstance(value, str) or not value:
        return value
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return value
    if RIGHT_TO_LEFT_LETTERS.search(value):
        return value
    return f"{LEFT_TO_RIGHT_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"
