"""Settings point this computer at other records (the shop's server) from the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.services.this_computer import records_choice
from optin_desk.storage.engine import open_database
from optin_desk.ui.main_window import MainWindow
from optin_desk.ui.records_place import RecordsPlace


def other_shop(path: Path) -> Path:
    database = open_database(str(path))
    try:
        with database.sessions() as session:
            create_business(session, BusinessSetup(name="Harbour Books", country="GB", senders=()))
    finally:
        database.dispose()
    return path


def records_place(window: MainWindow) -> RecordsPlace:
    window.show_page_named("settings")
    assert window.settings_page is not None
    place = window.settings_page.findChild(RecordsPlace)
    assert place is not None
    return place


def test_records_are_tried_before_they_can_be_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    place = records_place(window)
    assert place.current.text().startswith("Open now: ")
    assert not place.use_button.isEnabled()
    missing = tmp_path / "typo.sqlite3"
    place.location.setText(str(missing))
    qtbot.mouseClick(place.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: place.try_button.isEnabled(), timeout=10_000)
    assert place.outcome.text().startswith("These records cannot be used: ")
    assert not place.use_button.isEnabled()
    assert not missing.exists()

    shop = other_shop(tmp_path / "harbour.sqlite3")
    place.location.setText(str(shop))
    qtbot.mouseClick(place.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: place.try_button.isEnabled(), timeout=10_000)
    assert place.outcome.text() == "These are the records of Harbour Books: 3 entries."
    assert place.use_button.isEnabled()
    qtbot.mouseClick(place.use_button, Qt.MouseButton.LeftButton)
    assert records_choice() == str(shop)
    assert f"Opened at each start: {shop}" in place.current.text()
    assert "start it again" in place.outcome.text()

    place.location.setText(str(shop) + "x")  # typed on after trying: try again first
    assert not place.use_button.isEnabled()
    qtbot.mouseClick(place.default_button, Qt.MouseButton.LeftButton)
    assert records_choice() is None
    assert "Opened at each start" not in place.current.text()
    assert not place.default_button.isEnabled()
