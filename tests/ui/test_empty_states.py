"""Every empty table says why it is empty and what to do, and steps aside once rows come."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow

from .test_contacts_page import open_contacts, search


def test_contacts_say_no_one_is_on_file_then_no_one_matches(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    page = open_contacts(qtbot, window)
    assert page.empty.isVisible()
    assert page.empty.text().startswith("No one is on file yet. Type in a signed form")
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["orders"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
    page.refresh()
    assert not page.empty.isVisible()
    search(qtbot, page, "Zed")
    assert page.empty.isVisible()
    assert page.empty.text() == (
        "No one matches “Zed”. Check the spelling or the number, or type them in on the "
        "Sign-ups page."
    )
    search(qtbot, page, "Ann")
    assert not page.empty.isVisible()


def test_forms_opt_outs_and_check_list_explain_their_empty_tables(window: MainWindow) -> None:
    window.show_page_named("forms")
    assert window.forms_page is not None
    assert window.forms_page.empty.isVisible()
    assert window.forms_page.empty.text().startswith("No forms printed yet.")
    window.show_page_named("opt-outs")
    assert window.optout_page is not None
    followup = window.optout_page.followup
    assert followup.empty.isVisible()
    assert followup.empty.text().startswith("No confirmation waits")
    window.show_page_named("check-list")
    assert window.check_page is not None
    assert window.check_page.empty.isVisible()
    assert window.check_page.empty.text().startswith("No list checked yet.")
    assert window.check_page.empty.geometry() == window.check_page.results.viewport().rect()


def test_forms_show_a_sample_page_before_the_first_batch(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page_named("forms")
    page = window.forms_page
    assert page is not None
    qtbot.waitUntil(lambda: page.document.pageCount() == 1, timeout=15_000)
    assert page.message.text() == "A sample page: each form you make carries its own serial here."
    assert not page.save_button.isEnabled()
    assert not page.print_button.isEnabled()
