"""Every change behind the app's back is caught: each field of each event, removals, swaps."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from optin_desk.domain.chain import CHAINED_FIELDS, OPTIONAL_CHAINED_FIELDS
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.voids import void_event
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import verify_ledger

COLUMNS = [
    ("id" if f == "event_id" else f) for f in (*CHAINED_FIELDS, *OPTIONAL_CHAINED_FIELDS)
] + ["prev_hash", "hash"]


pytestmark = pytest.mark.sqlite_only  # edits a copy of the file; PostgreSQL: tests/cli


@pytest.fixture
def ledger(database: Database, tmp_path: Path) -> Path:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"scan")
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(
                phone="07911123456",
                scopes=["orders", "offers"],
                method="paper_form",
                serial="AB1",
                printed_elsewhere=True,
                evidence=scan,
                note="signed at the till",
                by="Sam",
            ),
            database.evidence_dir,
        )
        record_opt_out(
            session,
            OptOutRequest(
                phone="07911123456",
                scope="marketing",
                method="whatsapp_reply",
                words="STOP",
                reason="too many",
            ),
        )
        void_event(session, 6, "wrong person", "Kim")  # after the 3 kinds and her 2 opt-ins
    assert database.sqlite_path is not None
    database.dispose()
    return database.sqlite_path


def verify(path: Path) -> tuple[bool, int | None]:
    database = open_database(str(path), migrate=False)
    try:
        with database.reading() as session:
            report = verify_ledger(session)
    finally:
        database.dispose()
    return report.ok, report.broken_event_id


def tampered(path: Path, tmp_path: Path, *statements: str) -> Path:
    copy = tmp_path / f"copy-{abs(hash(statements))}.sqlite3"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
        target.execute("DROP TRIGGER consent_events_no_update")
        target.execute("DROP TRIGGER consent_events_no_delete")
        target.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            target.execute(statement)
        target.commit()
    return copy


def test_the_untouched_ledger_verifies(ledger: Path) -> None:
    assert verify(ledger) == (True, None)


def test_every_field_of_every_event_changed_is_caught(ledger: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(ledger)) as raw:
        ids = [row[0] for row in raw.execute("SELECT id FROM consent_events ORDER BY id")]
    assert ids == [1, 2, 3, 4, 5, 6, 7]  # the shop's 3 categories' kinds, then hers
    for event_id in ids:
        for column in COLUMNS:
            if column == "id":
                change = f"UPDATE consent_events SET id = 100 + id WHERE id = {event_id}"
            else:
                change = (
                    f"UPDATE consent_events SET {column} = "
                    f"CASE WHEN {column} IS NULL THEN 'x' ELSE {column} || 'x' END "
                    f"WHERE id = {event_id}"
                )
            ok, broken = verify(tampered(ledger, tmp_path, change))
            assert not ok, (event_id, column)
            assert broken is not None


def test_removed_and_reordered_events_are_caught(ledger: Path, tmp_path: Path) -> None:
    for statements, first_broken in (
        (("DELETE FROM consent_events WHERE id = 5",), 6),
        (("DELETE FROM consent_events WHERE id = 7",), 7),
        (("DELETE FROM consent_events WHERE id = 2",), 3),  # a shop entry
        (
            (
                "UPDATE consent_events SET id = 99 WHERE id = 5",
                "UPDATE consent_events SET id = 5 WHERE id = 6",
                "UPDATE consent_events SET id = 6 WHERE id = 99",
            ),
            5,
        ),
    ):
        assert verify(tampered(ledger, tmp_path, *statements)) == (False, first_broken)
