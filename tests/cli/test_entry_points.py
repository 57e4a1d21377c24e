"""Smoke tests of the real program: `python -m optin_desk` in its own process.

Everything else about the command line runs in-process (tests.command_line); these few check
what only a real process shows: the entry point, exit codes, and the window-only path.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def program(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "optin_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **env},
    )


def test_the_entry_point_records_and_reads_back(tmp_path: Path) -> None:
    db = str(tmp_path / "shop.sqlite3")
    made = program("--db", db, "init", "--business", "Corner Shop", "--country", "GB")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Set up Corner Shop (United Kingdom)")
    status = program("--db", db, "status", "07911 123456")
    assert status.returncode == 0, status.stderr
    assert status.stdout.startswith("+447911123456")
    broken = program("--db", db, "verify", "--head", "0" * 64)
    assert broken.returncode == 1  # the records say no


def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    usage = program("--db", str(db), "frobnicate")
    assert usage.returncode == 2
    assert len(usage.stderr.strip().splitlines()) == 1
    assert usage.stdout == ""
    missing = program("--db", str(db), "status", "07911 123456")
    assert missing.returncode == 2
    assert "optin-desk init" in missing.stderr
    assert not db.exists()  # nothing written


def test_without_a_command_the_window_path_says_why_it_cannot_open(tmp_path: Path) -> None:
    # No screen (and Qt's X11 platform asked for): one sentence and exit 2, not Qt's abort.
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    opened = program("--db", str(tmp_path / "shop.sqlite3"), **env)
    assert opened.returncode == 2
    assert opened.stderr.startswith("optin-desk: ")
    assert len(opened.stderr.strip().splitlines()) == 1
    assert opened.stdout == ""


@pytest.mark.parametrize(
    "url",
    [
        "mysql://till:secret@server/shop",
        "postgresql+psycopg2://till:secret@server/shop",
        "postgresql+psycopg://till:secret@server:notaport/shop",
    ],
)
def test_a_database_the_program_cannot_use_is_one_line(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A kind of database, driver or port the program cannot use: one line, exit 2, and the
    password never repeated."""
    from optin_desk.cli import main

    assert main(["--db", url, "status", "07911 123456"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "OptIn Desk keeps its records in a SQLite file or on PostgreSQL" in err
    assert "secret" not in err


def test_a_usage_error_in_the_shops_language_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    wrong = program("--db", str(db), "check", "--category", "offers", LC_ALL="es_ES.UTF-8")
    assert wrong.returncode == 2
    assert wrong.stderr == (
        "optin-desk check: faltan argumentos obligatorios: FILE "
        "(consulte 'optin-desk check --help')\n"
    )
    assert wrong.stdout == ""
    assert not db.exists()  # nothing written
