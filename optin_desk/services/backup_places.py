"""Where this program has written backups of the records, so an erasure can reach them.

A list of backup files kept beside the database (`NAME-backups.json`; for a server's records,
in this computer's data folder), outside the records themselves: writing it does not change
the records (their change count, what a reused backup relies on). Files deleted since are
dropped from the list the next time it is written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from optin_desk.private_files import private_folder, writing_privately
from optin_desk.storage.engine import Database, default_data_dir

SUFFIX = "-backups.json"
MOST_PLACES = 1000


def places_file(database: Database) -> Path:
    """The list of backups beside these records."""
    path = database.sqlite_path
    if path is not None:
        return path.with_name(path.stem + SUFFIX)
    return default_data_dir() / f"{database.url.database or 'server'}{SUFFIX}"


def recorded_backups(database: Database) -> list[Path]:
    """The backup files recorded for these records (they may be on a stick not plugged in)."""
    try:
        data = json.loads(places_file(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [Path(item) for item in data if isinstance(item, str)]


def remember_backup(database: Database, backup: Path) -> None:
    """Add a backup just made to the list (a failure to write it is not the backup's)."""
    if database.read_only:
        return
    kept = [
        path
        for path in recorded_backups(database)
        if path.is_file() or not path.parent.is_dir()  # gone from a folder that is there: deleted
    ]
    backup = backup.absolute()
    earlier = [str(path) for path in kept if path != backup][-MOST_PLACES + 1 :]
    places = [*earlier, str(backup)]
    target = places_file(database)
    try:
        private_folder(target.parent)
        with writing_privately(target) as partial, partial.open("w", encoding="utf-8") as out:
            json.dump(places, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
    except OSError:
        return
