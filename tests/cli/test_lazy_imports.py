"""A command loads only what it uses: `status` on current records imports no Alembic,
no ReportLab, no Qt, no cryptography, no Babel and no other command's handler; `--help` no database
library (what is NOT imported, asserted; not a timing). A command's own process freezes what
loading made instead of walking it in every collection and once more at exit."""

from __future__ import annotations

import gc
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
    "babel",  # countries are named only where a message names one
    "optin_desk.services.records_open",  # opening settled records has nothing to finish
    # other commands' handlers, and what only they use
    "optin_desk.cli.tools", "optin_desk.cli.verify", "optin_desk.cli.deliveries",
    "optin_desk.cli.optouts", "optin_desk.cli.forms",
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


IMPORT_PROBE = """
import sys
from optin_desk.cli import main
code = main(["--db", sys.argv[1], "import", "--apply", sys.argv[2]])
heavy = ("alembic", "reportlab", "PySide6", "openpyxl", "cryptography")
print(code, *sorted(name for name in heavy if name in sys.modules))
"""


def test_import_reads_the_records_key_without_cryptography(
    database: Database, tmp_path: Path
) -> None:
    """Finding the records key (made here by the first import) needs no signing library."""
    if database.sqlite_path is None:
        pytest.skip("the probe opens a file")
    database.dispose()
    source = tmp_path / "crm.csv"
    source.write_text(
        "number,name,category,action,date\n07911 123456,Ann,offers,opt_in,2026-10-01\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, str(database.sqlite_path), str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0"  # imported, and nothing heavy loaded


HELP_PROBE = """
import contextlib, io, sys
from optin_desk.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(["--help"])
print(*sorted(name for name in ("sqlalchemy", "phonenumbers") if name in sys.modules))
"""


def test_help_loads_no_database_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", HELP_PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""  # neither SQLAlchemy nor phonenumbers was imported


COLLECTION_PROBE = """
import gc, sys
from optin_desk.cli import main
sys.argv = ["optin-desk", "--db", sys.argv[1], "status", "07911 123456"]
code = main()  # the program's own process
print(code, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_a_commands_process_freezes_what_it_loaded(database: Database) -> None:
    """The program's own process sets apart what loading made (gc.freeze), collection on."""
    if database.sqlite_path is None:
        pytest.skip("the probe opens a file")
    database.dispose()
    done = subprocess.run(
        [sys.executable, "-c", COLLECTION_PROBE, str(database.sqlite_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].split() == ["0", "True", "True"]


def test_main_in_another_programs_process_leaves_collection_alone(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tests call main(argv) in their own process: nothing is frozen, collection stays on."""
    from optin_desk.cli import main

    frozen = gc.get_freeze_count()
    where = database.url.render_as_string(hide_password=False)
    assert main(["--db", where, "status", "07911 123456"]) == 0
    assert "+447911123456" in capsys.readouterr().out
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


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
