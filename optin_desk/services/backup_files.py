"""Checking a file that claims to be the records (a backup, or one to restore from)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from optin_desk.services.errors import InputError
from optin_desk.storage.backup import integrity_problem, is_sqlite_file, table_names
from optin_desk.storage.engine import open_backup
from optin_desk.storage.ledger import verify_ledger

REQUIRED_TABLES = {"consent_events", "contacts", "ledger_head", "alembic_version"}


def _one_line(check: Callable[[Path], tuple[int, str]]) -> Callable[[Path], tuple[int, str]]:
    """A damaged or foreign file gives one clear line (InputError), never a traceback."""

    @functools.wraps(check)
    def checked(path: Path) -> tuple[int, str]:
        if path.is_dir():
            raise InputError(f"{path} is a folder, not a backup file: choose the file in it")
        if path.exists() and not path.is_file():
            raise InputError(f"{path} is not a file (a pipe or a device?): give the backup file")
        try:
            return check(path)
        except InputError:
            raise
        except Exception as error:  # sqlite3, SQLAlchemy, OS: whatever a damaged file raises
            reason = " ".join(str(error).split())[:200] or type(error).__name__
            raise InputError(
                f"{path.name} is damaged or not an OptIn Desk backup ({reason})"
            ) from None

    return checked


@_one_line
def check_records_file(path: Path) -> tuple[int, str]:
    """Events and head of an OptIn Desk database file, or InputError saying what is wrong."""
    if not path.is_file():
        raise InputError(f"{path} does not exist")
    if not is_sqlite_file(path):
        raise InputError(f"{path.name} is not an OptIn Desk database (not even SQLite)")
    try:  # strictly read-only: a backup on a write-protected stick is checked as it is
        tables = table_names(path)
        if not tables >= REQUIRED_TABLES:
            raise InputError(f"{path.name} is an SQLite file but not an OptIn Desk database")
        problem = integrity_problem(path)
    except sqlite3.Error as error:
        raise InputError(f"{path.name} cannot be read as a database: {error}") from None
    if problem:
        raise InputError(f"{path.name} is damaged (integrity check: {problem})")
    return _ledger_of(path)


@_one_line
def check_fresh_copy(path: Path) -> tuple[int, str]:
    """check_records_file for a copy this program just made and integrity-checked
    (storage.backup): its tables and its whole ledger, without a second integrity check."""
    if not table_names(path) >= REQUIRED_TABLES:
        raise InputError(f"{path.name} is an SQLite file but not an OptIn Desk database")
    return _ledger_of(path)


def _ledger_of(path: Path) -> tuple[int, str]:
    """Events and head of the file's verified ledger, or InputError."""
    copy = open_backup(path)
    try:
        with copy.reading() as session:
            report = verify_ledger(session)
    except SQLAlchemyError as error:
        raise InputError(f"{path.name} could not be read by this version: {error}") from None
    finally:
        copy.dispose()
    if not report.ok:
        raise InputError(
            f"{path.name} fails the ledger check at event {report.broken_event_id}: "
            f"{report.problem}"
        )
    return report.count, report.head
