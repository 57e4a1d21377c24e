"""The Check list page, driven as a user: open, choose, check (or cancel), export, record."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from optin_desk.domain.check import Verdict
from optin_desk.services.check import CheckedRow
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database
from optin_desk.storage.models import CheckRun, MessageSent
from optin_desk.ui.check_model import CheckResultsModel, VerdictFilter
from optin_desk.ui.check_page import CheckPage
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs

LIST = "Nombre;Móvil;Ciudad\nAna;07911 123456;Leeds\nLuis;34612345678;Cádiz\nNadie;0791;York\n"


def page_of(window: MainWindow, database: Database) -> CheckPage:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911123456", scopes=["offers"], method="in_person", name="Ana"),
            database.evidence_dir,
        )
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    page.category.setCurrentIndex(page.category.findData("offers"))
    return page


def read(qtbot: QtBot, page: CheckPage) -> None:
    """Wait until the list has been read (off the GUI thread) and shown."""
    qtbot.waitUntil(lambda: page.loading is None, timeout=20_000)


def run_check(qtbot: QtBot, page: CheckPage) -> None:
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and page.result is not None, timeout=20_000)


def test_open_check_filter_export_and_record(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = page_of(window, database)
    listing = tmp_path / "clientes.csv"
    listing.write_bytes(LIST.encode("cp1252"))
    dialogs.files.append(listing)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    read(qtbot, page)
    assert page.source_label.text() == "clientes.csv — 3 records"
    assert page.phone_column.currentText() == "Móvil"
    assert page.name_column.currentText() == "Nombre"
    assert page.preview.item(0, 0).text() == "Ana"
    assert page.preview.item(0, 1).toolTip() == page.preview.item(0, 1).text()  # whole
    run_check(qtbot, page)
    assert page.results_model.rowCount() == 3
    assert page.counts.text() == (
        "Send: 1 · No consent: 1 · Not a valid number: 1 — 1 need an opt-out option"
    )
    shown = [page.filtered.index(row, 4).data() for row in range(3)]
    assert shown == ["Send", "No consent", "Not a valid number"]
    assert page.filtered.index(0, 3).data() == "07911 123456"  # as the shop writes numbers
    assert page.filtered.index(0, 6).data() == "Opt-out option needed"
    assert "how to stop" in page.filtered.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert page.message.text().endswith("rows of clientes.csv for Offers & new products.")
    page.verdict_filter.setCurrentIndex(page.verdict_filter.findData("invalid_number"))
    assert page.filtered.rowCount() == 1
    reason = page.filtered.index(0, 5).data()
    assert reason == "too short for United Kingdom"
    report = tmp_path / "report.csv"
    dialogs.files.append(report)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["verdict"] for r in csv.DictReader(handle)] == [
            "send",
            "no_consent",
            "invalid_number",
        ]
    allowed = tmp_path / "allowed.csv"
    dialogs.files.append(allowed)
    qtbot.mouseClick(page.allowed_button, Qt.MouseButton.LeftButton)
    assert allowed.read_text(encoding="utf-8-sig").splitlines() == [
        "name,phone,opt_out_line",
        "Ana,+447911123456,yes",
    ]
    dialogs.confirmations.append(True)
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Recorded 1 messages as sent"
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(MessageSent)) == 1


def test_a_wrongly_detected_column_can_be_changed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    page = page_of(window, database)
    page.load_text("Phone\tOther\n07400 123456\t07911 123456\n")
    read(qtbot, page)
    assert page.phone_column.currentText() == "Phone"
    page.phone_column.setCurrentIndex(page.phone_column.findData("Other"))
    page.phone_column.activated.emit(page.phone_column.currentIndex())
    run_check(qtbot, page)
    assert page.result is not None
    assert page.result.rows[0].verdict is Verdict.SEND


def test_a_pasted_list_from_the_clipboard(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    page = page_of(window, database)
    QGuiApplication.clipboard().setText("07911 123456\n+34 612 345 678\n")
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    read(qtbot, page)
    assert page.source_label.text() == "pasted text — 2 records"
    run_check(qtbot, page)
    assert page.result is not None
    assert [r.verdict.value for r in page.result.rows] == ["send", "no_consent"]


def test_a_check_can_be_cancelled_and_keeps_nothing(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    page = page_of(window, database)
    page.load_text("\n".join(f"07911 {100000 + i}" for i in range(30_000)))
    read(qtbot, page)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    assert page.message.text() == "The check was cancelled; nothing was kept."
    assert page.result is None
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CheckRun)) == 0
    assert page.check_button.isEnabled()


def test_a_file_that_is_no_list_is_explained(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = page_of(window, database)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    page.load_file(photo)
    read(qtbot, page)
    assert "not a text list" in page.message.text()
    assert not page.check_button.isEnabled()


def test_the_results_model_is_well_behaved(qtmodeltester: object) -> None:
    model = CheckResultsModel()
    model.set_rows(
        (
            CheckedRow(1, "07911 123456", "Ana", "+447911123456", Verdict.SEND, "opted in", True),
            CheckedRow(2, "0791", "", "", Verdict.INVALID_NUMBER, "too short", False),
        )
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 6)) == "Opt-out option needed"
    assert model.data(model.index(1, 6)) == ""


def test_the_verdict_filter_is_well_behaved_and_filters_on_the_raw_verdict(
    qtmodeltester: object, qapp: QCoreApplication
) -> None:
    model = CheckResultsModel()
    model.set_rows(
        (
            CheckedRow(1, "07911 123456", "Ana", "+447911123456", Verdict.SEND, "opted in", True),
            CheckedRow(2, "0791", "", "", Verdict.INVALID_NUMBER, "too short", False),
            CheckedRow(3, "0792", "", "", Verdict.INVALID_NUMBER, "too short", False),
        )
    )
    proxy = VerdictFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        assert model.data(model.index(1, 4)) == "NOT A VALID NUMBER"  # shown translated
        proxy.show_verdict("invalid_number")
        assert proxy.rowCount() == 2
        qtmodeltester.check(proxy)  # type: ignore[attr-defined]
        proxy.show_verdict("")
        assert proxy.rowCount() == 3
    finally:
        QCoreApplication.removeTranslator(translator)


class Shouting(QTranslator):
    """A translation of the labels (upper case), as a .qm file would give."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context == "Labels" else ""


