"""First run: who the shop is, where it is, its WhatsApp numbers and its categories."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.consent import DEFAULT_CATEGORIES, Category, CategoryKind
from optin_desk.services.profile import BusinessSetup, create_business, setup_problems
from optin_desk.ui.category_languages import LanguageCombo, reworded_defaults
from optin_desk.ui.context import UiContext


def country_name(code: str) -> str:
    """A region code's name in the user's language (the code itself when Qt has none)."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def fill_countries(combo: QComboBox, selected: str) -> None:
    """Every region phonenumbers knows, by name, with `selected` chosen."""
    for code in sorted(phonenumbers.SUPPORTED_REGIONS, key=country_name):
        combo.addItem(f"{country_name(code)} ({code})", code)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))


def system_country() -> str:
    """The region of the system locale, or GB when it names none."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if code in phonenumbers.SUPPORTED_REGIONS else "GB"


class CategoryTable(QTableWidget):
    """Editable categories: key, label, kind and description."""

    COLUMNS = ("Key", "Label", "Kind", "Description", "Archived")

    def __init__(self, parent: QWidget | None = None, with_archive: bool = False) -> None:
        columns = self.COLUMNS if with_archive else self.COLUMNS[:4]
        super().__init__(0, len(columns), parent)
        self._with_archive = with_archive
        self.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)

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
        kind.addItem(self.tr("service"), CategoryKind.SERVICE.value)
        kind.addItem(self.tr("marketing"), CategoryKind.MARKETING.value)
        kind.setCurrentIndex(kind.findData(category.kind.value))
        kind.setEnabled(key_editable)
        self.setCellWidget(row, 2, kind)
        self.setItem(row, 3, QTableWidgetItem(category.description))
        if self._with_archive:
            archived = QTableWidgetItem(self.tr("archived"))
            archived.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            checked = Qt.CheckState.Checked if category.archived else Qt.CheckState.Unchecked
            archived.setCheckState(checked)
            self.setItem(row, 4, archived)

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


class SetupPage(QWidget):
    """Shown instead of the main pages until the shop is set up."""

    completed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("setupPage")
        intro = QLabel(
            self.tr(
                "<h2>Welcome to OptIn Desk</h2><p>Tell us about your shop. Its name is "
                "printed on every consent form and every opt-out confirmation.</p>"
            )
        )
        intro.setWordWrap(True)
        self.business = QLineEdit()
        self.business.setAccessibleName(self.tr("Business name"))
        self.address = QLineEdit()
        self.country = QComboBox()
        fill_countries(self.country, system_country())
        self.senders = QPlainTextEdit()
        self.senders.setPlaceholderText(self.tr("One WhatsApp number per line"))
        self.senders.setMaximumHeight(80)
        self.categories = CategoryTable()
        for category in DEFAULT_CATEGORIES:
            self.categories.add_category(category)
        self.language = LanguageCombo()
        self.language.currentIndexChanged.connect(self._reword_categories)
        self._language = self.language.code()
        add = QPushButton(self.tr("&Add category"))
        add.clicked.connect(self.categories.add_blank)
        remove = QPushButton(self.tr("&Remove category"))
        remove.clicked.connect(self._remove_category)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.start = QPushButton(self.tr("&Start using OptIn Desk"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.submit)
        self.business.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Business &name:"), self.business)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&WhatsApp numbers:"), self.senders)
        form.addRow(self.tr("&Language of forms and messages:"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kinds of messages you send:")))
        layout.addWidget(self.categories)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.start)
        self.business.setFocus()

    def setup(self) -> BusinessSetup:
        """What the form says."""
        senders = [line.strip() for line in self.senders.toPlainText().splitlines()]
        return BusinessSetup(
            name=self.business.text(),
            country=str(self.country.currentData()),
            senders=[s for s in senders if s],
            categories=self.categories.categories(),
            address=self.address.text(),
            language=self.language.code(),
        )

    def submit(self) -> None:
        """Create the shop when the form is complete; otherwise say what is missing."""
        setup = self.setup()
        problems = setup_problems(setup)
        if problems:
            self.problems.setText("\n".join(f"• {p}" for p in problems))
            return
        self.problems.clear()
        done = self._context.act(self, self.tr("Set up"), lambda s: create_business(s, setup))
        if done is not None:
            self._context.status(self.tr("Welcome, %s") % done.name)
            self.completed.emit()

    def _reword_categories(self) -> None:
        """Offer the default categories in the chosen language (until they are changed)."""
        reworded = reworded_defaults(
            self.categories.categories(), self._language, self.language.code()
        )
        self._language = self.language.code()
        if reworded is not None:
            self.categories.setRowCount(0)
            for category in reworded:
                self.categories.add_category(category)

    def _remove_category(self) -> None:
        row = self.categories.currentRow()
        if row >= 0:
            self.categories.removeRow(row)
