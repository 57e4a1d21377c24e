"""The "Recorded by" field every page that records carries: a choice of staff, required.

The list of names is the shop's (Settings, shared by every computer); the name chosen last is
remembered on this computer (services.this_computer) for every page and the next run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from optin_desk.services.this_computer import remember_recorder, remembered_recorder
from optin_desk.ui import lazy_services
from optin_desk.ui.context import UiContext
from optin_desk.ui.palette import ERROR_STYLE

if TYPE_CHECKING:
    pass


class RecordedBy(QWidget):
    """An editable choice of staff names with the message beside it when it is left empty."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setMinimumContentsLength(14)
        self.names.setAccessibleName(self.tr("Recorded by"))
        line = self.names.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("your name"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.names.editTextChanged.connect(self._typed)
        self.names.activated.connect(self.remember)  # every page then records with it
        if line is not None:
            line.editingFinished.connect(self.remember)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.names, 2)
        layout.addWidget(self.problem, 3)
        self.setFocusProxy(self.names)

    def refresh(self) -> None:
        """Offer the shop's staff names; keep what is typed, else the name remembered here."""
        staff = self._context.first_or_read(
            lambda look: look.staff_names(), lazy_services.staff_names
        )
        typed = self.names.currentText().strip() or remembered_recorder()
        self.names.blockSignals(True)
        self.names.clear()
        self.names.addItems(list(dict.fromkeys([typed, *staff])) if typed else staff)
        self.names.setEditText(typed)
        self.names.blockSignals(False)

    def name(self) -> str:
        """The name as it stands (may be empty)."""
        return self.names.currentText().strip()

    def required(self) -> str | None:
        """The name; or None after saying beside the field that one is needed."""
        name = self.name()
        if not name:
            self.problem.setText(self.tr("Choose or type who is recording this."))
            self.names.setFocus()
            return None
        self.problem.clear()
        return name

    def remember(self) -> None:
        """Remember the name on this computer, for every page and the next run (once chosen
        or typed: the panels without a field of their own record with it)."""
        remember_recorder(self.name())

    def _typed(self, text: str) -> None:
        if text.strip():
            self.problem.clear()
