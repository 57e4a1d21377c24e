"""Files full of personal data, written owner-only and never left half-written.

No layer of its own: storage (database, scans, backups) and documents (CSV reports and
exports) both write through it. Every file is first written to a temporary copy beside its
target (`NAME.optin-desk.partial`, readable by the owner only), moved into place only once
complete, and removed when writing fails. Copies left by a killed process are removed the
next time the program starts or writes into the same folder.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_SUFFIX = ".optin-desk.partial"
OWNER_FILE = 0o600
OWNER_FOLDER = 0o700
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
STALE_AFTER_SECONDS = 15 * 60
"""A temporary copy untouched this long belongs to no running writer (they write steadily)."""


def private_folder(path: Path) -> Path:
    """Make `path` (and any missing parent) a folder only the owner can open."""
    missing = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=OWNER_FOLDER)
    return path


def create_private_file(path: Path) -> None:
    """Create `path` as a new, empty file readable by the owner only (it must not exist)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, OWNER_FILE))


def partial_path(target: Path, folder: Path | None = None) -> Path:
    """The temporary copy of `target` (in `folder`, else beside it)."""
    return (folder or target.parent) / (target.name + PARTIAL_SUFFIX)


def remove_stale_partials(
    *folders: Path, older_than: float = STALE_AFTER_SECONDS, pattern: str = f"*{PARTIAL_SUFFIX}*"
) -> int:
    """Remove temporary copies (files matching `pattern`) nobody has written to for a while;
    how many went."""
    removed = 0
    limit = time.time() - older_than
    for folder in folders:
        try:
            candidates = list(folder.glob(pattern))
        except OSError:
            continue
        for path in candidates:
            try:
                if path.is_file() and path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


@contextmanager
def writing_privately(target: Path, folder: Path | None = None) -> Iterator[Path]:
    """A fresh owner-only temporary file to write `target` into.

    When the block ends without error the copy replaces `target` (the writer flushes and
    syncs it); when anything goes wrong, even an interruption, the copy is removed.
    """
    partial = partial_path(target, folder)
    remove_stale_partials(partial.parent)
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        yield partial
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, *(Path(f"{partial}{end}") for end in SQLITE_SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
