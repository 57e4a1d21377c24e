"""Printing a batch of forms off the GUI thread, with its own Session; plain data by signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from optin_desk.services.errors import InputError
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.services.handle import Records, RecordsError
from optin_desk.ui.context import database_problem


class FormsWorker(QObject):
    """Writes one batch of forms; never touches a widget."""

    progress = Signal(int, int)
    finished = Signal(object)  # PrintedBatch
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, database: Records, request: PrintRequest, target: Path) -> None:
        super().__init__()
        self._database = database
        self._request = request
        self._target = target
        self._stop = False

    def cancel(self) -> None:
        """Ask the printing to stop before its next page (called from the GUI thread)."""
        self._stop = True

    @Slot()
    def run(self) -> None:
        """Make the PDF and record the batch in this thread's own Session."""
        total = self._request.count
        try:
            with self._database.sessions() as session:
                printed = print_forms(
                    session,
                    self._request,
                    self._target,
                    progress=lambda done: self.progress.emit(done, total),
                    cancelled=lambda: self._stop,
                )
        except InputError as error:
            self.failed.emit(str(error))
        except RecordsError as error:
            self.failed.emit(database_problem(error))
        except OSError as error:
            self.failed.emit(str(error))
        else:
            if printed is None:
                self.cancelled.emit()
            else:
                self.finished.emit(printed)
