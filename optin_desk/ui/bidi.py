"""Numbers, dates and Latin text kept left to right inside a right-to-left (Arabic) window,
and a text in another script's direction kept in its own.

In a right-to-left cell, "+44 7700 900123" or "2026-09-26 08:42" has no letter to set its
direction, so the Unicode bidirectional algorithm lays its groups out right to left
("900123 7700 44+"). Wrapped in a left-to-right isolate (U+2066 ... U+2069) it reads as
written; text with right-to-left letters is left to the algorithm.

A text a person wrote or was sent (an Arabic confirmation in a Spanish shop, a Spanish one
in the Arabic window) is laid out in the direction of most of its letters, inside an isolate
(U+2067 or U+2066 ... U+2069): its sentences keep their order whatever the window's
direction, even when it starts with a name in the other script.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LEFT_TO_RIGHT_ISOLATE = "\u2066"
RIGHT_TO_LEFT_ISOLATE = "\u2067"
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


def written(text: str) -> str:
    """`as_written` for a text put into a sentence (a date, a number, a file name)."""
    return str(as_written(text))


def window_reads_right_to_left() -> bool:
    """Whether the window is laid out right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def reads_right_to_left(text: str) -> bool:
    """Whether most of the letters of `text` are of a right-to-left script (a text that
    starts with a shop's Latin name and goes on in Arabic reads right to left)."""
    backwards = len(RIGHT_TO_LEFT_LETTERS.findall(text))
    forwards = sum(1 for char in text if char.isalpha()) - backwards
    return backwards > forwards


def in_own_direction(text: str) -> str:
    """`text` isolated in the direction of most of its letters when the window reads the
    other way (as it is otherwise): to put a text in its own language into a line."""
    if not text:
        return text
    backwards = reads_right_to_left(text)
    if backwards == window_reads_right_to_left():
        return text
    mark = RIGHT_TO_LEFT_ISOLATE if backwards else LEFT_TO_RIGHT_ISOLATE
    return f"{mark}{text}{POP_DIRECTIONAL_ISOLATE}"


def reading_edge(widget: QWidget) -> Qt.AlignmentFlag:
    """The edge a line starts from in `widget` (right in a right-to-left window), as an
    absolute alignment: a label of digits alone, or of Latin text in the Arabic window,
    would otherwise keep to the edge of its own text's direction."""
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def far_edge(widget: QWidget) -> Qt.AlignmentFlag:
    """The edge a line ends at in `widget` (left in a right-to-left window), absolute: where
    a column of counts lines up."""
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def select_row(table: QTableView, row: int) -> None:
    """Select row `row` of `table` whole, make it current and bring it into sight.

    `QTableView.selectRow` looks for the row's first column one pixel beyond the view's edge
    in a right-to-left window and, when the columns fill the view, selects nothing: in Arabic
    a search with one match left it unchosen."""
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)


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
