"""GUI fixtures: a window on a temporary database, with the dialog seam replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from optin_desk.services.this_computer import remember_recorder
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow


class FakeDialogs:
    """Answers modal questions from queues and remembers what it was shown."""

    def __init__(self) -> None:
        self.texts: list[str | None] = []
        self.files: list[Path | None] = []
        self.errors: list[str] = []
        self.opened: list[Path] = []
        self.urls: list[str] = []
        self.printed: list[Path] = []
        self.confirmations: list[bool] = []
        self.secrets: list[str | None] = []
        self.asked: list[str] = []  # every question and PIN prompt shown, in order

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None:
        return self.texts.pop(0)

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        self.asked.append(label)
        return self.secrets.pop(0)

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.confirmations.pop(0)

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        return self.files.pop(0)

    def save_file(self, parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
        return self.files.pop(0)

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        return self.files.pop(0)

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        self.errors.append(text)

    def open_externally(self, path: Path) -> None:
        self.opened.append(path)

    def open_url(self, url: str) -> None:
        self.urls.append(url)

    def print_pdf(self, parent: QWidget, path: Path) -> bool:
        self.printed.append(path)
        return True


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def open_window(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    daily_backup: bool = False,
) -> MainWindow:
    """The window on `database`; the daily backup only when a test is about it."""
    window = MainWindow(qsettings, dialogs, daily_backup=daily_backup)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_database(database)
    window.activateWindow()
    return window


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> MainWindow:
    """The window on a computer where Sam recorded before (tests/ui/test_recorded_by.py
    starts from a computer that remembers nobody)."""
    remember_recorder("Sam")
    return open_window(qtbot, database, dialogs, qsettings)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as a person at the keyboard would.

    QTest can only press keys of ASCII characters; other scripts arrive the way an input
    method delivers them, as committed text.
    """
    if text.isascii():
        qtbot.keyClicks(focused(), text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)
