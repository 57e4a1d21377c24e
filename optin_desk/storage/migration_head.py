"""The newest revision among the migration scripts, read from their text (no Alembic, no
SQLAlchemy): what `schema_version` and the window's first look compare the database with."""

from __future__ import annotations

import re
from pathlib import Path

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
