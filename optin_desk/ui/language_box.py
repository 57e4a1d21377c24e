"""Settings' "Language of the window" box: kept per computer, used from the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from optin_desk.ui.language import LANGUAGE_KEY, LANGUAGES, NATIVE_NAMES, chosen_language


class LanguageBox(QGroupBox):
    """Choose the window's language on this computer (saved at once, applied on restart)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language of the window"), parent)
        self._settings = settings
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Same as this computer"), "")
        for code in LANGUAGES:
            self.choice.addItem(NATIVE_NAMES[code], code)
        self.choice.setCurrentIndex(max(self.choice.findData(chosen_language(settings)), 0))
        self.choice.currentIndexChanged.connect(self._chosen)
        self.note = QLabel(self.tr("Kept on this computer; used the next time OptIn Desk opens."))
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.choice)
        form.addRow(self.note)

    def _chosen(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, str(self.choice.currentData() or ""))
