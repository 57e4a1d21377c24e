"""The window built from the first look, while the records open in the background."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from optin_desk.domain.consent import ConsentState
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.first_look import take_first_look
from optin_desk.services.handle import Records
from optin_desk.services.this_computer import remember_recorder
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs, focused, press, type_text

TAB = Qt.Key.Key_Tab
ALT = Qt.KeyboardModifier.AltModifier


class Gate:
    """The background opening, held until the test lets it through."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.let_through = threading.Event()
        self.opened_on: list[str] = []

    def opening(self) -> Records:
        self.opened_on.append(threading.current_thread().name)
        assert self.let_through.wait(30), "the test never let the records open"
        return Records.of(self.database)


def first_look_window(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, gate: Gate
) -> MainWindow:
    remember_recorder("Sam")
    assert database.sqlite_path is not None
    look = take_first_look(str(database.sqlite_path))
    assert look is not None
    window = MainWindow(qsettings, dialogs, daily_backup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_first_look(look, gate.opening)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def gate(database: Database) -> Gate:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest("07911 123999", ["orders"], "in_person", "Zoë Hart", by="Sam"),
            Path(),
        )
    return Gate(database)


def test_save_before_the_records_finished_opening_waits_and_saves(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    gate: Gate,
    tmp_path: Path,
) -> None:
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)  # the form Ann signed
    window = first_look_window(qtbot, database, dialogs, qsettings, gate)
    window.show_page_named("contacts")
    contacts = window.contacts_page
    assert contacts is not None
    assert contacts.model is not None
    assert contacts.model.rowCount() == 1  # shown from the first look
    assert contacts.model.data(contacts.model.index(0, 0)) == "Zoë Hart"
    window.show_page_named("sign-ups")
    page = window.signup_page
    assert page is not None
    assert focused() is page.serial
    qtbot.waitUntil(lambda: bool(gate.opened_on))  # painted: the opening thread started
    assert not window.context.slot.is_ready
    type_text(qtbot, serial)
    press(qtbot, TAB)
    type_text(qtbot, "Ann Lee")
    press(qtbot, TAB)
    type_text(qtbot, "07911 123456")  # typing never waits for the records
    press(qtbot, Qt.Key.Key_1, ALT)
    assert page.name.text() == "Ann Lee"
    assert page.phone.text() == "07911 123456"
    assert not window.context.slot.is_ready
    ticks: list[int] = []
    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start(10)  # the window's own event loop keeps turning while Save waits
    QTimer.singleShot(300, gate.let_through.set)
    press(qtbot, Qt.Key.Key_Return)
    beat.stop()
    assert window.context.slot.is_ready
    assert len(ticks) >= 5
    assert "Saved Ann Lee: Order & payment updates" in window.statusBar().currentMessage()
    assert page.recent.count() == 1
    with database.reading() as session:
        assert contact_status(session, "+447911123456").state_of("orders") is ConsentState.OPTED_IN
        assert {e.form_serial for e in contact_history(session, "+447911123456")[1]} == {serial}
    assert gate.opened_on == ["opening the records"]  # once, off the GUI thread


def test_what_was_typed_while_opening_is_judged_once_the_records_are_open(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, gate: Gate
) -> None:
    window = first_look_window(qtbot, database, dialogs, qsettings, gate)
    window.show_page_named("sign-ups")
    page = window.signup_page
    assert page is not None
    press(qtbot, TAB)
    press(qtbot, TAB)
    type_text(qtbot, "07911 123999")
    assert page.on_file.text() == ""  # not looked up yet
    gate.let_through.set()
    qtbot.waitUntil(lambda: window.context.slot.is_ready)
    qtbot.waitUntil(lambda: "Zoë Hart" in page.on_file.text())
    assert page.name.text() == "Zoë Hart"
    assert window.today_page is not None
    qtbot.waitUntil(
        lambda: window.today_page is not None and window.today_page.snapshot is not None
    )


def test_closing_while_the_records_open_waits_for_them(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, gate: Gate
) -> None:
    window = first_look_window(qtbot, database, dialogs, qsettings, gate)
    qtbot.waitUntil(lambda: bool(gate.opened_on))
    threading.Timer(0.2, gate.let_through.set).start()  # closing holds the GUI thread
    window.close()
    qtbot.wait(50)  # the thread's "done" reached the event loop after the close
    assert not window.context.slot.is_ready  # so nothing starts on a closed window
    assert window.watcher is None
    opened: list[Records] = window.context.slot.let_go()
    assert [records.url for records in opened] == [database.url]  # handed back to dispose


PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import optin_desk.ui.main_window as main_window

class Probed(main_window.MainWindow):
    def _build_pages(self):
        super()._build_pages()
        self.show_page_named("contacts")
        QTimer.singleShot(0, self._usable)

    def _usable(self):
        self.repaint()
        rows = self.contacts_page.model.rowCount()
        loaded = sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules)
        print(f"rows={rows} ready={self.signup_page.isEnabled()} loaded={loaded}", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)

main_window.MainWindow = Probed
from optin_desk.cli import main
main(["--db", sys.argv[1]])
"""


def test_the_window_is_usable_before_sqlalchemy_is_loaded(database: Database, gate: Gate) -> None:
    import os
    import subprocess
    import sys

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run(
        [sys.executable, "-c", PROBE, str(database.sqlite_path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=True,
    )
    assert shown.stdout.strip().splitlines()[-1] == "rows=1 ready=True loaded=[]"
