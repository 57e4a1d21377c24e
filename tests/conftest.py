"""Shared fixtures: a fresh database with a shop set up, and sessions on it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from optin_desk.services import owner
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database, open_database
from tests.command_line import CommandLine
from tests.pg import PgServer, pg_server, pg_url
from tests.pg_server import shop_pg_url, shop_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
__all__ = [
    "pg_server",
    "pg_url",
    "shop_pg_url",
    "shop_server",
]  # fixtures the PostgreSQL tests share

BACKENDS = ("sqlite", "postgresql")
BOTH_BACKENDS_UNDER = ("storage", "services", "cli", "safety")
"""Test folders whose database tests run on SQLite and on PostgreSQL (not the GUI's)."""


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers of tests about one kind of database only."""
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file; no PostgreSQL twin")
    config.addinivalue_line("markers", "postgresql_only: about the server (dumps, roles)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each database test of the storage, services, cli and safety folders on both."""
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(metafunc.definition.path).parent.name
    if metafunc.definition.get_closest_marker("postgresql_only") is not None:
        metafunc.parametrize("backend", ["postgresql"], indirect=True)
        return
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if folder in BOTH_BACKENDS_UNDER and not sqlite_only:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on: SQLite unless parametrised (see above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_shop_template(pg_server: PgServer) -> str:
    """A database migrated to head once per session; each test gets a copy (fast)."""
    name = pg_server.new_database()
    open_database(pg_server.url(name)).dispose()
    return name


@pytest.fixture
def db_location(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Where the test's records live: a new SQLite file, or a new migrated PostgreSQL database
    (with the user data folder, where evidence and backups go, inside tmp_path)."""
    if backend == "sqlite":
        yield str(tmp_path / "records.sqlite3")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    template: str = request.getfixturevalue("pg_shop_template")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    name = server.new_database(template=template)
    yield server.url(name)
    server.drop_database(name)


SHOP = "Ann's Deli & Co"
SENDERS = ("07911 000111", "+44 7911 000222")


GUI_FOLDER = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/ui drives Qt widgets: mark it `gui` (`-m "not gui"` skips it)."""
    for item in items:
        uses_qt = {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ()))
        if item.path.is_relative_to(GUI_FOLDER) or uses_qt:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def empty_database(db_location: str) -> Iterator[Database]:
    """A migrated database with no business profile (SQLite file or PostgreSQL)."""
    database = open_database(db_location)
    yield database
    database.dispose()


@pytest.fixture
def database(empty_database: Database) -> Database:
    """A database with a GB shop and the three default categories."""
    with empty_database.sessions() as session:
        create_business(session, BusinessSetup(name=SHOP, country="GB", senders=SENDERS))
    return empty_database


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """One session on the set-up database."""
    with database.sessions() as opened:
        yield opened


@pytest.fixture(autouse=True)
def own_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user data, config and log folders are the test's own, never this computer's real
    ones (a command run without --db opens the default database there, or the records this
    computer was pointed at)."""
    user = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(user / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(user / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user / "config"))
    monkeypatch.delenv("OPTIN_DESK_DB", raising=False)


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands speak English unless a test chooses a language (`--ui-language`, or its own
    LANG): this computer's locale never decides what the tests read."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


CHEAP_PIN_COST = owner.PinCost(n=2**4, r=1, p=1)


@pytest.fixture(autouse=True)
def cheap_pin_hash(monkeypatch: pytest.MonkeyPatch) -> owner.PinCost:
    """PIN hashes made (and upgraded to) a cost of microseconds in this process, so tests stay
    fast; tests/safety/test_pin_cost.py checks the production cost itself."""
    monkeypatch.setattr(owner, "PIN_COST", CHEAP_PIN_COST)
    return CHEAP_PIN_COST


@pytest.fixture
def command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CommandLine:
    """The command line in this process on `tmp_path/shop.sqlite3` (nothing set up yet);
    tests/cli/conftest.py runs the command-line tests on PostgreSQL as well."""
    return CommandLine(tmp_path / "shop.sqlite3", capsys)
