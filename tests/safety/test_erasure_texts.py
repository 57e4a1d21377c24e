"""Erasure takes the person's free texts out of their events, and the chain still verifies."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.erasure import erase_contact
from optin_desk.services.records import verify_records
from optin_desk.services.records_key import key_path, records_id
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent
from tests.pg import tamper

NOTE = "Zebedee Quixotic asked on 07911 123456 about offers"
WORDS = "stop it Zebedee here"


def _record(database: Database) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(
                phone="07911 123456",
                scopes=["offers"],
                method="in_person",
                name="Zebedee Quixotic",
                note=NOTE,
            ),
            database.evidence_dir,
        )
        record_opt_out(
            session,
            OptOutRequest(phone="07911 123456", scope="marketing", method="in_person", words=WORDS),
        )
        record_opt_in(
            session,
            OptInRequest(phone="07400 123456", scopes=["offers"], method="in_person", note="Ann"),
            database.evidence_dir,
        )


def test_erased_texts_leave_the_chain_whole(database: Database, db_location: str) -> None:
    _record(database)
    with database.sessions() as session:
        erase_contact(session, "07911 123456", "Owner", database)
    with database.reading() as session:
        report = verify_records(session)
        assert report.ok, report.problem
        assert report.taken_on_trust == ()
        texts = session.execute(
            select(ConsentEvent.note, ConsentEvent.customer_words, ConsentEvent.texts_salt).where(
                ConsentEvent.contact_id == 1
            )
        ).all()
        assert len(texts) == 2
        assert all(row == ("", "", None) for row in texts)
        kept = session.scalars(select(ConsentEvent.note).where(ConsentEvent.contact_id == 2))
        assert list(kept) == ["Ann"]
    tamper(db_location, "UPDATE consent_events SET note = 'Bob' WHERE contact_id = 2")
    with database.reading() as session:
        broken = verify_records(session)
    assert not broken.ok
    assert broken.problem == (
        "its texts (note, customer's words, confirmation, reason) were changed"
    )


def test_the_ledger_refuses_any_other_rewrite(database: Database) -> None:
    _record(database)
    with database.sessions() as session:
        for change in (
            {"note": "altered"},
            {"note": "", "texts_erased_at": "2026-01-01T00:00:00Z", "scope": "orders"},
            {"note": "", "texts_salt": "00" * 16, "texts_erased_at": "2026-01-01T00:00:00Z"},
        ):
            with pytest.raises(IntegrityError, match="append-only"):
                _rewrite(session, change)
            session.expire_all()


def _rewrite(session: Session, change: dict[str, str]) -> None:
    with session.begin_nested():
        event = session.get_one(ConsentEvent, 3)
        for name, value in change.items():
            setattr(event, name, value)
        session.flush()


@pytest.mark.sqlite_only  # the bytes of the SQLite file
def test_an_erased_note_leaves_no_name_or_number_in_the_file(database: Database) -> None:
    _record(database)
    with database.sessions() as session:
        erase_contact(session, "07911 123456", "Owner", database)
        key = key_path(records_id(session)).read_text().strip()
    assert database.sqlite_path is not None
    with closing(sqlite3.connect(database.sqlite_path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    content = database.sqlite_path.read_bytes()
    for trace in (b"Zebedee", b"Quixotic", b"07911 123456", b"447911123456", b"stop it"):
        assert trace not in content, trace
    assert key.encode() not in content
    assert bytes.fromhex(key) not in content
    with database.reading() as session:
        assert verify_records(session).ok
