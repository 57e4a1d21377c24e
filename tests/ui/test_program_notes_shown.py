"""A note the program wrote into the ledger (in English, never rewritten) reads in the shop's
language on the contacts page's timeline."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_history
from optin_desk.storage.engine import Database
from optin_desk.ui.language import install_language, uninstall_language

from .conftest import FakeDialogs, open_window


def test_a_form_from_another_print_run_reads_in_spanish_on_the_timeline(
    qtbot: QtBot,
    qapp: QApplication,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
) -> None:
    with database.sessions() as session:
        request = OptInRequest(
            phone="07911 123456",
            scopes=["orders"],
            method="paper_form",
            name="Lucía",
            serial="K3M9",
            printed_elsewhere=True,
            note="firmado en la feria",
            by="Marta",
        )
        record_opt_in(session, request, database.evidence_dir)
        stored = contact_history(session, "07911 123456")[1][0].note
    assert stored == "firmado en la feria; form from another print run"  # as always stored
    install_language(qapp, "es")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        page = window.contacts_page
        assert page is not None
        window.show_page(window.stack.indexOf(page))
        assert page.model is not None
        qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: page.timeline.count() == 1)
        shown = page.timeline.item(0).text()
        assert "firmado en la feria; formulario de otra impresión" in shown
        assert "another print run" not in shown
    finally:
        uninstall_language(qapp)
