"""The reads `verify` makes around the chain, as plain rows in keyset batches.

Hot streams (the ledger by person, the state table) go straight to the driver's cursor with
integer keys inlined, as the chain's own read does (storage.ledger.iter_chain_rows): no ORM
object and no Row per event. Small or rare reads go through SQLAlchemy Core.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

EVENTS_BY_PERSON = (
    "SELECT contact_id, id, action, scope, method, occurred_at, voided_event_id, occurred_on "
    "FROM consent_events WHERE (contact_id, id) > ({contact}, {event}) "
    "ORDER BY contact_id, id LIMIT {batch}"
)
"""Every event, person by person (the contact_id index, whose entries end with the id)."""

EVENTS_OF_PEOPLE = (
    "SELECT contact_id, id, action, scope, method, occurred_at, voided_event_id, occurred_on "
    "FROM consent_events WHERE contact_id IN ({people}) ORDER BY contact_id, id"
)
"""These people's events, person by person (the contact_id index)."""

CONTACT_NUMBERS = "SELECT id, phone_e164, contact_key FROM contacts ORDER BY id"
"""Every contact's number and keyed hash, in the primary key's (the table's own) order."""

STATE_ROWS = (
    "SELECT contact_id, category_key, state, event_id, since FROM consent_state "
    "WHERE contact_id > {contact} ORDER BY contact_id, category_key LIMIT {batch}"
)
"""The state table in its primary key's order; a batch stops at a whole person (see below)."""

STATE_ROWS_STORED = "SELECT contact_id, category_key, state, event_id, since FROM consent_state"
"""The state table of a SQLite file in the order it is stored: no index walk and no lookup
of each row from the index (half the time of reading it by its primary key). SQLite's
cursor steps through it as it is fetched, so a batch at a time is held."""

WORDING_MISMATCHES = (
    "SELECT e.id, e.wording_id, e.wording_sha256, w.sha256 FROM consent_events e "
    "LEFT JOIN wordings w ON w.id = e.wording_id "
    "WHERE e.wording_id IS NOT NULL "
    "AND (w.sha256 IS NULL OR e.wording_sha256 IS NULL OR w.sha256 <> e.wording_sha256) "
    "ORDER BY e.id LIMIT :most"
)
"""Events whose wording row is not the wording their chain names (one pass, few rows back)."""

WORDINGS = "SELECT id, language, version, text, sha256 FROM wordings ORDER BY id"

EVIDENCE_ROWS = "SELECT sha256 FROM evidence WHERE sha256 > :after ORDER BY sha256 LIMIT :batch"

EVIDENCE_USERS = (
    "SELECT e.id, c.phone_e164 FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
    "WHERE e.evidence_sha256 = :sha256 ORDER BY e.id"
)
"""The events naming one scan, with whether their person is still on file (the index on
evidence_sha256; asked only for a scan that is missing)."""

Row = Sequence[Any]

STEPPED = 256
"""Rows fetched at a time from a cursor that steps through a whole table. Small: each fetch's
rows are then used while the processor's cache still holds them. A year's verify spent
0.5 CPU s more comparing the state table fetched 10,000 rows at a time than 1,000 at a time,
and 0.4 s more on the chain's read (fetched 10,000 at a time against 100-500)."""


def _cursor(session: Session) -> Any:
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def events_by_person(session: Session, batch: int = 10000) -> Iterator[Row]:
    """(contact_id, id, action, scope, method, occurred_at, voided_event_id, occurred_on) for
    every event, ordered by person then id."""
    cursor = _cursor(session)
    try:
        contact = event = 0
        while True:
            cursor.execute(  # integers, not input
                EVENTS_BY_PERSON.format(contact=int(contact), event=int(event), batch=int(batch))
            )
            rows = cursor.fetchall()
            if not rows:
                return
            yield from rows
            contact, event = rows[-1][0], rows[-1][1]
    finally:
        cursor.close()


def events_of_people(
    session: Session, contact_ids: Sequence[int], chunk: int = 900
) -> Iterator[Row]:
    """EVENTS_BY_PERSON's rows for these people only (in order; `contact_ids` sorted)."""
    cursor = _cursor(session)
    try:
        for start in range(0, len(contact_ids), chunk):
            people = ", ".join(str(int(c)) for c in contact_ids[start : start + chunk])
            cursor.execute(EVENTS_OF_PEOPLE.format(people=people))  # integers, not input
            yield from cursor.fetchall()
    finally:
        cursor.close()


