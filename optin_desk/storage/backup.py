"""Copies of a live SQLite database through SQLite's online backup API, checked."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from optin_desk.private_files import private_folder, writing_privately

SQLITE_HEADER = b"SQLite format 3\x00"


def integrity_problem(path: Path) -> str | None:
    """What `PRAGMA integrity_check` finds wrong with a database file (None when fine)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "no answer"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the live database at `source` to `target` (never a plain file copy: WAL).

    The copy is written beside the target and moved into place only once it passed
    SQLite's integrity check.
    """
    private_folder(target.parent)
    with writing_privately(target) as partial:  # owner-only; removed if anything fails
        with (
            closing(sqlite3.connect(source)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        problem = integrity_problem(partial)
        if problem:
            raise OSError(f"the copy of {source.name} failed its integrity check: {problem}")
    return target


def copy_into(source: Path, live: Path) -> None:
    """Replace the contents of the database at `live` with those of `source`."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(live)) as dst:
        src.backup(dst)


def is_sqlite_file(path: Path) -> bool:
    """True when the file starts with SQLite's header."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False
