"""Shop events: ledger entries without a contact, chained like any other, read by nobody as a
person's entry; the upgrade that allows them keeps the ledger append-only."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import IntegrityError

from optin_desk.domain.chain import CHAINED_FIELDS, GENESIS_HASH, ChainValue, link_hash
from optin_desk.domain.shop_events import ShopAction, decode_details
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.contacts import contact_history
from optin_desk.services.errors import InputError
from optin_desk.services.quality_overview import quality_overview
from optin_desk.services.quality_warnings import opt_out_rates
from optin_desk.services.records import export_events
from optin_desk.services.today import today_snapshot
from optin_desk.services.voids import void_event
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import ledger_kinds, verify_ledger
from optin_desk.storage.migrate import alembic_config, head_revision
from optin_desk.storage.models import ConsentEvent, LedgerHead
from optin_desk.storage.shop_events import append_shop_event, shop_events

ANN = "07911 123456"


def _ann(database: Database) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone=ANN, scopes=["all"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
        record_opt_out(session, OptOutRequest(phone=ANN, scope="offers", method="in_person"))


def test_a_shop_event_chains_and_verifies(database: Database) -> None:
    _ann(database)
    with database.sessions() as session:
        before = session.scalars(select(LedgerHead)).one().head_hash
        event_id = append_shop_event(
            session, ShopAction.RESTORE, "records", {"replaced_head": "ab" * 32, "count": 7}
        )
        session.commit()
    with database.sessions() as session:
        stored = session.get_one(ConsentEvent, event_id)
        assert stored.contact_id is None
        assert stored.prev_hash == before
        assert decode_details(stored.details) == {"replaced_head": "ab" * 32, "count": 7}
        head = session.scalars(select(LedgerHead)).one()
        assert (head.last_event_id, head.head_hash) == (event_id, stored.hash)
        report = verify_ledger(session)
        assert report.ok, report.problem
        assert report.head == stored.hash
        assert [e.event_id for e in shop_events(session, ShopAction.RESTORE)] == [event_id]


def test_a_changed_shop_event_breaks_the_chain(database: Database) -> None:
    with database.sessions() as session:
        event_id = append_shop_event(session, ShopAction.RESTORE, "records", {"count": 1})
        session.commit()
    from tests.pg import tamper

    tamper(
        database.sqlite_path or database.url,
        f"UPDATE consent_events SET details = replace(details, '1', '2') WHERE id = {event_id}",
    )
    with database.sessions() as session:
        report = verify_ledger(session)
    assert not report.ok
    assert report.broken_event_id == event_id


def test_a_new_shop_states_each_category_kind_in_the_ledger(database: Database) -> None:
    with database.sessions() as session:
        kinds = {e.scope: e.details["kind"] for e in shop_events(session)}
        assert kinds == {"orders": "service", "delivery": "service", "offers": "marketing"}
        assert {k: v.value for k, v in ledger_kinds(session).items()} == kinds
        assert verify_ledger(session).ok


def test_shop_events_are_no_persons_entry(database: Database, tmp_path: Path) -> None:
    _ann(database)
    with database.sessions() as session:
        shop_id = append_shop_event(session, ShopAction.RESTORE, "records", {"count": 2})
        session.commit()
        people_events = session.scalar(
            select(func.count())
            .select_from(ConsentEvent)
            .where(ConsentEvent.contact_id.is_not(None))
        )
        assert people_events == 2
        _status, history = contact_history(session, ANN)
        assert [e.action.value for e in history] == ["opt_in", "opt_out"]
        target = tmp_path / "events.csv"
        assert export_events(session, target) == 2
        with target.open(newline="", encoding="utf-8-sig") as handle:
            exported = list(csv.DictReader(handle))
        assert [row["action"] for row in exported] == ["opt_in", "opt_out"]
        assert sum(people for people, _out in opt_out_rates(session).values()) == 1
        overview = quality_overview(session)
        assert sum(rate.people for rate in overview.by_method) == 1
        assert today_snapshot(session).signups_week == 1
        with pytest.raises(InputError, match="about the shop"):
            void_event(session, shop_id, reason="mistake")
        session.rollback()
        assert verify_ledger(session).ok


def _records_of_0016(connection: Connection) -> None:
    """Three categories and one chained opt-in, written as the program before 0017c did."""
    for position, (key, kind) in enumerate(
        (("orders", "service"), ("delivery", "service"), ("offers", "marketing"))
    ):
        connection.execute(
            text(
                "INSERT INTO categories (key, label, description, kind, position) "
                "VALUES (:key, :key, '', :kind, :position)"
            ),
            {"key": key, "kind": kind, "position": position},
        )
    connection.execute(
        text(
            "INSERT INTO contacts (id, phone_e164, phone_raw, name, language, created_at) "
            "VALUES (1, '+447911123456', '', 'Ann', 'en', '2026-01-02T10:00:00.000000Z')"
        )
    )
    fields: dict[str, ChainValue] = dict.fromkeys(CHAINED_FIELDS, "")
    fields.update(
        event_id=1,
        contact_id=1,
        action="opt_in",
        scope="all",
        method="in_person",
        occurred_at="2026-01-02T10:00:00.000000Z",
        recorded_at="2026-01-02T10:00:00.000000Z",
        wording_sha256=None,
        form_serial=None,
        evidence_sha256=None,
        voided_event_id=None,
    )
    digest = link_hash(GENESIS_HASH, fields)
    columns = {("id" if k == "event_id" else k): v for k, v in fields.items()}
    names = ", ".join(columns)
    connection.execute(
        text(
            f"INSERT INTO consent_events ({names}, prev_hash, hash) "
            f"VALUES ({', '.join(':' + k for k in columns)}, :prev, :hash)"
        ),
        {**columns, "prev": GENESIS_HASH, "hash": digest},
    )
    connection.execute(text("INSERT INTO ledger_head VALUES (1, 1, 1, :head)"), {"head": digest})


@pytest.fixture
def blank_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An empty database (no tables) on the test's backend."""
    if backend == "sqlite":
        return str(tmp_path / "blank.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_upgrade_states_kinds_and_keeps_the_ledger_append_only(blank_location: str) -> None:
    database = open_database(blank_location, migrate=False)
    try:
        config = alembic_config(database)
        with database.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0016")
        with database.engine.begin() as connection:  # a shop as 0016 knew it, by hand
            _records_of_0016(connection)
        database.dispose()
        database = open_database(blank_location)  # upgrades, as a shop's computer does
        assert head_revision(database) is not None
        config = alembic_config(database)
        with database.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.check(config)  # the rebuilt table is exactly the model's
        with database.sessions() as session:
            upgrade_events = shop_events(session, ShopAction.CATEGORY_KIND)
            assert [(e.scope, e.details["kind"]) for e in upgrade_events] == [
                ("orders", "service"),
                ("delivery", "service"),
                ("offers", "marketing"),
            ]
            assert [e.event_id for e in upgrade_events] == [2, 3, 4]  # after Ann's opt-in
            report = verify_ledger(session)
            assert report.ok, report.problem
            assert report.count == 4
            for statement in (
                "UPDATE consent_events SET scope = 'orders'",
                "DELETE FROM consent_events",
                "DELETE FROM consent_events WHERE contact_id IS NULL",
            ):
                with pytest.raises(IntegrityError, match="append-only"):
                    session.execute(text(statement))
                session.rollback()
            assert session.scalar(select(func.count()).select_from(ConsentEvent)) == 4
    finally:
        database.dispose()
