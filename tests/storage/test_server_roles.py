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
from optin_desk.storage.server_roles import program_role_sql
from tests.pg import SUPERUSER, PgServer

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
            assert verify_ledger(session).count == 1
    finally:
        database.dispose()


def test_the_programs_role_appends_but_cannot_rewrite(pg_server: PgServer, shop_url: str) -> None:
    role = f"optin_app_{os.getpid()}"
    name = make_url(shop_url).database
    assert name is not None
    pg_server.admin(f"CREATE ROLE {role} LOGIN")
    engine_url = pg_server.url(name)
    database = open_database(engine_url, migrate=False)
    try:
        with database.engine.begin() as connection:
            for statement in program_role_sql(role, owner=SUPERUSER):
                connection.execute(text(statement))
    finally:
        database.dispose()
    as_program = pg_server.url(name, user=role)
    _opt_in(as_program, "07911 123457")  # opens (already current), writes, state refreshed
    database = open_database(as_program)
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
        assert report.count == 2
    finally:
        database.dispose()


def test_role_names_are_plain_words() -> None:
    with pytest.raises(ValueError, match="plain role name"):
        program_role_sql("app; DROP TABLE contacts", owner="postgres")
