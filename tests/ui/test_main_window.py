"""The main window opens on a database."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow


def test_the_window_opens_and_says_which_records_it_shows(qtbot: QtBot, database: Database) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "OptIn Desk"
    window.attach_database(database)
    assert "records.sqlite3" in window.statusBar().currentMessage()
