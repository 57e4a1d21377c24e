"""Erasing from the window: it says when another program still holds the file and finishes
when asked again; it offers the backups, erases them, and offers to delete what it cannot."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from optin_desk.services.backups import make_backup
from optin_desk.storage.engine import Database
from optin_desk.ui import erasure_steps
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs
from .test_contacts_page import add_people, open_contacts, search

TRACES = (b"Bob Stone", b"34612345678")


@pytest.fixture(autouse=True)
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window waits 10 s for another reader; a test does not."""
    monkeypatch.setattr(erasure_steps, "WAIT_SECONDS", 0.2)


def test_the_window_says_who_holds_the_file_and_finishes_when_asked_again(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    add_people(database)
    assert database.sqlite_path is not None
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Bob")
    with closing(sqlite3.connect(database.sqlite_path, isolation_level=None)) as other:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM contacts").fetchone()  # another program reading
        dialogs.confirmations += [True, False]  # erase; not yet: the other program is open
        qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
        assert "until another program that has it open" in dialogs.asked[-1]
        assert window.statusBar().currentMessage() == (
            "Erased on request; the number stays blocked (still readable in the file until "
            "the other reader closes)"
        )
    search(qtbot, page, "Cara")
    qtbot.waitUntil(lambda: page.selected_phone() == "+4915123456789", timeout=2000)
    dialogs.confirmations += [True]  # erase Cara; nobody else reads now
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Erased on request; the number stays blocked"
    content = database.sqlite_path.read_bytes()
    for trace in (*TRACES, b"Cara Gro"):
        assert trace not in content, trace


def test_the_window_erases_the_person_from_the_backups_when_asked(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    add_people(database)
    folder = database.data_dir / "backups"
    folder.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    backups = [make_backup(database, folder).path, make_backup(database, stick).path]
    assert all(b"Bob Stone" in backup.read_bytes() for backup in backups)
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Bob")
    dialogs.confirmations += [True, True]  # erase; and from the backups
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert "2 backups known to this program" in dialogs.asked[-1]
    # the backups are rewritten off the GUI thread; the window says when they are done
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Erased on request, and from 2 backups.",
        timeout=60_000,
    )
    for backup in backups:
        content = backup.read_bytes()
        for trace in TRACES:
            assert trace not in content, trace
        assert b"Ann Lee" in content
    damaged = folder / "records-20260101T000000Z.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"Cara Gro" * 50)
    search(qtbot, page, "Cara")
    qtbot.waitUntil(lambda: page.selected_phone() == "+4915123456789", timeout=2000)
    dialogs.confirmations += [True, True, True]  # erase; from the backups; delete the damaged
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().endswith(" that could not be rewritten."),
        timeout=60_000,
    )
    assert "could not be rewritten and still hold the person:" in dialogs.asked[-1]
    assert str(damaged) in dialogs.asked[-1]
    said = window.statusBar().currentMessage()
    assert said.startswith("Erased on request, and from 2 backups. Deleted ")
    assert said.endswith(" that could not be rewritten.")
    assert not damaged.exists()
    assert all(backup.exists() for backup in backups)
