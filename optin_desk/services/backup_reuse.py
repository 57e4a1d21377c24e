"""Knowing that the records are unchanged since their last backup, and reusing that backup.

Unchanged means, read in one transaction of the live file: the ledger's recorded event count
and head are those the last backup's copy verified, and the count of every other change
(storage.change_count: triggers on every other table, never a timestamp) is the one that
copy holds. Any doubt (no note, an older note, a table the count does not cover, the backup
file gone or altered) means "changed", and a full backup is made.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optin_desk.private_files import writing_privately
from optin_desk.storage.change_count import changes, ledger_mark
from optin_desk.storage.sqlite_files import connect_read_only

CHUNK = 1 << 20


@dataclass(frozen=True)
class FileMark:
    """What a backup's note keeps of its copy: the change count in it, and its sha256."""

    changes: int | None
    sha256: str


def file_mark(path: Path) -> FileMark:
    """The change count and sha256 of a finished backup file."""
    with closing(connect_read_only(path, immutable=True)) as raw:
        count = changes(raw)
    return FileMark(count, _sha256(path))


def reuse_unchanged(source: Path, last: dict[str, Any], target: Path | None) -> Path | None:
    """The backup that already holds the records at `source` when they are unchanged since
    (copied to `target` first when that is another file), else None: make a full one."""
    previous = Path(str(last.get("path", "")))
    if last.get("changes") is None or not last.get("sha256") or not previous.is_file():
        return None
    try:
        with closing(connect_read_only(source)) as raw:
            raw.execute("BEGIN")  # one snapshot for both readings
            now = changes(raw), ledger_mark(raw)
            raw.execute("COMMIT")
    except sqlite3.Error:
        return None
    if now != (last["changes"], (last.get("events"), last.get("head"))):
        return None
    if target is None or target.resolve() == previous.resolve():
        return previous if _sha256(previous) == last["sha256"] else None
    return target if _copy_checked(previous, target, str(last["sha256"])) else None


def _copy_checked(previous: Path, target: Path, sha256: str) -> bool:
    """Copy a finished backup file byte for byte; kept only when its sha256 is the noted one."""
    digest = hashlib.sha256()
    try:
        with writing_privately(target) as partial:
            with previous.open("rb") as source, partial.open("wb") as copy:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    copy.write(chunk)
                copy.flush()
            if digest.hexdigest() != sha256:
                raise _AlteredError
    except _AlteredError:
        return False
    return True


class _AlteredError(Exception):
    """The backup file no longer has the sha256 it had when it was made."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
