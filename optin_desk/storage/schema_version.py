"""Whether a database's schema is current, known without importing Alembic.

Alembic (and its ScriptDirectory) costs about half a second of imports; a command on records
that are already at the newest revision needs none of it. The revisions are read from the
migration scripts' own `revision = ...` lines and the database's `alembic_version` table; any
doubt (no table, several heads, an unreadable script) answers "not known current", and the
caller goes through Alembic as before.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from optin_desk.storage.database import READ_ONLY_OPTION, Database
from optin_desk.storage.migration_head import VERSIONS_DIR, script_head

__all__ = ["VERSIONS_DIR", "schema_is_current", "script_head", "stored_revisions"]


def stored_revisions(database: Database) -> set[str]:
    """The revisions the database says it is at (empty when it says nothing)."""
    try:
        with database.engine.connect().execution_options(**{READ_ONLY_OPTION: True}) as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return set()
    return {row[0] for row in rows}


def schema_is_current(database: Database) -> bool:
    """True only when the database is certainly at the newest revision this program knows."""
    head = script_head()
    return head is not None and stored_revisions(database) == {head}
