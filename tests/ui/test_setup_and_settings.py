"""First run and the Settings page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from optin_desk.services.profile import load_profile
from optin_desk.services.records import ledger_head
from optin_desk.storage.engine import Database
from optin_desk.storage.models import Wording
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, open_window, press, type_text


def test_first_run_asks_for_the_shop_before_anything_else(
    qtbot: QtBot, empty_database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    setup = window.setup_page
    assert setup is not None
    assert window.centralWidget() is setup
    assert window.pages == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.business, timeout=2000)
    press(qtbot, Qt.Key.Key_Return)
    assert "business name is empty" in setup.problems.text()
    type_text(qtbot, "Ann's Deli & Co")
    setup.country.setCurrentIndex(setup.country.findData("ES"))
    setup.senders.setFocus()
    type_text(qtbot, "612 345 678")
    setup.staff.setFocus()
    type_text(qtbot, "Marta")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, " Luis ")
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert window.page_titles() == [
        "Today",
        "Sign-ups",
        "Contacts",
        "Opt-outs",
        "Check list",
        "Forms",
        "Settings",
        "Quality",
    ]
    assert window.setup_page is None
    with empty_database.sessions() as session:
        profile = load_profile(session)
    assert profile.name == "Ann's Deli & Co"
    assert profile.country == "ES"
    assert profile.senders == ("+34612345678",)
    assert [c.key for c in profile.categories] == ["orders", "delivery", "offers"]
    assert window.signup_page is not None
    assert list(window.signup_page.category_boxes) == ["orders", "delivery", "offers"]
    names = window.signup_page.recorded_by.names
    assert [names.itemText(i) for i in range(names.count())] == ["Marta", "Luis"]
    assert names.currentText() == ""  # nobody has recorded on this computer yet


def test_settings_show_a_live_preview_and_save_a_new_wording_version(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    assert "Ann's Deli & Co" in page.statement_preview.toPlainText()
    page.business.selectAll()
    page.business.setFocus()
    type_text(qtbot, "Ann's Bakery")
    assert "Ann's Bakery" in page.statement_preview.toPlainText()
    assert "Ann's Bakery" in page.confirmation_preview.toPlainText()
    page.categories.setItem(2, 1, QTableWidgetItem("Weekly deals"))
    assert "Weekly deals" in page.statement_preview.toPlainText()
    page.confirmation_template.setPlainText("$business: stopped $stopped.")
    assert "opt in again" in page.problems.text()
    page.save()
    assert dialogsless_error(window)
    page.confirmation_template.setPlainText(
        "$business: no more $stopped. $continues Reply $start_keyword to come back."
    )
    assert page.problems.text() == ""
    page.staff.setPlainText("Sam\nKim")
    page.save()
    with database.sessions() as session:
        profile = load_profile(session)
        versions = session.scalars(select(Wording.version)).all()
    assert profile.name == "Ann's Bakery"
    assert [c.label for c in profile.categories][2] == "Weekly deals"
    assert versions == [1, 2]
    assert window.statusBar().currentMessage() == "Settings saved"
    assert window.signup_page is not None
    window.show_page_named("sign-ups")


def dialogsless_error(window: MainWindow) -> bool:
    errors = window.context.dialogs.errors  # type: ignore[attr-defined]
    return bool(errors) and "opt in again" in errors[-1]


def test_a_busy_database_is_explained_not_raised(window: MainWindow, dialogs: FakeDialogs) -> None:
    def busy(_session: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    assert window.context.act(window, "Save", busy) is None
    assert dialogs.errors == [
        "The records are busy with another program. Nothing was lost: wait a moment and try again."
    ]


def test_the_window_opens_on_today_and_ctrl_2_goes_to_sign_ups(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    first = open_window(qtbot, database, dialogs, qsettings)
    first.show_page_named("settings")
    first.close()
    again = open_window(qtbot, database, dialogs, qsettings)
    assert again.stack.currentWidget() is again.today_page
    assert again.header is not None
    assert again.header.title.text() == "Today"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again, timeout=2000)
    qtbot.keyClick(again, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert again.stack.currentWidget() is again.signup_page
    assert again.header.title.text() == "Sign-ups"
    assert again.header.purpose.text() == (
        "Type in signed paper forms, or record a yes given in person."
    )


def test_back_up_now_to_a_stick_and_the_ledger_head_is_shown(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    with database.reading() as session:
        events, head = ledger_head(session)
    assert page.head_label.text() == f"{head[:12]}… ({events} entries)"
    assert page.head_label.toolTip() == head
    qtbot.mouseClick(page.copy_head_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == head
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.files.append(stick)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10_000)
    assert str(stick) in page.backup_label.text()
    assert len(list(stick.glob("records-*.sqlite3"))) == 1


def test_with_an_owner_pin_settings_ask_for_it(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    dialogs.secrets.append("246810")  # no PIN yet: only the new one is asked
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Owner PIN set"
    page.business.setText("Ann's Bakery")
    dialogs.secrets.append(None)  # cancelled: nothing saved
    page.save()
    dialogs.secrets.append("0000")
    page.save()
    assert dialogs.errors[-1] == "wrong owner PIN"
    dialogs.secrets.append("246810")
    page.save()
    with database.sessions() as session:
        assert load_profile(session).name == "Ann's Bakery"


def test_the_broadcast_rules_are_set_in_settings(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from optin_desk.domain.check import CheckSettings
    from optin_desk.services.check import check_settings

    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    assert page.long_gap.value() == 90
    assert page.unengaged.value() == 180
    assert (page.cap_messages.value(), page.cap_days.value()) == (2, 7)
    page.long_gap.setFocus()
    page.long_gap.selectAll()
    type_text(qtbot, "30")
    page.cap_messages.setFocus()
    page.cap_messages.selectAll()
    type_text(qtbot, "3")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Settings saved"
    with database.reading() as session:
        assert check_settings(session) == CheckSettings(30, 180, 3, 7)


def test_settings_explain_the_greyed_kind_list_the_placeholders_and_cut_no_description(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    kind = page.categories.cellWidget(0, 2)
    assert kind is not None
    assert not kind.isEnabled()
    assert "archive this one and add a new one" in kind.toolTip()
    assert page.kind_note.isVisible()
    assert "keeps its kind" in page.kind_note.text()
    for placeholder in ("$business", "$categories", "$stop_keyword"):
        assert placeholder in page.statement_placeholders.text()
    for placeholder in ("$business", "$stopped", "$continues", "$start_keyword"):
        assert placeholder in page.confirmation_placeholders.text()
    assert "(STOP)" in page.statement_placeholders.text()  # the shop language's own word
    description = page.categories.item(0, 3)
    assert description is not None
    assert description.toolTip() == "Confirmations of your orders and payments, and receipts."
    page.categories.setItem(2, 3, QTableWidgetItem("A long description " * 8))
    changed = page.categories.item(2, 3)
    assert changed is not None
    assert changed.toolTip() == "A long description " * 8
