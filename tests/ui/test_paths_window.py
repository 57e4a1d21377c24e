"""The window opens records in any folder (accents, %, spaces, #, ?) and says when a restore
holds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from optin_desk.app import open_in_window
from optin_desk.cli import main
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs


@pytest.mark.parametrize("folder", ["José", "50% off #2?"])
def test_the_window_opens_records_in_a_folder_named(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    folder: str,
) -> None:
    db = tmp_path / folder / "records.sqlite3"
    db.parent.mkdir()
    assert main(["--db", str(db), "init", "--business", "Ann's Deli", "--country", "GB"]) == 0
    capsys.readouterr()
    window = MainWindow(qsettings, dialogs, daily_backup=False)
    qtbot.addWidget(window)
    window.show()
    database = open_in_window(window, str(db))
    assert database is not None
    try:
        assert window.statusBar().currentMessage() == f"Records: {db}"
        assert window.windowTitle() == "OptIn Desk"
        assert dialogs.errors == []
    finally:
        database.dispose()


def test_an_action_kept_waiting_by_a_restore_says_so(qtbot: QtBot, database: Database) -> None:
    from sqlalchemy.exc import OperationalError

    from optin_desk.ui.failures import database_problem

    busy = OperationalError("INSERT", {}, Exception("database is locked"))
    assert "busy with another program" in database_problem(busy, database)
    live = database.sqlite_path
    assert live is not None
    marker = live.with_name(live.name + ".restoring")
    marker.touch()
    try:
        assert database_problem(busy, database) == (
            "The records are being restored from a backup. Nothing was recorded: "
            "try again in a moment."
        )
    finally:
        marker.unlink()
