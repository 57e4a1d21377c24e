"""Running the command line in-process, for the safety tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from optin_desk.cli import main


@dataclass(frozen=True)
class Ran:
    """What one command did."""

    code: int
    out: str
    err: str


class InProcess:
    """`optin-desk --db DB ...` through `main(argv)`, capturing what it prints."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, expect: int = 0) -> Ran:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as stop:  # argparse's usage errors
            code = int(stop.code or 0)
        out, err = self.capsys.readouterr()
        assert code == expect, (args, out, err)
        return Ran(code, out, err)


def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> InProcess:
    """A fresh GB shop on a file database."""
    run = InProcess(tmp_path / "shop.sqlite3", capsys)
    run("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    return run
