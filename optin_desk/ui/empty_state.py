"""A note over an empty table or list: why it is empty and what to do.

Laid over the view's viewport and shown only while its model has no rows; the page gives the
words (translated where it defines them) as a function, so they can follow a search typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from optin_desk.ui.palette import IDLE

_SIGNALS = ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged")


class EmptyState(QLabel):
    """Says why `view` is empty, in its middle, while it has no rows."""

    def __init__(self, view: QAbstractItemView, why: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._why = why
        self._model: QAbstractItemModel | None = None
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"color: {IDLE}; padding: 16px")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self.track_model()

    def track_model(self) -> None:
        """Follow the view's current model (call again after `setModel`)."""
        if self._model is not None:
            for name in _SIGNALS:
                getattr(self._model, name).disconnect(self.update_state)
        self._model = self._view.model()
        if self._model is not None:
            for name in _SIGNALS:
                getattr(self._model, name).connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        """Show the note with fresh words while there are no rows; hide it otherwise."""
        model = self._view.model()
        if model is not None and model.rowCount() > 0:
            self.hide()
            return
        self.setText(self._why())
        self.setGeometry(self._view.viewport().rect())
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Keep covering the viewport when it is resized."""
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False


def no_contacts_words(search: str) -> str:
    """Why the contacts list is empty: nobody matches the search, or nobody is on file yet."""
    typed = search.strip()
    if typed:
        return QCoreApplication.translate(
            "ContactsPage",
            "No one matches “%1”. Check the spelling or the number, or type them in on the "
            "Sign-ups page.",
        ).replace("%1", typed)
    return QCoreApplication.translate(
        "ContactsPage",
        "No one is on file yet. Type in a signed form or a yes given in person on the "
        "Sign-ups page, and they appear here.",
    )
