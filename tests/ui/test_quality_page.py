"""The Quality page, driven as the owner would: read last week's report, keep it, enter what
WhatsApp Manager shows, see the warnings, save a chart as PNG and print the one-page report."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from optin_desk.documents.lists import read_list
from optin_desk.domain.phones import format_for_people
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.quality_overview import OverviewCancelled
from optin_desk.storage.engine import Database
from optin_desk.ui import quality_reading
from optin_desk.ui.language import install_language, uninstall_language
from optin_desk.ui.main_window import MainWindow
from optin_desk.ui.quality_page import QualityPage
from tests.delivery_exports import ANN, BOB, CARA, DAN, EVE, write_webhook_lines
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs

NOW = datetime.now(UTC).replace(microsecond=0)
SENT = NOW - timedelta(days=2)


def open_quality(window: MainWindow, qtbot: QtBot) -> QualityPage:
    """Open the page and wait for its figures (read off the GUI thread)."""
    window.show_page(window.page_titles().index("Quality"))
    page = window.stack.currentWidget()
    assert isinstance(page, QualityPage)
    settled(qtbot, page)
    return page


def settled(qtbot: QtBot, page: QualityPage) -> None:
    qtbot.waitUntil(lambda: not page.reading, timeout=20_000)


def broadcast(database: Database, tmp_path: Path) -> None:
    with database.sessions() as session:
        forms = iter(printed_serials(session, tmp_path, 4))  # the four paper sign-ups
        for phone in (ANN, BOB, CARA, DAN, EVE):
            method = "click_to_whatsapp_ad" if phone == BOB else "paper_form"
            record_opt_in(
                session,
                OptInRequest(
                    phone=phone,
                    scopes=["offers"],
                    method=method,
                    at=NOW - timedelta(days=20),
                    serial=next(forms) if method == "paper_form" else "",
                ),
                database.evidence_dir,
            )
        path = tmp_path / "black-friday.csv"
        path.write_text("phone\n" + "\n".join((ANN, BOB, CARA, DAN, EVE)) + "\n", encoding="utf-8")
        record_sent(session, run_check(session, read_list(path), "offers", "sha").check_id, SENT)


def test_last_weeks_report_read_kept_and_shown(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    broadcast(database, tmp_path)
    page = open_quality(window, qtbot)
    assert not page.figures.isVisible()  # the reading line goes once the figures are in
    dialogs.files.append(write_webhook_lines(tmp_path / "hooks.jsonl", SENT))
    qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    assert page.summary.text().startswith(
        "hooks.jsonl: 5 messages, 5 new; 0 lines not read, 1 incoming messages left aside"
    )
    cells = {
        page.table.item(row, 0).text(): [page.table.item(row, c).text() for c in range(1, 5)]
        for row in range(page.table.rowCount())
    }
    bob = format_for_people(BOB, "GB")
    assert bob == "07911 123457"  # numbers as the shop writes them, statuses in words
    assert cells[bob][0:2] == ["Failed", "131050 The person stopped marketing messages"]
    assert cells[bob][2].startswith("check 1 (black-friday.csv), sent ")
    assert cells[bob][3] == "opt out of marketing (WhatsApp's stop button)"
    assert page.keep_button.isEnabled()
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    assert "Kept 5 outcomes; 1 opted out" in window.statusBar().currentMessage()
    assert not page.keep_button.isEnabled()
    settled(qtbot, page)
    with database.sessions() as session:
        assert contact_status(session, BOB).consent["offers"].state.value == "opted_out"

    # what WhatsApp Manager showed: high a month ago, medium today
    page.observed.setDate(page.observed.date().addDays(-30))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.observed.setDate(page.observed.date().addDays(30))
    page.rating.setCurrentIndex(page.rating.findData("medium"))
    page.status.setCurrentIndex(page.status.findData("flagged"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert dialogs.errors == []
    assert (
        "• quality dropped to medium on +447911000111: hold marketing from this number for a week"
        in page.warnings.text()
    )
    assert "• 80% not delivered after the broadcast of " in page.warnings.text()  # 4 of 5 failed

    # each chart, rendered offscreen, saved through the dialog seam
    assert [name for name, _ in page.chart_views] == [
        "broadcasts",
        "by-method",
        "by-wording",
        "quality",
    ]
    for name, _ in page.chart_views:
        dialogs.files.append(tmp_path / f"{name}.png")
    assert [b.text() for b in page.save_buttons] == ["Save as PNG…"] * 4
    for button in page.save_buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for name, _ in page.chart_views:
        assert (tmp_path / f"{name}.png").stat().st_mode & 0o777 == 0o600
        picture = QImage(str(tmp_path / f"{name}.png"))
        assert picture.width() >= 420
        assert picture.height() >= 280
    dialogs.files.append(tmp_path / "quality-report.pdf")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "quality-report.pdf").read_bytes().startswith(b"%PDF")


def test_a_report_that_cannot_be_read_is_said_and_nothing_kept(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_quality(window, qtbot)
    wrong = tmp_path / "list.csv"
    wrong.write_text("name,phone\nAnn,+447911123456\n", encoding="utf-8")
    dialogs.files.append(wrong)
    qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == [
        "list.csv has no status column (sent, delivered, read, failed); "
        "the columns are: name, phone"
    ]
    assert not page.keep_button.isEnabled()
    assert page.table.rowCount() == 0


def test_a_threshold_set_in_settings_changes_the_warnings(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    broadcast(database, tmp_path)
    page = open_quality(window, qtbot)
    dialogs.files.append(write_webhook_lines(tmp_path / "hooks.jsonl", SENT))
    qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert "80% not delivered" in page.warnings.text()
    window.show_page(window.page_titles().index("Settings"))
    assert window.settings_page is not None
    box = window.settings_page.quality_thresholds
    assert box.undelivered_percent.value() == 15
    box.undelivered_percent.setValue(90)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    assert window.statusBar().currentMessage() == "Warning thresholds saved"
    page = open_quality(window, qtbot)
    assert "not delivered" not in page.warnings.text()


def test_the_page_shows_at_once_and_its_reading_can_be_stopped(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(_session: object, progress: Callable[[int, int], None], stop: Callable[[], bool]):
        progress(1, 4)
        while not stop():  # a ledger too big to read quickly
            time.sleep(0.01)
        raise OverviewCancelled

    monkeypatch.setattr(quality_reading, "quality_overview", slow)
    window.show_page(window.page_titles().index("Quality"))
    page = window.stack.currentWidget()
    assert isinstance(page, QualityPage)
    assert page.figures.label.text() == "Reading the figures from the records…"
    assert page.reading
    qtbot.waitUntil(lambda: page.figures.progress.maximum() == 4)
    assert page.figures.progress.isVisible()
    assert page.read_button.isEnabled()  # the page is usable while the figures come
    qtbot.mouseClick(page.figures.cancel_button, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert page.figures.label.text() == (
        "Stopped: the figures were not read. Open the page again to read them."
    )
    assert page.figures.label.isVisible()
    assert not page.figures.progress.isVisible()
    assert page.overview is None


def test_closing_the_window_while_the_figures_are_read_waits_for_them(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    stopped: list[bool] = []

    def slow(_session: object, progress: Callable[[int, int], None], stop: Callable[[], bool]):
        while not stop():
            time.sleep(0.01)
        stopped.append(True)
        raise OverviewCancelled

    monkeypatch.setattr(quality_reading, "quality_overview", slow)
    window.show_page(window.page_titles().index("Quality"))
    window.close()
    assert stopped == [True]  # asked to stop and waited for before the window went
    assert window.context.jobs.running() == []


def test_a_spanish_owner_reads_the_warnings_in_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    database: Database,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    broadcast(database, tmp_path)
    page = open_quality(window, qtbot)
    dialogs.files.append(write_webhook_lines(tmp_path / "hooks.jsonl", SENT))
    qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    try:
        install_language(qapp, "es")
        page.refresh()
        settled(qtbot, page)
        said = page.warnings.text()
        assert "• 80% sin entregar tras el envío del " in said
        assert "revise estos números" in said
        assert "not delivered" not in said
    finally:
        uninstall_language(qapp)


def test_the_sender_number_is_shown_whole_at_1024_by_768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 768)
    page = open_quality(window, qtbot)
    qtbot.waitUntil(lambda: page.number.count() > 0, timeout=20_000)
    shown = page.number.currentText()
    assert shown.replace(" ", "").isdigit()
    room = page.number.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        combo_options(page.number),
        QStyle.SubControl.SC_ComboBoxEditField,
        page.number,
    )
    assert page.number.fontMetrics().horizontalAdvance(shown) <= room.width()


def combo_options(box: QComboBox) -> QStyleOptionComboBox:
    options = QStyleOptionComboBox()
    box.initStyleOption(options)
    return options
