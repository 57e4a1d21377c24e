"""Backups of the records: made and checked, kept by rotation, restored only when sound."""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.retention import backups_to_keep
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.private_files import private_folder
from optin_desk.services.errors import InputError
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.backup import (
    backup_sqlite,
    integrity_problem,
    is_sqlite_file,
    restore_under_way,
    table_names,
)
from optin_desk.storage.engine import Database, open_backup
from optin_desk.storage.ledger import verify_ledger

if TYPE_CHECKING:
    from optin_desk.services.restore import Restored

LAST_BACKUP_KEY = "backup.last"
STAMP = "%Y%m%dT%H%M%SZ"
REQUIRED_TABLES = {"consent_events", "contacts", "ledger_head", "alembic_version"}


@dataclass(frozen=True)
class BackupInfo:
    """A checked copy of the records."""

    path: Path
    made_at: datetime
    events: int
    head: str


def _require_file_database(database: Database) -> Path:
    path = database.sqlite_path
    if path is None:
        raise InputError(
            "this database is on a server: back it up with the server's own tools (pg_dump)"
        )
    return path


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


def _target(database: Database, target: Path | None, name: str) -> Path:
    """Where a backup named `name` goes: the given file, into the given folder, or backups/."""
    if target is None:
        target = database.data_dir / "backups" / name
        private_folder(target.parent)
    elif target.is_dir():
        target = target / name
    elif not target.parent.is_dir():
        raise InputError(
            f"the folder {target.parent} does not exist; plug in the stick or create it"
        )
    return target


def _server_backup(database: Database, target: Path | None, now: datetime) -> tuple[Path, int, str]:
    """pg_dump the server's records to a file, kept only once a restore of it verified."""
    from optin_desk.storage.server_backup import (
        DUMP_SUFFIX,
        ServerBackupError,
        check_dump,
        dump_database,
    )

    name = f"{database.url.database}-{now.strftime(STAMP)}{DUMP_SUFFIX}"
    target = _target(database, target, name)
    partial = target.with_name(target.name + ".partial")
    try:
        dump_database(database.url, partial)
        partial.chmod(0o600)  # every name and number of the shop: owner-only, like the records
        report = check_dump(database.url, partial)
        if not report.ok:
            raise ServerBackupError(
                f"the dump fails the ledger check at event {report.broken_event_id}: "
                f"{report.problem}"
            )
        partial.replace(target)
    except (ServerBackupError, SQLAlchemyError, OSError) as error:
        partial.unlink(missing_ok=True)
        reason = " ".join(str(getattr(error, "orig", None) or error).split())
        raise InputError(f"the backup could not be made ({reason}); nothing was kept") from None
    return target, report.count, report.head


def _file_backup(database: Database, target: Path | None, now: datetime) -> tuple[Path, int, str]:
    source = _require_file_database(database)
    name = f"{source.stem}-{now.strftime(STAMP)}.sqlite3"  # named after the records it copies
    target = _target(database, target, name)
    if target.resolve() == source.resolve():
        raise InputError("a backup cannot overwrite the records it copies")
    try:
        backup_sqlite(source, target)
    except (OSError, sqlite3.Error) as error:
        raise InputError(f"the backup could not be written to {target}: {error}") from error
    try:
        events, head = check_records_file(target)
    except InputError:
        target.unlink(missing_ok=True)
        raise
    return target, events, head


def make_backup(database: Database, target: Path | None = None) -> BackupInfo:
    """Copy the records (to a file, into a folder, or into the data folder's backups/).

    A SQLite file is copied through SQLite's backup API; records on a PostgreSQL server are
    dumped with pg_dump. Either copy is kept only once its ledger verified."""
    now = utc_now()
    if database.sqlite_path is None and database.url.get_backend_name() == "postgresql":
        target, events, head = _server_backup(database, target, now)
    else:
        target, events, head = _file_backup(database, target, now)
    info = BackupInfo(target, now, events, head)
    if database.read_only:
        return info
    with database.sessions() as session:
        put_setting(
            session,
            LAST_BACKUP_KEY,
            json.dumps({"at": canonical(now), "path": str(target), "events": events, "head": head}),
        )
        session.commit()
    return info


def last_backup(database: Database) -> BackupInfo | None:
    """The last backup made, as recorded."""
    with database.reading() as session:
        raw = get_setting(session, LAST_BACKUP_KEY)
    if not raw:
        return None
    data = json.loads(raw)
    return BackupInfo(Path(data["path"]), from_canonical(data["at"]), data["events"], data["head"])


def _stamp_of(path: Path, prefix: str) -> datetime | None:
    """When the daily backup at `path` was made, or None when it is not one of `prefix`."""
    if not path.stem.startswith(prefix):
        return None
    try:
        return datetime.strptime(path.stem.removeprefix(prefix), STAMP).replace(
            tzinfo=utc_now().tzinfo
        )
    except ValueError:
        return None


def auto_backup(database: Database) -> BackupInfo | None:
    """At most once a day, a checked backup into backups/, named after the database it copies
    (`shop-20261130T093000Z.sqlite3`); then keep 7 daily, 4 weekly, 12 monthly of that
    database. Returns the new backup, or None when today's is already there."""
    if database.sqlite_path is None or database.read_only:
        return None
    folder = database.data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    prefix = f"{database.sqlite_path.stem}-"  # each database its own backups and rotation
    now = utc_now()
    existing = {
        stamp: path
        for path in folder.glob(f"{prefix}*.sqlite3")
        if (stamp := _stamp_of(path, prefix)) is not None
    }
    if any(stamp.date() == now.date() for stamp in existing):
        return None
    made = make_backup(database, folder / f"{prefix}{now.strftime(STAMP)}.sqlite3")
    existing[made.made_at] = made.path
    keep = backups_to_keep(existing)
    for stamp, path in existing.items():
        if stamp not in keep:
            path.unlink(missing_ok=True)
    return made


def restore_backup(
    database: Database, source: Path, pin: str | None = None, *, other_shop: bool = False
) -> Restored:
    """Replace the records with a checked backup (owner PIN), keeping every later opt-out and
    erasure (see services.restore)."""
    from optin_desk.services.restore import restore_records

    return restore_records(database, source, pin, other_shop=other_shop)


def restoring(records: Path | None) -> bool:
    """True while a restore holds the records at this path (writers are told to wait)."""
    return records is not None and restore_under_way(records)
