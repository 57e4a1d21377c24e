"""A thin table model over plain rows (frozen dataclasses), optionally with a tick per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from optin_desk.ui.bidi import as_written

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its title and how a row shows in it."""

    title: str
    text: Callable[[Any], str]


class RowTableModel(QAbstractTableModel):
    """Rows in the order given; the first column can carry a tick staff set or clear."""

    def __init__(
        self,
        columns: Sequence[Column],
        checkable: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._checkable = checkable
        self._rows: list[Any] = []
        self._ticked: list[bool] = []

    def set_rows(self, rows: Sequence[Any], ticked: Sequence[bool] | None = None) -> None:
        """Show these rows (ticked as given; none ticked by default)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked = list(ticked) if ticked is not None else [False] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """Every row shown, in order."""
        return list(self._rows)

    def ticked_rows(self) -> list[Any]:
        """The rows that carry a tick, in order."""
        return [row for row, tick in zip(self._rows, self._ticked, strict=True) if tick]

    def row_at(self, index: int) -> Any:
        """The row behind table row `index`."""
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """How many rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """How many columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        shown = horizontal and role == Qt.ItemDataRole.DisplayRole
        return self._columns[section].title if shown and 0 <= section < len(self._columns) else None

    def _can_tick(self, row: int) -> bool:
        return self._checkable is not None and self._checkable(self._rows[row])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text (full text as tooltip), and the tick in the first column."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()].text(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return as_written(" ".join(text.split()))
            return text
        tick = role == Qt.ItemDataRole.CheckStateRole and index.column() == 0
        if tick and self._can_tick(index.row()):
            ticked = self._ticked[index.row()]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows can be selected; tickable rows can be ticked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._can_tick(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(  # noqa: N802
        self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Tick or clear a row."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        if not self._can_tick(index.row()):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self._ticked[index.row()] = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
