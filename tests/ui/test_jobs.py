"""Long work runs through one job registry: results, progress, cancelling, failures in words,
and closing the window waits for every job."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThread
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from optin_desk.services.errors import InputError
from optin_desk.storage.engine import Database
from optin_desk.ui.jobs import Cancelled, Control, Jobs

from .conftest import FakeDialogs, open_window


class Seen:
    """What the callbacks were told, and on which thread."""

    def __init__(self) -> None:
        self.events: list[object] = []
        self.threads: set[QThread] = set()

    def note(self, what: object) -> None:
        self.threads.add(QThread.currentThread())
        self.events.append(what)


def start(jobs: Jobs, seen: Seen, work: object) -> None:
    jobs.start(
        work,  # type: ignore[arg-type]
        lambda result: seen.note(("done", result)),
        lambda text: seen.note(("failed", text)),
        cancelled=lambda: seen.note("cancelled"),
        progress=lambda done, total: seen.note(("progress", done, total)),
        ended=lambda: seen.note("ended"),
    )


def test_a_job_reports_progress_then_its_result_on_the_gui_thread(qtbot: QtBot) -> None:
    jobs = Jobs()
    seen = Seen()

    def work(control: Control) -> int:
        for step in range(1, 4):
            control.progress(step, 3)
        return 42

    start(jobs, seen, work)
    qtbot.waitUntil(lambda: "ended" in seen.events, timeout=5000)
    assert seen.events == [
        ("progress", 1, 3),
        ("progress", 2, 3),
        ("progress", 3, 3),
        ("done", 42),
        "ended",
    ]
    assert seen.threads == {QThread.currentThread()}
    assert jobs.running() == []


def test_a_cancelled_job_says_so_and_gives_no_result(qtbot: QtBot) -> None:
    jobs = Jobs()
    seen = Seen()
    going = threading.Event()

    def work(control: Control) -> int:
        going.set()
        while not control.stop_requested():
            time.sleep(0.005)
        raise Cancelled

    start(jobs, seen, work)
    assert going.wait(5)
    [job] = jobs.running()
    job.cancel()
    qtbot.waitUntil(lambda: "ended" in seen.events, timeout=5000)
    assert seen.events == ["cancelled", "ended"]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (InputError("the category 'news' does not exist"), "the category 'news' does not exist"),
        (
            OperationalError("SELECT", {}, Exception("database or disk is full")),
            "The disk is full.",
        ),
    ],
)
def test_a_failure_is_put_into_words_once(qtbot: QtBot, error: Exception, words: str) -> None:
    jobs = Jobs()
    seen = Seen()

    def work(control: Control) -> int:
        raise error

    start(jobs, seen, work)
    qtbot.waitUntil(lambda: "ended" in seen.events, timeout=5000)
    assert len(seen.events) == 2
    kind, text = seen.events[0]  # type: ignore[misc]
    assert kind == "failed"
    assert str(text).startswith(words)


def test_a_failure_nobody_expected_goes_to_the_unexpected_error_handler(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = Jobs()
    seen = Seen()
    handled: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: handled.append(error))

    def work(control: Control) -> int:
        raise RuntimeError("a bug")

    start(jobs, seen, work)
    qtbot.waitUntil(lambda: "ended" in seen.events, timeout=5000)
    assert seen.events == ["ended"]
    assert [str(e) for e in handled] == ["a bug"]


def test_closing_the_window_during_back_up_now_leaves_no_thread_behind(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from optin_desk.services import backups

    real_backup = backups.make_backup
    copying = threading.Event()
    copied = threading.Event()

    def slow_backup(records: Database, folder: Path, pin: str | None = None) -> backups.BackupInfo:
        copying.set()
        time.sleep(0.5)  # a slow USB stick
        made = real_backup(records, folder, pin)
        copied.set()
        return made

    monkeypatch.setattr(backups, "make_backup", slow_backup)
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.files.append(stick)
    jobs = window.context.jobs
    qtbot.waitUntil(lambda: not jobs.running())  # what opening the window started (Today's)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    [job] = jobs.running()
    assert copying.wait(5)
    assert not copied.is_set()

    window.close()

    assert copied.is_set()  # the backup finished before the window let go
    assert not job.running
    assert jobs.running() == []
    database.dispose()
    qtbot.wait(50)  # what the job said on its way out is not shown by a closed window
    assert not window.statusBar().currentMessage().startswith("Backed up")
    assert dialogs.errors == []
    assert len(list(stick.glob("records-*.sqlite3"))) == 1
