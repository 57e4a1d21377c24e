"""The list check, run off the GUI thread with its own Session; plain data out by signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from optin_desk.documents.lists import ListError, RecipientList
from optin_desk.services.check import CheckCancelled, run_check
from optin_desk.services.errors import InputError
from optin_desk.services.handle import Records, RecordsError
from optin_desk.ui.context import database_problem


class CheckWorker(QObject):
    """Checks one list; never touches a widget."""

    progress = Signal(int, int)
    finished = Signal(object)  # CheckResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        database: Records,
        recipients: RecipientList,
        category: str,
        file_sha256: str,
        by: str,
    ) -> None:
        super().__init__()
        self._database = database
        self._recipients = recipients
        self._category = category
        self._digest = file_sha256
        self._by = by
        self._stop = False

    def cancel(self) -> None:
        """Ask the check to stop at its next step (called from the GUI thread)."""
        self._stop = True

    @Slot()
    def run(self) -> None:
        """Check the list in this thread's own Session."""
        try:
            with self._database.sessions() as session:
                result = run_check(
                    session,
                    self._recipients,
                    self._category,
                    self._digest,
                    self._by,
                    progress=self.progress.emit,
                    cancelled=lambda: self._stop,
                )
        except CheckCancelled:
            self.cancelled.emit()
        except (InputError, ListError) as error:
            self.failed.emit(str(error))
        except RecordsError as error:
            self.failed.emit(database_problem(error))
        else:
            self.finished.emit(result)
