"""The Check list page, before any list is opened there, shows the last check kept: its rows
as they were judged, which check it is, and whether it was recorded as sent."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from optin_desk.documents.lists import read_pasted
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database
from optin_desk.storage.models import CheckRun
from optin_desk.ui.language import install_language, uninstall_language

from .conftest import FakeDialogs, open_window


def _kept_check(database: Database) -> int:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["offers"], method="in_person"),
            database.evidence_dir,
        )
        done = run_check(session, read_pasted("07911 123456\n07400 123456\n0791"), "offers", "x")
    return done.check_id


def test_the_last_kept_check_is_shown_with_its_rows(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    check_id = _kept_check(database)
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 3)  # read off the GUI thread
    assert page.message.text().startswith(f"The last check kept, {check_id}: 3 rows of")
    assert page.counts.text().startswith("Send: 1")
    assert page.sent_button.isEnabled()
    assert page.report_button.isEnabled()


def test_a_kept_check_recorded_as_sent_says_so_and_cannot_be_recorded_again(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    check_id = _kept_check(database)
    with database.sessions() as session:
        record_sent(session, check_id)
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    qtbot.waitUntil(lambda: "recorded as sent on" in page.message.text())
    assert not page.sent_button.isEnabled()


def test_kept_rows_changed_outside_the_program_are_one_line_on_the_page(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    check_id = _kept_check(database)
    with database.sessions() as session:
        session.execute(update(CheckRun).where(CheckRun.id == check_id).values(results=b"x"))
        session.commit()
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    said = f"the rows kept with check {check_id} cannot be read"
    qtbot.waitUntil(lambda: said in page.message.text())
    assert page.results_model.rowCount() == 0
    assert not page.sent_button.isEnabled()


def test_the_kept_check_is_named_in_the_windows_language(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, qapp: QApplication
) -> None:
    check_id = _kept_check(database)
    install_language(qapp, "es")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        window.show_page_named("check-list")
        page = window.check_page
        assert page is not None
        spanish = f"La última revisión guardada, {check_id}: 3 filas"
        qtbot.waitUntil(lambda: page.message.text().startswith(spanish))
    finally:
        uninstall_language(qapp)
