"""Opening settled records asks two indexed questions, and the answers follow the records."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select

from optin_desk.storage.engine import Database
from optin_desk.storage.models import Contact
from optin_desk.storage.settling import UNKEYED, waiting_to_settle


@pytest.mark.sqlite_only  # SQLite's plan; the same partial index exists on a server
def test_the_question_of_unkeyed_contacts_searches_their_index(database: Database) -> None:
    statement = select(Contact.phone_e164).where(UNKEYED)
    compiled = statement.compile(
        dialect=database.engine.dialect, compile_kwargs={"literal_binds": True}
    )
    assert database.sqlite_path is not None
    with closing(sqlite3.connect(database.sqlite_path)) as raw:
        plan = " ".join(str(row[3]) for row in raw.execute(f"EXPLAIN QUERY PLAN {compiled}"))
    assert plan == "SCAN contacts USING INDEX ix_contacts_unkeyed", plan  # the keyless only


def test_settled_records_wait_for_nothing_until_a_contact_lacks_its_key(
    database: Database,
) -> None:
    with database.sessions() as session:
        assert not waiting_to_settle(session)
        session.add(Contact(phone_e164="+447911123456", created_at="2026-01-01T00:00:00Z"))
        session.flush()
        assert waiting_to_settle(session)  # written by a computer without the records key
        session.rollback()
