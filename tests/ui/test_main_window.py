"""The main window opens on a database, and makes the daily backup in the background."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database

from .conftest import FakeDialogs, open_window


def test_the_window_opens_on_the_records_and_backs_them_up(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = open_window(qtbot, database, dialogs, qsettings)
    assert window.windowTitle() == "OptIn Desk"
    qtbot.waitUntil(
        lambda: "Daily backup made" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert dialogs.errors == []
    backups = list((database.data_dir / "backups").glob("optin-desk-*.sqlite3"))
    assert len(backups) == 1
    assert window.settings_page is not None
    assert "checked" in window.settings_page.backup_label.text()
