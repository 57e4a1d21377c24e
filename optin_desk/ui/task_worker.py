"""Run one piece of long work (a backup, say) off the GUI thread; plain results by signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance, Slot

from optin_desk.services.errors import InputError
from optin_desk.services.handle import RecordsError
from optin_desk.ui.context import database_problem


class TaskWorker(QObject):
    """Calls `task` in its thread; never touches a widget."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, task: Callable[[], object]) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def run(self) -> None:
        """Do the work; say how it went."""
        try:
            result = self._task()
        except InputError as error:
            self.failed.emit(str(error))
        except RecordsError as error:
            self.failed.emit(database_problem(error))
        except OSError as error:
            self.failed.emit(str(error))
        else:
            self.finished.emit(result)


class _Relay(QObject):
    """Lives in the GUI thread, so the callbacks run there (a bare Python function connected
    to a worker's signal would run in the worker's thread, touching widgets)."""

    def __init__(
        self,
        done: Callable[[object], None],
        failed: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._done = done
        self._failed = failed

    @Slot(object)
    def deliver(self, value: object) -> None:
        """Hand the result to the caller's callback."""
        self._done(value)

    @Slot(str)
    def complain(self, text: str) -> None:
        """Hand the failure to the caller's callback."""
        self._failed(text)


class TaskThread(QThread):
    """A thread that keeps its worker alive for as long as it runs."""

    def __init__(self, worker: TaskWorker, parent: QObject) -> None:
        super().__init__(parent)
        self.worker = worker


def start_task(
    parent: QObject,
    task: Callable[[], object],
    done: Callable[[object], None],
    failed: Callable[[str], None],
) -> TaskThread:
    """Start `task` in a new thread; `done` or `failed` run on the GUI thread afterwards."""
    worker = TaskWorker(task)
    thread = TaskThread(worker, parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    relay = _Relay(done, failed, thread)
    worker.finished.connect(relay.deliver)
    worker.failed.connect(relay.complain)
    # Direct: the thread must stop even while the GUI thread is blocked waiting for it.
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread


def start_worker(
    parent: QObject,
    worker: QObject,
    ends: Sequence[SignalInstance],
    on_thread_done: Callable[[], None],
) -> QThread:
    """Move `worker` to a new thread, run its `run` slot there, stop when any of `ends` fires.

    The caller connects the worker's result signals to its own slots (they run on the GUI
    thread); `on_thread_done` runs once the thread has stopped.
    """
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    for signal in ends:
        # Direct: the thread must stop even while the GUI thread waits for it (closing).
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(on_thread_done)
    thread.start()
    return thread
