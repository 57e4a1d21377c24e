"""The Quality page's Stop button stays in sight at 1024x768 while the figures are read."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database

from .conftest import FakeDialogs, open_window
from .test_screen_fit import DECORATIONS, SCREEN, buttons_out_of_sight, settle, shop


def test_stop_reading_is_in_sight_while_the_figures_are_read(
    qtbot: QtBot, empty_database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    shop(empty_database, 6)
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    window.resize(SCREEN - DECORATIONS)
    titles = window.page_titles()
    window.show_page(titles.index("Quality"))
    settle()
    page = window.stack.currentWidget()
    reader = page.figures
    reader.label.setText(reader.tr("Reading the figures from the records…"))
    reader.progress.setRange(0, 0)
    reader.progress.show()
    reader.cancel_button.show()
    reader.show()
    settle()
    assert reader.cancel_button.isVisibleTo(window)
    assert buttons_out_of_sight(window, page) == []
