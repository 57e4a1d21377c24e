"""Copies of a live SQLite database through SQLite's online backup API, checked; and the
exclusive hold a restore keeps on the live file while it swaps the records."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from optin_desk.private_files import private_folder, writing_privately
from optin_desk.storage.sqlite_files import BUSY_TIMEOUT_MS, connect_read_only

SQLITE_HEADER = b"SQLite format 3\x00"
RESTORING_SUFFIX = ".restoring"


def integrity_problem(path: Path, *, immutable: bool = True, quick: bool = False) -> str | None:
    """What `PRAGMA integrity_check` finds wrong with a database file (None when fine).

    The file is opened strictly read-only (immutable: a backup nobody changes). `quick` runs
    `quick_check` (every page and row, not each index against its table: a tenth of the time)
    for a copy SQLite's backup API just wrote; a file to restore from gets the full check."""
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    with closing(connect_read_only(path, immutable=immutable)) as connection:
        rows = connection.execute(pragma).fetchall()
    if rows and rows[0][0] == "ok":
        return None
    found = "; ".join(" ".join(str(r[0]).split()) for r in rows[:3])  # one line
    return found or "no answer"


def table_names(path: Path) -> set[str]:
    """The tables of a database file, read without writing to it."""
    with closing(connect_read_only(path, immutable=True)) as raw:
        return {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}


def _copy(src: sqlite3.Connection, target: Path, source_name: str, *, quick: bool) -> Path:
    private_folder(target.parent)
    with writing_privately(target) as partial:  # owner-only; removed if anything fails
        with closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        problem = integrity_problem(partial, immutable=False, quick=quick)
        if problem:
            raise OSError(f"the copy of {source_name} failed its integrity check: {problem}")
    return target


def backup_sqlite(source: Path, target: Path, *, quick: bool = False) -> Path:
    """Copy the live database at `source` to `target` (never a plain file copy: WAL).

    The copy is written beside the target, in rollback-journal mode (no -wal file: it can be
    read from a write-protected stick), and moved into place only once it passed SQLite's
    integrity check.
    """
    with closing(sqlite3.connect(source)) as src:
        return _copy(src, target, source.name, quick=quick)


def copy_backup(source: Path, target: Path) -> Path:
    """Copy a backup file (opened strictly read-only) to a working file at `target`."""
    with closing(connect_read_only(source, immutable=True)) as src:
        return _copy(src, target, source.name, quick=False)


def is_sqlite_file(path: Path) -> bool:
    """True when the file starts with SQLite's header."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def restore_under_way(live: Path) -> bool:
    """True while a restore holds the records at `live`."""
    return live.with_name(live.name + RESTORING_SUFFIX).exists()


class LiveHold:
    """The write lock on the live records, held by a restore from snapshot to swap."""

    def __init__(self, live: Path, connection: sqlite3.Connection) -> None:
        self.live = live
        self._connection = connection

    def snapshot(self, target: Path) -> Path:
        """A consistent copy of the records as they are (no writer can commit meanwhile)."""
        return backup_sqlite(self.live, target)

    def replace_with_restored(self) -> None:
        """Put every row of the attached restored copy in place of the live rows.

        Runs inside the held transaction: readers see the old records or the new ones,
        never a mix, and a failure leaves the live records untouched."""
        raw = self._connection
        raw.execute("PRAGMA defer_foreign_keys = ON")
        triggers = [
            (name, sql)
            for name, sql in raw.execute(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"
            )
        ]
        for name, _sql in triggers:
            raw.execute(f'DROP TRIGGER main."{name}"')
        tables = [
            row[0]
            for row in raw.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        restored = {
            row[0]
            for row in raw.execute("SELECT name FROM restored.sqlite_master WHERE type = 'table'")
        }
        for table in tables:
            columns = ", ".join(
                f'"{row[1]}"' for row in raw.execute(f'PRAGMA main.table_info("{table}")')
            )
            # names from the schema of these files, not from input
            raw.execute(f'DELETE FROM main."{table}"')  # noqa: S608
            if table in restored:
                into, source = f'main."{table}" ({columns})', f'restored."{table}"'
                raw.execute(f"INSERT INTO {into} SELECT {columns} FROM {source}")  # noqa: S608
        for _name, sql in triggers:
            raw.execute(sql)
        broken = raw.execute("PRAGMA main.foreign_key_check").fetchone()
        if broken is not None:
            raise sqlite3.IntegrityError(f"the restored copy has a dangling reference: {broken}")


@contextmanager
def hold_live(live: Path, restored: Path) -> Iterator[LiveHold]:
    """Hold the write lock of the live records until the block ends (commit on success).

    Other writers wait (busy timeout) and then see the restored records; a marker file beside
    the records tells them why they waited. `restored` is attached (not locked) so that its
    rows can replace the live ones inside the same transaction."""
    marker = live.with_name(live.name + RESTORING_SUFFIX)
    marker.touch()
    try:
        with closing(sqlite3.connect(live, isolation_level=None)) as raw:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            raw.execute("ATTACH DATABASE ? AS restored", (str(restored),))
            raw.execute("BEGIN")
            # The first write takes the lock on the live file alone (BEGIN IMMEDIATE would
            # lock the attached copy too, which the restore still writes through services).
            raw.execute(
                "INSERT OR REPLACE INTO main.settings (key, value) VALUES (?, ?)",
                ("restore.under_way", str(os.getpid())),
            )
            try:
                yield LiveHold(live, raw)
            except BaseException:
                raw.execute("ROLLBACK")
                raise
            raw.execute("COMMIT")
            raw.execute("DETACH DATABASE restored")
    finally:
        marker.unlink(missing_ok=True)
