"""The records of a window, opened in the background after its first paint.

Opening the records the full way (SQLAlchemy's ORM, the mapped tables, the services) costs
the window's thread more than everything else it does before a person can type. When the
first look (services.first_look) could read what the window shows first, the window is built
from it and the full opening runs in a thread meanwhile. Whatever needs the full records
before they are ready (Save typed in the first half-second, a search) waits for them: the
window keeps painting, what the person types is queued and handled afterwards, in order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from optin_desk.services.first_look import QuickRecords
    from optin_desk.services.handle import Records

WAIT_STEP_MS = 20
"""How often a wait for the records lets the window paint (what is typed stays queued)."""


class RecordsSlot(QObject):
    """The window's records: ready at once, or being opened in a thread."""

    ready = Signal()
    """Emitted once on the GUI thread when the records are open (or failed to open)."""
    _finished = Signal()  # from the opening thread; queued to the GUI thread

    def __init__(
        self,
        records: Records | None = None,
        first_look: QuickRecords | None = None,
        opening: Callable[[], Records] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._opening = opening
        self._records = records
        self._error: BaseException | None = None
        self._first_look = first_look
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._settled = records is not None
        self._closed = False
        if records is not None:
            self._done.set()
        self._finished.connect(self._settle, Qt.ConnectionType.QueuedConnection)

    @property
    def first_look(self) -> QuickRecords | None:
        """What was read before the full records opened (None once they have)."""
        return None if self._settled else self._first_look

    @property
    def where(self) -> str:
        """Where the records are, as a person reads it."""
        if self._records is not None:
            return self._records.where
        return self._first_look.where if self._first_look is not None else ""

    @property
    def is_ready(self) -> bool:
        """True once the full records are open (or failed to open)."""
        return self._settled

    @property
    def error(self) -> BaseException | None:
        """Why the records could not be opened in the background (None when they were)."""
        return self._error

    def start(self) -> None:
        """Open the records in a thread (it touches no widget); once, whoever asks first."""
        opening, self._opening = self._opening, None
        if opening is None:
            return

        def run() -> None:
            try:
                self._records = opening()
            except BaseException as error:  # said on the GUI thread (wait, ready)
                self._error = error
            self._done.set()
            self._finished.emit()

        self._thread = threading.Thread(target=run, name="opening the records", daemon=True)
        self._thread.start()

    def wait(self) -> Records:
        """The records, once open: waits (painting, input queued) while they are opening."""
        self.start()  # asked for before the window painted: open them now
        if self._thread is None and not self._done.is_set():
            raise RuntimeError("no records to wait for")
        if not self._done.is_set():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                while not self._done.wait(0.005):
                    QCoreApplication.processEvents(
                        QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, WAIT_STEP_MS
                    )
            finally:
                QApplication.restoreOverrideCursor()
        self._settle()
        if self._records is None:
            raise self._error or RuntimeError("the records are not open")
        return self._records

    def let_go(self) -> list[Records]:
        """At exit: wait for the opening thread, close the first look, and hand back the
        records it opened (to dispose of) without telling the window they are ready."""
        if self._thread is None:
            return []
        self.join()
        if self._first_look is not None:
            self._first_look.close()
            self._first_look = None
        return [] if self._records is None else [self._records]

    def join(self) -> None:
        """Wait until the opening thread has ended."""
        if self._thread is not None:
            self._thread.join()

    def close(self) -> None:
        """The window is closing: wait for the opening thread, and announce nothing after."""
        self._closed = True
        self.join()

    def _settle(self) -> None:
        if self._settled or self._closed or not self._done.is_set():
            return
        self._settled = True
        if self._first_look is not None:
            self._first_look.close()
            self._first_look = None
        self.ready.emit()
