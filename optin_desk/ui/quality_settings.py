"""The Quality page's warning thresholds, shown in Settings: how far a figure may stray before
the page warns (defaults: 3× the usual opt-outs, 15% not delivered, 3× the opt-out rate of
another way of opting in, among at least 10 people)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QPushButton, QSpinBox, QWidget

from optin_desk.services.handle import Session
from optin_desk.services.quality_warnings import save_thresholds, thresholds
from optin_desk.ui.context import UiContext


class QualityThresholds(QGroupBox):
    """Four numbers and a Save button."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Warnings (Quality page)"))
        self._context = context
        self.optout_multiple = self._box(self.tr("× usual"))
        self.undelivered_percent = self._box(self.tr("% not delivered"))
        self.method_multiple = self._box(self.tr("× another way"))
        self.min_people = self._box(self.tr(" people"))
        self.save_button = QPushButton(self.tr("Save the warning thresholds"))
        form = QFormLayout(self)
        form.addRow(self.tr("Opt-outs after a broadcast over:"), self.optout_multiple)
        form.addRow(self.tr("Not delivered over:"), self.undelivered_percent)
        form.addRow(self.tr("Opt-out rate of one way of opting in over:"), self.method_multiple)
        form.addRow(self.tr("Compare ways of opting in with at least:"), self.min_people)
        form.addRow("", self.save_button)
        self.save_button.clicked.connect(self.save)

    @staticmethod
    def _box(suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 1000)
        box.setSuffix(suffix)
        return box

    def _values(self) -> dict[str, int]:
        return {
            "optout_multiple": self.optout_multiple.value(),
            "undelivered_percent": self.undelivered_percent.value(),
            "method_multiple": self.method_multiple.value(),
            "min_people": self.min_people.value(),
        }

    def refresh(self) -> None:
        """Show the thresholds kept (or the defaults)."""
        values = self._context.read(thresholds)
        self.optout_multiple.setValue(values["optout_multiple"])
        self.undelivered_percent.setValue(values["undelivered_percent"])
        self.method_multiple.setValue(values["method_multiple"])
        self.min_people.setValue(values["min_people"])

    def save(self) -> None:
        """Keep the thresholds shown."""
        values = self._values()

        def work(session: Session) -> bool:
            save_thresholds(session, values)
            session.commit()
            return True

        if self._context.act(self, self.tr("Save the warning thresholds"), work):
            self._context.status(self.tr("Warning thresholds saved"))
