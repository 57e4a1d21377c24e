"""The Today page, as a shop worker meets it when the window opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow
from optin_desk.ui.today_page import TodayPage

from ..services.test_today import seed_shop
from .conftest import FakeDialogs, open_window


def shown(rich: str) -> str:
    """What a person reads in a rich-text label."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def today_of(qtbot: QtBot, window: MainWindow) -> TodayPage:
    page = window.today_page
    assert page is not None
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.reading, timeout=60_000)
    return page


def test_a_seeded_shop_shows_its_figures_and_each_links_to_its_page(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, tmp_path: Path
) -> None:
    with database.sessions() as session:
        seed_shop(session, database, tmp_path)
    window = open_window(qtbot, database, dialogs, qsettings)
    page = today_of(qtbot, window)
    assert page.people.figure.text() == "3"
    assert page.kinds.rows() == [
        ["", "Agreed", "Stopped"],
        ["Order & payment updates", "1", "0"],
        ["Delivery updates", "0", "1"],
        ["Offers & new products", "1", "1"],
    ]
    assert page.signups.figure.text() == "2"
    assert page.waiting.figure.text() == "1"
    assert shown(page.waiting.detail.text()) == "The oldest has waited since today."
    assert page.forms.figure.text() == "3"
    assert shown(page.forms.detail.text()) == "5 forms printed in all."
    assert "Offers & new products: 1 of 3 rows may be sent" in shown(
        shown(page.check.detail.text())
    )
    assert page.backup.figure.text() == "None yet"
    assert page.ledger.figure.text() == "Not yet"
    assert "The ledger holds 9 entries." in shown(page.ledger.detail.text())  # 3 kinds, 6
    page.waiting.link.linkActivated.emit("opt-outs")
    assert window.stack.currentWidget() is window.optout_page
    assert window.header is not None
    assert window.header.title.text() == "Opt-outs"
    window.show_page_named("today")
    page.forms.link.linkActivated.emit("forms")
    assert window.stack.currentWidget() is window.forms_page


def test_verifying_now_says_so_and_the_page_reads_verified_today(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = today_of(qtbot, window)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=60_000)  # records may be opening
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no entry was changed" in page.message.text(), timeout=60_000)
    qtbot.waitUntil(lambda: page.ledger.figure.text() == "Today", timeout=60_000)
    assert "verified on their own" in shown(page.ledger.detail.text())
    assert page.verify_button.isEnabled()


def test_a_fresh_shop_reads_as_nothing_yet(qtbot: QtBot, window: MainWindow) -> None:
    page = today_of(qtbot, window)
    assert page.people.figure.text() == "0"
    assert shown(page.waiting.detail.text()) == "Nothing waits: every opt-out was confirmed."
    assert shown(page.forms.detail.text()) == "No forms printed yet."
    assert page.check.figure.text() == "None yet"
    assert shown(page.check.detail.text()) == "Check your list before every broadcast."
    assert "No backup of these records was made yet." in shown(page.backup.detail.text())


def test_a_save_on_another_page_shows_when_today_is_opened_again(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    page = today_of(qtbot, window)
    assert page.signups.figure.text() == "0"
    from optin_desk.services.consent import OptInRequest, record_opt_in

    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )
    window.show_page_named("contacts")
    window.show_page_named("today")
    qtbot.waitUntil(lambda: page.signups.figure.text() == "1", timeout=60_000)
    assert page.people.figure.text() == "1"


def test_the_today_page_fits_a_small_shop_screen(qtbot: QtBot, window: MainWindow) -> None:
    page = today_of(qtbot, window)
    assert window.navigation.width() + page.minimumSizeHint().width() < 1024
    assert page.minimumSizeHint().height() < 768 - 120  # below the header, above the status bar


def test_verifying_names_what_was_changed_beside_the_chain(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from optin_desk.services.consent import (
        OptInRequest,
        OptOutRequest,
        record_opt_in,
        record_opt_out,
    )
    from tests.pg import tamper

    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["offers"], method="in_person"),
            database.evidence_dir,
        )
        record_opt_out(
            session, OptOutRequest(phone="07911 123456", scope="offers", method="in_person")
        )
    tamper(database.where, "UPDATE consent_state SET state = 'opted_in'")
    page = today_of(qtbot, window)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=60_000)  # records may be opening
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "beside it was changed" in page.message.text(), timeout=60_000)
    said = page.message.text()
    assert "The chain holds, but what lies beside it was changed:" in said
    assert (
        "the consent state table says person 1 is opted in for Offers & new products (event 5)"
        in said
    )
    assert "but the ledger says opted out (event 5)" in said
    qtbot.waitUntil(lambda: page.ledger.figure.text() == "Broken", timeout=60_000)
    card = shown(page.ledger.detail.text())
    assert "The last verification found the records changed: run verify." in card
    assert (
        "the consent state table says person 1 is opted in for Offers & new products (event 5)"
        in card
    )
    qtbot.waitUntil(lambda: not page.reading, timeout=60_000)
    assert page.message.text() == said  # the figures read after it do not wipe what it said


def test_a_backup_says_it_checked_the_chain_not_that_everything_was_verified(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, tmp_path: Path
) -> None:
    from optin_desk.services.backups import make_backup

    with database.sessions() as session:
        seed_shop(session, database, tmp_path)
    make_backup(database, tmp_path / "stick.sqlite3")
    window = open_window(qtbot, database, dialogs, qsettings)
    page = today_of(qtbot, window)
    assert page.ledger.figure.text() == "Today"
    said = shown(page.ledger.detail.text())
    assert "the chain was checked in the backup; verify them to check the consent table" in said
    assert "color" not in page.ledger.detail.text()  # not shown green as a whole verification


def test_verifying_sees_a_ledger_cut_short_against_the_checkpoint_log(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from optin_desk.services.checkpoints import take_checkpoint
    from optin_desk.services.consent import (
        OptInRequest,
        OptOutRequest,
        record_opt_in,
        record_opt_out,
    )
    from tests.safety.test_cut_short import cut_to, state_rows

    assert database.sqlite_path is not None
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["offers"], method="in_person"),
            database.evidence_dir,
        )
    before = state_rows(database.sqlite_path)
    with database.sessions() as session:
        record_opt_out(
            session, OptOutRequest(phone="07911 123456", scope="offers", method="in_person")
        )
    take_checkpoint(database, None)
    cut_to(database.sqlite_path, 4, before)
    page = today_of(qtbot, window)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=60_000)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "beside it was changed" in page.message.text(), timeout=60_000)
    assert "it counted 5 events on" in (page.message.text())
