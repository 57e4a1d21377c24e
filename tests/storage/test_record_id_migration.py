"""Migration 0017e: every contact gets its own random record id, kept from then on."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.erasure import erase_contact
from optin_desk.storage.engine import Database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.migrate import alembic_config
from optin_desk.storage.models import Contact

NUMBERS = ("07911 123456", "07911 123457", "07911 123458")


def _to(database: Database, revision: str, *, down: bool = False) -> None:
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _triggers(database: Database) -> set[str]:
    if database.engine.dialect.name != "sqlite":
        return set()
    with database.engine.connect() as connection:
        found = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contacts'")
        )
        return {row[0] for row in found}


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_contacts_on_file_get_distinct_random_ids_and_keep_them(database: Database) -> None:
    with database.sessions() as session:
        for number in NUMBERS:
            record_opt_in(
                session,
                OptInRequest(phone=number, scopes=["all"], method="in_person"),
                database.evidence_dir,
            )
        erase_contact(session, NUMBERS[2], "", database)
    triggers = _triggers(database)
    assert triggers or database.engine.dialect.name != "sqlite"
    _to(database, "0017b", down=True)  # the revision before 0017e
    with database.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("contacts")}
    assert "record_id" not in columns
    _to(database, "head")
    assert _triggers(database) == triggers  # no table copy: the contacts' triggers stay
    with database.sessions() as session:
        ids = list(session.scalars(select(Contact.record_id).order_by(Contact.id)))
        assert len(ids) == len(set(ids)) == 3  # the erased person's row too, tied to nothing
        assert all(uuid.UUID(str(i)).version == 4 for i in ids)
        record_opt_in(
            session,
            OptInRequest(phone="07911 123459", scopes=["all"], method="in_person"),
            database.evidence_dir,
        )
        newest = session.scalars(select(Contact.record_id).order_by(Contact.id.desc())).first()
        assert newest is not None
        assert newest not in ids
        assert verify_ledger(session).ok
