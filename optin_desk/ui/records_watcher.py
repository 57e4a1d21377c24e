"""Noticing records written by another computer: a cheap look at the ledger head each second.

One read of one row (how many entries, the head hash), in a thread of its own so that a
slow or unreachable server never freezes the window. When the head moved, the window is
told, and refreshes what it shows. Works the same on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from optin_desk.services.records import ledger_head
from optin_desk.ui.context import UiContext
from optin_desk.ui.jobs import Control

POLL_MS = 1000


class RecordsWatcher(QObject):
    """Calls `on_change` on the GUI thread when the ledger head moved since the last look.

    Each look is a short job of the window's one job runner (so closing the window waits for
    it like any other work); a new look starts only once the last one has answered.
    """

    def __init__(
        self,
        context: UiContext,
        on_change: Callable[[], None],
        parent: QObject,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._on_change = on_change
        self._known: tuple[int, str] | None = None
        self._waiting = False
        self._lost = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()

    def _look(self, _control: Control) -> tuple[int, str]:
        """Read the ledger head (one row), off the GUI thread."""
        with self._context.database.reading() as session:
            return ledger_head(session)

    def _tick(self) -> None:
        if self._waiting or not self._timer.isActive():
            return  # one look at a time, however slow the server answers
        self._waiting = True
        self._context.jobs.start(self._look, self._heard, self._unreachable, ended=self._answered)

    def _answered(self) -> None:
        self._waiting = False

    def _heard(self, found: tuple[int, str]) -> None:
        if self._lost:
            self._lost = False
            self._context.status(self.tr("The records can be reached again"))
        moved = self._known is not None and self._known != found
        self._known = found
        if moved:
            self._on_change()

    def _unreachable(self, problem: str) -> None:
        if not self._lost:
            self._lost = True
            self._context.status(problem)

    def stop(self) -> None:
        """Stop looking (a look under way is waited for with the window's other jobs)."""
        self._timer.stop()
