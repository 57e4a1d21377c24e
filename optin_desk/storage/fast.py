"""Set-sized reads and writes: many rows per statement, as little per-row work as possible."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert tuples in the table's column order, in the session's transaction.

    On SQLite the driver's executemany takes the tuples as they are: building a dict per
    row for Core costs more than the insert itself at 100,000 rows.
    """
    if not rows:
        return
    connection = session.connection()
    names = [column.name for column in table.columns]
    if connection.dialect.name == "sqlite":
        columns = ", ".join(f'"{name}"' for name in names)
        marks = ", ".join("?" for _ in names)
        connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',  # noqa: S608 (names from the schema)
            list(rows),
        )
        return
    connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
