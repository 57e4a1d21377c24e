"""Noticing records written by another computer: a cheap look at the ledger head each second.

One read of one row (how many entries, the head hash), in a thread of its own so that a
slow or unreachable server never freezes the window. When the head moved, the window is
told, and refreshes what it shows. Works the same on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from sqlalchemy.exc import SQLAlchemyError

from optin_desk.services.records import ledger_head
from optin_desk.storage.engine import Database
from optin_desk.ui.context import UiContext, database_problem

if TYPE_CHECKING:
    from optin_desk.ui.main_window import MainWindow

POLL_MS = 1000


class _Poller(QObject):
    """Lives in the watcher's thread: reads the head when asked, says what it found."""

    head = Signal(int, str)
    unreachable = Signal(str)

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database

    @Slot()
    def poll(self) -> None:
        """Read the ledger head (one row)."""
        try:
            with self._database.reading() as session:
                count, head = ledger_head(session)
        except SQLAlchemyError as error:
            self.unreachable.emit(database_problem(error, self._database))
        else:
            self.head.emit(count, head)


class RecordsWatcher(QObject):
    """Calls `on_change` on the GUI thread when the ledger head moved since the last look."""

    _ask = Signal()

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
        self._thread = QThread(self)
        self._poller = _Poller(context.database)
        self._poller.moveToThread(self._thread)
        self._ask.connect(self._poller.poll)
        self._poller.head.connect(self._heard)
        self._poller.unreachable.connect(self._unreachable)
        self._thread.finished.connect(self._poller.deleteLater)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._thread.start()
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        if not self._waiting:  # one look at a time, however slow the server answers
            self._waiting = True
            self._ask.emit()

    @Slot(int, str)
    def _heard(self, count: int, head: str) -> None:
        self._waiting = False
        if self._lost:
            self._lost = False
            self._context.status(self.tr("The records can be reached again"))
        moved = self._known is not None and self._known != (count, head)
        self._known = (count, head)
        if moved:
            self._on_change()

    @Slot(str)
    def _unreachable(self, problem: str) -> None:
        self._waiting = False
        if not self._lost:
            self._lost = True
            self._context.status(problem)

    def stop(self) -> None:
        """Stop looking and wait for the thread (before the window goes)."""
        self._timer.stop()
        self._thread.quit()
        self._thread.wait()


def show_new_records(window: MainWindow) -> None:
    """Bring what the window shows up to date with the records (typed text is kept).

    The contacts list reloads (keeping the search and the chosen person); the opt-outs page
    reloads its follow-up list. Pages holding a form being filled in (sign-ups, settings)
    are left alone; every page reloads anyway when it is next opened.
    """
    shown = window.stack.currentWidget()
    if window.contacts_page is not None and shown is window.contacts_page:
        window.contacts_page.refresh()
    if window.optout_page is not None:
        window.optout_page.followup.load()
