"""The Forms page and the proof of consent, driven as the owner would."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.forms import batch_views
from optin_desk.services.signing import public_key
from optin_desk.storage.engine import Database
from optin_desk.ui.forms_page import FormsPage
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, focused, press, type_text


def open_forms(window: MainWindow) -> FormsPage:
    window.show_page_named("forms")
    page = window.forms_page
    assert page is not None
    assert window.stack.currentWidget() is page
    return page


def test_twenty_spanish_forms_made_previewed_saved_and_printed(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_forms(window)
    page.count.setFocus()
    page.count.selectAll()
    type_text(qtbot, "20")
    page.language.setCurrentIndex(page.language.findData("es"))
    assert page.paper.currentData() == "a4"
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.made is not None, timeout=30_000)
    page.wait()
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == 20
    assert "20 forms ready (Español wording v1)" in page.message.text()
    assert "recorded then" in page.message.text()
    assert page.batches_model.rowCount() == 0  # made, not yet saved or printed
    assert not (database.data_dir / "forms").exists()  # nothing written beside the records
    saved = tmp_path / "to-print.pdf"
    dialogs.files.append(saved)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    assert saved.read_bytes().startswith(b"%PDF")
    pages = PdfReader(saved).pages
    for printed in (pages[0], pages[-1]):  # the checkpoint in force and the key, in Spanish
        text = " ".join(printed.extract_text().split())
        assert "Punto de control del registro vigente al imprimir:" in text
        assert f"clave del comercio {shop_fingerprint()}" in text
    assert page.batches_model.rowCount() == 1
    assert page.batches_model.data(page.batches_model.index(0, 1)) == "Sam"  # By
    assert page.batches_model.data(page.batches_model.index(0, 6)) == "20"  # Outstanding
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.printed == [page.pdf_path()]
    assert "printer" in window.statusBar().currentMessage()
    assert page.batches_model.rowCount() == 1  # one batch, saved and printed


def test_a_batch_printed_straight_away_is_recorded_with_who_made_it(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    page = open_forms(window)
    page.count.setValue(2)
    page.made_by.names.setEditText("")
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.made is not None, timeout=30_000)
    page.wait()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.made_by.problem.text() == "Choose or type who is recording this."
    assert dialogs.printed == []
    assert page.batches_model.rowCount() == 0
    page.made_by.names.setFocus()
    type_text(qtbot, "Rosa")
    assert page.made_by.problem.text() == ""
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.printed == [page.pdf_path()]
    with database.reading() as session:
        assert [(b.printed_by, b.count) for b in batch_views(session)] == [("Rosa", 2)]


def test_making_forms_can_be_cancelled_and_keeps_nothing(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    page = open_forms(window)
    page.count.setValue(1000)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.wait()
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=10_000)
    assert "Cancelled" in page.message.text()
    with database.reading() as session:
        assert batch_views(session) == []
    assert list((database.data_dir / "forms").glob("*.pdf")) == []


def test_a_customer_at_the_counter_gets_a_pre_filled_form_and_a_proof(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911123456", scopes=["orders"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
    window.show_page_named("contacts")
    contacts = window.contacts_page
    assert contacts is not None
    contacts.search.setFocus()
    type_text(qtbot, "Ann")
    qtbot.waitUntil(lambda: contacts.selected_phone() is not None or _select_first(contacts))
    qtbot.mouseClick(contacts.form_button, Qt.MouseButton.LeftButton)
    page = window.forms_page
    assert page is not None
    assert window.stack.currentWidget() is page
    assert page.for_number.text() == "+447911123456"
    assert focused() is page.make_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.made is not None, timeout=30_000)
    page.wait()
    assert page.document.pageCount() == 1
    dialogs.files.append(tmp_path / "for-ann.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.batches_model.data(page.batches_model.index(0, 4)) == "Ann"  # For
    window.show_page_named("contacts")
    target = tmp_path / "ann.json"
    dialogs.files.append(target)
    qtbot.mouseClick(contacts.proof_button, Qt.MouseButton.LeftButton)
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["pii_principal_id"] == "+447911123456"
    assert "Proof of consent saved" in window.statusBar().currentMessage()
    pdf = tmp_path / "ann.pdf"  # the PDF gets its JSON proof beside it and says how to check
    dialogs.files.append(pdf)
    qtbot.mouseClick(contacts.proof_button, Qt.MouseButton.LeftButton)
    assert f"its JSON proof to {target}" in window.statusBar().currentMessage()
    for printed in PdfReader(pdf).pages:
        text = " ".join(printed.extract_text().split())
        assert f"optin-desk verify-proof ann.json --key {shop_fingerprint()}" in text
        assert "Rests on a checkpoint signed for this proof" in text


def shop_fingerprint() -> str:
    key = public_key()
    assert key is not None
    return key.fingerprint


def _select_first(contacts: object) -> bool:
    from optin_desk.ui.contacts_page import ContactsPage

    assert isinstance(contacts, ContactsPage)
    if contacts.model is not None and contacts.model.rowCount() > 0:
        contacts.table.selectRow(0)
        return True
    return False


def test_the_forms_print_page_by_page_whatever_the_paper(qtbot: QtBot, tmp_path: Path) -> None:
    from io import BytesIO

    from pypdf import PdfReader
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from optin_desk.documents.form_pdf import FormContent, FormPage, build_forms
    from optin_desk.documents.templates import form_labels, language_template
    from optin_desk.domain.consent import DEFAULT_CATEGORIES
    from optin_desk.domain.wording import statement_blocks
    from optin_desk.ui.dialogs import print_pages

    forms = tmp_path / "forms.pdf"
    content = FormContent(
        "Shop",
        "",
        tuple(statement_blocks(language_template("en"), "Shop", DEFAULT_CATEGORIES)),
        form_labels("en"),
        "07400 123456",
        "en",
        1,
        "0" * 64,
        "2026-11-22",
    )
    build_forms(forms, content, [FormPage("0000-0001-1"), FormPage("0000-0002-2")])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # A4 forms on Letter paper
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(printer, forms) == 2
    printed = PdfReader(BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == 2
