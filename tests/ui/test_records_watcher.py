"""Two computers on one set of records see each other's entries within two seconds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.services.this_computer import remember_recorder
from optin_desk.storage.engine import Database, open_database
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, open_window, press, type_text
from .test_optout_page import add_people

SEEN_WITHIN_MS = 2000


@pytest.fixture(params=["sqlite", "postgresql"])
def records(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the shop's records are: a SQLite file, or a PostgreSQL server database."""
    where = str(tmp_path / "shop.sqlite3")
    if request.param == "postgresql":
        where = request.getfixturevalue("shop_pg_url")
    database = open_database(where)
    with database.sessions() as session:
        create_business(session, BusinessSetup(name="Ann's Deli & Co", country="GB",
                                               senders=("07911 000111",)))  # fmt: skip
    add_people(database)
    database.dispose()
    return where


Computer = Callable[[str], tuple[MainWindow, Database]]


@pytest.fixture
def computer(qtbot: QtBot, records: str, tmp_path: Path) -> Iterator[Computer]:
    """Opens one computer of the shop: its own connection to the records, its own window.

    The connections close after the windows did (pytest-qt closes them before teardown)."""
    opened: list[Database] = []

    def start(name: str) -> tuple[MainWindow, Database]:
        database = open_database(records, create=False)
        opened.append(database)
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        remember_recorder("Sam")  # someone recorded on these computers before
        return open_window(qtbot, database, FakeDialogs(), settings), database

    yield start
    for database in opened:
        database.dispose()


def shown_offers(window: MainWindow, name: str) -> str:
    page = window.contacts_page
    assert page is not None
    assert page.model is not None
    model = page.model
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    offers = next(c for c, header in enumerate(headers) if header.startswith("Offers"))
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == name:
            return str(model.data(model.index(row, offers)))
    return "not listed"


def test_an_opt_out_at_the_counter_shows_in_the_back_office_within_two_seconds(
    qtbot: QtBot, computer: Computer
) -> None:
    counter, _ = computer("counter")
    office, office_db = computer("office")
    office.show_page_named("contacts")  # Contacts
    assert shown_offers(office, "Ann Lee") == "✓ opted in"
    assert shown_offers(office, "Zoe Hart") == "not listed"

    counter.activateWindow()  # staff at the counter use their own window
    qtbot.waitUntil(counter.isActiveWindow)
    counter.show_page_named("opt-outs")  # Opt-outs: Ann stops offers
    page = counter.optout_page
    assert page is not None
    page.find_box.setFocus()
    type_text(qtbot, "07911 123456")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Opted out Ann Lee" in counter.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: shown_offers(office, "Ann Lee") == "✗ opted out", timeout=SEEN_WITHIN_MS
    )

    counter.show_page_named("contacts")  # and the other way: a sign-up typed in the office
    with office_db.sessions() as session:
        record_opt_in(
            session,
            OptInRequest("07400 123456", ["offers"], "in_person", name="Zoe Hart"),
            office_db.evidence_dir,
        )
    qtbot.waitUntil(
        lambda: shown_offers(counter, "Zoe Hart") == "✓ opted in", timeout=SEEN_WITHIN_MS
    )
