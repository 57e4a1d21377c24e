"""Typing in paper sign-ups with the keyboard only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from optin_desk.domain.consent import ConsentState
from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.this_computer import remember_recorder, remembered_recorder
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs, focused, open_window, press, type_text

TAB = Qt.Key.Key_Tab
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> MainWindow:
    """The window on a computer where Sam recorded before, on the Sign-ups page (it opens on
    Today)."""
    remember_recorder("Sam")
    shown = open_window(qtbot, database, dialogs, qsettings)
    shown.show_page_named("sign-ups")
    return shown


@pytest.fixture
def forms(database: Database, tmp_path: Path) -> Iterator[str]:
    """The serials of a stack of blank forms the shop printed, as staff read them off the
    signed forms that came back (a paper sign-up is typed in with its serial)."""
    with database.sessions() as session:
        return iter(printed_serials(session, tmp_path, 4))


def enter_form(
    qtbot: QtBot,
    serial: str,
    name: str,
    phone: str,
    boxes: list[Qt.Key],
    elsewhere: bool = False,
) -> None:
    type_text(qtbot, serial)
    press(qtbot, TAB)
    type_text(qtbot, name)
    press(qtbot, TAB)
    type_text(qtbot, phone)
    for box in boxes:
        press(qtbot, box, ALT)
    if elsewhere:  # "Form from another print run"
        press(qtbot, Qt.Key.Key_F, ALT)
    press(qtbot, Qt.Key.Key_Return)


def test_three_paper_signups_without_touching_the_mouse(
    qtbot: QtBot, window: MainWindow, database: Database, forms: Iterator[str]
) -> None:
    page = window.signup_page
    assert page is not None
    assert focused() is page.serial
    enter_form(qtbot, "K3M9", "Ann Lee", "07911 123456", [Qt.Key.Key_1, Qt.Key.Key_3])
    assert "K3M9 is not a serial this shop printed" in page.serial_feedback.text()
    assert "another print run" in page.message.text()
    assert page.name.text() == "Ann Lee"  # nothing saved, nothing lost
    press(qtbot, Qt.Key.Key_F, ALT)
    assert page.elsewhere.isChecked()
    assert page.serial_feedback.text().startswith("✓ K3M9: a form from another print run")
    press(qtbot, Qt.Key.Key_Return)
    assert "Saved Ann Lee: Order & payment updates, Offers & new products" in (
        window.statusBar().currentMessage()
    )
    assert focused() is page.serial
    assert page.phone.text() == ""
    bob_form = next(forms)
    enter_form(qtbot, bob_form, "Bob Stone", "+34 612 345 678", [Qt.Key.Key_2])
    enter_form(qtbot, "Q7", "نور الهاشمي", "4915123456789", [Qt.Key.Key_1], elsewhere=True)
    assert page.counter.text() == "Entered this session: 3"
    assert page.recent.count() == 3
    assert (
        page.recent.item(0)
        .text()
        .endswith("نور الهاشمي — +49 1512 3456789 — Order & payment updates")
    )
    assert "Ann Lee — 07911 123456 — Order & payment updates, Offers & new products" in (
        page.recent.item(2).text()
    )
    with database.sessions() as session:
        ann = contact_status(session, "+447911123456")
        assert ann.name == "Ann Lee"
        assert ann.state_of("orders") is ConsentState.OPTED_IN
        assert ann.state_of("offers") is ConsentState.OPTED_IN
        assert ann.state_of("delivery") is ConsentState.NONE
        _, events = contact_history(session, "+447911123456")
        assert {e.form_serial for e in events} == {"K3M9"}
        assert {e.note for e in events} == {"form from another print run"}
        assert {e.recorded_by for e in events} == {"Sam"}
        assert {e.method.value for e in events} == {"paper_form"}
        assert contact_status(session, "+34612345678").state_of("delivery") is ConsentState.OPTED_IN
        assert [e.form_serial for e in contact_history(session, "+34612345678")[1]] == [bob_form]
        assert contact_status(session, "+4915123456789").name == "نور الهاشمي"


def test_the_number_is_checked_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    page = window.signup_page
    assert page is not None
    page.phone.setFocus()
    type_text(qtbot, "07911 12")
    assert page.phone_feedback.text() == "✗ too short for United Kingdom"
    type_text(qtbot, "3456")
    assert page.phone_feedback.text() == "✓ 07911 123456"


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("es", "07911 12", "✗ demasiado corto para Reino Unido"),
        ("es", "+34 612 34", "✗ demasiado corto para España"),  # the number's own country
        ("es", "+999 1234 5678", "✗ prefijo de país desconocido +999"),
        ("ar", "07911 12", "✗ أقصر من أن يكون رقمًا من المملكة المتحدة"),
        ("ar", "07700 900123", "✗ ليس رقمًا صالحًا في المملكة المتحدة"),
    ],
)
def test_why_a_number_is_refused_is_said_in_the_window_language(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
    language: str,
    typed: str,
    said: str,
) -> None:
    from optin_desk.ui.language import install_language, uninstall_language

    install_language(qapp, language)
    remember_recorder("Sam")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        page = window.signup_page
        assert page is not None
        qtbot.keyClicks(page.phone, typed)
        assert page.phone_feedback.text() == said
    finally:
        uninstall_language(qapp)


def test_a_form_with_a_bad_number_or_no_box_is_not_saved(
    qtbot: QtBot, window: MainWindow, database: Database, forms: Iterator[str]
) -> None:
    page = window.signup_page
    assert page is not None
    enter_form(qtbot, next(forms), "Ann", "0791", [Qt.Key.Key_1])
    assert "too short" in page.message.text()
    assert focused() is page.phone
    page.phone.clear()
    type_text(qtbot, "07911 123456")
    press(qtbot, Qt.Key.Key_1, ALT)  # untick again: nothing chosen
    press(qtbot, Qt.Key.Key_Return)
    assert "Tick at least one" in page.message.text()
    assert page.counter.text() == "Entered this session: 0"


def test_a_number_already_on_file_shows_the_person_and_adds_to_them(
    qtbot: QtBot, window: MainWindow, database: Database, forms: Iterator[str]
) -> None:
    page = window.signup_page
    assert page is not None
    enter_form(qtbot, next(forms), "Ann Lee", "07911 123456", [Qt.Key.Key_3])
    type_text(qtbot, next(forms))  # a second form of hers came back
    press(qtbot, TAB)
    press(qtbot, TAB)
    type_text(qtbot, "+44 7911 123456")
    assert page.on_file.text().startswith("On file: Ann Lee")
    assert "Offers & new products: opted in" in page.on_file.text()
    assert page.name.text() == "Ann Lee"
    press(qtbot, Qt.Key.Key_2, ALT)
    press(qtbot, Qt.Key.Key_Return)
    with database.sessions() as session:
        status = contact_status(session, "07911123456")
    assert status.state_of("delivery") is ConsentState.OPTED_IN
    assert status.state_of("offers") is ConsentState.OPTED_IN


def test_undo_last_voids_the_entry_with_a_reason(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, forms: Iterator[str]
) -> None:
    page = window.signup_page
    assert page is not None
    enter_form(qtbot, next(forms), "Ann Lee", "07911 123456", [Qt.Key.Key_1, Qt.Key.Key_3])
    dialogs.texts.append("typed the wrong form")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.counter.text() == "Entered this session: 0"
    assert not page.undo_button.isEnabled()
    assert page.recent.item(0).font().strikeOut()
    assert "(voided: typed the wrong form)" in page.recent.item(0).text()
    with database.sessions() as session:
        status, events = contact_history(session, "07911123456")
    assert status.state_of("orders") is ConsentState.NONE
    assert [e.action.value for e in events] == ["opt_in", "opt_in", "void", "void"]
    assert {e.reason for e in events[2:]} == {"typed the wrong form"}


def test_a_scan_is_attached_and_the_recorder_remembered(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: FakeDialogs,
    tmp_path: Path,
    forms: Iterator[str],
) -> None:
    page = window.signup_page
    assert page is not None
    scan = tmp_path / "form.png"
    scan.write_bytes(b"\x89PNG pretend")
    dialogs.files.append(scan)
    page.choose_scan()
    assert page.recorded_by.name() == "Sam"  # remembered on this computer
    page.recorded_by.names.setFocus()
    page.recorded_by.names.lineEdit().selectAll()
    type_text(qtbot, "Rosa")
    page.serial.setFocus()
    enter_form(qtbot, next(forms), "Ann", "07911 123456", [Qt.Key.Key_1])
    with database.sessions() as session:
        _, events = contact_history(session, "07911123456")
    assert events[0].evidence_sha256 is not None
    assert events[0].recorded_by == "Rosa"
    assert page.recorded_by.name() == "Rosa"
    assert remembered_recorder() == "Rosa"


def drop_file(widget: QWidget, path: Path) -> None:
    """What the window system delivers when a file is dragged from a folder and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    position = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        widget.rect().center(),  # a QPoint: PySide6 before 6.12 takes no QPointF here
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def test_a_scan_dropped_on_the_page_is_attached(window: MainWindow, tmp_path: Path) -> None:
    page = window.signup_page
    assert page is not None
    scan = tmp_path / "signed form.pdf"
    scan.write_bytes(b"%PDF-1.4 pretend")
    drop_file(page, scan)
    assert page.scan.text() == str(scan)


