"""The Opt-outs page, driven as staff at the counter would."""

from __future__ import annotations

import csv
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from optin_desk.domain.consent import ConsentState
from optin_desk.domain.replies import ReplyKind
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.replies import ReplyRow
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConfirmationSent, ConsentEvent
from optin_desk.ui.followup_panel import waited, whatsapp_link
from optin_desk.ui.main_window import MainWindow
from optin_desk.ui.optout_page import OptOutsPage
from optin_desk.ui.row_model import Column, RowTableModel

from .conftest import FakeDialogs, focused, press, type_text


def add_people(database: Database) -> None:
    with database.sessions() as session:
        for phone, name, language in (
            ("07911123456", "Ann Lee", "en"),
            ("+34612345678", "Lucía Pérez", "es"),
        ):
            record_opt_in(
                session,
                OptInRequest(
                    phone=phone,
                    scopes=["orders", "offers"],
                    method="in_person",
                    name=name,
                    language=language,
                ),
                database.evidence_dir,
            )


def open_page(window: MainWindow) -> OptOutsPage:
    window.show_page_named("opt-outs")
    page = window.optout_page
    assert page is not None
    assert window.stack.currentWidget() is page
    page.find_box.setFocus()
    return page


def test_an_opt_out_at_the_counter_with_its_confirmation_sent(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database)
    page = open_page(window)
    type_text(qtbot, "+44 (0)7911-123 456")
    assert page.person.text().startswith("Ann Lee · 07911 123456 — ")
    assert page.person.text().count("Ann Lee") == 1  # the name once, not again in the summary
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is page.scope
    assert page.scope.currentText() == "All marketing messages"
    text = page.confirmation.toPlainText()
    assert text.startswith("Ann's Deli & Co")
    assert "reply START" in text
    page.method.setCurrentIndex(page.method.findText("In person"))
    page.words.setFocus()
    type_text(qtbot, "no more offers, thanks")
    page.reason.setCurrentIndex(page.reason.findText("Other…"))
    assert focused() is page.reason_other
    type_text(qtbot, "moving abroad")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert page.sent.isChecked()
    page.confirmation.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, " Thank you, Ann!")
    assert page.record_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Opted out Ann Lee" in window.statusBar().currentMessage()
    assert page.find_box.text() == ""
    assert page.followup.model.rowCount() == 0
    with database.sessions() as session:
        event = session.scalars(select(ConsentEvent).where(ConsentEvent.action == "opt_out")).one()
        assert event.customer_words == "no more offers, thanks"
        assert event.reason == "moving abroad"
        assert event.method == "in_person"
        assert event.confirmation_text.endswith("Thank you, Ann!")
        sent = session.get(ConfirmationSent, event.id)
        assert sent is not None
        assert sent.sent_from == "+447911000111"
        status = contact_status(session, "07911123456")
    assert status.state_of("offers") is ConsentState.OPTED_OUT
    assert status.state_of("orders") is ConsentState.OPTED_IN


def test_the_confirmation_must_keep_the_opt_in_again_instructions(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database)
    page = open_page(window)
    type_text(qtbot, "Ann")
    press(qtbot, Qt.Key.Key_Return)
    page.confirmation.setFocus()
    page.confirmation.selectAll()
    type_text(qtbot, "Ann's Deli & Co: you are unsubscribed.")
    assert page.problem.isVisible()
    assert "START" in page.problem.text()
    assert not page.record_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with database.sessions() as session:
        assert contact_status(session, "07911123456").state_of("offers") is ConsentState.OPTED_IN
    qtbot.mouseClick(page.rewrite_button, Qt.MouseButton.LeftButton)
    assert "reply START" in page.confirmation.toPlainText()
    assert page.record_button.isEnabled()


def test_the_confirmation_speaks_the_customers_language(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database)
    page = open_page(window)
    type_text(qtbot, "Lucía")
    press(qtbot, Qt.Key.Key_Return)
    assert page.language.currentData() == "es"
    assert "responda ALTA" in page.confirmation.toPlainText()
    page.language.setCurrentIndex(page.language.findData("fr"))
    assert "répondez REPRENDRE" in page.confirmation.toPlainText()
    page.scope.setCurrentIndex(page.scope.findData("all"))
    assert "Pour vous réinscrire" in page.confirmation.toPlainText()


