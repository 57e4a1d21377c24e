"""'Recorded by' on a computer that remembers nobody yet: required on every page that records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from optin_desk.services.this_computer import remembered_recorder
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent
from optin_desk.ui.main_window import MainWindow
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs, focused, open_window, press, type_text

ALT = Qt.KeyboardModifier.AltModifier
NEEDED = "Choose or type who is recording this."


def events(database: Database) -> int:
    with database.reading() as session:
        people = ConsentEvent.contact_id.is_not(None)  # not the shop's categories' kinds
        return int(
            session.scalar(select(func.count()).select_from(ConsentEvent).where(people)) or 0
        )


def new_computer(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> MainWindow:
    assert remembered_recorder() == ""
    window = open_window(qtbot, database, dialogs, qsettings)
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page_named("sign-ups")  # it opens on Today
    return window


def test_a_sign_up_without_who_records_it_saves_nothing_and_keeps_the_form(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, tmp_path: Path
) -> None:
    window = new_computer(qtbot, database, dialogs, qsettings)
    page = window.signup_page
    assert page is not None
    assert page.recorded_by.name() == ""
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
    page.serial.setFocus()
    type_text(qtbot, serial)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Ann Lee")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "07911 123456")
    press(qtbot, Qt.Key.Key_1, ALT)
    press(qtbot, Qt.Key.Key_Return)
    assert page.recorded_by.problem.text() == NEEDED  # beside the field
    assert page.recorded_by.problem.isVisible()
    assert "who is recording" in page.message.text()
    assert focused() is page.recorded_by.names
    assert events(database) == 0
    assert (page.name.text(), page.phone.text()) == ("Ann Lee", "07911 123456")
    assert page.category_boxes["orders"].isChecked()
    type_text(qtbot, "Marta")
    assert page.recorded_by.problem.text() == ""
    press(qtbot, Qt.Key.Key_Return)
    assert "Saved Ann Lee" in window.statusBar().currentMessage()
    assert events(database) == 1
    assert remembered_recorder() == "Marta"
    assert page.recorded_by.name() == "Marta"  # kept for the next form


def test_an_opt_out_without_who_records_it_records_nothing(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = new_computer(qtbot, database, dialogs, qsettings)
    window.show_page_named("opt-outs")
    page = window.optout_page
    assert page is not None
    page.find_box.setFocus()
    type_text(qtbot, "07911 123456")
    press(qtbot, Qt.Key.Key_Return)
    assert page.record_button.isEnabled()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.recorded_by.problem.text() == NEEDED
    assert events(database) == 0
    assert page.find_box.text() == "07911 123456"
    page.recorded_by.names.setFocus()
    type_text(qtbot, "Kim")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert events(database) == 1
    with database.reading() as session:
        people = ConsentEvent.contact_id.is_not(None)
        assert session.scalars(select(ConsentEvent.recorded_by).where(people)).one() == "Kim"


def test_the_staff_list_from_settings_is_offered(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    window.show_page_named("settings")
    settings = window.settings_page
    assert settings is not None
    settings.staff.setPlainText("Marta\nLuis")
    settings.save()
    page = window.signup_page
    assert page is not None
    page.refresh()
    names = page.recorded_by.names
    assert [names.itemText(i) for i in range(names.count())] == ["Sam", "Marta", "Luis"]
    assert names.currentText() == "Sam"  # who recorded here last


def test_check_list_starts_on_the_first_marketing_kind(window: MainWindow) -> None:
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    assert page.category.currentData() == "offers"
