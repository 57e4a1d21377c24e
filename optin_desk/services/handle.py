"""The one handle on the records that the window and the command line hold.

`Records` is the open database as the front doors see it: Sessions for a user action, a
read-only Session for a read, the evidence folder, where the records are, and what a database
failure means for the person waiting. The front doors open, read and write the records through
it and never import storage or SQLAlchemy themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from optin_desk.domain.messages import WordedError
from optin_desk.services.errors import InputError
from optin_desk.storage.db_file import DatabaseLocationError
from optin_desk.storage.engine import Database, chosen_location, open_backup, open_database
from optin_desk.storage.location import NetworkShareError, ReadOnlyError

__all__ = [
    "CannotOpen",
    "NetworkShareError",
    "Problem",
    "ReadOnlyError",
    "Records",
    "RecordsError",
    "Session",
    "describe_problem",
    "open_backup_records",
    "open_records",
    "records_chosen",
]

RecordsError = SQLAlchemyError
"""Any failure of the database itself (busy, full, read-only, gone)."""

CannotOpen = (NetworkShareError, DatabaseLocationError, ReadOnlyError)
"""Why records at a chosen place cannot be opened; each says what to do in its message."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for extraction into translations under `context`; return it unchanged."""
    del context
    return text


@dataclass(frozen=True)
class Records(Database):
    """An open database as the window and the command line use it."""

    @classmethod
    def of(cls, database: Database) -> Records:
        """The handle on an already opened database."""
        return cls(
            database.engine, database.sessions, database.data_dir, database.url, database.read_only
        )


def records_chosen(db: str | None) -> bool:
    """True when `db` or the environment names the records, False for the default file."""
    return chosen_location(db)


def open_records(db: str | None = None, *, create: bool = True, migrate: bool = True) -> Records:
    """Open the records chosen by `db`, upgraded to the current schema (see open_database).

    A URL of a kind of database OptIn Desk does not keep records in (or whose driver is not
    installed, or with a port that is not a number) is an InputError in one line."""
    refuse_unusable_url(db)
    records = Records.of(open_database(db, migrate=migrate, create=create))
    if migrate and not records.read_only and _waiting_to_settle(records):
        from optin_desk.services.records_open import settle_records_key

        problem = settle_records_key(records)
        if problem:
            logging.getLogger(__name__).warning("records key: %s", problem)
    return records


def _waiting_to_settle(records: Records) -> bool:
    """Whether opening has anything to finish (two indexed reads; nothing heavy imported)."""
    from optin_desk.storage.settling import waiting_to_settle

    with records.reading() as session:
        return waiting_to_settle(session)


def refuse_unusable_url(db: str | None) -> None:
    """InputError when `db` names a database the program cannot open at all (its password,
    if it holds one, is never repeated)."""
    from sqlalchemy.exc import ArgumentError

    from optin_desk.storage.engine import resolve_url

    where = "the database given with --db or OPTIN_DESK_DB"
    try:
        url = resolve_url(db)
        where = url.render_as_string(hide_password=True)
        kind = url.get_backend_name()
        if kind not in ("sqlite", "postgresql"):
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "{kind} is not one of them"),
                kind=kind,
            )
        _ = url.port  # a port that is not a number raises here
        url.get_dialect().import_dbapi()  # a driver nobody installed raises here
    except (ArgumentError, ImportError, ValueError, InputError) as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "cannot use {where}: OptIn Desk keeps its records in a SQLite file or "
                "on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with 'pip "
                'install "optin-desk[postgres]"\') ({error})',
            ),
            where=where,
            error=error,
        ) from None


def open_backup_records(path: Path) -> Records:
    """A backup file, strictly read-only."""
    return Records.of(open_backup(path))


class Problem(StrEnum):
    """What went wrong with the database, as far as the person waiting is concerned."""

    SERVER_LOGIN = "server_login"
    SERVER_NO_DATABASE = "server_no_database"
    SERVER_LOST = "server_lost"
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_NOT_ALLOWED = "server_not_allowed"
    RESTORING = "restoring"
    BUSY = "busy"
    FULL = "full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    NOT_RECORDS = "not_records"
    OTHER = "other"


SERVER_PROBLEMS = frozenset(
    {
        Problem.SERVER_LOGIN,
        Problem.SERVER_NO_DATABASE,
        Problem.SERVER_LOST,
        Problem.SERVER_UNREACHABLE,
        Problem.SERVER_NOT_ALLOWED,
    }
)
"""Trouble reaching a database server (the network, the login), not the records themselves."""

WINDOW_SENTENCES: Mapping[Problem, str] = {
    Problem.SERVER_LOGIN: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The database server refused the user name or password this computer uses. "
        "Nothing was recorded. Ask whoever set up the server for the right address.",
    ),
    Problem.SERVER_NO_DATABASE: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The database server has no records of that name. Nothing was recorded. Ask "
        "whoever set up the server for the right address.",
    ),
    Problem.SERVER_LOST: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The connection to the database server was lost in the middle. The server keeps a "
        "save whole or not at all: check the network, then try again.",
    ),
    Problem.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The database server cannot be reached. Check that it is switched on and that "
        "this computer is on the network, then try again. Nothing was recorded.",
    ),
    Problem.SERVER_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "This computer's database role may not do that: setting up or upgrading the tables, "
        "and restoring, are for the records' owner role. Nothing was recorded.",
    ),
    Problem.RESTORING: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The records are being restored from a backup. Nothing was recorded: "
        "try again in a moment.",
    ),
    Problem.BUSY: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The records are busy with another program. Nothing was lost: wait a moment and try again.",
    ),
    Problem.FULL: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The disk is full. Free some space, then try again; nothing was recorded.",
    ),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The records file cannot be written. Check that the folder is writable.",
    ),
    Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "RecordsProblem",
        "The records file cannot be opened. Check that the folder still exists.",
    ),
    Problem.NOT_RECORDS: QT_TRANSLATE_NOOP(
        "RecordsProblem", "This file is not an OptIn Desk database. Nothing was recorded."
    ),
    Problem.OTHER: QT_TRANSLATE_NOOP(
        "RecordsProblem", "The records could not be saved (%s). Nothing was recorded; try again."
    ),
}
"""What the window says for each problem (translated by the window; %s is the detail)."""


