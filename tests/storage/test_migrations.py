"""Every schema revision upgrades to the current one, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.migrate import alembic_config, current_revision, head_revision

EXPRESSION_INDEX_WARNING = "ignore:Skipped unsupported reflection of expression-based index"


def _revisions() -> list[str]:
    probe = Database.__new__(Database)  # alembic_config only reads the scripts' folder
    script = ScriptDirectory.from_config(alembic_config(probe))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


REVISIONS = _revisions()


@pytest.fixture
def blank_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An empty database (no tables at all) on the test's backend."""
    if backend == "sqlite":
        return str(tmp_path / "blank.sqlite3")
    return str(request.getfixturevalue("pg_url"))


def _migrate(database: Database, target: str, *, down: bool = False) -> None:
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)


def _use(database: Database) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["all"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
        record_opt_out(
            session, OptOutRequest(phone="07911 123456", scope="marketing", method="in_person")
        )
        report = verify_ledger(session)
    assert report.ok
    assert report.count == 5  # Ann's two, after the shop's three categories' kinds


@pytest.mark.filterwarnings(EXPRESSION_INDEX_WARNING)
@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_every_earlier_revision_upgrades_to_the_current_schema(
    blank_location: str, revision: str
) -> None:
    database = open_database(blank_location, migrate=False)
    try:
        _migrate(database, revision)
        assert current_revision(database) == revision
        database.dispose()
        database = open_database(blank_location)  # what a shop's computer does on start
        assert current_revision(database) == head_revision(database)
        config = alembic_config(database)
        with database.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.check(config)  # the upgraded schema is exactly the models'
        with database.sessions() as session:
            create_business(session, BusinessSetup(name="Shop", country="GB", senders=()))
        _use(database)
    finally:
        database.dispose()


@pytest.mark.filterwarnings(EXPRESSION_INDEX_WARNING)
def test_from_empty_to_current_and_back_down_to_nothing(blank_location: str) -> None:
    database = open_database(blank_location)
    try:
        assert current_revision(database) == REVISIONS[-1]
        _migrate(database, "base", down=True)
        with database.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        _migrate(database, "head")
        with database.sessions() as session:
            create_business(session, BusinessSetup(name="Shop", country="GB", senders=()))
        _use(database)
    finally:
        database.dispose()
