"""The ledger on a real SQLite file: triggers, chain, derived state, migrations."""

from __future__ import annotations

import itertools
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.util.exc import CommandError
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from optin_desk.domain.consent import ConsentState
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.migrate import alembic_config, current_revision, head_revision
from optin_desk.storage.models import ConsentEvent, ConsentStateRow
from tests.pg import tamper

ANN = "07911 123456"


def opt_in(session: Session, database: Database, *scopes: str, phone: str = ANN) -> None:
    record_opt_in(
        session,
        OptInRequest(phone=phone, scopes=scopes, method="in_person", name="Ann"),
        database.evidence_dir,
    )


@pytest.mark.sqlite_only
def test_sqlite_is_set_up_for_durable_records(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_events_refuse_update_and_delete(database: Database, session: Session) -> None:
    opt_in(session, database, "offers")
    for statement in (
        "UPDATE consent_events SET scope = 'orders'",
        "DELETE FROM consent_events",
    ):
        with pytest.raises(IntegrityError, match="append-only"):
            session.execute(text(statement))
        session.rollback()
    person = select(ConsentEvent.scope).where(ConsentEvent.contact_id.is_not(None))
    assert session.scalar(person) == "offers"


@pytest.mark.sqlite_only
def test_the_triggers_hold_for_any_program_opening_the_file(database: Database) -> None:
    with database.sessions() as session:
        opt_in(session, database, "offers")
    assert database.sqlite_path is not None
    with (
        closing(sqlite3.connect(database.sqlite_path)) as raw,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        raw.execute("UPDATE consent_events SET method = 'import'")


def test_chain_links_each_event_to_the_one_before(database: Database, session: Session) -> None:
    opt_in(session, database, "orders", "offers")
    record_opt_out(session, OptOutRequest(phone=ANN, scope="marketing", method="whatsapp_reply"))
    events = session.scalars(select(ConsentEvent).order_by(ConsentEvent.id)).all()
    # the shop's three categories' kinds come first (shop events), then Ann's entries
    assert [e.id for e in events] == [1, 2, 3, 4, 5, 6]
    assert [e.contact_id is None for e in events] == [True] * 3 + [False] * 3
    for earlier, later in itertools.pairwise(events):
        assert later.prev_hash == earlier.hash
    report = verify_ledger(session)
    assert report.ok
    assert report.count == 6
    assert report.head == events[-1].hash


def test_state_table_follows_every_append(database: Database, session: Session) -> None:
    opt_in(session, database, "orders", "offers")
    record_opt_out(session, OptOutRequest(phone=ANN, scope="marketing", method="in_person"))
    rows = {r.category_key: r.state for r in session.scalars(select(ConsentStateRow)).all()}
    assert rows == {
        "orders": ConsentState.OPTED_IN.value,
        "offers": ConsentState.OPTED_OUT.value,
    }


def test_a_tampered_event_is_found(database: Database) -> None:
    with database.sessions() as session:
        opt_in(session, database, "orders", "offers", "delivery")
    where = str(database.sqlite_path or database.url.render_as_string(hide_password=False))
    tamper(
        where, "UPDATE consent_events SET occurred_at = '2020-01-01T00:00:00.000000Z' WHERE id = 2"
    )
    with database.sessions() as session:
        report = verify_ledger(session)
    assert not report.ok
    assert report.broken_event_id == 2


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_schema_matches_the_models(database: Database) -> None:
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.check(config)  # raises when the models need a migration the repo lacks
    assert current_revision(database) == head_revision(database)


def test_an_older_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(str(path))
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE marker (x INTEGER)"))
        connection.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    database.dispose()
    with pytest.raises(CommandError):
        open_database(str(path))  # 'older' is unknown to this build: it is refused, not lost
    backups = list((tmp_path / "backups").glob("before-upgrade-older-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT count(*) FROM marker").fetchone() == (0,)


def test_kept_checks_survive_the_move_to_packed_results(database: Database) -> None:
    from optin_desk.documents.lists import read_pasted
    from optin_desk.services.check import run_check, stored_rows

    with database.sessions() as session:
        result = run_check(session, read_pasted("07911 123456\n0791\n07911 123456"), "orders", "x")
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT row, verdict FROM check_rows ORDER BY position"))
        assert [tuple(r) for r in rows] == [
            (1, "no_consent"),
            (2, "invalid_number"),
            (3, "duplicate"),
        ]
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with database.sessions() as session:
        assert stored_rows(session, result.check_id) == list(result.rows)


@pytest.mark.sqlite_only
def test_finding_what_voids_an_event_searches_an_index(database: Database) -> None:
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM consent_events WHERE voided_event_id = 7"
        ).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "USING COVERING INDEX ix_consent_events_voided_event_id" in details
    assert "SCAN" not in details


def test_a_save_after_a_bulk_load_gets_a_fresh_number(database: Database) -> None:
    """Rows loaded with their own ids (demo, import) leave the numbering after them: the next
    opt-in and opt-out are saved (on PostgreSQL the sequences are moved on)."""
    from optin_desk.services.demo import add_demo_contacts

    with database.sessions() as session:
        add_demo_contacts(session, 30)
    with database.sessions() as session:
        opt_in(session, database, "offers", phone="07400 987654")
        record_opt_out(session, OptOutRequest("07400 987654", "offers", "in_person"))
    with database.reading() as session:
        assert verify_ledger(session).ok
