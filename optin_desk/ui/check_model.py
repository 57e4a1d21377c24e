"""The results of a check: a thin model over plain `CheckedRow`s, filtered by verdict."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from optin_desk.domain.check import Verdict
from optin_desk.services.check import CheckedRow

AnyIndex = QModelIndex | QPersistentModelIndex
VERDICT_COLUMN = 4
VERDICT_COLOUR = {
    Verdict.SEND: QColor("#1b5e20"),
    Verdict.NO_CONSENT: QColor("#8d6e00"),
    Verdict.OPTED_OUT: QColor("#b00020"),
    Verdict.INVALID_NUMBER: QColor("#b00020"),
    Verdict.DUPLICATE: QColor("#616161"),
    Verdict.TOO_FREQUENT: QColor("#8d6e00"),
}
HEADERS = ("Row", "As written", "Name", "WhatsApp number", "Verdict", "Reason", "Opt-out line")


class CheckResultsModel(QAbstractTableModel):
    """One line per checked row, in list order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[CheckedRow] = ()

    def set_rows(self, rows: Sequence[CheckedRow]) -> None:
        """Show these results."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """How many results (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """The report's columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text; the verdict also in colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.row,
                row.input,
                row.name,
                row.phone,
                row.verdict.value,
                row.reason,
                self.tr("yes") if row.opt_out_line else self.tr("no"),
            )
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == VERDICT_COLUMN:
            return QBrush(VERDICT_COLOUR[row.verdict])
        return None


class VerdictFilter(QSortFilterProxyModel):
    """Shows every row, or only the rows of one verdict."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._verdict: str = ""

    def show_verdict(self, verdict: str) -> None:
        """Only rows with this verdict ("" for all)."""
        self.beginFilterChange()
        self._verdict = verdict
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        """Keep the row when it has the chosen verdict."""
        if not self._verdict:
            return True
        model = self.sourceModel()
        value = model.data(model.index(source_row, VERDICT_COLUMN, source_parent))
        return bool(value == self._verdict)
