"""Finding a contact, reading their timeline, voiding and opting out from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from optin_desk.domain.consent import ConsentState
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.directory import contact_page
from optin_desk.storage.engine import Database
from optin_desk.ui.contacts_model import ContactsModel
from optin_desk.ui.contacts_page import ContactsPage
from optin_desk.ui.main_window import MainWindow
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs, focused, type_text


def add_people(database: Database) -> None:
    with database.sessions() as session:
        for phone, name, scopes, serial in (
            ("07911123456", "Ann Lee", ["orders", "offers"], "AB1"),
            ("+34612345678", "Bob Stone", ["delivery"], "AB2"),
            ("+4915123456789", "Cara Groß", ["offers"], "AB3"),
        ):
            record_opt_in(
                session,
                OptInRequest(
                    phone=phone,
                    scopes=scopes,
                    method="paper_form",
                    name=name,
                    serial=serial,  # forms printed elsewhere
                    printed_elsewhere=True,
                ),
                database.evidence_dir,
            )


def open_contacts(qtbot: QtBot, window: MainWindow) -> ContactsPage:
    window.show_page_named("contacts")
    page = window.contacts_page
    assert page is not None
    assert page.model is not None
    return page


def cell(page: ContactsPage, row: int, column: int) -> str:
    assert page.model is not None
    return str(page.model.data(page.model.index(row, column)))


def search(qtbot: QtBot, page: ContactsPage, text: str) -> None:
    page.search.setFocus()
    page.search.clear()
    type_text(qtbot, text)
    # applied by the page itself (which chooses a single match), not only read again by a
    # refresh of the records that came in between
    qtbot.waitUntil(
        lambda: (
            page.model is not None and page.model._search == text and not page._debounce.isActive()
        ),
        timeout=2000,
    )


def test_search_finds_a_number_typed_in_another_format(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database)
    page = open_contacts(qtbot, window)
    page.refresh()
    assert page.model is not None
    assert page.model.rowCount() == 3
    assert [cell(page, r, 0) for r in range(3)] == ["Ann Lee", "Bob Stone", "Cara Groß"]
    search(qtbot, page, "+44 (0)7911-123-456")
    assert page.model.rowCount() == 1
    assert cell(page, 0, 0) == "Ann Lee"
    assert cell(page, 0, 1) == "07911 123456"
    assert cell(page, 0, 2) == "✓ opted in"
    assert cell(page, 0, 3) == "– none"
    search(qtbot, page, "groß")
    assert [cell(page, r, 0) for r in range(page.model.rowCount())] == ["Cara Groß"]
    search(qtbot, page, "612 345")
    assert cell(page, 0, 0) == "Bob Stone"
    search(qtbot, page, "nobody")
    assert page.model.rowCount() == 0


def test_the_timeline_shows_a_void_with_its_reason(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    add_people(database)
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "07911 123456")
    assert page.who.text().startswith("<b>Ann Lee</b>")
    assert page.timeline.count() == 2
    first = page.timeline.item(0)
    assert "Opted in" in first.text()
    assert "form AB1" in first.text()
    assert "wording English v1" in first.text()  # the language by its name, not "en"
    assert page.who.text().endswith("07911 123456")  # the number as the shop writes it
    page.timeline.setCurrentRow(0)
    assert page.void_button.isEnabled()
    dialogs.texts.append("customer ticked the wrong box")
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert page.timeline.count() == 3
    newest = page.timeline.item(0)
    assert "Voided" in newest.text()
    assert "customer ticked the wrong box" in newest.text()
    struck = [page.timeline.item(i) for i in range(3) if page.timeline.item(i).font().strikeOut()]
    assert len(struck) == 1
    assert "VOIDED" in struck[0].text()
    assert "customer ticked the wrong box" in struck[0].text()
    page.timeline.setCurrentItem(struck[0])
    assert not page.void_button.isEnabled()
    assert "Voided entry" in window.statusBar().currentMessage()


def test_an_opt_out_from_a_contact_stores_the_confirmation_shown(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    add_people(database)
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Ann")
    qtbot.mouseClick(page.opt_out_button, Qt.MouseButton.LeftButton)
    optouts = window.optout_page
    assert optouts is not None
    assert window.stack.currentWidget() is optouts
    assert optouts.person.text().startswith("Ann Lee")
    assert focused() is optouts.words
    type_text(qtbot, "no more offers please")
    shown = [optouts.confirmation.toPlainText()]
    assert "You will still receive these messages: “Order & payment updates”." in shown[0]
    qtbot.mouseClick(optouts.record_button, Qt.MouseButton.LeftButton)
    window.show_page_named("contacts")
    with database.sessions() as session:
        status = contact_status(session, "07911123456")
    assert status.state_of("offers") is ConsentState.OPTED_OUT
    assert status.state_of("orders") is ConsentState.OPTED_IN
    assert shown[0] in page.timeline.item(0).text()
    assert cell(page, 0, 4) == "✗ opted out"


def test_new_opt_in_opens_the_signup_page_for_that_number(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_people(database)
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Bob")
    qtbot.mouseClick(page.opt_in_button, Qt.MouseButton.LeftButton)
    signup = window.signup_page
    assert signup is not None
    assert window.stack.currentWidget() is signup
    assert signup.phone.text() == "+34612345678"
    assert signup.on_file.text().startswith("On file: Bob Stone")


def records_order(name: str) -> str:
    """How the records sort names: SQLite's lower() folds only ASCII letters."""
    return name.translate(ASCII_LOWER)


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def test_the_contacts_model_is_a_well_behaved_lazy_model(
    qtmodeltester: object, database: Database
) -> None:
    with database.sessions() as session:
        add_demo_contacts(session, 450)

    def load(search: str, cursor: object) -> list:  # type: ignore[type-arg]
        with database.sessions() as session:
            return contact_page(session, search, cursor, limit=100)  # type: ignore[arg-type]

    with database.sessions() as session:
        from optin_desk.services.profile import load_profile

        profile = load_profile(session)
    model = ContactsModel(load, profile.categories, "GB")
    model.set_search("")
    assert model.rowCount() == 100
    assert model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    names = [str(model.data(model.index(r, 0))) for r in range(450)]
    assert names == sorted(names, key=records_order)
    numbers = {str(model.data(model.index(r, 1))) for r in range(450)}
    assert len(numbers) == 450  # people sharing a name are each shown once, none lost
    model.set_search("zzzz")
    assert model.rowCount() == 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_erase_on_request_from_a_contact(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs
) -> None:
    add_people(database)
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Bob")
    dialogs.confirmations.append(True)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Erased on request; the number stays blocked"
    search(qtbot, page, "Bob")
    assert page.model is not None
    assert page.model.rowCount() == 0
    search(qtbot, page, "")
    assert page.model.rowCount() == 2


def test_the_scan_of_a_signed_form_opens_from_the_timeline(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    scan = tmp_path / "form.png"
    scan.write_bytes(b"\x89PNG signed form")
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
        record_opt_in(
            session,
            OptInRequest(
                phone="07911123456",
                scopes=["orders"],
                method="paper_form",
                name="Ann Lee",
                serial=serial,
                evidence=scan,
            ),
            database.evidence_dir,
        )
    page = open_contacts(qtbot, window)
    page.refresh()
    search(qtbot, page, "Ann")
    page.timeline.setCurrentRow(0)
    assert "scan on file" in page.timeline.item(0).text()
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.opened) == 1
    assert dialogs.opened[0].read_bytes() == scan.read_bytes()
    dialogs.opened[0].unlink()
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    assert "The scan is missing" in dialogs.errors[-1]
