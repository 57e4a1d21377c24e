"""PostgreSQL numbers new rows from a sequence: after rows are written with their own ids
(a bulk load, a move), the sequence must go on after them or the next insert collides."""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import Session


def advance_sequence(target: Connection | Session, table: Table) -> None:
    """Let the table's own numbering go on after its highest id (PostgreSQL serial keys)."""
    bind = target.get_bind() if isinstance(target, Session) else target
    if bind.dialect.name != "postgresql":
        return
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or keys[0].type.python_type is not int:
        return
    sequence = target.scalar(
        text("SELECT pg_get_serial_sequence(:table, :column)"),
        {"table": table.name, "column": keys[0].name},
    )
    if sequence:
        highest = target.scalar(select(func.max(keys[0])))
        target.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )
