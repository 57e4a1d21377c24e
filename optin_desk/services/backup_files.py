"""Checking a file that claims to be the records (a backup, or one to restore from)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
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
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} is a folder, not a backup file: choose the file in it"
                ),
                path=path,
            )
        if path.exists() and not path.is_file():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} is not a file (a pipe or a device?): give the backup file"
                ),
                path=path,
            )
        try:
            return check(path)
        except InputError:
            raise
        except Exception as error:  # sqlite3, SQLAlchemy, OS: whatever a damaged file raises
            reason = " ".join(str(error).split())[:200] or type(error).__name__
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} is damaged or not an OptIn Desk backup ({reason})"
                ),
                name=path.name,
                reason=reason,
            ) from None

    return checked


@_one_line
def check_records_file(path: Path) -> tuple[int, str]:
    """Events and head of an OptIn Desk database file, or InputError saying what is wrong."""
    if not path.is_file():
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{path} does not exist"),
            path=path,
        )
    if not is_sqlite_file(path):
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{name} is not an OptIn Desk database (not even SQLite)"),
            name=path.name,
        )
    try:  # strictly read-only: a backup on a write-protected stick is checked as it is
        tables = table_names(path)
        if not tables >= REQUIRED_TABLES:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} is an SQLite file but not an OptIn Desk database"
                ),
                name=path.name,
            )
        problem = integrity_problem(path)
    except sqlite3.Error as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{name} cannot be read as a database: {error}"),
            name=path.name,
            error=error,
        ) from None
    if problem:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{name} is damaged (integrity check: {problem})"),
            name=path.name,
            problem=problem,
        )
    return _ledger_of(path)


@_one_line
def check_fresh_copy(path: Path) -> tuple[int, str]:
    """check_records_file for a copy this program just made and integrity-checked
    (storage.backup): its tables and its whole ledger, without a second integrity check."""
    if not table_names(path) >= REQUIRED_TABLES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is an SQLite file but not an OptIn Desk database"
            ),
            name=path.name,
        )
    return _ledger_of(path)


def _ledger_of(path: Path) -> tuple[int, str]:
    """Events and head of the file's verified ledger, or InputError."""
    copy = open_backup(path)
    try:
        with copy.reading() as session:
            report = verify_ledger(session)
    except SQLAlchemyError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{name} could not be read by this version: {error}"),
            name=path.name,
            error=error,
        ) from None
    finally:
        copy.dispose()
    if not report.ok:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} fails the ledger check at event {broken_event_id}: {problem}"
            ),
            name=path.name,
            broken_event_id=report.broken_event_id,
            problem=report.problem,
        )
    return report.count, report.head
