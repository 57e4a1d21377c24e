"""The contacts table: a thin, lazily filled model over plain `ContactRow`s."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from optin_desk.domain.consent import Category, ConsentState
from optin_desk.domain.phones import format_for_people
from optin_desk.services.directory_rows import ContactRow, PageCursor, cursor_after
from optin_desk.ui.bidi import as_written
from optin_desk.ui.labels import STATE_MARKS, label
from optin_desk.ui.palette import STATE_COLOURS

PageLoader = Callable[[str, PageCursor | None], Sequence[ContactRow]]
AnyIndex = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractTableModel):
    """Contacts sorted by name, fetched a page at a time as the view scrolls."""

    def __init__(
        self,
        loader: PageLoader,
        categories: Sequence[Category],
        region: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._categories = [c for c in categories if not c.archived]
        self._region = region
        self._rows: list[ContactRow] = []
        self._search = ""
        self._more = True
        self._fetching = False
        self._numbers: dict[str, object] = {}
        """Numbers as people read them, formatted once (a view asks for each cell often)."""

    # --- what the view asks ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Rows loaded so far (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Name, number, one per category, last change."""
        return 0 if parent.isValid() else 3 + len(self._categories)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Name")
        if section == 1:
            return self.tr("WhatsApp number")
        if section == self.columnCount() - 1:
            return self.tr("Last change")
        return self._categories[section - 2].label

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, colour and tooltips of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.phone_e164
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None  # asked for each cell and role: answered before reading the row
        state = self._state(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name or self.tr("(no name)")
            if column == 1:
                return self._number(row.phone_e164)
            if column == self.columnCount() - 1:
                return as_written(row.last_change)
            return label(STATE_MARKS[state]) if state else None
        return QBrush(STATE_COLOURS[state]) if state is not None else None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        """True while the database may hold more rows."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        """Load the next page after the last loaded row."""
        if parent.isValid() or not self._more or self._fetching:
            return
        # A view (or the model tester) may ask for more while rows are being inserted.
        self._fetching = True
        try:
            cursor = cursor_after(self._rows[-1]) if self._rows else None
            page = list(self._loader(self._search, cursor))
            self._more = bool(page)
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    # --- what the page asks ------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Show only contacts matching `text` (everyone when empty)."""
        self.beginResetModel()
        self._search = text
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore()

    def reload(self) -> None:
        """Read the current search again (after a change)."""
        self.set_search(self._search)

    def row_at(self, row: int) -> ContactRow | None:
        """The plain row behind a table row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _number(self, e164: str) -> object:
        if e164 not in self._numbers:
            self._numbers[e164] = as_written(format_for_people(e164, self._region))
        return self._numbers[e164]

    def _state(self, row: ContactRow, column: int) -> ConsentState | None:
        if 2 <= column < self.columnCount() - 1:
            return row.state_of(self._categories[column - 2].key)
        return None
