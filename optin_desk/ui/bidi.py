"""Numbers, dates and Latin text kept left to right inside a right-to-left (Arabic) window.

In a right-to-left cell, "+44 7700 900123" or "2026-09-26 08:42" has no letter to set its
direction, so the Unicode bidirectional algorithm lays its groups out right to left
("900123 7700 44+"). Wrapped in a left-to-right isolate (U+2066 ... U+2069) it reads as
written; text with right-to-left letters is left to the algorithm.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"
AnyIndex = QModelIndex | QPersistentModelIndex


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


class FollowTextDirection(QStyledItemDelegate):
    """Cells of a right-to-left table whose text has no right-to-left letter are painted left
    to right (still at the cell's right edge), without touching the text: for editable cells,
    where `as_written` would store the marks."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:  # noqa: N802
        """Qt's options, with the direction of the cell's own text."""
        super().initStyleOption(option, index)
        text = option.text
        if (
            text
            and option.direction == Qt.LayoutDirection.RightToLeft
            and not RIGHT_TO_LEFT_LETTERS.search(text)
        ):
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
