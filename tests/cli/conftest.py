"""The command-line tests run on SQLite and on PostgreSQL (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.command_line import CommandLine


@pytest.fixture
def command_line(db_location: str, capsys: pytest.CaptureFixture[str]) -> CommandLine:
    """The command line in this process on the test's own records (nothing set up yet): a
    new SQLite file, or a new database on the test server."""
    return CommandLine(db_location, capsys)
