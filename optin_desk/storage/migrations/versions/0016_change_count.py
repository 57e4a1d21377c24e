"""SQLite: a count of every change outside the ledger, so a backup knows nothing changed.

Each table but the ledger's events (whose count and head say whether they changed) gets three
triggers that add one to the setting `records.changes` on any insert, update or delete (of
settings, all but that count and `backup.last`, the note of which backup holds it). A
backup remembers the count its copy holds; the next one finds the same count, the same ledger
head and event count, and has nothing to copy. A table created later without these triggers
makes every backup a full one (storage.change_count checks), never a skipped one.
PostgreSQL is backed up with pg_dump every time: nothing changes there.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

COUNTER_KEY = "records.changes"
NOT_A_CHANGE = (COUNTER_KEY, "backup.last")  # the count itself, and which backup holds it
NOT_COUNTED = ("consent_events", "sqlite_sequence")
OPERATIONS = ("INSERT", "UPDATE", "DELETE")


def _trigger(table: str, operation: str) -> str:
    row = "OLD" if operation == "DELETE" else "NEW"
    keys = ", ".join(f"'{key}'" for key in NOT_A_CHANGE)
    when = f" WHEN {row}.key NOT IN ({keys})" if table == "settings" else ""
    # names from this database's own schema and from constants, never from input
    return (
        f'CREATE TRIGGER "count_changes_{table}_{operation.lower()}" AFTER {operation} '  # noqa: S608
        f'ON "{table}" FOR EACH ROW{when} BEGIN UPDATE settings '
        f"SET value = CAST(value AS INTEGER) + 1 WHERE key = '{COUNTER_KEY}'; END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.execute(
        sa.text("INSERT OR IGNORE INTO settings (key, value) VALUES (:key, '0')"),
        {"key": COUNTER_KEY},
    )
    tables = [
        row[0]
        for row in bind.execute(
            sa.text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        )
        if row[0] not in NOT_COUNTED
    ]
    for table in tables:  # names from this database's own schema
        for operation in OPERATIONS:
            op.execute(_trigger(table, operation))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    triggers = bind.execute(
        sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'count_changes_%'"
        )
    ).all()
    for (name,) in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    bind.execute(sa.text("DELETE FROM settings WHERE key = :key"), {"key": COUNTER_KEY})
