"""Categories per language in the window: the shop's language at setup, an editor of the
categories' text in any printed language (Settings), and the warning on the Forms page when a
form's categories are not translated into its language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optin_desk.documents.templates import (
    available_languages,
    default_categories,
    language_template,
)
from optin_desk.domain.consent import Category
from optin_desk.services.category_texts import (
    CategoryTextRow,
    save_category_texts,
    texts_for_editing,
)
from optin_desk.services.forms import untranslated_categories
from optin_desk.ui.context import UiContext
from optin_desk.ui.palette import WARNING_STYLE


class LanguageCombo(QComboBox):
    """The eight printed languages, by their own names; `code()` is the chosen one."""

    def __init__(self, selected: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in available_languages():
            self.addItem(language_template(code).name, code)
        self.choose(selected)

    def code(self) -> str:
        """The chosen language code."""
        return str(self.currentData())

    def choose(self, code: str) -> None:
        """Select a language by code (the first one when it is unknown)."""
        self.setCurrentIndex(max(self.findData(code), 0))


def reworded_defaults(current: list[Category], old: str, new: str) -> list[Category] | None:
    """The default categories worded in `new`, when `current` are still the defaults as
    offered in `old`; None once the person changed them (their words are kept)."""
    if [(c.key, c.label, c.description) for c in current] != [
        (c.key, c.label, c.description) for c in default_categories(old)
    ]:
        return None
    return list(default_categories(new))


class CategoryLanguageEditor(QGroupBox):
    """Each category's label and description in one chosen language, saved for that language.

    A language not yet stored shows the bundled wording offered for a default category
    and an empty line for the shop's own categories, until the language is saved.
    """

    saved = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kinds of messages in each language"), parent)
        self._context = context
        self._rows: list[CategoryTextRow] = []
        self.language = LanguageCombo()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind of message"), self.tr("Label"), self.tr("Description")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        # Long labels and descriptions wrap and the row grows; the tooltip holds each whole.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda item: item.setToolTip(item.text()))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save this &language"))
        top = QHBoxLayout()
        chooser = QLabel(self.tr("La&nguage:"))
        chooser.setBuddy(self.language)
        top.addWidget(chooser)
        top.addWidget(self.language, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.language.currentIndexChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        """Show the categories' text in the chosen language."""
        language = self.language.code()
        self._rows = self._context.read(lambda s: texts_for_editing(s, language))
        self.table.setRowCount(0)
        for row in self._rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            shown = (
                row.shop_label if row.translated else self.tr("%s (not saved yet)") % row.shop_label
            )
            key = QTableWidgetItem(shown)
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(at, 0, key)
            self.table.setItem(at, 1, QTableWidgetItem(row.label))
            self.table.setItem(at, 2, QTableWidgetItem(row.description))
        missing = [r.shop_label for r in self._rows if not r.translated]
        if missing:
            self.note.setText(
                self.tr(
                    "Not saved in this language yet: %s. Forms in it print them in the shop's "
                    "language until you save."
                )
                % ", ".join(missing)
            )
        else:
            self.note.setText(self.tr("Every kind of message has its text in this language."))

    def texts(self) -> dict[str, tuple[str, str]]:
        """The table as texts to save (key -> label, description)."""
        texts = {}
        for at, row in enumerate(self._rows):
            label, description = (self.table.item(at, column) for column in (1, 2))
            texts[row.key] = (
                label.text() if label else "",
                description.text() if description else "",
            )
        return texts

    def save(self) -> None:
        """Save the chosen language's texts (owner PIN); a new wording version follows."""
        language, texts = self.language.code(), self.texts()
        go, pin = self._context.owner_pin(self, self.tr("Saving the kinds of messages"))
        if not go:
            return
        version = self._context.act(
            self,
            self.tr("Save the kinds of messages"),
            lambda s: save_category_texts(s, language, texts, pin),
        )
        if version is None:
            return
        self._context.status(
            self.tr("Kinds of messages saved in %s (wording v%d)")
            % (language_template(language).name, version)
        )
        self.refresh()
        self.saved.emit(language)


class UntranslatedWarning(QLabel):
    """Says, before a form is printed, which categories it would print in the shop's language."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.setVisible(False)

    def show_for(self, language: str) -> None:
        """Check the language the form is about to be printed in."""
        missing = self._context.read(lambda s: untranslated_categories(s, language))
        self.setVisible(bool(missing))
        if missing:
            self.setText(
                self.tr(
                    "Not translated into %s: %s. These lines would print in the shop's "
                    "language, which a customer may not read: add their text in Settings, "
                    "Kinds of messages in each language."
                )
                % (language_template(language).name, ", ".join(missing))
            )
