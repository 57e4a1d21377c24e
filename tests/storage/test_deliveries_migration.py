"""Migration 0012: the delivery outcomes and the quality log come and go cleanly, and the
models match the migrated schema (alembic check)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from optin_desk.storage.engine import Database
from optin_desk.storage.migrate import alembic_config

TABLES = {"delivery_outcomes", "quality_log"}


def _tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        return {name for (name,) in rows}


def _triggers(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return {name for (name,) in rows}


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_down_to_0010_and_up_again(database: Database) -> None:
    assert _tables(database) >= TABLES
    assert {"delivery_outcomes_no_update", "quality_log_no_delete"} <= _triggers(database)
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    assert not TABLES & _tables(database)
    assert not any(name.startswith(("delivery_", "quality_")) for name in _triggers(database))
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        command.check(config)  # the models and the migrated schema agree
    assert _tables(database) >= TABLES
