"""The results of a check: a thin model over plain `CheckedRow`s, filtered by verdict."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QIcon

from optin_desk.domain.check import Verdict
from optin_desk.domain.phones import format_for_people
from optin_desk.services.check import CheckedRow
from optin_desk.ui.bidi import as_written
from optin_desk.ui.labels import (
    CHECK_COLUMNS,
    OPT_OUT_OPTION,
    OPT_OUT_OPTION_WHY,
    VERDICT_MEANINGS,
    VERDICTS,
    label,
)
from optin_desk.ui.marks import verdict_icons
from optin_desk.ui.palette import VERDICT_COLOURS
from optin_desk.ui.words import said

AnyIndex = QModelIndex | QPersistentModelIndex
INPUT_COLUMN = 1
NAME_COLUMN = 2
PHONE_COLUMN = 3
VERDICT_COLUMN = 4
REASON_COLUMN = 5
OPTION_COLUMN = 6
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's verdict as its raw value (`Verdict.value`), whatever the language shown."""


class CheckResultsModel(QAbstractTableModel):
    """One line per checked row, in list order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[CheckedRow] = ()
        self._region = ""
        self._icons: Mapping[Verdict, QIcon] = {}

    def set_rows(self, rows: Sequence[CheckedRow], region: str = "") -> None:
        """Show these results (numbers the way people in `region` write them)."""
        self.beginResetModel()
        self._rows = rows
        self._region = region
        if not self._icons:
            self._icons = verdict_icons()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """How many results (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """The report's columns."""
        return 0 if parent.isValid() else len(CHECK_COLUMNS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(CHECK_COLUMNS):
            return label(CHECK_COLUMNS[section])
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section == OPTION_COLUMN:
            return label(OPT_OUT_OPTION_WHY)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text; the verdict also in colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return as_written(self._text(row, index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == VERDICT_COLUMN:
            return QBrush(VERDICT_COLOURS[row.verdict])
        if role == Qt.ItemDataRole.DecorationRole and index.column() == VERDICT_COLUMN:
            return self._icons.get(row.verdict)
        if role == VERDICT_ROLE:
            return row.verdict.value
        return None

    def _text(self, row: CheckedRow, column: int) -> object:
        if column == PHONE_COLUMN:
            return format_for_people(row.phone, self._region) if row.phone else ""
        if column == OPTION_COLUMN:
            return label(OPT_OUT_OPTION) if row.opt_out_line else ""
        reason = said(row.reason)  # a Said reason in words
        values = (row.row, row.input, row.name, None, label(VERDICTS[row.verdict]), reason)
        return values[column] if 0 <= column < len(values) else None

    def _tooltip(self, row: CheckedRow, column: int) -> str | None:
        if column == VERDICT_COLUMN:
            return label(VERDICT_MEANINGS[row.verdict])
        if column == OPTION_COLUMN and row.opt_out_line:
            return label(OPT_OUT_OPTION_WHY)
        if column == PHONE_COLUMN and row.phone:
            return row.phone
        text = self._text(row, column)
        return str(text) if text else None  # a long name or reason, whole


class VerdictFilter(QSortFilterProxyModel):
    """Shows every row, or only the rows of one verdict."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._verdict: str = ""

    def show_verdict(self, verdict: str) -> None:
        """Only rows with this verdict (its raw value; "" for all)."""
        self.beginFilterChange()
        self._verdict = verdict
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        """Keep the row when it has the chosen verdict."""
        if not self._verdict:
            return True
        model = self.sourceModel()
        value = model.data(model.index(source_row, VERDICT_COLUMN, source_parent), VERDICT_ROLE)
        return bool(value == self._verdict)
