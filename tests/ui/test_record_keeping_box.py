"""Settings → Where records go: the two lines every proof of consent states."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from optin_desk.domain.consent_record import proof_record
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.proof import build_proof
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow

from .conftest import type_text


def test_settings_say_where_records_are_kept_and_who_receives_them(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="+447911123456", scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    box = page.record_keeping
    # empty lines say what the proofs will state instead
    assert box.storage.text() == ""
    assert "this computer" in box.storage.placeholderText()
    assert "Meta Platforms" in box.recipients.placeholderText()
    box.storage.setFocus()
    type_text(qtbot, "the back office PC")
    box.recipients.setFocus()
    type_text(qtbot, "Meta Platforms; Chatty BSP Ltd")
    page.save()
    assert "Settings saved" in window.statusBar().currentMessage()
    with database.reading() as session:
        record = proof_record(build_proof(session, "+447911123456"))
    orders = record["purposes"][0]
    assert orders["storage_locations"][0]["location"] == "the back office PC"
    names = [p["party_name"] for p in orders["recipient_third_parties"]]
    assert names == ["Meta Platforms", "Chatty BSP Ltd"]
    page.refresh()
    assert box.storage.text() == "the back office PC"
    assert box.recipients.text() == "Meta Platforms; Chatty BSP Ltd"
