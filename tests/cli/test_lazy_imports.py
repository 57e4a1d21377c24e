"""A command loads only what it uses: `status` on current records imports no Alembic,
no ReportLab, no Qt and no cryptography (what is NOT imported, asserted; not a timing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.schema_version import schema_is_current, script_head

pytestmark = pytest.mark.slow

PROBE = """
import sys
from optin_desk.cli import main
code = main(["--db", sys.argv[1], "status", "07911 123456"])
heavy = (
    "alembic", "reportlab", "PySide6", "openpyxl", "cryptography",
    "optin_desk.services.records_open",  # opening settled records has nothing to finish
)
print(code, *sorted(name for name in heavy if name in sys.modules))
"""


def test_status_on_current_records_imports_no_alembic_reportlab_or_qt(database: Database) -> None:
    if database.sqlite_path is None:
        pytest.skip("the probe opens a file; the import set is the same on a server")
    database.dispose()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(database.sqlite_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0"  # status ran, and nothing heavy loaded


def test_the_scripts_head_is_alembics_head(database: Database) -> None:
    from optin_desk.storage.migrate import head_revision

    assert script_head() == head_revision(database)
    assert schema_is_current(database)


def test_an_older_schema_is_not_current_and_is_upgraded(tmp_path: Path) -> None:
    from optin_desk.storage.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    old = open_database(str(path), migrate=False)
    from alembic import command

    config = alembic_config(old)
    with old.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
    assert not schema_is_current(old)
    old.dispose()
    upgraded = open_database(str(path))
    try:
        assert schema_is_current(upgraded)
    finally:
        upgraded.dispose()
