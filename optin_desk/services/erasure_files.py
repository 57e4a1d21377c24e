"""After an erasure commits: nothing of the person left readable where the records are kept.

On SQLite the freed bytes are zeroed (`secure_delete`, then VACUUM rewrites the file), and the
write-ahead log is checkpointed into the file and truncated to nothing. A checkpoint cannot
finish while another connection still reads an older snapshot of the file (a page of the window
reading, another program with the file open): then it waits a bounded time, and says who holds
the old pages instead of saying it is done. Running the erasure again finishes it.

On PostgreSQL the server keeps the old row versions ("dead tuples") until VACUUM frees them;
VACUUM cannot free those that a transaction still open elsewhere may see, so the same wait and
report apply there. The server's own write-ahead log keeps them until it is recycled.
"""

from __future__ import annotations

import enum
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from optin_desk.storage.engine import Database
from optin_desk.storage.models import Evidence

WAIT_SECONDS = 10.0
"""How long an erasure waits for other readers of the records before it says who holds them."""
POLL_SECONDS = 0.2
SERVER_TABLES = "contacts, checks, evidence"
"""The server tables whose rows an erasure rewrites (their old versions are what VACUUM frees)."""


class Holder(enum.Enum):
    """Who still holds the records as they were before the erasure."""

    NOBODY = "nobody"
    THIS_PROGRAM = "this_program"
    """Another connection of this very program (a page of the window still reading)."""
    OTHER_PROGRAM = "other_program"
    """Another process with the SQLite file open (an OptIn Desk window, another tool)."""
    SERVER_SESSION = "server_session"
    """Another connection to the PostgreSQL server with a transaction open."""


@dataclass(frozen=True)
class Finished:
    """How the erasure ended in the files: who still holds old pages, and what failed."""

    holder: Holder = Holder.NOBODY
    waited: float = 0.0
    problem: str = ""
    """A failure (a full disk): the erasure stands, the freed bytes are not yet wiped."""

    @property
    def done(self) -> bool:
        """True when nothing of the erased person is left readable in the records."""
        return self.holder is Holder.NOBODY and not self.problem


def blank_scan_names(session: Session, digests: Iterable[str | None]) -> None:
    """Forget the original file names of these scans (no commit). The evidence row keeps its
    sha256, size and date: the ledger and `verify` name a scan by its sha256 alone."""
    chosen = sorted({digest for digest in digests if digest})
    if chosen:
        session.execute(
            update(Evidence).where(Evidence.sha256.in_(chosen)).values(original_name="")
        )


def finish_erasure(
    database: Database, wait: float = WAIT_SECONDS, *, close_idle: bool = False
) -> Finished:
    """Wipe the freed space and empty the write-ahead log, waiting up to `wait` seconds for
    other readers. `close_idle`: first close this program's own idle connections (the window
    does: it holds the pool). Never raises: the erasure stands either way."""
    own_readers = _own_readers(database)  # counted before the pool lets go of them
    if close_idle:
        database.engine.dispose()
    if database.sqlite_path is None:
        return _finish_on_server(database, wait)
    return _finish_in_file(database, wait, own_readers)


def _own_readers(database: Database) -> int:
    """How many of this program's pooled connections are checked out (0 when not known)."""
    checked_out = getattr(getattr(database.engine, "pool", None), "checkedout", None)
    return int(checked_out()) if callable(checked_out) else 0


def _finish_in_file(database: Database, wait: float, own_readers: int) -> Finished:
    problem = ""
    started = time.monotonic()
    try:
        with database.engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA secure_delete = ON")
            try:
                driver.execute("VACUUM")
            except sqlite3.Error as error:
                problem = str(error)
            # a checkpoint waits (busy handler) for readers of older snapshots, then gives up
            driver.execute(f"PRAGMA busy_timeout = {max(0, int(wait * 1000))}")
            try:
                busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                driver.execute(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
    except (sqlite3.Error, SQLAlchemyError, OSError) as error:
        return Finished(problem=problem or str(getattr(error, "orig", None) or error))
    waited = round(time.monotonic() - started, 1)
    if not busy:
        return Finished(waited=waited, problem=problem)
    holder = Holder.THIS_PROGRAM if own_readers > 0 else Holder.OTHER_PROGRAM
    return Finished(holder, waited, problem)


def _busy_timeout_ms() -> int:
    from optin_desk.storage.sqlite_files import BUSY_TIMEOUT_MS

    return BUSY_TIMEOUT_MS


_OTHER_SNAPSHOTS = text(
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL"
)


def _finish_on_server(database: Database, wait: float) -> Finished:
    """VACUUM the rewritten tables; while another session keeps a snapshot open (it may still
    see the old rows, so VACUUM must keep them), wait for it, then VACUUM again."""
    started = time.monotonic()
    try:
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"VACUUM {SERVER_TABLES}"))
            held = waited_for = bool(conn.execute(_OTHER_SNAPSHOTS).scalar())
            while held and time.monotonic() - started < wait:
                time.sleep(POLL_SECONDS)
                held = bool(conn.execute(_OTHER_SNAPSHOTS).scalar())
            if waited_for and not held:  # the snapshot that kept the old rows has ended
                conn.execute(text(f"VACUUM {SERVER_TABLES}"))
    except SQLAlchemyError as error:
        return Finished(problem=str(getattr(error, "orig", None) or error))
    waited = round(time.monotonic() - started, 1)
    return Finished(Holder.SERVER_SESSION if held else Holder.NOBODY, waited)
