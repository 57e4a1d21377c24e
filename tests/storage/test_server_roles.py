"""On PostgreSQL the ledger is append-only twice over: a trigger, and the program's role."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.exc import IntegrityError, ProgrammingError

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.server_roles import revoke_ledger_rewrites, roles_that_may_rewrite_ledger
from tests.pg import PgServer

RULE_BREAKERS = (
    "UPDATE consent_events SET method = 'import'",
    "DELETE FROM consent_events",
    "TRUNCATE consent_events CASCADE",
)


def _opt_in(url: str, phone: str) -> None:
    database = open_database(url)
    try:
        with database.sessions() as session:
            record_opt_in(
                session,
                OptInRequest(phone=phone, scopes=["all"], method="in_person"),
                database.evidence_dir,
            )
    finally:
        database.dispose()


@pytest.fixture
def shop_url(pg_url: str) -> str:
    """A migrated PostgreSQL database with a shop and one opt-in, owned by the superuser."""
    database = open_database(pg_url)
    try:
        with database.sessions() as session:
            create_business(session, BusinessSetup(name="Shop", country="GB", senders=()))
    finally:
        database.dispose()
    _opt_in(pg_url, "07911 123456")
    return pg_url


@pytest.mark.parametrize("statement", RULE_BREAKERS)
def test_the_trigger_refuses_even_the_tables_owner(shop_url: str, statement: str) -> None:
    database = open_database(shop_url)
    try:
        with (
            pytest.raises(IntegrityError, match="append-only"),
            database.engine.begin() as connection,
        ):
            connection.execute(text(statement))
        with database.reading() as session:
            assert verify_ledger(session).count == 4  # 3 categories' kinds, then the opt-in
    finally:
        database.dispose()


def test_every_upgrade_takes_rewrites_of_the_ledger_back_from_all_but_its_owner(
    pg_server: PgServer, shop_url: str
) -> None:
    role = f"careless_{os.getpid()}"
    name = make_url(shop_url).database
    assert name is not None
    pg_server.admin(f"CREATE ROLE {role} LOGIN")
    database = open_database(shop_url, migrate=False)
    try:
        with database.engine.begin() as connection:  # grants a careless administrator made
            for grant in (
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
                f"GRANT ALL ON consent_events TO {role}, PUBLIC",
            ):
                connection.execute(text(grant))
            assert roles_that_may_rewrite_ledger(connection) == ["PUBLIC", role]
            assert revoke_ledger_rewrites(connection) == ["PUBLIC", role]
            assert roles_that_may_rewrite_ledger(connection) == []
            kept = connection.execute(
                text(f"SELECT has_table_privilege('{role}', 'consent_events', 'INSERT')")
            ).scalar()
        assert kept is True  # appending stays allowed
    finally:
        database.dispose()
    _opt_in(pg_server.url(name, user=role), "07911 123457")
    database = open_database(pg_server.url(name, user=role))
    try:
        for statement in RULE_BREAKERS:
            with (
                pytest.raises(ProgrammingError, match="permission denied"),
                database.engine.begin() as connection,
            ):
                connection.execute(text(statement))
        with database.reading() as session:
            report = verify_ledger(session)
        assert report.ok
        assert report.count == 5  # 3 categories' kinds, then 2 opt-ins
    finally:
        database.dispose()
