"""An upgrade leaves every table counted and counts itself as a change (SQLite)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from optin_desk.storage.change_count import changes, count_every_table
from optin_desk.storage.engine import open_database
from optin_desk.storage.migrate import alembic_config

pytestmark = pytest.mark.sqlite_only  # the count exists on SQLite only


def _count(path: Path) -> int | None:
    with closing(sqlite3.connect(path)) as connection:
        return changes(connection)


def test_tables_a_migration_made_or_rebuilt_are_counted_and_the_upgrade_counts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "records.sqlite3"
    database = open_database(str(path))
    before = _count(path)
    assert before is not None
    with closing(sqlite3.connect(path)) as connection:
        # what a later migration does: a new table, and a rebuilt one losing its triggers
        connection.execute("CREATE TABLE later_things (id INTEGER PRIMARY KEY)")
        connection.execute("DROP TRIGGER count_changes_contacts_insert")
        connection.commit()
    assert _count(path) is None  # not vouched for: a backup would be a full one
    with database.engine.begin() as connection:
        count_every_table(connection)
    after = _count(path)
    assert after == before + 1
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO later_things DEFAULT VALUES")
        connection.execute(
            "INSERT INTO contacts (phone_raw, name, language, created_at) "
            "VALUES ('x', 'y', 'en', '2026-01-01T00:00:00Z')"
        )
        connection.commit()
    assert _count(path) == after + 2


def test_opening_an_older_database_upgrades_and_counts_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    database = open_database(str(path), migrate=False)
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0015")  # before anything was counted
    database.engine.dispose()
    open_database(str(path)).engine.dispose()  # what a shop's computer does on start
    counted = _count(path)
    assert counted is not None
    assert counted >= 1  # the upgrade itself is a change: no older backup holds this
