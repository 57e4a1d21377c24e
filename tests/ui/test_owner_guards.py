"""In the window: the owner PIN guards backups, the suppression list and voiding an opt-out;
an opt-in of an erased number asks whether it lifts the erasure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from optin_desk.domain.consent import ConsentState
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.erasure import erase_contact, erased_on
from optin_desk.services.owner import set_owner_pin
from optin_desk.storage.engine import Database
from optin_desk.ui.contacts_page import EVENT_ID_ROLE
from optin_desk.ui.main_window import MainWindow
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs, press, type_text
from .test_contacts_page import open_contacts, search

PIN = "246810"
ANN = "07911 123456"


def ann_opted_in_then_out(database: Database, pin: str | None = PIN) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone=ANN, scopes=["all"], method="in_person", name="Ann Lee"),
            database.evidence_dir,
        )
        record_opt_out(session, OptOutRequest(phone=ANN, scope="offers", method="sms"))
        if pin:
            set_owner_pin(session, pin, None)


def test_back_up_now_asks_for_the_pin(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    ann_opted_in_then_out(database)
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.secrets.append(None)  # cancelled: no folder is even asked for
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Backing up the records needs the owner PIN:"]
    assert dialogs.files == []
    dialogs.secrets.append("000000")
    dialogs.files.append(stick)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10_000)
    assert dialogs.errors == ["wrong owner PIN"]
    assert list(stick.iterdir()) == []
    dialogs.secrets.append(PIN)
    dialogs.files.append(stick)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10_000)
    assert len(list(stick.glob("records-*.sqlite3"))) == 1
    assert str(stick) in page.backup_label.text()
    status = window.statusBar().currentMessage()
    assert status.startswith("Backed up 6 entries to ")  # 3 kinds, 2 of Ann, the PIN stated


def test_a_new_pin_in_the_window_needs_six_characters(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    dialogs.secrets.append("2468")
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["New owner PIN (6 or more characters; leave empty to remove it):"]
    assert dialogs.errors == ["the owner PIN must have 6 to 32 characters"]
    dialogs.secrets.append(PIN)
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Owner PIN set"


def test_the_suppression_list_asks_for_the_pin(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    ann_opted_in_then_out(database)
    window.show_page_named("opt-outs")
    page = window.optout_page
    assert page is not None
    target = tmp_path / "suppression.csv"
    dialogs.secrets.append("135790")
    dialogs.files.append(target)
    qtbot.mouseClick(page.followup.suppression_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Exporting the suppression list needs the owner PIN:"]
    assert dialogs.errors == ["wrong owner PIN"]
    assert not target.exists()
    dialogs.secrets.append(PIN)
    dialogs.files.append(target)
    qtbot.mouseClick(page.followup.suppression_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "1 opt-outs written to suppression.csv"
    assert "+447911123456" in target.read_text(encoding="utf-8-sig")


def test_voiding_an_opt_out_asks_for_the_pin_and_an_opt_in_does_not(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    ann_opted_in_then_out(database)
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Ann")
    assert "Opted out" in page.timeline.item(0).text()
    page.timeline.setCurrentRow(0)
    dialogs.texts.append("she did not say stop")
    dialogs.secrets.append(None)  # no PIN: nothing happens
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Voiding an opt-out needs the owner PIN:"]
    assert page.timeline.count() == 2
    dialogs.texts.append("she did not say stop")
    dialogs.secrets.append("000000")
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == ["wrong owner PIN"]
    with database.sessions() as session:
        assert contact_status(session, ANN).state_of("offers") is ConsentState.OPTED_OUT
    dialogs.texts.append("typed into the wrong person")
    dialogs.secrets.append(PIN)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Voided entry #5: typed into the wrong person"
    with database.sessions() as session:
        assert contact_status(session, ANN).state_of("offers") is ConsentState.OPTED_IN
    items = [page.timeline.item(i) for i in range(page.timeline.count())]
    opt_in = next(item for item in items if item.data(EVENT_ID_ROLE) == 4)  # after 3 kinds
    assert "Opted in" in opt_in.text()
    page.timeline.setCurrentItem(opt_in)
    dialogs.texts.append("the form was not signed")
    asked = len(dialogs.asked)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.asked) == asked  # no PIN asked
    assert window.statusBar().currentMessage() == "Voided entry #4: the form was not signed"


def erased_ann(database: Database) -> None:
    ann_opted_in_then_out(database, pin=None)
    with database.sessions() as session:
        erase_contact(session, ANN, "", database)


def sign_up_ann_again(qtbot: QtBot, window: MainWindow, serial: str) -> None:
    """Ann's own new consent, on a paper form she signed (`serial`)."""
    page = window.signup_page
    assert page is not None
    page.serial.setFocus()
    type_text(qtbot, serial)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Ann Lee")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, ANN)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Return)


def test_a_sign_up_of_an_erased_number_asks_whether_it_lifts_the_erasure(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    erased_ann(database)
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
    window.show_page_named("sign-ups")
    page = window.signup_page
    assert page is not None
    dialogs.confirmations.append(False)
    sign_up_ann_again(qtbot, window, serial)
    assert len(dialogs.asked) == 1
    assert dialogs.asked[0].startswith("This number was erased on request on ")
    assert "Lift the erasure and record?" in dialogs.asked[0]
    assert page.phone.text() == ANN  # nothing saved: the form is still there
    with database.sessions() as session:
        assert not contact_status(session, ANN).known
    dialogs.confirmations.append(True)
    press(qtbot, Qt.Key.Key_Return)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Saved Ann Lee: Order & payment updates; this lifts the erasure on request of ")
    )
    with database.sessions() as session:
        assert contact_status(session, ANN).state_of("orders") is ConsentState.OPTED_IN
        assert erased_on(session, ANN) is None
        _, events = contact_history(session, ANN)
        assert "lifts the erasure on request of" in events[-1].note
