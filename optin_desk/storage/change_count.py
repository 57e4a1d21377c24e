"""How many changes the records have had outside the ledger (SQLite; see migration 0016).

`changes` answers None whenever it cannot vouch for the count: no counter, or a table that
the counting triggers do not cover. None means "treat as changed". After every upgrade,
`count_every_table` puts the triggers on tables a migration created or rebuilt, and counts the
upgrade itself as a change (what a migration writes is not seen by any trigger).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection, text

COUNTER_KEY = "records.changes"
NOT_A_CHANGE = (COUNTER_KEY, "backup.last")  # the count itself, and which backup holds it
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


def _trigger(table: str, operation: str) -> str:
    """The trigger adding one to the count on every `operation` on `table`."""
    row = "OLD" if operation == "delete" else "NEW"
    keys = ", ".join(f"'{key}'" for key in NOT_A_CHANGE)
    when = f" WHEN {row}.key NOT IN ({keys})" if table == "settings" else ""
    # names from this database's own schema and from constants, never from input
    return (
        f'CREATE TRIGGER IF NOT EXISTS "count_changes_{table}_{operation}" '  # noqa: S608
        f'AFTER {operation.upper()} ON "{table}" FOR EACH ROW{when} BEGIN UPDATE settings '
        f"SET value = CAST(value AS INTEGER) + 1 WHERE key = '{COUNTER_KEY}'; END"
    )


def count_every_table(connection: Connection) -> None:
    """After an upgrade (SQLite): every table but the ledger counted, and the upgrade counted
    as one change, so no backup taken before it is mistaken for a copy of what is here now."""
    names = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ).scalars()
    for table in [name for name in names if name not in NOT_COUNTED]:
        for operation in OPERATIONS:
            connection.execute(text(_trigger(table, operation)))
    connection.execute(
        text("INSERT OR IGNORE INTO settings (key, value) VALUES (:key, '0')"), {"key": COUNTER_KEY}
    )
    connection.execute(
        text("UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = :key"),
        {"key": COUNTER_KEY},
    )
