"""Plain driver connections to a SQLite file (no engine): read-only opens, the busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

BUSY_TIMEOUT_MS = 15_000
"""How long a writer waits for another one (or a restore) before it gives up."""


def sqlite_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only SQLite `file:` URI for `path` (special characters percent-encoded).

    `immutable` also tells SQLite that nobody changes the file: no locks, no -wal or -shm
    file, so a file in a write-protected folder (a locked USB stick) opens too."""
    uri = "file:" + quote(str(path.absolute()), safe="/") + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A plain driver connection that cannot write to `path`."""
    connection = sqlite3.connect(
        sqlite_uri(path, immutable=immutable), uri=True, check_same_thread=False
    )
    connection.execute("PRAGMA query_only = ON")
    return connection
