"""The placeholders a wording template may use, listed beside its editor with what each is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Placeholders(QLabel):
    """What the `$` words of the consent statement (or of the opt-out confirmation) become."""

    def __init__(self, confirmation: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirmation = confirmation
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_keyword("")

    def show_keyword(self, keyword: str) -> None:
        """List the placeholders, naming the shop language's STOP (or START) word."""
        if self._confirmation:
            text = self.tr(
                "Placeholders: $business — the shop's name; $stopped — the messages that "
                "stop; $continues — the messages that still come, if any; $start_keyword — "
                "the word that opts in again (%1)."
            )
            self.setText(text.replace("%1", keyword or "START"))
        else:
            text = self.tr(
                "Placeholders: $business — the shop's name; $categories — the kinds of "
                "message the person ticks; $stop_keyword — the word that stops messages (%1)."
            )
            self.setText(text.replace("%1", keyword or "STOP"))
