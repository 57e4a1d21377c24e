"""The Today page's cards: a figure with its detail and link, and the table of kinds of message.

Both read in the window's direction: in Arabic the figure stands at the right edge and the
table's first column (the kind of message) is the right-hand one. A count is written as the
rest of the window writes numbers (`count_text`: Western digits, as Qt's `%n` writes them),
whatever the computer's locale would write.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from optin_desk.ui.bidi import far_edge, reading_edge

if TYPE_CHECKING:  # the services load SQLAlchemy: once the records are open
    from optin_desk.services.today import KindCount

LABEL_MOST = 240
"""How wide a kind's label may keep to one line (pixels); a longer one wraps."""


def count_text(count: int) -> str:
    """A count as the window writes every number (Western digits, no grouping, like `%n`)."""
    return str(count)


class Card(QFrame):
    """One figure: a heading, the number, a line of detail, and a link to its page."""

    def __init__(self, heading: str, link_text: str, page: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.figure = QLabel("…")
        font = QFont(self.figure.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.figure.setFont(font)
        # a number or a date alone has no letter to take a direction from: in Arabic it would
        # keep to the left of the card
        self.figure.setAlignment(reading_edge(self) | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.link = QLabel(f"<a href='{page}'>{escape(link_text)}</a>")
        self.link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.column = QVBoxLayout(self)
        for widget in (self.heading, self.figure, self.detail, self.link):
            self.column.addWidget(widget)
        self.column.addStretch(1)

    def show_figure(self, figure: str, detail: str) -> None:
        """Show the number and its detail (rich text: the caller escapes what it inserts)."""
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class KindsTable(QWidget):
    """How many agreed to and stopped each kind of message: a grid of labels, so that it is
    laid out in the window's direction (a rich-text table keeps its columns left to right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        titles = (
            QCoreApplication.translate("TodayPage", "Agreed"),
            QCoreApplication.translate("TodayPage", "Stopped"),
        )
        for column, title in enumerate(titles, start=1):
            heading = QLabel(title)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setAlignment(far_edge(self) | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(heading, 0, column)
        self.grid.setColumnStretch(3, 1)  # the table keeps to the reading edge, its columns close
        self.cells: list[tuple[QLabel, QLabel, QLabel]] = []
        """Each row's label, agreed and stopped, in reading order."""

    def show_kinds(self, kinds: Sequence[KindCount]) -> None:
        """One row per kind of message: its label, how many agreed, how many stopped."""
        while len(self.cells) > len(kinds):
            for label in self.cells.pop():
                self.grid.removeWidget(label)
                label.deleteLater()
        while len(self.cells) < len(kinds):
            row = len(self.cells) + 1
            cells = (QLabel(), QLabel(), QLabel())
            for label in cells:
                label.setTextFormat(Qt.TextFormat.PlainText)  # a kind's label as written
            cells[0].setWordWrap(True)
            cells[0].setAlignment(reading_edge(self) | Qt.AlignmentFlag.AlignVCenter)
            for column, label in enumerate(cells):
                if column:
                    label.setAlignment(far_edge(self) | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, row, column)
            self.cells.append(cells)
        for cells, kind in zip(self.cells, kinds, strict=True):
            cells[0].setText(kind.label)
            whole = cells[0].fontMetrics().horizontalAdvance(kind.label) + 2
            cells[0].setMinimumWidth(min(whole, LABEL_MOST))  # one line while it is short
            cells[1].setText(count_text(kind.opted_in))
            cells[2].setText(count_text(kind.opted_out))

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row from its titles, each in reading order."""
        shown = [["", *(self._title(column) for column in (1, 2))]]
        shown += [[label.text() for label in cells] for cells in self.cells]
        return shown

    def _title(self, column: int) -> str:
        item = self.grid.itemAtPosition(0, column)
        widget = item.widget() if item is not None else None
        return widget.text() if isinstance(widget, QLabel) else ""
