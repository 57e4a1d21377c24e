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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOP = "Ann's Deli & Co"
SENDERS = ("07911 000111", "+44 7911 000222")


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    """A migrated database with no business profile."""
    database = open_database(str(tmp_path / "records.sqlite3"))
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


CHEAP_PIN_COST = owner.PinCost(n=2**4, r=1, p=1)


@pytest.fixture(autouse=True)
def cheap_pin_hash(monkeypatch: pytest.MonkeyPatch) -> owner.PinCost:
    """PIN hashes made (and upgraded to) a cost of microseconds in this process, so tests stay
    fast; tests/safety/test_pin_cost.py checks the production cost itself."""
    monkeypatch.setattr(owner, "PIN_COST", CHEAP_PIN_COST)
    return CHEAP_PIN_COST


from tests.pg_server import pg_server, pg_url  # noqa: E402, F401  (a PostgreSQL server)
