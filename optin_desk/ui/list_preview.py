"""Showing a list just read: its first rows, and the sheet and columns to choose from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from optin_desk.ui.bidi import as_written
from optin_desk.ui.list_loading import LoadedList

PREVIEW_ROWS = 20
NO_NAME = ""
VCARD_HEADERS = ("TEL", "FN")
COLUMN_MAX_PX = 320
TOOLTIP_CHARS = 500


def show_choices(
    sheet: QComboBox, phone_column: QComboBox, name_column: QComboBox, loaded: LoadedList
) -> None:
    """Offer the list's sheets and columns; choose the detected ones."""
    sheet.clear()
    phone_column.clear()
    name_column.clear()
    table = loaded.table
    if table is None:
        sheet.setEnabled(False)
        phone_column.addItem(VCARD_HEADERS[0])
        name_column.addItem(VCARD_HEADERS[1])
        return
    sheet.setEnabled(len(table.sheets) > 1)
    for name in table.sheets:
        sheet.addItem(name)
    name_column.addItem(QCoreApplication.translate("CheckPage", "(no names)"), NO_NAME)
    for header in table.headers:
        phone_column.addItem(header, header)
        name_column.addItem(header, header)
    detected = loaded.detected
    if detected is None:
        phone_column.setCurrentIndex(-1)
        return
    phone_column.setCurrentIndex(phone_column.findData(detected.phone_column))
    name = detected.name_column if detected.name_column in table.headers else NO_NAME
    name_column.setCurrentIndex(max(name_column.findData(name), 0))


def show_preview(preview: QTableWidget, loaded: LoadedList) -> None:
    """The list's first rows, as read."""
    table = loaded.table
    if table is None:
        rows = loaded.cards.rows if loaded.cards is not None else ()
        headers: tuple[str, ...] = VCARD_HEADERS
        records = [[r.input, r.name] for r in rows[:PREVIEW_ROWS]]
    else:
        headers = table.headers
        records = table.records[:PREVIEW_ROWS]
    preview.clear()
    preview.setColumnCount(len(headers))
    preview.setRowCount(len(records))
    preview.setHorizontalHeaderLabels(list(headers))
    for r, record in enumerate(records):
        for c, cell in enumerate(record[: len(headers)]):
            item = QTableWidgetItem(str(as_written(cell)))  # a number keeps its order (Arabic)
            item.setToolTip(cell[:TOOLTIP_CHARS])  # a cell cut short by its column, whole
            preview.setItem(r, c, item)
    preview.horizontalHeader().setMaximumSectionSize(COLUMN_MAX_PX)
    preview.resizeColumnsToContents()
