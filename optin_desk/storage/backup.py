"""Copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the live database at `source` to `target` (never a plain file copy: WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
        result = dst.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"the backup of {source} failed its integrity check")
    partial.replace(target)
    return target
