"""Server down, wrong password, connection lost in the middle of a save: an answer, not a crash.

These tests stop their own PostgreSQL server (not the shared one) and start it again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from optin_desk.cli import main
from optin_desk.services import consent
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.services.this_computer import remember_recorder
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.models import ConsentEvent, Contact
from tests.pg_server import SHOP_PASSWORD, SHOP_ROLE, PgServer, start_server
from tests.ui.conftest import FakeDialogs, open_window, press, type_text

ANN = "07911 123456"


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    server = start_server()
    if server is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def shop_url(own_server: PgServer) -> str:
    """A shop set up in a fresh database on the server these tests may stop."""
    url = own_server.url(own_server.new_database(), SHOP_ROLE, SHOP_PASSWORD)
    database = open_database(url)
    with database.sessions() as session:
        create_business(session, BusinessSetup(name="Ann's Deli", country="GB"))
    database.dispose()
    return url


class Switch:
    """Stops and starts the server; it is running again after the test whatever happens."""

    def __init__(self, server: PgServer) -> None:
        self.server = server
        self.stopped = False

    def down(self) -> None:
        self.server.stop()
        self.stopped = True

    def up(self) -> None:
        self.server.start()
        self.stopped = False


@pytest.fixture
def switch(own_server: PgServer) -> Iterator[Switch]:
    power = Switch(own_server)
    yield power
    if power.stopped:
        power.up()


def cut_connections_before_commit(server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The network drops after the opt-in was staged, before it is committed."""
    staged = consent.stage_opt_in

    def staging_then_cut(*args, **kwargs):  # type: ignore[no-untyped-def]
        done = staged(*args, **kwargs)
        server.sql(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{SHOP_ROLE}'"
        )
        return done

    monkeypatch.setattr(consent, "stage_opt_in", staging_then_cut)


def counts(url: str) -> tuple[int, int]:
    database = open_database(url, create=False)
    with database.reading() as session:
        found = (
            session.scalar(select(func.count()).select_from(Contact)) or 0,
            session.scalar(  # people's entries, not the shop's categories' kinds
                select(func.count())
                .select_from(ConsentEvent)
                .where(ConsentEvent.contact_id.is_not(None))
            )
            or 0,
        )
    database.dispose()
    return found