def command_line(problem: Problem, detail: str, where: str | None) -> WordedError:
    """What the command line says for each problem, after 'optin-desk COMMAND: ' (its English
    marked for translation, the place and the database's own words as fields)."""
    lines = {
        Problem.SERVER_LOGIN: QT_TRANSLATE_NOOP(
            "Messages",
            "the database server refused the user name or password in the URL: check --db or "
            "OPTIN_DESK_DB (nothing was recorded)",
        ),
        Problem.SERVER_NO_DATABASE: QT_TRANSLATE_NOOP(
            "Messages",
            "the database server has no database (or user) of that name: check the URL in --db "
            "or OPTIN_DESK_DB (nothing was recorded)",
        ),
        Problem.SERVER_LOST: QT_TRANSLATE_NOOP(
            "Messages",
            "the connection to the database server was lost in the middle; the server keeps a "
            "save whole or not at all: check the network, then try again",
        ),
        Problem.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
            "Messages",
            "cannot reach the database server: check that it is running and that this computer "
            "is on its network, then try again (nothing was recorded)",
        ),
        Problem.SERVER_NOT_ALLOWED: QT_TRANSLATE_NOOP(
            "Messages",
            "the database role in the URL may not do that ({detail}): setting up or upgrading "
            "the tables (init, a new version's first start, move-to) and restore are for the "
            "records' owner role; nothing was recorded",
        ),
        Problem.RESTORING: QT_TRANSLATE_NOOP(
            "Messages",
            "restoring the records from a backup; try again in a moment (nothing written)",
        ),
        Problem.BUSY: QT_TRANSLATE_NOOP(
            "Messages", "the database is busy with another program; try again in a moment"
        ),
        Problem.FULL: QT_TRANSLATE_NOOP(
            "Messages", "the disk is full: free some space, then try again (nothing was recorded)"
        ),
        Problem.READ_ONLY: QT_TRANSLATE_NOOP(
            "Messages", "{where} cannot be written (read-only); nothing was recorded"
        ),
        Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
            "Messages", "cannot open the database {where}: check the folder exists and is writable"
        ),
        Problem.NOT_RECORDS: QT_TRANSLATE_NOOP("Messages", "{where} is not an OptIn Desk database"),
        Problem.OTHER: QT_TRANSLATE_NOOP("Messages", "database error: {detail}"),
    }
    unnamed = {
        Problem.READ_ONLY: QT_TRANSLATE_NOOP(
            "Messages", "the records file cannot be written (read-only); nothing was recorded"
        ),
        Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
            "Messages", "cannot open the database: check the folder exists and is writable"
        ),
        Problem.NOT_RECORDS: QT_TRANSLATE_NOOP(
            "Messages", "the file is not an OptIn Desk database"
        ),
    }
    if problem is Problem.SERVER_NOT_ALLOWED:  # the server's first line says what was refused
        detail = detail.splitlines()[0] if detail else "permission denied"
    text = lines[problem] if where else unnamed.get(problem, lines[problem])
    if "{" not in text:
        return WordedError(text)
    return WordedError(text, where=where, detail=detail)


def describe_problem(
    error: SQLAlchemyError, records: Database | None = None, db: str | None = None
) -> tuple[Problem, str]:
    """Which problem `error` is, and the database's own words for it (the detail)."""
    from optin_desk.services.backups import restoring
    from optin_desk.services.server_trouble import ServerTrouble, trouble_of

    detail = str(getattr(error, "orig", error))
    trouble = trouble_of(error)
    if trouble is not None:
        return {
            ServerTrouble.LOGIN: Problem.SERVER_LOGIN,
            ServerTrouble.NO_DATABASE: Problem.SERVER_NO_DATABASE,
            ServerTrouble.LOST: Problem.SERVER_LOST,
            ServerTrouble.UNREACHABLE: Problem.SERVER_UNREACHABLE,
            ServerTrouble.NOT_ALLOWED: Problem.SERVER_NOT_ALLOWED,
        }[trouble], detail
    text = detail.lower()
    if "locked" in text or "busy" in text:
        path = records.sqlite_path if records is not None else _sqlite_path(db)
        return (Problem.RESTORING if restoring(path) else Problem.BUSY), detail
    if "full" in text:
        return Problem.FULL, detail
    if "readonly" in text or "read-only" in text:
        return Problem.READ_ONLY, detail
    if "unable to open" in text:
        return Problem.CANNOT_OPEN, detail
    if "not a database" in text:
        return Problem.NOT_RECORDS, detail
    return Problem.OTHER, detail


def _sqlite_path(db: str | None) -> Path | None:
    from optin_desk.storage.engine import resolve_url

    try:
        url = resolve_url(db)
    except (ValueError, OSError):
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)
