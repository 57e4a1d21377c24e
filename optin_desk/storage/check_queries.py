"""The reads and writes of a list check, as sets of plain tuples (the check's hot path).

What a check needs of the records is read a set of contacts at a time, as the driver's own
tuples: one SELECT per number, or ORM rows, cost many times more (PITFALLS: performance).
The use case that turns these facts into verdicts is `services.check`.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, func, insert, literal_column, select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.consent import Action, ConsentState
from optin_desk.storage.models import (
    Base,
    CheckRun,
    ConsentEvent,
    ConsentStateRow,
    Contact,
    MessageSent,
)

CHUNK = 900
"""Contacts per `IN (...)` lookup (under SQLite's old limit of 999 parameters)."""
BROAD_SHARE = 0.2
"""Past this share of all contacts, one pass over a table beats looking them up in chunks."""

StateFact = tuple[str, str, str, str]
"""state, since, method and scope of the event that decided it."""


def numbers_on_file(session: Session) -> dict[str, int]:
    """Every E.164 number on file with its contact id (erased contacts have none).

    Read straight from the driver's cursor: the hot path's index, 100,000 plain tuples with
    no result rows built around them.
    """
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute("SELECT phone_e164, id FROM contacts WHERE phone_e164 IS NOT NULL")
        pairs = cast("Iterable[tuple[str, int]]", cursor)  # no list of every row between
        return dict(pairs)
    finally:
        cursor.close()


def contact_count(session: Session) -> int:
    """About how many contacts there are: the highest id (contacts are never deleted), one
    step down the key where counting them reads an index whole."""
    return session.scalar(select(func.max(Contact.id))) or 0


def wants_everyone(session: Session, contact_ids: Sequence[int]) -> bool:
    """True when these contacts are so large a share that whole-table reads are cheaper
    (never on SQLite, which is handed the contacts as one list and searches for each)."""
    if _listed(session.connection()):
        return False
    return len(contact_ids) > BROAD_SHARE * (contact_count(session) or 1)


def numbers_among(session: Session, numbers: Collection[str]) -> dict[str, int]:
    """Those of these E.164 numbers that are on file, with their contact ids: what a short
    list needs of the number index, looked up instead of read whole."""
    query = select(Contact.phone_e164, Contact.id)
    return dict(_ids_in(session, query, Contact.phone_e164, list(numbers), False))


def consent_states(
    session: Session, contact_ids: Sequence[int], category_key: str, everyone: bool
) -> dict[int, StateFact]:
    """The current consent of these contacts for one category, with how it was given."""
    query = (
        select(
            ConsentStateRow.contact_id,
            ConsentStateRow.state,
            ConsentStateRow.since,
            ConsentEvent.method,
            ConsentEvent.scope,
        )
        .join(ConsentEvent, ConsentEvent.id == ConsentStateRow.event_id)
        .where(ConsentStateRow.category_key == category_key)
    )
    rows = _ids_in(session, query, ConsentStateRow.contact_id, contact_ids, everyone)
    return {row[0]: row[1:] for row in rows}


def opted_in_elsewhere(
    session: Session, contact_ids: Sequence[int], category_key: str, everyone: bool
) -> dict[int, frozenset[str]]:
    """The other categories these contacts (none of them on file for this one: the caller
    read `consent_states` just before) opted in to.

    Each contact's keys come joined by the database (keys hold no comma), and each set of
    keys is made once. Looked up a chunk at a time, their rows are theirs alone; read whole,
    the holders of this category are left out in SQL. (That subquery, built again over
    every holder for each chunk, cost 0.43 CPU s of a 10,000-row list.)
    """
    key = ConsentStateRow.category_key
    joined = (
        func.group_concat(key, ",")
        if session.get_bind().dialect.name == "sqlite"
        else func.string_agg(key, ",")
    )
    query = (
        select(ConsentStateRow.contact_id, joined)
        .where(ConsentStateRow.state == ConsentState.OPTED_IN.value)
        .group_by(ConsentStateRow.contact_id)
    )
    if everyone:
        holders = aliased(ConsentStateRow)
        query = query.where(
            ConsentStateRow.contact_id.not_in(
                select(holders.contact_id).where(holders.category_key == category_key)
            )
        )
    found = dict(_ids_in(session, query, ConsentStateRow.contact_id, contact_ids, everyone))
    kinds = {keys: frozenset(keys.split(",")) for keys in set(found.values())}
    return dict(zip(found, map(kinds.__getitem__, found.values()), strict=True))


def marketing_sends(
    session: Session,
    contact_ids: Sequence[int],
    marketing_keys: Sequence[str],
    since: str,
    everyone: bool,
) -> list[Any]:
    """Per contact and marketing category: the last message sent and how many since `since`
    (canonical text)."""
    query = (
        select(
            MessageSent.contact_id,
            MessageSent.category_key,
            func.max(MessageSent.sent_at),
            func.count().filter(MessageSent.sent_at >= since),
        )
        .where(MessageSent.category_key.in_(marketing_keys))
        .group_by(MessageSent.contact_id, MessageSent.category_key)
    )
    return _ids_in(session, query, MessageSent.contact_id, contact_ids, everyone)


def latest_events(session: Session, contact_ids: Sequence[int]) -> dict[int, str]:
    """When each of these contacts last did something on record (voids do not count)."""
    query = (
        select(ConsentEvent.contact_id, func.max(ConsentEvent.occurred_at))
        .where(ConsentEvent.action != Action.VOID.value)
        .group_by(ConsentEvent.contact_id)
    )
    return dict(_ids_in(session, query, ConsentEvent.contact_id, contact_ids, False))


def add_sent(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Record messages as sent (contact_id, category_key, sent_at, check_id), in one go."""
    if rows:
        session.execute(insert(Base.metadata.tables[MessageSent.__tablename__]), rows)


def packed_results(session: Session, check_id: int) -> bytes | None:
    """The packed row verdicts of a kept check (storage.results), or None."""
    return session.scalar(select(CheckRun.results).where(CheckRun.id == check_id))


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _listed(connection: Connection) -> bool:
    """Whether the database is handed a set of keys as one JSON array (SQLite's json_each):
    one statement, one search of the index per key, instead of chunks or whole tables."""
    return connection.dialect.name == "sqlite"


def _ids_in(
    session: Session,
    query: Any,
    column: Any,
    ids: Sequence[int] | Sequence[str],
    everyone: bool,
) -> list[Any]:
    """Rows of the select `query` (first column: the key) for these contact ids (or numbers),
    as the driver's plain tuples.

    SQLite gets them all at once as a JSON array and searches for each (a year's 90,000
    people: about half a whole-table read of each table, with nothing left to filter here).
    Elsewhere, when most contacts are wanted, one pass over the table fetched at once beats
    looking them up `column IN (...)` a chunk at a time.
    """
    if not ids:
        return []
    connection = session.connection()  # Core rows: no ORM work per row on this hot path
    if everyone:
        # The whole table, as the driver's plain tuples: the statement's few values (keys,
        # states, times of our own) are written into it, so no result rows are built.
        sql = _literal_sql(connection, query)
        cursor = connection.connection.cursor()
        try:
            cursor.execute(sql)
            rows = cursor.fetchall()
        finally:
            cursor.close()
        wanted = set(ids)
        return [row for row in rows if row[0] in wanted]
    if _listed(connection):
        listed = func.json_each(literal_column("?")).table_valued("value")
        sql = _literal_sql(connection, query.where(column.in_(select(listed.c.value))))
        result = connection.exec_driver_sql(sql, (json.dumps(list(ids)),))
        try:  # the driver's own tuples, fetched at once
            return list(result.cursor.fetchall())
        finally:
            result.close()
    found: list[Any] = []
    for chunk in _chunks(ids):
        found.extend(connection.execute(query.where(column.in_(chunk))))
    return found


def _literal_sql(connection: Connection, query: Any) -> str:
    """The statement with its few values (keys, states, times of our own) written into it,
    so the driver returns plain tuples and no result rows are built around them."""
    return str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