def contact_numbers(session: Session, batch: int = STEPPED) -> Iterator[Row]:
    """(id, phone_e164, contact_key) of every contact in id order, from the driver's cursor
    (a Row per contact through SQLAlchemy cost verify more than the hashing of the numbers)."""
    cursor = _cursor(session)
    try:
        cursor.execute(CONTACT_NUMBERS)
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()


def state_rows(session: Session, batch: int = 10000) -> Iterator[Row]:
    """(contact_id, category_key, state, event_id, since) of the state table, by person."""
    cursor = _cursor(session)
    try:
        contact = 0
        while True:
            cursor.execute(  # integers, not input
                STATE_ROWS.format(contact=int(contact), batch=int(batch))
            )
            rows = cursor.fetchall()
            if not rows:
                return
            if len(rows) == batch and rows[0][0] != rows[-1][0]:
                last = rows[-1][0]  # the last person may go on in the next batch
                rows = [row for row in rows if row[0] != last]
            yield from rows
            contact = rows[-1][0]
    finally:
        cursor.close()


def state_rows_any_order(
    session: Session, batch: int = 10000, stepped: int = STEPPED
) -> Iterator[Row]:
    """The state table's rows (as state_rows gives them), in whatever order is cheapest
    (`batch`: rows a query on a server; `stepped`: rows a fetch from a SQLite file)."""
    if session.get_bind().dialect.name != "sqlite":
        yield from state_rows(session, batch)
        return
    cursor = _cursor(session)
    try:
        cursor.execute(STATE_ROWS_STORED)
        while rows := cursor.fetchmany(stepped):
            yield from rows
    finally:
        cursor.close()


def wording_mismatches(session: Session, most: int = 20) -> list[Row]:
    """(event id, wording_id, chained sha256, the row's sha256) of events whose wording row
    does not hash to what the chain says, oldest first."""
    return [tuple(row) for row in session.execute(text(WORDING_MISMATCHES), {"most": most})]


def wordings(session: Session) -> list[Row]:
    """(id, language, version, text, sha256) of every wording (a few dozen rows at most)."""
    return [tuple(row) for row in session.execute(text(WORDINGS))]


def evidence_digests(session: Session, batch: int = 1000) -> Iterator[str]:
    """The sha256 of every scan the records name, in order."""
    after = ""
    while True:
        found = list(session.scalars(text(EVIDENCE_ROWS), {"after": after, "batch": batch}))
        if not found:
            return
        yield from (str(sha) for sha in found)
        after = found[-1]


def evidence_users(session: Session, sha256: str) -> list[tuple[int, bool]]:
    """(event id, whether its person is still on file) for each event naming a scan."""
    rows = session.execute(text(EVIDENCE_USERS), {"sha256": sha256})
    return [(int(row[0]), row[1] is not None) for row in rows]


def sqlite_triggers(session: Session) -> set[str]:
    """The names of the SQLite file's triggers."""
    found = session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {str(name) for name in found}


def server_triggers(session: Session) -> set[str]:
    """The names of the server's user triggers that fire (not switched off)."""
    found = session.scalars(
        text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
    )
    return {str(name) for name in found}


def has_head_row(session: Session) -> bool:
    """Whether the ledger's head row is there."""
    return bool(session.scalar(text("SELECT count(*) FROM ledger_head")))


def erasures_not_on_record(session: Session) -> list[int]:
    """Contacts whose number an erasure took out, with no erasure of their keyed number on
    record (its row removed: the number is no longer blocked)."""
    return list(
        session.scalars(
            text(
                "SELECT c.id FROM contacts c WHERE c.phone_e164 IS NULL"
                " AND c.contact_key IS NOT NULL AND NOT EXISTS"
                " (SELECT 1 FROM erased_numbers e WHERE e.keyed_hash = c.contact_key)"
                " ORDER BY c.id"
            )
        )
    )


def lifts_not_on_record(session: Session) -> list[int | None]:
    """Erasures marked lifted whose lifting event is not the person's own opt-in recorded
    after the erasure (the event each names, or None)."""
    return list(
        session.scalars(
            text(
                "SELECT e.lifted_by_event_id FROM erased_numbers e WHERE e.lifted_at IS NOT NULL"
                " AND NOT EXISTS (SELECT 1 FROM consent_events v"
                " LEFT JOIN contacts c ON c.id = v.contact_id"
                " WHERE v.id = e.lifted_by_event_id AND v.action = 'opt_in'"
                " AND v.recorded_at > e.erased_at"
                " AND (v.contact_key = e.keyed_hash OR c.contact_key = e.keyed_hash))"
                " ORDER BY e.lifted_by_event_id"
            )
        )
    )
