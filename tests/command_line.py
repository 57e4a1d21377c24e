"""The one way tests run the command line: `main(argv)` in this process, output captured.

A subprocess costs about 2 s a command against well under 0.1 s in-process; a handful of
smoke tests (tests/cli/test_entry_points.py) still start the real `python -m optin_desk`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest

from optin_desk.cli import main


class Ran(NamedTuple):
    """What one command did: exit code, standard output, standard error."""

    code: int
    out: str
    err: str

    @property
    def returncode(self) -> int:
        """The exit code (as `subprocess.CompletedProcess` names it)."""
        return self.code

    @property
    def stdout(self) -> str:
        """What was printed (as `subprocess.CompletedProcess` names it)."""
        return self.out

    @property
    def stderr(self) -> str:
        """What was said on stderr (as `subprocess.CompletedProcess` names it)."""
        return self.err


class CommandLine:
    """`optin-desk --db DB ARGS...` through `main(argv)`, capturing what it prints."""

    def __init__(self, db: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, expect: int = 0) -> Ran:
        """Run a command and check its exit code (0 unless told)."""
        ran = self.unchecked(*args)
        assert ran.code == expect, (args, ran.out, ran.err)
        return ran

    def unchecked(self, *args: str) -> Ran:
        """Run a command whatever its exit code (the test looks at it)."""
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as stop:  # argparse's usage errors and --help
            code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
        out, err = self.capsys.readouterr()
        return Ran(code, out, err)

    def status(self, number: str) -> dict[str, object]:
        """`status NUMBER --json`, read."""
        return dict(json.loads(self("status", number, "--json").out))
