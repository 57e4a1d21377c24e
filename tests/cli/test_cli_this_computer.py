"""A computer pointed at records (Settings) opens them without --db; --db still wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from optin_desk.cli import main
from optin_desk.services.this_computer import choose_records
from tests.command_line import CommandLine


def test_commands_open_the_records_this_computer_was_pointed_at(
    command_line: CommandLine, db_location: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    command_line("init", "--business", "Server Shop", "--country", "GB")
    command_line("optin", "07911 123456", "--scope", "all", "--method", "in_person", "--by", "Sam")
    choose_records(db_location)
    capsys.readouterr()
    assert main(["status", "07911 123456", "--json"]) == 0  # no --db
    assert '"opted_in"' in capsys.readouterr().out
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "init", "--business", "Other", "--country", "GB"]) == 0
    capsys.readouterr()
    assert main(["--db", str(other), "status", "07911 123456", "--json"]) == 0
    assert '"opted_in"' not in capsys.readouterr().out
