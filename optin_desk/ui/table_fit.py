"""Every column of a table in sight on a small screen, without a sideways scrollbar.

A column is as wide as its cells and its title. When that is wider than the view (long
category names in Spanish or German on a 1024-pixel screen), the columns whose title is
wider than their cells give way first: their titles wrap onto a second line, and the space
left is shared out. Where a table says so, some columns' cells wrap onto two lines too (a
date and its time, a language's name), and a name may be cut at `CELL_MOST` pixels (whole in
its tooltip). The columns are fitted again whenever the view changes width.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

TITLE_LINES = 2
"""How many lines a column's title may take when the columns must give way."""
WRAPPED = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap.value))
"""A title centred and wrapped at word boundaries (QHeaderView draws it with these flags)."""
CELL_MOST = 96
"""How wide a cell that may be cut stays when the columns must give way (pixels)."""
SAMPLED_ROWS = 60
"""How many rows' cells a column's narrowest width is measured on (those shown first)."""
CELL_PADDING = 28
"""A cell's margins beside its text (pixels)."""


def wrapped_width(metrics: QFontMetrics, text: str, lines: int) -> int:
    """The narrowest width in which `text`, wrapped at word boundaries, keeps to `lines`."""
    low = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
    high = max(low, metrics.horizontalAdvance(text))
    flags = int(Qt.TextFlag.TextWordWrap.value)
    while low < high:
        middle = (low + high) // 2
        height = metrics.boundingRect(QRect(0, 0, middle, 10_000), flags, text).height()
        if height <= lines * metrics.lineSpacing():
            high = middle
        else:
            low = middle + 1
    return low


def title_width(header: QHeaderView, text: str, lines: int) -> int:
    """The narrowest width in which `text` fits on `lines` lines, with the header's margins."""
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return wrapped_width(header.fontMetrics(), text, lines) + margins + 4


def give_way(
    table: QTableView, columns: Sequence[int], full: Sequence[int], least: Sequence[int], room: int
) -> None:
    """Columns that need `full` in `room` narrowed towards `least`, each giving way in
    proportion to what it can spare; their titles then wrap."""
    spare = max(0, room - sum(least))
    give = [f - m for f, m in zip(full, least, strict=True)]
    wanted = sum(give) or 1
    for column, low, more in zip(columns, least, give, strict=True):
        table.setColumnWidth(column, low + spare * more // wanted)
    wrap_titles(table.horizontalHeader())


@dataclass(frozen=True)
class Giving:
    """How a table's columns may give way beyond their titles: which cells may wrap onto two
    lines, which may be cut (and at how many pixels), and a cell's margins beside its text."""

    wrapping: Sequence[int] = ()
    cut: Sequence[int] = ()
    most: int = CELL_MOST
    padding: int = CELL_PADDING


def narrowest_cells(
    table: QTableView, column: int, giving: Giving = Giving(), extra: int = 0
) -> int:
    """How narrow a column's cells can be and still read: whole, on two lines if they may
    wrap, at most `giving.most` if they may be cut; `extra` for what a cell draws beside its
    text (an icon)."""
    cut = column in giving.cut
    if column not in giving.wrapping:
        cells = table.sizeHintForColumn(column)
        return min(cells, giving.most) if cut else cells
    model = table.model()
    metrics = table.fontMetrics()
    narrowest = 0
    for row in range(min(model.rowCount(), SAMPLED_ROWS)):
        text = str(model.index(row, column).data() or "")
        cell = wrapped_width(metrics, text, 2) + giving.padding + extra
        narrowest = max(narrowest, min(cell, giving.most) if cut else cell)
    return narrowest


def fit_columns(table: QTableView, giving: Giving = Giving()) -> None:
    """Size the columns to their cells and titles, narrowing titles onto two lines when the
    whole is wider than the view (as little as it takes, the rest shared out), and the cells
    as far as `giving` lets them."""
    model = table.model()
    header = table.horizontalHeader()
    if model is None:
        return
    count = model.columnCount()
    stretch = header.stretchLastSection()
    # measured unstretched: a stretched last column keeps at least the width it had before
    # it was first stretched (Qt's default, 100 pixels), pushing the view sideways
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    full = [table.columnWidth(column) for column in range(count)]
    available = table.viewport().width()
    if sum(full) <= available:
        unwrap_titles(header)
    else:
        least = []
        for column in range(count):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            cells = narrowest_cells(table, column, giving)
            narrowest = max(cells, title_width(header, title, TITLE_LINES))
            # never below the header's least (Qt widens a narrower column, the last one too)
            least.append(max(min(full[column], narrowest), header.minimumSectionSize()))
        give_way(table, range(count), full, least, available)
    header.setStretchLastSection(stretch)


def unwrap_titles(header: QHeaderView) -> None:
    """Titles on one line again (the columns fit as they are)."""
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    header.setMinimumHeight(0)


def wrap_titles(header: QHeaderView) -> None:
    """Let the titles wrap onto `TITLE_LINES` lines (the header as tall as that takes)."""
    header.setDefaultAlignment(WRAPPED)
    metrics = header.fontMetrics()
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    header.setMinimumHeight(TITLE_LINES * metrics.lineSpacing() + margins + 4)


class ColumnFitter(QObject):
    """Fits a table's columns (`fit_columns`, or `fit`) now and each time its view changes
    width."""

    def __init__(self, table: QTableView, fit: Callable[[QTableView], None] = fit_columns) -> None:
        super().__init__(table)
        self._table = table
        self._fit = fit
        self._width = -1
        table.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Fit the columns to the view as it is now."""
        self._width = self._table.viewport().width()
        self._fit(self._table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Fit again when the view's width changed."""
        if event.type() == QEvent.Type.Resize and self._table.viewport().width() != self._width:
            self.fit()
        return super().eventFilter(watched, event)