def run(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out + err


# --- the command line -----------------------------------------------------------------------


def test_server_down_is_one_line_and_exit_2(
    shop_url: str, switch: Switch, capsys: pytest.CaptureFixture[str]
) -> None:
    switch.down()
    code, said = run(shop_url, capsys, "optin", ANN, "--scope", "offers", "--method", "in_person")
    assert code == 2
    assert said == (
        "optin-desk optin: cannot reach the database server: check that it is running and "
        "that this computer is on its network, then try again (nothing was recorded)\n"
    )


def test_a_wrong_password_is_one_line_and_never_shown(
    shop_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = shop_url.replace(f":{SHOP_PASSWORD}@", ":not-the-password@")
    code, said = run(wrong, capsys, "status", ANN)
    assert code == 2
    assert said.startswith("optin-desk status: the database server refused the user name or")
    assert len(said.splitlines()) == 1
    assert "not-the-password" not in said
    code, said = run(shop_url.replace("/shop_", "/nothing_"), capsys, "status", ANN)
    assert code == 2
    assert "has no database (or user) of that name" in said


def test_a_connection_lost_in_the_middle_of_a_save_keeps_nothing_and_can_be_done_again(
    own_server: PgServer,
    shop_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cut_connections_before_commit(own_server, monkeypatch)
    args = ("optin", ANN, "--name", "Ann Lee", "--scope", "offers", "--method", "in_person")
    code, said = run(shop_url, capsys, *args)
    assert code == 2
    assert "the connection to the database server was lost in the middle" in said
    assert len(said.splitlines()) == 1
    assert counts(shop_url) == (0, 0)  # nothing half-written
    monkeypatch.undo()
    code, said = run(shop_url, capsys, *args)
    assert code == 0, said
    assert counts(shop_url) == (1, 1)
    assert run(shop_url, capsys, "verify")[0] == 0


def test_a_server_stopped_in_the_middle_of_an_import_says_how_much_was_kept(
    shop_url: str,
    switch: Switch,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The first batch was committed when the server stopped: the message says so (not
    "whole or not at all"), and the same import run again adds the rest."""
    from optin_desk.services import imports

    source = tmp_path / "crm.csv"
    rows = [f"07911 1000{n:02d},Person {n},offers,opt_in,2026-09-01" for n in range(5)]
    source.write_text("phone,name,category,action,date\n" + "\n".join(rows) + "\n", "utf-8")
    monkeypatch.setattr(imports, "BATCH", 2)
    batches = imports.bulk_add

    def stopping_at_the_second_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        if counts(shop_url)[1] == 2:  # the first batch is in: the server stops now
            switch.down()
        return batches(*args, **kwargs)

    monkeypatch.setattr(imports, "bulk_add", stopping_at_the_second_batch)
    code, said = run(shop_url, capsys, "import", str(source), "--apply")
    assert code == 2
    assert "lost part way through the import: 2 of 5 rows were recorded before it" in said
    assert "run the same import again: it adds only the rows still missing" in said
    assert "whole or not at all" not in said
    monkeypatch.undo()
    switch.up()
    assert counts(shop_url) == (2, 2)
    code, said = run(shop_url, capsys, "import", str(source), "--apply")
    assert code == 0, said
    assert "Imported 3 records" in said
    assert counts(shop_url) == (5, 5)
    assert run(shop_url, capsys, "verify")[0] == 0


# --- the window -----------------------------------------------------------------------------


@pytest.fixture
def counter(
    qtbot: QtBot, shop_url: str, tmp_path: Path
) -> Iterator[tuple[Database, FakeDialogs, object]]:
    """The window at the counter, on the server's records (closed before they are)."""
    database = open_database(shop_url, create=False)
    dialogs = FakeDialogs()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    remember_recorder("Sam")  # someone recorded at this counter before
    window = open_window(qtbot, database, dialogs, settings)
    window.show_page_named("sign-ups")  # it opens on Today
    yield database, dialogs, window
    database.dispose()


def type_ann(qtbot: QtBot, window: object) -> None:
    page = window.signup_page  # type: ignore[attr-defined]
    page.method.setCurrentIndex(page.method.findData("in_person"))  # a yes at the counter
    page.name.setFocus()
    type_text(qtbot, "Ann Lee")
    page.phone.setFocus()
    type_text(qtbot, ANN)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # offers


def still_typed(window: object) -> bool:
    page = window.signup_page  # type: ignore[attr-defined]
    return bool(page.name.text() == "Ann Lee" and page.phone.text() == ANN)


def test_the_window_says_the_server_is_down_and_keeps_the_form(
    qtbot: QtBot,
    counter: tuple[Database, FakeDialogs, object],
    switch: Switch,
    shop_url: str,
) -> None:
    _, dialogs, window = counter
    type_ann(qtbot, window)
    switch.down()
    press(qtbot, Qt.Key.Key_Return)
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith("The database server cannot be reached.")
    assert still_typed(window)
    status = window.statusBar()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "cannot be reached" in status.currentMessage(), timeout=3000)
    switch.up()
    window.signup_page.phone.setFocus()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Return)  # save again, as typed
    assert "Saved Ann Lee" in status.currentMessage()
    assert counts(shop_url) == (1, 1)


def test_the_window_keeps_the_form_when_the_connection_drops_during_the_save(
    qtbot: QtBot,
    counter: tuple[Database, FakeDialogs, object],
    own_server: PgServer,
    shop_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, dialogs, window = counter
    type_ann(qtbot, window)
    cut_connections_before_commit(own_server, monkeypatch)
    press(qtbot, Qt.Key.Key_Return)
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith("The connection to the database server was lost")
    assert still_typed(window)
    assert counts(shop_url) == (0, 0)
    monkeypatch.undo()
    press(qtbot, Qt.Key.Key_Return)
    assert "Saved Ann Lee" in window.statusBar().currentMessage()  # type: ignore[attr-defined]
    assert counts(shop_url) == (1, 1)


def test_a_lookup_while_the_server_is_away_says_what_happened(
    qtbot: QtBot,
    counter: tuple[Database, FakeDialogs, object],
    switch: Switch,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import optin_desk.app as app

    _, dialogs, window = counter
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "optin-desk.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app._report_unexpected(window)  # type: ignore[arg-type]
    switch.down()
    window.signup_page.phone.setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, ANN)  # a whole number is looked up as it is typed
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith(
        "Something went wrong: The database server cannot be reached. Check that it is "
        "switched on and that this computer is on the network, then try again."
    )
    assert "OperationalError" in (tmp_path / "optin-desk.log").read_text()
