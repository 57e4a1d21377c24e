"""Catch the statements a service runs and ask SQLite how it plans each one.

A test runs a real service function on a seeded database with a listener on the engine; every
SELECT it sent is then explained (`EXPLAIN QUERY PLAN`, same parameters) on a plain sqlite3
connection to the same file. A plan that reads a whole big table where a search was meant is
what made a 500-event history take 43 s at a year of records.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import event

from optin_desk.storage.engine import Database

BIG_TABLES = ("consent_events", "contacts", "consent_state", "messages_sent", "form_serials")
"""Tables that grow with the records: a scan of one of them costs time with every year."""

_SCAN = re.compile(r"^SCAN (\w+)(?: AS (\w+))?")
SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "make_records.py"


def load_make_records() -> ModuleType:
    """The bench's generator, imported from its file (bench/ is not a package)."""
    if "make_records" in sys.modules:
        return sys.modules["make_records"]
    if str(SCRIPT.parent) not in sys.path:  # the generator imports its sibling modules
        sys.path.append(str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("make_records", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_records"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Caught:
    """The SELECT statements a block of code sent, with their parameters."""

    statements: list[tuple[str, Sequence[Any]]] = field(default_factory=list)


@contextmanager
def catching(database: Database) -> Iterator[Caught]:
    """Record every SELECT sent through the database's engine inside the block."""
    caught = Caught()

    def before(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not many:
            bound = parameters if isinstance(parameters, dict) else tuple(parameters or ())
            caught.statements.append((statement, bound))  # a server's driver binds by name

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        yield caught
    finally:
        event.remove(database.engine, "before_cursor_execute", before)


def plan(path: Path, statement: str, parameters: Sequence[Any]) -> list[str]:
    """SQLite's plan of one statement, one detail line per step."""
    with closing(sqlite3.connect(path)) as raw:
        rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", tuple(parameters)).fetchall()
    return [str(row[3]) for row in rows]


def scans(path: Path, caught: Caught, allowed: Sequence[str] = ()) -> list[str]:
    """Every scan of a big table in the caught statements' plans, with its statement.

    `allowed` names the scans a path means (a substring search of names reads them all).
    """
    found = []
    for statement, parameters in caught.statements:
        for line in plan(path, statement, parameters):
            match = _SCAN.match(line)
            if match is None or match.group(1) not in BIG_TABLES:
                continue
            if any(line.startswith(f"SCAN {name}") for name in allowed):
                continue
            found.append(f"{line}\n    in: {' '.join(statement.split())[:400]}")
    return found
