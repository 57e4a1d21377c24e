"""The shop's fields both the first-run setup and Settings edit: its country, its categories."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from optin_desk.domain.consent import Category, CategoryKind
from optin_desk.ui.bidi import FollowTextDirection
from optin_desk.ui.labels import CATEGORY_COLUMNS, KINDS, label
from optin_desk.ui.language import window_language


def fill_countries(combo: QComboBox, selected: str) -> None:
    """Every region phonenumbers knows, named in the window's language and sorted as that
    language sorts ("Alemania, ..., España, Estados Unidos" in Spanish), with `selected`
    chosen. Each reads "España (ES)": typing a name's start finds it, the code stays beside
    it. (Qt names territories in English only; CLDR's names come through Babel.)"""
    from optin_desk.countries import country_names

    language = window_language()
    names = country_names(phonenumbers.SUPPORTED_REGIONS, language)
    collator = QCollator(QLocale(language))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    for code in sorted(names, key=lambda code: collator.sortKey(names[code])):
        combo.addItem(f"{names[code]} ({code})", code)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))


def system_country() -> str:
    """The region of the system locale, or GB when it names none."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if code in phonenumbers.SUPPORTED_REGIONS else "GB"


class CategoryTable(QTableWidget):
    """Editable categories: key, label, kind and description."""

    def __init__(self, parent: QWidget | None = None, with_archive: bool = False) -> None:
        columns = CATEGORY_COLUMNS if with_archive else CATEGORY_COLUMNS[:4]
        super().__init__(0, len(columns), parent)
        self._with_archive = with_archive
        self.setHorizontalHeaderLabels([label(c) for c in columns])
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setItemDelegate(FollowTextDirection(self))  # Latin text reads right in Arabic
        # A description is never cut short: it wraps, the row grows, the tooltip holds it all.
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._show_whole)

    def add_category(self, category: Category, key_editable: bool = True) -> None:
        """Append one row."""
        row = self.rowCount()
        self.insertRow(row)
        key = QTableWidgetItem(category.key)
        if not key_editable:
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, 0, key)
        self.setItem(row, 1, QTableWidgetItem(category.label))
        kind = QComboBox()
        kind.addItem(label(KINDS[CategoryKind.SERVICE]), CategoryKind.SERVICE.value)
        kind.addItem(label(KINDS[CategoryKind.MARKETING]), CategoryKind.MARKETING.value)
        kind.setCurrentIndex(kind.findData(category.kind.value))
        kind.setEnabled(key_editable)
        if not key_editable:
            kind.setToolTip(
                self.tr(
                    "A saved kind of message keeps its kind: the consent people gave was for "
                    "service or for marketing messages. To change it, archive this one and add "
                    "a new one."
                )
            )
        self.setCellWidget(row, 2, kind)
        self.setItem(row, 3, QTableWidgetItem(category.description))
        if self._with_archive:
            archived = QTableWidgetItem(self.tr("archived"))
            archived.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            checked = Qt.CheckState.Checked if category.archived else Qt.CheckState.Unchecked
            archived.setCheckState(checked)
            self.setItem(row, 4, archived)

    def _show_whole(self, item: QTableWidgetItem) -> None:
        if item.column() in (1, 3):
            item.setToolTip(item.text())

    def add_blank(self) -> None:
        """A new marketing category, its key ready to be typed."""
        self.add_category(Category("", "", CategoryKind.MARKETING))
        row = self.rowCount() - 1
        self.setCurrentCell(row, 0)
        key = self.item(row, 0)
        if key is not None:
            self.editItem(key)

    def categories(self) -> list[Category]:
        """The rows as categories."""
        result = []
        for row in range(self.rowCount()):
            kind = self.cellWidget(row, 2)
            assert isinstance(kind, QComboBox)
            result.append(
                Category(
                    self._text(row, 0).strip().lower(),
                    self._text(row, 1).strip(),
                    CategoryKind(kind.currentData()),
                    self._text(row, 3).strip(),
                    archived=self._archived(row),
                )
            )
        return result

    def _archived(self, row: int) -> bool:
        item = self.item(row, 4) if self._with_archive else None
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""
