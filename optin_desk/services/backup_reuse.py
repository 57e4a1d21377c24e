"""Knowing that the records are unchanged since their last backup, and reusing that backup.

Unchanged means, read in one transaction of the live file: the ledger's recorded event count
and head are those the last backup's copy verified, and the count of every other change
(storage.change_count: triggers on every other table, never a timestamp) is the one that
copy holds. The kept copy must still be the file that was noted: the same size and
modification time, and inside it the same change count, event count and head (its own
triggers count any edit made to it). Any doubt (no note, an older note, a table the count
does not cover, the backup file gone or altered) means "changed", and a full backup is made.
Reusing costs a start-up and a few reads whatever the size of the records; a copy to another
place costs the copy (made by the operating system, then its size and marks checked). The
sha256 noted with each copy is its fingerprint for whoever checks the file later.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optin_desk.private_files import writing_privately
from optin_desk.storage.change_count import changes, ledger_mark
from optin_desk.storage.evidence import file_sha256
from optin_desk.storage.sqlite_files import connect_read_only


@dataclass(frozen=True)
class FileMark:
    """What a backup's note keeps of its copy: the change count in it, its sha256, size and
    modification time."""

    changes: int | None
    sha256: str
    size: int
    modified_ns: int

    def as_note(self) -> dict[str, Any]:
        """The fields a backup's note keeps."""
        return {
            "changes": self.changes,
            "sha256": self.sha256,
            "size": self.size,
            "modified_ns": self.modified_ns,
        }


def file_mark(path: Path) -> FileMark:
    """The change count, sha256, size and modification time of a finished backup file."""
    with closing(connect_read_only(path, immutable=True)) as raw:
        count = changes(raw)
    status = path.stat()
    return FileMark(count, file_sha256(path), status.st_size, status.st_mtime_ns)


def reuse_unchanged(source: Path, last: dict[str, Any], target: Path | None) -> Path | None:
    """The backup that already holds the records at `source` when they are unchanged since
    (copied to `target` first when that is another file), else None: make a full one."""
    previous = Path(str(last.get("path", "")))
    noted = (last.get("changes"), (last.get("events"), last.get("head")))
    if noted[0] is None or not previous.is_file() or not _same_file(previous, last):
        return None
    try:
        with closing(connect_read_only(source)) as raw:
            raw.execute("BEGIN")  # one snapshot for both readings
            now = changes(raw), ledger_mark(raw)
            raw.execute("COMMIT")
    except sqlite3.Error:
        return None
    if now != noted or _marks_inside(previous) != noted:
        return None
    if target is None or target.resolve() == previous.resolve():
        return previous
    return target if _copy_checked(previous, target, noted) else None


def _same_file(path: Path, last: dict[str, Any]) -> bool:
    """Whether `path` still has the size and modification time its note recorded."""
    status = path.stat()
    return (status.st_size, status.st_mtime_ns) == (last.get("size"), last.get("modified_ns"))


def _marks_inside(path: Path) -> tuple[int | None, tuple[int, str] | None] | None:
    """The change count and ledger mark a backup file holds (None when it cannot be read)."""
    try:
        with closing(connect_read_only(path, immutable=True)) as raw:
            return changes(raw), ledger_mark(raw)
    except sqlite3.Error:
        return None


def _copy_checked(previous: Path, target: Path, noted: tuple[object, object]) -> bool:
    """Copy a finished backup file (the operating system copies it); kept only when the copy
    has the size and the marks inside that the kept file has."""
    try:
        with writing_privately(target) as partial:
            shutil.copyfile(previous, partial)
            if partial.stat().st_size != previous.stat().st_size:
                raise _AlteredError
            if _marks_inside(partial) != noted:
                raise _AlteredError
    except _AlteredError:
        return False
    return True


class _AlteredError(Exception):
    """The copy does not hold what the kept backup file holds."""
