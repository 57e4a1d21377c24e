"""How many changes the records have had outside the ledger (SQLite; see migration 0017).

`changes` answers None whenever it cannot vouch for the count: no counter, or a table that
the counting triggers do not cover (one created after 0017). None means "treat as changed".
"""

from __future__ import annotations

import sqlite3

COUNTER_KEY = "records.changes"
NOT_COUNTED = frozenset({"consent_events", "sqlite_sequence"})
OPERATIONS = ("insert", "update", "delete")


def changes(connection: sqlite3.Connection) -> int | None:
    """The change count of the records on `connection`, or None when it is not complete."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    } - NOT_COUNTED
    triggers = {
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'count_changes_%'"
        )
    }
    wanted = {f"count_changes_{table}_{operation}" for table in tables for operation in OPERATIONS}
    if not wanted <= triggers:
        return None
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (COUNTER_KEY,)).fetchone()
    try:
        return int(row[0]) if row else None
    except ValueError:
        return None


def ledger_mark(connection: sqlite3.Connection) -> tuple[int, str] | None:
    """The ledger's recorded event count and head on `connection` (None when empty)."""
    row = connection.execute("SELECT event_count, head_hash FROM ledger_head").fetchone()
    return (int(row[0]), str(row[1])) if row else None