def test_a_list_dropped_on_the_page_is_loaded(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    from .test_signup_page import drop_file

    page = page_of(window, database)
    listing = tmp_path / "dropped.csv"
    listing.write_text("Phone\n07911 123456\n")
    drop_file(page, listing)
    read(qtbot, page)
    assert page.source_label.text() == "dropped.csv — 1 records"
    assert page.check_button.isEnabled()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_list_is_read_once_and_its_recipients_built_once(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    import builtins
    import hashlib
    import io

    import optin_desk.ui.check_page as check_page
    import optin_desk.ui.list_loading as list_loading

    page = page_of(window, database)
    listing = tmp_path / f"clientes.{kind}"
    if kind == "csv":
        listing.write_bytes(LIST.encode("cp1252"))
    else:
        from openpyxl import Workbook

        book = Workbook()
        for line in LIST.splitlines():
            book.active.append(line.split(";"))
        book.save(listing)
    opened: list[object] = []
    real_open = io.open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        if isinstance(file, str | Path) and Path(file) == listing:
            opened.append(file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    built: list[str] = []
    real_build = list_loading.recipients_from_table

    def counting_build(*args: object, **kwargs: object) -> object:
        built.append("built")
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(io, "open", counting_open)  # Path.open and zipfile use it
    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(list_loading, "recipients_from_table", counting_build)
    monkeypatch.setattr(check_page, "recipients_from_table", counting_build)
    dialogs.files.append(listing)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    read(qtbot, page)
    run_check(qtbot, page)
    assert len(opened) == 1
    assert len(built) == 1
    assert page.results_model.rowCount() == 3
    with database.reading() as session:
        digest = session.scalar(select(CheckRun.file_sha256))
    assert digest == hashlib.sha256(listing.read_bytes()).hexdigest()


def test_each_verdict_reads_as_a_word_with_its_own_colour_icon_and_meaning(
    qapp: QCoreApplication,
) -> None:
    model = CheckResultsModel()
    rows = [
        CheckedRow(n, "x", "", "+34612345678" if n == 1 else "", verdict, "", False)
        for n, verdict in enumerate(Verdict, start=1)
    ]
    model.set_rows(rows, "GB")
    words = [model.data(model.index(n, 4)) for n in range(len(rows))]
    assert words == [
        "Send",
        "No consent",
        "Opted out",
        "Not a valid number",
        "Duplicate",
        "Too soon again",
    ]
    icons = [model.data(model.index(n, 4), Qt.ItemDataRole.DecorationRole) for n in range(6)]
    images = {icon.pixmap(16, 16).toImage().bits().tobytes() for icon in icons}
    assert len(images) == 6  # no two verdicts look alike
    colours = {
        model.data(model.index(n, 4), Qt.ItemDataRole.ForegroundRole).color().name()
        for n in range(6)
    }
    assert len(colours) >= 4
    meanings = [model.data(model.index(n, 4), Qt.ItemDataRole.ToolTipRole) for n in range(6)]
    assert all(meanings)
    assert len(set(meanings)) == 6
    assert model.data(model.index(0, 3)) == "+34 612 34 56 78"  # a foreign number, international
