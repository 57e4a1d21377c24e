"""One way to run long work off the GUI thread: progress, cancel, a result or a failure in words.

The work runs in a `QThread` of its own and never touches a widget: it reports progress and
its outcome by signal, and the callbacks run on the GUI thread. Every job is known to one
`Jobs` registry, which the window asks to cancel and wait for them all when it closes.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from optin_desk.ui.failures import failure_words

if TYPE_CHECKING:
    from optin_desk.services.handle import Records

T = TypeVar("T")


class Cancelled(Exception):  # noqa: N818 (a request honoured, not an error)
    """Raised by a job's work when it stopped because it was asked to."""


@dataclass(frozen=True)
class Control:
    """What the work may call from its own thread: report progress, ask whether to stop."""

    progress: Callable[[int, int], None]
    stop_requested: Callable[[], bool]


class _Runner(QThread):
    """Calls the work in its own thread; says how it went by signal (plain data only)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    stopped = Signal()
    crashed = Signal(object)

    def __init__(
        self, work: Callable[[Control], object], describe: Callable[[BaseException], str | None]
    ) -> None:
        super().__init__()
        self._work = work
        self._describe = describe
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (called from the GUI thread)."""
        self._stop.set()

    def run(self) -> None:
        """Do the work (in the new thread)."""
        control = Control(self.progressed.emit, self._stop.is_set)
        try:
            result = self._work(control)
        except Cancelled:
            self.stopped.emit()
        except Exception as error:  # put into words, or handed to the GUI thread
            text = self._describe(error)
            if text is None:
                self.crashed.emit(error)
            else:
                self.failed.emit(text)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One piece of work under way; its callbacks run on the GUI thread, once."""

    def __init__(
        self,
        runner: _Runner,
        done: Callable[[object], None],
        failed: Callable[[str], None],
        cancelled: Callable[[], None] | None,
        progress: Callable[[int, int], None] | None,
        ended: Callable[[], None] | None,
        registry: Jobs,
    ) -> None:
        super().__init__()
        self._registry = registry
        self._runner = runner
        self._done = done
        self._failed = failed
        self._cancelled = cancelled
        self._progress = progress
        self._ended = ended
        self._silent = False
        runner.progressed.connect(self._on_progress)
        runner.succeeded.connect(self._on_success)
        runner.failed.connect(self._on_failure)
        runner.stopped.connect(self._on_stop)
        runner.crashed.connect(self._on_crash)
        runner.finished.connect(self._on_finished)

    @property
    def running(self) -> bool:
        """Whether the work has not ended yet."""
        return self._runner.isRunning() or not self._runner.isFinished()

    def cancel(self) -> None:
        """Ask the work to stop; `cancelled` runs if it did."""
        self._runner.cancel()

    def silence(self) -> None:
        """Call none of the callbacks any more (the window is closing)."""
        self._silent = True

    def wait(self, milliseconds: int | None = None) -> bool:
        """Block until the work has ended (for ever unless `milliseconds` is given)."""
        return self._runner.wait() if milliseconds is None else self._runner.wait(milliseconds)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._silent and self._progress is not None:
            self._progress(done, total)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        if not self._silent:
            self._done(result)

    @Slot(str)
    def _on_failure(self, text: str) -> None:
        if not self._silent:
            self._failed(text)

    @Slot()
    def _on_stop(self) -> None:
        if not self._silent and self._cancelled is not None:
            self._cancelled()

    @Slot(object)
    def _on_crash(self, error: object) -> None:
        assert isinstance(error, BaseException)
        sys.excepthook(type(error), error, error.__traceback__)  # logged and explained

    @Slot()
    def _on_finished(self) -> None:
        # `finished` is emitted just before the thread ends: let it end before deleting it
        # (a QThread destroyed while running aborts the process).
        self._runner.wait()
        self._registry.forget(self)
        if not self._silent and self._ended is not None:
            self._ended()


class Jobs(QObject):
    """Knows every job of one window, so that closing it leaves no thread behind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: Records | None = None
        """The records the jobs work on (names the problem when one is being restored)."""
        self._jobs: list[Job] = []
        self._ended: list[Job] = []

    def _describe(self, error: BaseException) -> str | None:
        return failure_words(error, self.records)

    def start(
        self,
        work: Callable[[Control], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
        *,
        cancelled: Callable[[], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        ended: Callable[[], None] | None = None,
    ) -> Job:
        """Run `work` in a new thread; `done(result)`, `failed(words)` or `cancelled()` then
        `ended()` run on the GUI thread afterwards."""
        runner = _Runner(work, self._describe)
        job = Job(
            runner,
            cast(Callable[[object], None], done),
            failed,
            cancelled,
            progress,
            ended,
            self,
        )
        self._jobs.append(job)
        runner.start()
        return job

    def running(self) -> list[Job]:
        """The jobs that have not ended yet."""
        return [job for job in self._jobs if job.running]

    def forget(self, job: Job) -> None:
        """Drop a job that has ended (let go of on the next turn of the event loop, not from
        inside one of its own slots: Python owns jobs, and deleting a QObject while it
        handles a signal crashes)."""
        if job in self._jobs:
            self._jobs.remove(job)
            self._ended.append(job)
            QTimer.singleShot(0, self, self._bury)

    def _bury(self) -> None:
        self._ended = [job for job in self._ended if job.running]

    def shut_down(self) -> None:
        """Cancel every job, wait until each has ended, and call no callback afterwards.

        A backup or a check that cannot stop at once is waited for: a thread cut off would
        abort the program, and a backup cut off would be no backup."""
        jobs = list(self._jobs)
        for job in jobs:
            job.silence()
            job.cancel()
        for job in jobs:
            job.wait()
