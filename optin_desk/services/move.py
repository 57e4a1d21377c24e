"""Moving a shop's records from its SQLite file into an empty PostgreSQL database.

Every table is copied row for row (events keep their ids and hashes), in one transaction on
the target. Before it commits, both sides are compared table by table (row count and a
digest of every row) and the target's chain is recomputed: a difference rolls the whole copy
back and says where it is. A target holding any record is refused before anything is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, inspect, select
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError, RecordsSayNo
from optin_desk.storage.engine import Database, make_engine, resolve_url
from optin_desk.storage.evidence import evidence_path, store_evidence
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.models import Base, Evidence
from optin_desk.storage.sequences import advance_sequence

BATCH = 2000


@dataclass(frozen=True)
class Moved:
    """What was moved: rows per table, and the ledger head both sides share."""

    rows: dict[str, int]
    events: int
    head: str
    scans_copied: int


def target_url_problem(url: str) -> str:
    """Why `url` cannot be a move target ('' when it is a PostgreSQL URL)."""
    try:
        parsed = resolve_url(url)
    except ArgumentError:
        return f"{url!r} is not a database URL (postgresql+psycopg://USER@SERVER/DATABASE)"
    if "://" not in url or parsed.get_backend_name() != "postgresql":
        return "move-to takes a PostgreSQL URL: postgresql+psycopg://USER@SERVER/DATABASE"
    return ""


def records_in(connection: Connection) -> str:
    """The first table of `connection`'s database holding anything ('' when empty)."""
    names = set(inspect(connection).get_table_names())
    for name in sorted(names - {"alembic_version"}):
        table = Base.metadata.tables.get(name)
        if table is None:
            return name
        if connection.scalar(select(func.count()).select_from(table)):
            return name
    return ""


def _rows(connection: Connection, table: Table) -> Iterator[dict[str, object]]:
    """Every row of `table` in key order, streamed (a year of events is not held at once)."""
    query = select(table).order_by(*table.primary_key.columns)
    result = connection.execution_options(yield_per=BATCH).execute(query)
    for row in result.mappings():
        yield dict(row)


def table_digest(connection: Connection, table: Table) -> tuple[int, str]:
    """(rows, sha256 over every row in key order) of one table, comparable across databases."""
    digest = hashlib.sha256()
    count = 0
    for row in _rows(connection, table):
        count += 1
        for name in sorted(row):
            value = row[name]
            shown = value.hex() if isinstance(value, bytes) else repr(value)
            digest.update(f"{name}={shown}\x1f".encode())
        digest.update(b"\x1e")
    return count, digest.hexdigest()


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    batch: list[dict[str, object]] = []
    count = 0
    for row in _rows(source, table):
        batch.append(row)
        if len(batch) == BATCH:
            target.execute(table.insert(), batch)
            count, batch = count + len(batch), []
    if batch:
        target.execute(table.insert(), batch)
        count += len(batch)
    return count


def _differences(source: Connection, target: Connection) -> list[str]:
    found = []
    for table in Base.metadata.sorted_tables:
        here, there = table_digest(source, table), table_digest(target, table)
        if here != there:
            found.append(f"{table.name} ({here[0]} rows here, {there[0]} there)")
    return found


def move_records(source: Database, target: Database) -> Moved:
    """Copy every record of `source` into the empty, migrated `target`, proven equal.

    The source is read in one write transaction (SQLite's BEGIN IMMEDIATE): nobody records
    anything there while it moves, so nothing is left behind in the old file.
    """
    rows: dict[str, int] = {}
    with (
        source.engine.connect() as reading,
        target.engine.connect() as writing,
        writing.begin() as transaction,
    ):
        with Session(bind=reading) as session:
            mine = verify_ledger(session)
        if not mine.ok:
            raise RecordsSayNo(
                f"the records' own chain is broken (event {mine.broken_event_id}: "
                f"{mine.problem}); run verify, nothing was moved"
            )
        busy = records_in(writing)
        if busy:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{where} is not empty (its table {busy} holds records): move-to only "
                    "fills an empty database; nothing was written",
                ),
                where=target.where,
                busy=busy,
            )
        for table in Base.metadata.sorted_tables:
            rows[table.name] = _copy_table(reading, writing, table)
            advance_sequence(writing, table)
        differences = _differences(reading, writing)
        with Session(bind=writing) as session:
            theirs = verify_ledger(session)
        if theirs.head != mine.head or theirs.count != mine.count:
            differences.append(f"ledger head {mine.head[:12]} here, {theirs.head[:12]} there")
        if differences or not theirs.ok:
            transaction.rollback()
            where = "; ".join(differences) or f"event {theirs.broken_event_id}: {theirs.problem}"
            raise RecordsSayNo(f"the copy differs from the records, nothing kept: {where}")
        shas = list(reading.scalars(select(Evidence.sha256)))
    return Moved(rows, mine.count, mine.head, _copy_scans(source, target, shas))


def _copy_scans(source: Database, target: Database, shas: list[str]) -> int:
    """Copy the scans the records name into this computer's store for the new database."""
    copied = 0
    for sha in shas:
        found = evidence_path(source.evidence_dir, sha)
        if found.is_file():
            copied += store_evidence(target.evidence_dir, found, sha)[1]
    return copied


def open_target(url: str) -> Database:
    """The PostgreSQL database at `url`, refused when not empty, else migrated."""
    from sqlalchemy.orm import sessionmaker

    from optin_desk.storage.engine import default_data_dir
    from optin_desk.storage.migrate import upgrade_to_head

    problem = target_url_problem(url)
    if problem:
        raise InputError(problem)
    parsed = resolve_url(url)
    engine = make_engine(parsed)
    database = Database(
        engine, sessionmaker(engine, expire_on_commit=False), default_data_dir(), parsed
    )
    try:
        with engine.connect() as connection:
            busy = records_in(connection)
        if busy:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{where} is not empty (its table {busy} holds records): move-to only "
                    "fills an empty database; nothing was written",
                ),
                where=database.where,
                busy=busy,
            )
        upgrade_to_head(database)
    except BaseException:
        database.dispose()
        raise
    return database
