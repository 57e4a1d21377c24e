"""The main window opens on a database, and makes the daily backup in the background."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database

from .conftest import FakeDialogs, open_window


def test_the_window_opens_on_the_records_and_backs_them_up(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = open_window(qtbot, database, dialogs, qsettings, daily_backup=True)
    assert window.windowTitle() == "OptIn Desk"
    qtbot.waitUntil(
        lambda: "Daily backup made" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert dialogs.errors == []
    backups = list((database.data_dir / "backups").glob("records-*.sqlite3"))
    assert len(backups) == 1
    assert window.settings_page is not None
    assert "checked" in window.settings_page.backup_label.text()
    today = window.today_page
    assert today is not None
    qtbot.waitUntil(lambda: today.backup.figure.text() == "Today", timeout=10_000)
    assert today.ledger.figure.text() == "Today"  # the backup verified the chain


def test_an_unexpected_error_is_logged_and_explained_not_shown_as_a_traceback(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import optin_desk.app as app

    window = open_window(qtbot, database, dialogs, qsettings)
    log = tmp_path / "optin-desk.log"
    monkeypatch.setattr(app, "log_file", lambda: log)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app._report_unexpected(window)
    try:
        raise RuntimeError("the disk went away")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "RuntimeError: the disk went away" in log.read_text()
    assert "Traceback" in log.read_text()
    assert dialogs.errors[-1].startswith("Something went wrong: RuntimeError: the disk went away")
    assert str(log) in dialogs.errors[-1]
