"""First run: who the shop is, where it is, its WhatsApp numbers and its categories."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.consent import DEFAULT_CATEGORIES
from optin_desk.services.profile import BusinessSetup, create_business, setup_problems
from optin_desk.ui.category_languages import LanguageCombo, reworded_defaults
from optin_desk.ui.context import UiContext
from optin_desk.ui.language import window_language
from optin_desk.ui.palette import ERROR_STYLE
from optin_desk.ui.shop_fields import CategoryTable, fill_countries, system_country
from optin_desk.ui.words import said


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
        self.staff = QPlainTextEdit()
        self.staff.setPlaceholderText(
            self.tr("One name per line: who records sign-ups, opt-outs and forms")
        )
        self.staff.setMaximumHeight(80)
        self.staff.setTabChangesFocus(True)
        self.categories = CategoryTable()
        for category in DEFAULT_CATEGORIES:
            self.categories.add_category(category)
        # a shop set up in a Spanish window prints Spanish forms unless the owner says otherwise
        self.language = LanguageCombo(window_language())
        self.language.currentIndexChanged.connect(self._reword_categories)
        self._language = "en"  # the defaults above are in English: offered in the choice now
        self._reword_categories()
        add = QPushButton(self.tr("&Add category"))
        add.clicked.connect(self.categories.add_blank)
        remove = QPushButton(self.tr("&Remove category"))
        remove.clicked.connect(self._remove_category)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.start = QPushButton(self.tr("&Start using OptIn Desk"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.submit)
        self.business.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Business &name:"), self.business)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&WhatsApp numbers:"), self.senders)
        form.addRow(self.tr("S&taff names:"), self.staff)
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
            staff=self.staff.toPlainText().splitlines(),
        )

    def submit(self) -> None:
        """Create the shop when the form is complete; otherwise say what is missing."""
        setup = self.setup()
        problems = setup_problems(setup)
        if problems:
            self.problems.setText("\n".join(f"• {said(p)}" for p in problems))
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
