"""On PostgreSQL, the ledger reads a person waits on have an index to search.

A small shop's plans are the planner's choice of the moment (a sequential scan of a few
hundred rows is cheaper than any index), so each statement is explained with sequential scans
priced out (`enable_seqscan = off`): a plan that still reads a big table whole has no index it
could use, which is what a year of records would then pay on every call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.directory import contact_page, cursor_after
from optin_desk.storage.engine import Database
from optin_desk.storage.ledger import ledger_kinds
from optin_desk.storage.models import Contact
from tests.storage.query_plans import catching

pytestmark = pytest.mark.postgresql_only

BIG_TABLES = ("consent_events", "contacts", "consent_state")


def server_plans(database: Database, work: Callable[[Session], object]) -> list[str]:
    """Run `work`; each SELECT it sent, explained with sequential scans priced out."""
    with catching(database) as caught, database.sessions() as session:
        work(session)
    assert caught.statements, "the path sent no SELECT: nothing was checked"
    plans = []
    with database.engine.connect() as connection:
        cursor: Any = connection.connection.cursor()
        cursor.execute("SET enable_seqscan = off")
        for statement, parameters in caught.statements:
            cursor.execute(f"EXPLAIN {statement}", parameters or None)
            plans.append("\n".join(str(row[0]) for row in cursor.fetchall()) + f"\n  {statement}")
        cursor.close()
    return plans


def whole_reads(plans: list[str]) -> list[str]:
    """The plans that read a big table whole."""
    return [p for p in plans if any(f"Seq Scan on {table}" in p for table in BIG_TABLES)]


@pytest.fixture
def shop(database: Database) -> Database:
    with database.sessions() as session:
        add_demo_contacts(session, 300)
    return database


def a_person(database: Database) -> str:
    with database.reading() as session:
        number = session.query(Contact.phone_e164).order_by(Contact.id).limit(1).scalar()
    assert number
    return str(number)


def test_a_persons_history_and_status_search_the_ledger(shop: Database) -> None:
    person = a_person(shop)

    def work(session: Session) -> None:
        contact_history(session, person)
        contact_status(session, person)
        assert ledger_kinds(session)

    plans = server_plans(shop, work)
    assert not whole_reads(plans), "\n\n".join(whole_reads(plans))
    assert any("consent_events" in plan for plan in plans)


def test_contacts_pages_seek_with_the_bound_cursor(shop: Database) -> None:
    def work(session: Session) -> None:
        first = contact_page(session, limit=50)
        deeper = contact_page(session, after=cursor_after(first[-1]), limit=50)
        assert deeper  # (a search reads every name and number: the one whole read it means)

    plans = server_plans(shop, work)
    assert not whole_reads(plans), "\n\n".join(whole_reads(plans))
