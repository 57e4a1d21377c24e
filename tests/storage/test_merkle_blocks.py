"""The ledger's block roots: written by every append path, filled by the upgrade, read by
primary key ranges (no scan of the ledger), refused when they cannot be the ledger's."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from optin_desk.domain.consent import Action, Method
from optin_desk.domain.merkle import MerkleLevels
from optin_desk.domain.merkle_blocks import BLOCK_LEAVES, block_root
from optin_desk.domain.when import canonical
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.anchors import event_hashes, recorded_head
from optin_desk.storage.bulk import NewContact, bulk_add
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import NewEvent
from optin_desk.storage.merkle_blocks import read_blocked, stored_blocks
from optin_desk.storage.migrate import alembic_config
from optin_desk.storage.models import ConsentEvent, MerkleBlock
from optin_desk.storage.shop_events import append_shop_event
from tests.storage.query_plans import catching, load_make_records, scans

B = BLOCK_LEAVES


def expected_roots(session: Session) -> list[str]:
    """The root of every complete block, computed from every event's hash."""
    leaves = [bytes.fromhex(value) for value in event_hashes(session)]
    return [block_root(leaves[at : at + B]).hex() for at in range(0, len(leaves) - B + 1, B)]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ConsentEvent)) or 0


def bulk(session: Session, people: int, first: int) -> None:
    when = canonical(datetime(2026, 3, 1, tzinfo=UTC))
    event = NewEvent(0, Action.OPT_IN, "orders", Method.IN_PERSON, when, when, "Sam")
    batch = [
        NewContact(f"+4471{first + at:08d}", "Ann Lee", "en", when, [event]) for at in range(people)
    ]
    bulk_add(session, batch, None)
    session.commit()


def test_every_append_path_writes_the_blocks_it_completes(database: Database) -> None:
    with database.sessions() as session:
        start = count(session)
        bulk(session, B - start - 3, 0)  # three short of the first block
        assert stored_blocks(session) == []
        for at in range(5):  # a person's opt-ins complete it
            record_opt_in(
                session,
                OptInRequest(phone=f"07911 12{at:04d}", scopes=["orders"], method="in_person"),
                database.evidence_dir,
            )
        assert [root for _, _, root in stored_blocks(session)] == expected_roots(session)
        assert len(stored_blocks(session)) == 1
        while count(session) < 2 * B:  # shop events complete the second
            append_shop_event(session, "category_kind", "orders", {"kind": "service"})
            session.commit()
        assert len(stored_blocks(session)) == 2
        bulk(session, 3 * B + 7, 10_000)  # one bulk load completes three more at once
        blocks = stored_blocks(session)
        assert [root for _, _, root in blocks] == expected_roots(session)
        assert [index for index, _, _ in blocks] == list(range(5))
        ids = list(session.scalars(select(ConsentEvent.id).order_by(ConsentEvent.id)))
        assert [last for _, last, _ in blocks] == [ids[(b + 1) * B - 1] for b in range(5)]


def _to(database: Database, revision: str, *, down: bool = False) -> None:
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_upgrade_fills_the_blocks_of_the_events_already_there(database: Database) -> None:
    with database.sessions() as session:
        bulk(session, 2 * B + 40, 0)
        before = stored_blocks(session)
    _to(database, "0017f", down=True)
    _to(database, "head")
    with database.sessions() as session:
        assert stored_blocks(session) == before
        assert [root for _, _, root in before] == expected_roots(session)


def test_the_tree_from_the_blocks_is_the_ledgers(database: Database) -> None:
    with database.sessions() as session:
        bulk(session, 3 * B + 11, 0)
        head = recorded_head(session)
        assert head is not None
        ids = list(session.scalars(select(ConsentEvent.id).order_by(ConsentEvent.id)))
        wanted = [ids[5], ids[B + 17], ids[-1]]
        read = read_blocked(session, wanted, head)
        leaves = [bytes.fromhex(value) for value in event_hashes(session)]
    assert read is not None
    full = MerkleLevels(leaves)
    assert read.tree.root() == full.root()
    for event_id in wanted:
        at = read.positions[event_id]
        assert read.leaves[event_id] == leaves[at]
        assert read.tree.inclusion_proof(at) == full.inclusion_proof(at)


def test_blocks_that_cannot_be_the_ledgers_are_refused(database: Database) -> None:
    with database.sessions() as session:
        bulk(session, 2 * B + 3, 0)
        head = recorded_head(session)
        assert head is not None
        first = session.scalar(select(func.min(ConsentEvent.id)))
        assert read_blocked(session, [first], head) is not None
        assert read_blocked(session, [10**9], head) is None  # no such event
        session.execute(
            text("UPDATE merkle_blocks SET last_event_id = last_event_id - 1 WHERE block_index = 0")
        )
        assert read_blocked(session, [first], head) is None  # a block of 255 events
        session.rollback()
        session.execute(text("DELETE FROM merkle_blocks WHERE block_index = 0"))
        assert read_blocked(session, [first], head) is None  # a gap
        session.rollback()
        session.execute(text("UPDATE merkle_blocks SET root = 'zz' WHERE block_index = 1"))
        assert read_blocked(session, [first], head) is None  # not a hash
        session.rollback()
        session.add(MerkleBlock(block_index=2, last_event_id=10**8, root="00" * 32))
        session.flush()
        assert read_blocked(session, [first], head) is None  # past the head


@pytest.mark.sqlite_only
@pytest.mark.slow
def test_reading_a_persons_blocks_scans_no_big_table(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    load_make_records().main([str(path), "--contacts", "800", "--events", "3000"])
    database = open_database(str(path))
    try:
        with database.sessions() as session:
            ids = list(session.scalars(select(ConsentEvent.id).order_by(ConsentEvent.id)))
            head = recorded_head(session)
            assert head is not None
            assert len(stored_blocks(session)) == len(ids) // B
        with catching(database) as caught, database.sessions() as session:
            read = read_blocked(session, [ids[3], ids[len(ids) // 2], ids[-1]], head)
            assert read is not None
        assert caught.statements
        found = scans(path, caught)
        assert not found, "\n".join(found)
    finally:
        database.dispose()
