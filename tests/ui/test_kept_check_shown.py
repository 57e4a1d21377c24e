"""The Check list page, before any list is opened there, shows the last check kept: its rows
as they were judged, which check it is, and whether it was recorded as sent."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from optin_desk.documents.lists import read_pasted
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database
from optin_desk.storage.models import CheckRun
from optin_desk.ui.check_page import CheckPage
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


def _check_page(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> CheckPage:
    """The window opened on the Check list page, as a person clicks it."""
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    return page


def test_the_last_kept_check_is_shown_with_its_rows(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    check_id = _kept_check(database)
    page = _check_page(qtbot, database, dialogs, qsettings)
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
    page = _check_page(qtbot, database, dialogs, qsettings)
    qtbot.waitUntil(lambda: "recorded as sent on" in page.message.text())
    assert not page.sent_button.isEnabled()


def test_kept_rows_changed_outside_the_program_are_one_line_on_the_page(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    check_id = _kept_check(database)
    with database.sessions() as session:
        session.execute(update(CheckRun).where(CheckRun.id == check_id).values(results=b"x"))
        session.commit()
    page = _check_page(qtbot, database, dialogs, qsettings)
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
        page = _check_page(qtbot, database, dialogs, qsettings)
        spanish = f"La última revisión guardada, {check_id}: 3 filas"
        qtbot.waitUntil(lambda: page.message.text().startswith(spanish))
    finally:
        uninstall_language(qapp)


def _two_kept_checks(database: Database) -> tuple[int, int]:
    earlier = _kept_check(database)
    with database.sessions() as session:
        later = run_check(session, read_pasted("07911 123456\n0792"), "offers", "y").check_id
    return earlier, later


def test_an_earlier_kept_check_is_chosen_and_shown_with_its_rows(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    earlier, later = _two_kept_checks(database)
    with database.sessions() as session:
        record_sent(session, earlier)
    page = _check_page(qtbot, database, dialogs, qsettings)
    box = page.kept
    qtbot.waitUntil(lambda: box.count() == 3)
    assert box.itemText(0) == "Checks kept: 2"
    assert box.itemText(1).startswith(f"{later} · ")
    assert box.itemText(1).endswith(" · pasted text · Offers & new products · 2 rows")
    assert box.itemText(2).startswith(f"{earlier} · ")
    assert " · 3 rows · sent " in box.itemText(2)
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 2)  # the last one, at first
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the earlier one, chosen from the keyboard
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 3)
    assert page.message.text().startswith(f"Check {earlier}, kept on ")
    assert "3 rows of" in page.message.text()
    assert "recorded as sent on" in page.message.text()
    assert not page.sent_button.isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # back to the last one
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 2)
    assert page.message.text().startswith(f"The last check kept, {later}: 2 rows")
    assert page.sent_button.isEnabled()


def test_a_check_made_in_the_window_joins_the_kept_checks(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    _kept_check(database)
    page = _check_page(qtbot, database, dialogs, qsettings)
    qtbot.waitUntil(lambda: page.kept.count() == 2)
    page.load_text("07911 123456\n07911 123457\n")
    qtbot.waitUntil(lambda: page.check_button.isEnabled())
    assert page.kept.currentIndex() == 0
    page.check_button.click()
    qtbot.waitUntil(lambda: page.kept.count() == 3)
    assert page.kept.itemText(0) == "Checks kept: 2"
    assert page.kept.itemText(1).endswith(" · pasted text · Offers & new products · 2 rows")


def test_the_kept_checks_are_listed_in_the_windows_language(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, qapp: QApplication
) -> None:
    earlier, _later = _two_kept_checks(database)
    install_language(qapp, "es")
    try:
        page = _check_page(qtbot, database, dialogs, qsettings)
        qtbot.waitUntil(lambda: page.kept.count() == 3)
        assert page.kept.itemText(0) == "Revisiones guardadas: 2"
        assert page.kept.itemText(2).endswith(" · 3 filas")
        qtbot.waitUntil(lambda: page.results_model.rowCount() == 2)
        page.kept.setFocus()
        qtbot.keyClick(page.kept, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: page.results_model.rowCount() == 3)
        assert page.message.text().startswith(f"Revisión {earlier}, guardada el ")
        assert page.message.text().endswith(" filas de pasted text para Offers & new products.")
    finally:
        uninstall_language(qapp)
