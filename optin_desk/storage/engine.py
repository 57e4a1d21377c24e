"""Opening the database: where it lives, how SQLite is set up, migrations on open.

SQLite gets WAL with `synchronous=FULL` (a committed consent survives a power cut), foreign
keys on every connection, a busy timeout, and write transactions started with
`BEGIN IMMEDIATE` so that a read-then-write never fails with SQLITE_BUSY half-way.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "OptIn Desk"
DB_FILE_NAME = "optin-desk.sqlite3"
DB_ENV_VAR = "OPTIN_DESK_DB"
BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class Database:
    """An open database: its engine, the one sessionmaker, and its data folder."""

    engine: Engine
    sessions: sessionmaker[Session]
    data_dir: Path
    url: URL

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file, or None for another database."""
        if self.url.get_backend_name() != "sqlite" or not self.url.database:
            return None
        if self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def evidence_dir(self) -> Path:
        """Where evidence files (scans) are stored, by sha256."""
        return self.data_dir / "evidence"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A Session for reads only: on SQLite it never waits for, nor blocks, a writer."""
        with self.sessions() as session:
            session.connection(execution_options={READ_ONLY_OPTION: True})
            yield session
            session.rollback()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def default_data_dir() -> Path:
    """The user's data folder for OptIn Desk."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_url(db: str | None) -> URL:
    """The database URL from `--db`, `OPTIN_DESK_DB`, or the default file."""
    chosen = db or os.environ.get(DB_ENV_VAR) or ""
    if not chosen:
        return URL.create("sqlite", database=str(default_data_dir() / DB_FILE_NAME))
    if "://" in chosen:
        return make_url(chosen)
    return URL.create("sqlite", database=str(Path(chosen).expanduser().resolve()))


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event start transactions (pysqlite's own handling is off).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


READ_ONLY_OPTION = "optin_desk_read_only"


def _on_sqlite_begin(connection: Any) -> None:
    # Writers take the write lock up front; readers (WAL) neither wait for nor block them.
    if connection.get_execution_options().get(READ_ONLY_OPTION):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: URL) -> Engine:
    """An engine with the SQLite settings the records need."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def chosen_location(db: str | None) -> bool:
    """True when `db` or OPTIN_DESK_DB names the database, False for the default file."""
    return bool(db or os.environ.get(DB_ENV_VAR))


def open_database(db: str | None = None, *, migrate: bool = True, create: bool = True) -> Database:
    """Open the database chosen by `db`, upgraded to the current schema.

    A missing SQLite file is created only when `create` is true, and a missing folder only
    for the default location (storage.db_file).
    """
    from optin_desk.storage.migrate import upgrade_to_head

    url = resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        from optin_desk.storage.db_file import prepare_database_file

        path = Path(url.database)
        prepare_database_file(path, default=not chosen_location(db), create=create)
        data_dir = path.parent
    else:
        data_dir = default_data_dir()
    engine = make_engine(url)
    database = Database(engine, sessionmaker(engine, expire_on_commit=False), data_dir, url)
    if migrate:
        upgrade_to_head(database)
    return database
