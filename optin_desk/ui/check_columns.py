"""The Check list's results on a small screen: the reason keeps room to be read.

The reason is the last column and takes the width left; the other columns are as wide as their
cells and titles while that leaves the reason `REASON_SHARE` of the view. When it does not
(Spanish or German words, long names or numbers as written on a 1024-pixel screen), those
columns give way, as little as it takes, down to what still reads on two lines: their titles
and cells wrap (a row has room for two lines), a name or a number as written longer than
`table_fit.CELL_MOST` pixels is cut (whole in its tooltip), and the WhatsApp number stays whole.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from optin_desk.ui.bidi import AnyIndex
from optin_desk.ui.check_model import (
    INPUT_COLUMN,
    NAME_COLUMN,
    OPTION_COLUMN,
    PHONE_COLUMN,
    REASON_COLUMN,
    VERDICT_COLUMN,
)
from optin_desk.ui.table_fit import (
    TITLE_LINES,
    ColumnFitter,
    Giving,
    give_way,
    narrowest_cells,
    title_width,
    unwrap_titles,
)

REASON_SHARE = 0.3
"""The share of the view the reason is given when the others can read in the rest (German
titles and a long name take more: the reason then has what they leave)."""
WRAPPING = (NAME_COLUMN, VERDICT_COLUMN, OPTION_COLUMN)
"""The columns whose cells may wrap onto two lines: name, verdict, opt-out flag (a number is cut,
never wrapped: `NumbersWhole`)."""
CUT = (INPUT_COLUMN, NAME_COLUMN)
"""The columns cut at `CELL_MOST` (the list's own text)."""
ICON_WIDTH = 24
"""The verdict's column draws an icon before its text."""


def fit_check_columns(table: QTableView, reason: int) -> None:
    """Size every column but `reason` (which stretches) so the reason keeps its share."""
    model = table.model()
    header = table.horizontalHeader()
    if model is None:
        return
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    others = [column for column in range(model.columnCount()) if column != reason]
    for column in others:
        table.resizeColumnToContents(column)
    full = [table.columnWidth(column) for column in others]
    room = int(table.viewport().width() * (1 - REASON_SHARE))
    if sum(full) <= room:
        unwrap_titles(header)
        return
    least = [
        min(width, _narrowest(table, header, column))
        for column, width in zip(others, full, strict=True)
    ]
    give_way(table, others, full, least, room)


def _narrowest(table: QTableView, header: QHeaderView, column: int) -> int:
    """How narrow a column can be and still read: its title on two lines, and its cells
    whole, on two lines where they may wrap, cut at `CELL_MOST` where they may be cut."""
    model = table.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    extra = ICON_WIDTH if column == VERDICT_COLUMN else 0
    cells = narrowest_cells(table, column, Giving(WRAPPING, CUT), extra)
    return max(title_width(header, title, TITLE_LINES), cells)


class NumbersWhole(QStyledItemDelegate):
    """Draws a number on one line, cut at the column's edge if it must be (whole in its
    tooltip): wrapped, its groups would read out of order in an Arabic window."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:  # noqa: N802
        """Qt's options, without word wrap."""
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def results_fitter(table: QTableView) -> ColumnFitter:
    """The results table's columns fitted now and whenever it changes width, the reason
    keeping its room; the number columns (as written, WhatsApp number) on one line."""
    delegate = NumbersWhole(table)
    for column in (INPUT_COLUMN, PHONE_COLUMN):
        table.setItemDelegateForColumn(column, delegate)
    return ColumnFitter(table, partial(fit_check_columns, reason=REASON_COLUMN))