def test_a_returned_form_is_typed_in_by_its_serial(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    from optin_desk.services.forms import PrintRequest, print_forms

    with database.sessions() as session:
        printed = print_forms(session, PrintRequest(count=2, language="es"), tmp_path / "f.pdf")
    assert printed is not None
    first, second = printed.serials
    page = window.signup_page
    assert page is not None
    page.serial.setFocus()
    type_text(qtbot, first[:6])
    assert page.serial_feedback.text() == ""  # still typing: nothing to complain of yet
    type_text(qtbot, first[6:])
    assert page.serial_feedback.text().startswith(f"✓ form {first}: es wording v1")
    press(qtbot, TAB)
    type_text(qtbot, "Lucía Pérez")
    press(qtbot, TAB)
    type_text(qtbot, "+34 699 111 222")
    press(qtbot, Qt.Key.Key_1, ALT)
    press(qtbot, Qt.Key.Key_Return)
    assert "Saved Lucía Pérez" in window.statusBar().currentMessage()
    with database.sessions() as session:
        _, events = contact_history(session, "+34699111222")
    assert {(e.form_serial, e.wording_language) for e in events} == {(first, "es")}
    enter_form(qtbot, first, "Eve", "07911 123457", [Qt.Key.Key_1])
    assert "already entered: Lucía Pérez" in page.serial_feedback.text()
    assert "already entered" in page.message.text()
    assert focused() is page.serial
    page.serial.clear()
    mistyped = second[:2] + ("Z" if second[2] != "Z" else "Y") + second[3:]
    type_text(qtbot, mistyped)
    assert "mistyped" in page.serial_feedback.text()
    page.serial.clear()
    type_text(qtbot, "0000-0000-0")
    assert "never printed here" in page.serial_feedback.text()
    with database.sessions() as session:
        assert contact_status(session, "07911 123457").known is False


def test_a_clock_behind_the_last_record_is_questioned_before_saving(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    forms: Iterator[str],
) -> None:
    from datetime import timedelta

    from optin_desk.domain.when import utc_now
    from optin_desk.services.consent import OptInRequest, record_opt_in

    ahead = utc_now() + timedelta(days=30)
    monkeypatch.setattr("optin_desk.services.consent.utc_now", lambda: ahead)
    with database.sessions() as session:
        record_opt_in(
            session, OptInRequest("07911 000999", ["orders"], "in_person"), database.evidence_dir
        )
    monkeypatch.undo()
    asked: list[str] = []

    def confirm(parent: QWidget, title: str, text: str) -> bool:
        asked.append(text)
        return dialogs.confirmations.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    dialogs.confirmations = [False, True]
    enter_form(qtbot, next(forms), "Ann Lee", "07911 123456", [Qt.Key.Key_1])
    assert asked[0].startswith("The computer's clock says ")
    assert "Is the computer's clock right now?" in asked[0]
    with database.sessions() as session:
        assert not contact_status(session, "+447911123456").known
    press(qtbot, Qt.Key.Key_Return)  # the form is still filled in: save again, clock confirmed
    assert len(asked) == 2
    assert "Saved Ann Lee" in window.statusBar().currentMessage()
    with database.sessions() as session:
        assert contact_status(session, "+447911123456").state_of("orders") is ConsentState.OPTED_IN


def test_an_arabic_window_shows_the_signing_date_year_first(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
) -> None:
    from datetime import date

    from optin_desk.ui.language import install_language, uninstall_language

    install_language(qapp, "ar")
    remember_recorder("Sam")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        page = window.signup_page
        assert page is not None
        assert page.signed.text() == date.today().isoformat()  # as written, not turned round
    finally:
        uninstall_language(qapp)
