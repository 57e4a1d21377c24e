"""Migration 0010: erasures recorded before it stay in force (nothing lifted)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.erasure import erase_contact, erased_on
from optin_desk.services.errors import InputError
from optin_desk.storage.engine import Database
from optin_desk.storage.migrate import alembic_config


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_an_erasure_made_before_the_migration_still_blocks(database: Database) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["all"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
        erase_contact(session, "07911 123456", "", database)
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010-1")
    with database.engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("erased_numbers")}
        assert columns == {"keyed_hash", "erased_at", "recorded_by"}
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with database.sessions() as session:
        assert erased_on(session, "+447911123456") is not None
        with pytest.raises(InputError, match="--lift-erasure"):
            record_opt_in(
                session,
                OptInRequest(phone="07911 123456", scopes=["all"], method="in_person"),
                database.evidence_dir,
            )
