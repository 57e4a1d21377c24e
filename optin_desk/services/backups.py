"""Backups of the records: made and checked, kept by rotation, restored only when sound."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.retention import backups_to_keep
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.private_files import private_folder, writing_privately

# check_records_file lives below this module (restore uses it too); still importable here
from optin_desk.services.backup_files import REQUIRED_TABLES as REQUIRED_TABLES
from optin_desk.services.backup_files import check_fresh_copy
from optin_desk.services.backup_files import check_records_file as check_records_file
from optin_desk.services.backup_places import remember_backup
from optin_desk.services.backup_reuse import FileMark, file_mark, reuse_unchanged
from optin_desk.services.errors import InputError
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.backup import (
    backup_sqlite,
    restore_under_way,
)
from optin_desk.storage.engine import Database

if TYPE_CHECKING:
    from optin_desk.services.restore import Restored

LAST_BACKUP_KEY = "backup.last"
STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    """A checked copy of the records."""

    path: Path
    made_at: datetime
    events: int
    head: str
    unchanged: bool = False
    """True when nothing had changed since the last backup, which was kept (or copied)."""


def _require_file_database(database: Database) -> Path:
    path = database.sqlite_path
    if path is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "this database is on a server: back it up with the server's own tools (pg_dump)",
            )
        )
    return path


def _target(database: Database, target: Path | None, name: str) -> Path:
    """Where a backup named `name` goes: the given file, into the given folder, or backups/."""
    if target is None:
        target = database.data_dir / "backups" / name
        private_folder(target.parent)
    elif target.is_dir():
        target = target / name
    elif not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; plug in the stick or create it"
            ),
            parent=target.parent,
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
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the backup could not be made ({reason}); nothing was kept"
            ),
            reason=reason,
        ) from None
    return target, report.count, report.head


def _file_backup(target: Path, source: Path) -> tuple[int, str, FileMark]:
    if target.resolve() == source.resolve():
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "a backup cannot overwrite the records it copies")
        )
    try:
        # quick-checked before it is moved into place (a restore checks it fully first)
        backup_sqlite(source, target, quick=True)
    except (OSError, sqlite3.Error) as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the backup could not be written to {target}: {error}"),
            target=target,
            error=error,
        ) from error
    try:
        events, head = check_fresh_copy(target)
        mark = file_mark(target)
    except (InputError, OSError, sqlite3.Error):
        target.unlink(missing_ok=True)
        raise
    return events, head, mark


def make_backup(
    database: Database, target: Path | None = None, pin: str | None = None
) -> BackupInfo:
    """Copy the records (to a file, into a folder, or into the data folder's backups/).

    A SQLite file is copied through SQLite's backup API; records on a PostgreSQL server are
    dumped with pg_dump. Either copy is kept only once its ledger verified. A checkpoint of
    it, signed when `pin` opens the signing key, goes beside it and into the checkpoint log.
    When a SQLite file has not changed since its last backup (services.backup_reuse says how
    that is known), that backup is kept (asked for again, or into the folder that holds it),
    or copied to a new file; the checkpoint taken with it already holds these records."""
    from optin_desk.services.checkpoints import checkpoint_backup  # cryptography: when needed

    now = utc_now()
    mark = None
    if database.sqlite_path is None and database.url.get_backend_name() == "postgresql":
        target, events, head = _server_backup(database, target, now)
    else:
        source = _require_file_database(database)
        last = _last_record(database)
        name = f"{source.stem}-{now.strftime(STAMP)}.sqlite3"  # named after what it copies
        again = target is None or _folder_holding(target, last)
        reused = reuse_unchanged(source, last, None if again else _target(database, target, name))
        if reused is not None:
            _checkpoint_beside_copy(Path(str(last["path"])), reused)
            remember_backup(database, reused)
            return BackupInfo(
                reused, from_canonical(last["at"]), last["events"], last["head"], True
            )
        target = _target(database, target, name)
        remember_backup(database, target)  # before it is written: a copy cut short by a kill
        # after it is in place is still one an erasure reaches (a place never written is
        # dropped from the list by the next backup)
        events, head, mark = _file_backup(target, source)
    info = BackupInfo(target, now, events, head)
    checkpoint_backup(database, target, events, head, pin)
    remember_backup(database, target)  # so that an erasure can reach it later
    if database.read_only:
        return info
    # where it is, whatever folder the command ran from (a relative --dest is that folder's)
    record = {"at": canonical(now), "path": str(target.resolve()), "events": events, "head": head}
    if mark is not None:
        record.update(mark.as_note())
    with database.sessions() as session:
        put_setting(session, LAST_BACKUP_KEY, json.dumps(record))
        session.commit()
    return info


def _folder_holding(target: Path, last: dict[str, Any]) -> bool:
    """Whether `target` is the folder that holds the last backup (backing up into it again)."""
    kept = str(last.get("path", ""))
    return bool(kept) and target.is_dir() and Path(kept).resolve().parent == target.resolve()


def _checkpoint_beside_copy(kept: Path, copy: Path) -> None:
    """A reused backup copied to a new place takes its signed checkpoint along: the same
    records, so the same checkpoint (a backup stick then still holds an anchor)."""
    from optin_desk.services.checkpoints import checkpoint_file_for  # cryptography: when needed

    source, beside = checkpoint_file_for(kept), checkpoint_file_for(copy)
    if copy.resolve() == kept.resolve() or not source.is_file():
        return
    with writing_privately(beside) as partial:
        partial.write_bytes(source.read_bytes())


def _last_record(database: Database) -> dict[str, Any]:
    """What the last backup's note says (empty when there is none or it cannot be read)."""
    with database.reading() as session:
        raw = get_setting(session, LAST_BACKUP_KEY)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


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
            path.with_name(path.name + ".checkpoint.json").unlink(missing_ok=True)
    return made


def restore_backup(
    database: Database,
    source: Path,
    pin: str | None = None,
    *,
    other_shop: bool = False,
    disconnect: Callable[[int], None] | None = None,
) -> Restored:
    """Replace the records with a checked backup (owner PIN), keeping every later opt-out and
    erasure (see services.restore; a server's dump: services.server_restore)."""
    from optin_desk.services.restore import restore_records

    return restore_records(database, source, pin, other_shop=other_shop, disconnect=disconnect)


def restoring(records: Path | None) -> bool:
    """True while a restore holds the records at this path (writers are told to wait)."""
    return records is not None and restore_under_way(records)
