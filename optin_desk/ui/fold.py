"""Pages that scroll on a small screen; columns that fold one under the other when narrow."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget


def scrolling(layout: QLayout) -> QScrollArea:
    """A frameless scroll area holding `layout`, as wide and tall as it is given while the
    layout fits, with scroll bars when it does not."""
    content = QWidget()
    content.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def scroll_page(page: QWidget, layout: QLayout) -> QScrollArea:
    """Lay `page` out as `layout`, scrolled when the window is too small for it."""
    area = scrolling(layout)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


class FoldingScroll(QScrollArea):
    """Scrolls `columns` (side by side while they fit, else one under the other)."""

    def __init__(self, columns: QBoxLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        content = QWidget()
        content.setLayout(columns)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(content)

    def side_by_side_width(self) -> int:
        """How wide the columns need to be to stand side by side."""
        layout = self._columns
        items = [layout.itemAt(i) for i in range(layout.count())]
        widths = [item.minimumSize().width() for item in items if item is not None]
        margins = layout.contentsMargins()
        spacing = max(layout.spacing(), 0) * max(len(widths) - 1, 0)
        return sum(widths) + spacing + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Fold or unfold for the new width, then lay out."""
        fits = self.side_by_side_width() <= event.size().width()
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        super().resizeEvent(event)
