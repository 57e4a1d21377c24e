"""Opening the database: where it lives, how SQLite is set up, migrations on open.

SQLite gets WAL with `synchronous=FULL` (a committed consent survives a power cut), foreign
keys on every connection, a busy timeout, and write transactions started with
`BEGIN IMMEDIATE` so that a read-then-write never fails with SQLITE_BUSY half-way. On
PostgreSQL a write transaction starts by taking one advisory lock, to the same effect.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

# These names stay importable from here, where they were first
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.storage.database import READ_ONLY_OPTION as READ_ONLY_OPTION
from optin_desk.storage.database import Database as Database
from optin_desk.storage.schema_version import schema_is_current
from optin_desk.storage.sqlite_files import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from optin_desk.storage.sqlite_files import connect_read_only as connect_read_only
from optin_desk.storage.sqlite_files import sqlite_uri as sqlite_uri

APP_NAME = "OptIn Desk"
DB_FILE_NAME = "optin-desk.sqlite3"
DB_ENV_VAR = "OPTIN_DESK_DB"


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
    return sqlite_url(Path(chosen).expanduser().resolve())


def sqlite_url(path: Path) -> URL:
    """The URL of a SQLite file, whatever characters its path holds (%, #, ?, spaces, é)."""
    return URL.create("sqlite", database=str(path))


def cannot_write(path: Path) -> bool:
    """True when an existing database file, or the folder its journal goes in, is read-only.

    Tried for real (permissions do not stop root, a read-only mount or an immutable file do)."""
    try:
        os.close(os.open(path, os.O_RDWR))
        handle, probe = tempfile.mkstemp(prefix=".optin-desk-probe-", dir=path.parent)
    except OSError:
        return True
    os.close(handle)
    os.unlink(probe)
    return False


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


def _on_sqlite_begin(connection: Any) -> None:
    # Writers take the write lock up front; readers (WAL) neither wait for nor block them.
    if connection.get_execution_options().get(READ_ONLY_OPTION):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _on_read_only_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _on_read_only_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def read_only_engine(path: Path, *, immutable: bool = False) -> Engine:
    """An engine that only reads the SQLite file at `path` (never switches its journal)."""
    engine = create_engine(
        sqlite_url(path), creator=lambda: connect_read_only(path, immutable=immutable)
    )
    event.listen(engine, "connect", _on_read_only_connect)
    event.listen(engine, "begin", _on_read_only_begin)
    return engine


WRITERS_LOCK_KEY = 0x0D_E5_C0_45_E7  # the one advisory lock every writer of the records takes


def _on_server_begin(connection: Any) -> None:
    # PostgreSQL's twin of BEGIN IMMEDIATE: a write transaction waits for the one before it
    # (on any computer) to end, so its checks (erasures, later opt-outs) and its append see
    # the same records; the lock goes with the transaction. Reads never take it.
    if not connection.get_execution_options().get(READ_ONLY_OPTION):
        # wait as long as SQLite's busy timeout, then fail (LockNotAvailable), never hang
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK_KEY})")


def make_engine(url: URL) -> Engine:
    """An engine with the settings the records need (SQLite file or PostgreSQL server)."""
    if url.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True)
        if url.get_backend_name() == "postgresql":
            event.listen(engine, "begin", _on_server_begin)
        return engine
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
    for the default location (storage.db_file). A file that cannot be written (read-only
    file, folder or medium) opens read-only, and only when it is already at the current
    schema.
    """
    url = resolve_url(db)
    read_only = False
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        from optin_desk.storage.db_file import prepare_database_file

        path = Path(url.database)
        if path.is_file() and cannot_write(path):
            return _open_read_only(path)
        prepare_database_file(path, default=not chosen_location(db), create=create)
        data_dir = path.parent
    else:
        data_dir = default_data_dir()
    engine = make_engine(url)
    database = Database(
        engine, sessionmaker(engine, expire_on_commit=False), data_dir, url, read_only
    )
    if migrate and not schema_is_current(database):  # Alembic loads only when it has work
        from optin_desk.storage.migrate import upgrade_to_head

        try:
            upgrade_to_head(database)
        except BaseException:
            database.dispose()  # a refused upgrade leaves no connection open behind it
            raise
    return database


def open_backup(path: Path) -> Database:
    """A backup file, strictly read-only (it may sit on a write-protected stick)."""
    engine = read_only_engine(path, immutable=True)
    return Database(
        engine, sessionmaker(engine, expire_on_commit=False), path.parent, sqlite_url(path), True
    )


def _open_read_only(path: Path) -> Database:
    from optin_desk.storage.location import ReadOnlyError, refuse_network_share

    refuse_network_share(path)
    try:
        with closing(connect_read_only(path)) as probe:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        immutable = False
    except sqlite3.OperationalError:  # a WAL file in a read-only folder: no -shm can be made
        immutable = True
    engine = read_only_engine(path, immutable=immutable)
    database = Database(
        engine, sessionmaker(engine, expire_on_commit=False), path.parent, sqlite_url(path), True
    )
    if not schema_is_current(database):
        database.dispose()
        raise ReadOnlyError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} cannot be written and is from another version of OptIn Desk: "
                "copy it to a writable folder to open it",
            ),
            path=path,
        )
    return database
