"""The command line in this process for the safety tests (the shared tests.command_line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.command_line import CommandLine


def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CommandLine:
    """A fresh GB shop on a file database."""
    run = CommandLine(tmp_path / "shop.sqlite3", capsys)
    run("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    return run
