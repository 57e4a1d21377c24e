"""Whether a database's schema is current, known without importing Alembic.

Alembic (and its ScriptDirectory) costs about half a second of imports; a command on records
that are already at the newest revision needs none of it. The revisions are read from the
migration scripts' own `revision = ...` lines and the database's `alembic_version` table; any
doubt (no table, several heads, an unreadable script) answers "not known current", and the
caller goes through Alembic as before.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from optin_desk.storage.database import READ_ONLY_OPTION, Database

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def script_head(versions: Path = VERSIONS_DIR) -> str | None:
    """The one newest revision among the migration scripts, or None when that is unclear."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted(versions.glob("*.py"))
        for script in scripts:
            source = script.read_text(encoding="utf-8")
            found, down = _REVISION.search(source), _DOWN.search(source)
            if found is None or down is None:
                return None
            revisions.add(found.group(1))
            parents.update(_QUOTED.findall(down.group(1)))
    except OSError:
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


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
