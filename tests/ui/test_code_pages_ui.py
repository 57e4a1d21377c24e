"""An Arabic shop's window reads lists and replies saved by Excel in cp1256 as Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from optin_desk.domain.replies import ReplyKind
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.services.replies import ReplyRow
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, open_window


@pytest.fixture
def arabic_window(
    qtbot: QtBot, empty_database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> MainWindow:
    with empty_database.sessions() as session:
        setup = BusinessSetup(
            name="متجر الورد", country="AE", senders=("+971501230000",), language="ar"
        )
        create_business(session, setup)
    return open_window(qtbot, empty_database, dialogs, qsettings)


def test_the_check_page_shows_a_cp1256_lists_names(
    qtbot: QtBot, arabic_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """طارق alone could be read as Cyrillic capitals: the shop's code page settles it."""
    arabic_window.show_page_named("check-list")
    page = arabic_window.check_page
    assert page is not None
    listing = tmp_path / "list.csv"
    listing.write_bytes("Phone,Name\n0501239999,طارق\n0501234567,طارق\n".encode("cp1256"))
    dialogs.files.append(listing)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.loading is None, timeout=20_000)
    assert page.name_column.currentText() == "Name"
    assert page.preview.item(0, 1).text() == "طارق"


def test_a_cp1256_replies_file_is_read_as_arabic(
    qtbot: QtBot, arabic_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    arabic_window.show_page_named("opt-outs")
    page = arabic_window.optout_page
    assert page is not None
    page.tabs.setCurrentIndex(1)
    replies = tmp_path / "replies.txt"
    replies.write_bytes("+971 50 123 9999: إلغاء\n".encode("cp1256"))
    dialogs.files.append(replies)
    qtbot.mouseClick(page.replies.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.replies.model.rowCount() == 1, timeout=5000)
    row: ReplyRow = page.replies.model.rows()[0]
    assert (row.message, row.kind) == ("إلغاء", ReplyKind.OPT_OUT)