def test_a_pending_confirmation_is_sent_through_whatsapp_then_marked(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    add_people(database)
    page = open_page(window)
    type_text(qtbot, "+34 612 345 678")
    text = page.confirmation.toPlainText()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.followup.model.rowCount() == 1
    assert "(1)" in page.tabs.tabText(0)
    assert not page.followup.mark_sent_button.isEnabled()
    page.followup.table.selectRow(0)
    assert page.followup.model.data(page.followup.model.index(0, 3)) == "Lucía Pérez"
    qtbot.mouseClick(page.followup.whatsapp_button, Qt.MouseButton.LeftButton)
    link = dialogs.urls[-1]
    assert link.startswith("https://wa.me/34612345678?text=")
    assert unquote(link.split("text=", 1)[1]) == text
    page.send_from.setCurrentIndex(1)
    qtbot.mouseClick(page.followup.mark_sent_button, Qt.MouseButton.LeftButton)
    assert page.followup.model.rowCount() == 0
    with database.sessions() as session:
        sent = session.scalars(select(ConfirmationSent)).one()
        assert sent.sent_from == "+447911000222"


def test_a_number_not_on_file_can_opt_out(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window)
    type_text(qtbot, "0034 699 111 222")
    assert "not on file" in page.person.text()
    qtbot.mouseClick(page.whatsapp_button, Qt.MouseButton.LeftButton)
    assert page.sent.isChecked()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.followup.model.rowCount() == 0
    assert "confirmation sent" in window.statusBar().currentMessage()


def test_one_of_several_matches_is_chosen_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database)
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07400123456", scopes=["orders"], method="in_person", name="Ann Bo"),
            database.evidence_dir,
        )
    page = open_page(window)
    type_text(qtbot, "Ann")
    assert page.person.text().startswith("2 people match")
    shown = sorted(page.matches.item(n).text() for n in range(page.matches.count()))
    assert shown == ["Ann Bo  ·  07400 123456", "Ann Lee  ·  07911 123456"]  # as the shop writes
    assert not page.record_button.isEnabled()
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is page.matches
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert page.person.text().startswith("Ann Lee")
    assert focused() is page.scope
    assert page.record_button.isEnabled()


def test_nothing_is_recorded_without_a_person(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window)
    type_text(qtbot, "0791")
    assert "No one found" in page.person.text()
    assert not page.record_button.isEnabled()


def test_replies_in_bulk_after_one_confirmation(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    add_people(database)
    page = open_page(window)
    page.tabs.setCurrentIndex(1)
    panel = page.replies
    panel.paste.setFocus()
    type_text(
        qtbot,
        "+34 612 345 678: BAJA\n07911 123456: please don't message me again\n"
        "+33 6 12 34 56 78: ARRÊT\n+44 7911 555666: stopwatch?\n",
    )
    qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=5000)
    rows: list[ReplyRow] = panel.model.rows()
    assert [r.kind for r in rows] == [
        ReplyKind.OPT_OUT,
        ReplyKind.MAYBE_OPT_OUT,
        ReplyKind.OPT_OUT,
        ReplyKind.OTHER,
    ]
    assert [r.row for r in panel.model.ticked_rows()] == [1, 3]
    senders = [panel.model.index(row, 1).data() for row in range(4)]
    assert senders[:3] == ["+34 612 34 56 78", "07911 123456", "+33 6 12 34 56 78"]
    assert "2 clear opt-outs, 1 for you to decide" in panel.summary.text()
    maybe = panel.model.index(1, 0)
    assert not panel.model.flags(panel.model.index(3, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    panel.model.setData(maybe, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert panel.record_button.text().endswith("(3)")
    dialogs.confirmations.append(True)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.model.ticked_rows(), timeout=5000)
    assert "Recorded 3 opt-outs" in window.statusBar().currentMessage()
    assert page.followup.model.rowCount() == 3
    with database.sessions() as session:
        events = session.scalars(select(ConsentEvent).where(ConsentEvent.action == "opt_out"))
        languages = {e.customer_words: e.language for e in events}
    assert languages == {
        "BAJA": "es",
        "please don't message me again": "en",
        "ARRÊT": "fr",
    }
    assert panel.model.rows()[0].problem.startswith("already opted out")


def test_a_broken_replies_file_says_what_is_wrong(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_page(window)
    dialogs.files.append(tmp_path / "missing.csv")
    qtbot.mouseClick(page.replies.open_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialogs.errors[-1]
    qtbot.mouseClick(page.replies.read_button, Qt.MouseButton.LeftButton)
    assert "paste lines" in dialogs.errors[-1]


def test_the_suppression_list_is_exported(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    add_people(database)
    page = open_page(window)
    type_text(qtbot, "Ann")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "suppression.csv"
    dialogs.files.append(target)
    qtbot.mouseClick(page.followup.suppression_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["phone"], r["category"]) for r in rows] == [("+447911123456", "offers")]


def test_the_row_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowTableModel(
        [Column("Word", lambda r: r[0]), Column("Length", lambda r: str(len(r[0])))],
        checkable=lambda r: r[1],
    )
    model.set_rows([("stop", True), ("hello", False)], [True, False])
    qtmodeltester.check(model)
    assert model.ticked_rows() == [("stop", True)]
    assert not model.setData(
        model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )


def test_waiting_times_and_links_read_well() -> None:
    from datetime import timedelta

    assert waited(timedelta(minutes=5)) == "5 min"
    assert waited(timedelta(hours=5)) == "5 h"
    assert waited(timedelta(days=3)) == "3 days"
    assert (
        whatsapp_link("+34612345678", "a & b?") == "https://wa.me/34612345678?text=a%20%26%20b%3F"
    )
