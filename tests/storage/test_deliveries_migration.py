"""Migration 0012: the delivery outcomes and the quality log come and go cleanly, and the
models match the migrated schema (alembic check)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from optin_desk.storage.engine import Database
from optin_desk.storage.migrate import alembic_config

TABLES = {"delivery_outcomes", "quality_log"}


def _tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def _triggers(database: Database) -> set[str]:
    if database.engine.dialect.name == "postgresql":
        listing = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        listing = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    with database.engine.connect() as connection:
        return {name for (name,) in connection.execute(text(listing))}


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_down_to_0010_and_up_again(database: Database) -> None:
    assert _tables(database) >= TABLES
    guards = (
        {"delivery_outcomes_append_only", "quality_log_append_only"}
        if database.engine.dialect.name == "postgresql"
        else {"delivery_outcomes_no_update", "quality_log_no_delete"}
    )
    assert guards <= _triggers(database)
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
