"""Reading what checkpoints anchor: every event's chain hash, in id order."""

from __future__ import annotations

from array import array

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.chain import ChainValue
from optin_desk.storage.ledger import chained_fields
from optin_desk.storage.models import ConsentEvent, LedgerHead


def event_hashes(session: Session, limit: int | None = None) -> list[str]:
    """The chain hashes of the first `limit` events (all by default), in id order.

    One column, read through the driver's own cursor (half the time of SQLAlchemy's result
    rows, which every printed batch of forms pays): 500,000 events are a few tens of MiB."""
    statement = "SELECT hash FROM consent_events ORDER BY id"
    if limit is not None:
        statement += f" LIMIT {int(limit)}"
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(statement)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def hashes_after(
    session: Session, after_id: int | None = None, up_to: int | None = None
) -> tuple[list[str], int | None]:
    """The chain hashes of the events after id `after_id` (all by default) and up to id
    `up_to` (inclusive; to the end by default), in id order, and the id of the last of them
    (`after_id` when there are none).

    Through the driver's cursor, as `event_hashes`; the primary key index finds the first."""
    statement = "SELECT id, hash FROM consent_events WHERE 1 = 1"
    if after_id is not None:
        statement += f" AND id > {int(after_id)}"
    if up_to is not None:
        statement += f" AND id <= {int(up_to)}"
    statement += " ORDER BY id"
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(statement)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return [row[1] for row in rows], (int(rows[-1][0]) if rows else after_id)


def event_hash(session: Session, event_id: int) -> str | None:
    """The chain hash of event `event_id`, None when there is none."""
    return session.scalar(select(ConsentEvent.hash).where(ConsentEvent.id == event_id))


def recorded_head(session: Session) -> tuple[int, int, str] | None:
    """What the ledger's head row records: how many events, the last one's id and its chain
    hash (written with every append; None before the first)."""
    query = select(LedgerHead.event_count, LedgerHead.last_event_id, LedgerHead.head_hash)
    row = session.execute(query).first()
    return None if row is None else (int(row[0]), int(row[1]), str(row[2]))


def event_ids_and_hashes(session: Session) -> list[tuple[int, str]]:
    """Every event's id and chain hash, in id order (a proof's leaf indexes come from it)."""
    query = select(ConsentEvent.id, ConsentEvent.hash).order_by(ConsentEvent.id)
    return [(row[0], row[1]) for row in session.execute(query)]


def packed_ids_and_hashes(session: Session, batch: int = 10_000) -> tuple[array[int], bytes]:
    """Every event's id and chain hash in id order, packed: the ids as one array of 64-bit
    integers, the hashes as one run of 32-byte digests (domain.merkle.PackedHashes reads it).
    Through the driver's cursor, a batch at a time: ten years of records hold no list of
    five million rows on the way."""
    ids: array[int] = array("q")
    packed = bytearray()
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute("SELECT id, hash FROM consent_events ORDER BY id")
        while rows := cursor.fetchmany(batch):
            for event_id, digest in rows:
                ids.append(int(event_id))
                packed += bytes.fromhex(digest)
    finally:
        cursor.close()
    return ids, bytes(packed)


def chained_events(
    session: Session, ids: list[int]
) -> dict[int, tuple[dict[str, ChainValue], str, dict[str, str] | None]]:
    """The chained fields and previous hash of the events with these ids, and the opening of
    each texts commitment (its salt and texts; None without one, or once erased)."""
    rows = session.scalars(select(ConsentEvent).where(ConsentEvent.id.in_(ids))).all()
    return {row.id: (chained_fields(row), row.prev_hash, _opening(row)) for row in rows}


def _opening(row: ConsentEvent) -> dict[str, str] | None:
    """What opens an event's texts commitment: the salt and the four texts."""
    if row.texts_sha256 is None or not row.texts_salt:
        return None
    return {
        "salt": row.texts_salt,
        "confirmation_text": row.confirmation_text,
        "customer_words": row.customer_words,
        "note": row.note,
        "reason": row.reason,
    }
