"""Loading a generated database fast: the big tables' secondary indexes and per-row change
counting are set aside during the load and made again after it, from their own SQL.

SQLite keeps every index of a table current on each insert: a random key (a record id, a
sort name) lands on a random page. Building the index once after the load sorts instead. The
change-count triggers (storage/change_count.py) update one settings row per inserted row;
after the load the count gets what they would have added (one per row inserted into a table
they count), so the records end with the same schema, rows and count as a load through them.
The chain is untouched: the rows themselves still go in through the bulk path.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from optin_desk.storage.change_count import COUNTER_KEY

LOADED = (
    "contacts",
    "consent_events",
    "consent_state",
    "form_serials",
    "messages_sent",
    "confirmations_sent",
)
"""The tables a generated year fills with hundreds of thousands of rows."""


def _rows(session: Session, table: str) -> int:
    statement = f'SELECT count(*) FROM "{table}"'  # noqa: S608 (names from LOADED)
    return int(session.connection().exec_driver_sql(statement).scalar_one())


@contextmanager
def indexes_after(session: Session) -> Iterator[None]:
    """Within: the LOADED tables without secondary indexes and insert-counting triggers;
    after: both made again, the change count raised by the rows inserted, committed."""
    connection = session.connection()
    marks = ", ".join("?" for _ in LOADED)
    saved = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "  # noqa: S608
        f"AND tbl_name IN ({marks}) AND (type = 'index' OR name = 'count_changes_' || tbl_name "
        "|| '_insert')",
        LOADED,
    ).all()
    counted = [table for kind, _, table, _ in saved if kind == "trigger"]
    before = {table: _rows(session, table) for table in counted}
    for kind, name, _, _ in saved:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    session.commit()
    yield
    connection = session.connection()
    for *_, sql in saved:
        connection.exec_driver_sql(sql)
    added = sum(_rows(session, table) - before[table] for table in counted)
    connection.exec_driver_sql(
        "UPDATE settings SET value = CAST(value AS INTEGER) + ? WHERE key = ?",
        (added, COUNTER_KEY),
    )
    session.commit()
