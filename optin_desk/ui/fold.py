"""A scrolling page whose columns fold one under the other when the window is narrow."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QWidget


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
