"""Evidence files (scans of signed forms), stored by their sha256 under the data folder.

A scan is read and hashed first (nothing written), and copied into the store only once the
records that name it are ready to commit; a copy made for records that then failed is
removed again. Copies are readable by the owner only, whatever the original's mode.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError
from optin_desk.private_files import private_folder, writing_privately

CHUNK = 1 << 20
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


class EvidenceError(WordedError):
    """A scan that cannot be kept, and why, in words for the person choosing it."""


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def evidence_path(store: Path, sha256: str) -> Path:
    """Where the file with this digest lives in the store."""
    return store / sha256[:2] / sha256


@contextmanager
def _open_scan(source: Path) -> Iterator[tuple[BinaryIO, int]]:
    """The scan opened for reading with its size; never waits on a pipe or a device."""
    try:
        mode = os.stat(source).st_mode
    except FileNotFoundError:
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Messages", "{source} does not exist"),
            source=source,
        ) from None
    except PermissionError:
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Messages", "{source} cannot be read: permission denied"),
            source=source,
        ) from None
    except OSError as error:
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Messages", "{source} cannot be read: {problem}"),
            source=source,
            problem=error.strerror or error,
        ) from None
    if stat.S_ISDIR(mode):
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Messages", "{source} is a folder, not a file"),
            source=source,
        )
    if not stat.S_ISREG(mode):
        raise EvidenceError(
            QT_TRANSLATE_NOOP(
                "Messages", "{source} is not a regular file (a pipe, device or socket)"
            ),
            source=source,
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(source, flags)
    except OSError as error:
        raise EvidenceError(
            QT_TRANSLATE_NOOP("Messages", "{source} cannot be read: {problem}"),
            source=source,
            problem=error.strerror or error,
        ) from None
    with os.fdopen(descriptor, "rb") as handle:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):  # swapped after the first look
            raise EvidenceError(
                QT_TRANSLATE_NOOP("Messages", "{source} is not a regular file"),
                source=source,
            )
        if opened.st_size > MAX_EVIDENCE_BYTES:
            raise EvidenceError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} is {megabytes} MB; scans up to {most} MB are kept"
                ),
                name=source.name,
                megabytes=opened.st_size // (1024 * 1024),
                most=MAX_EVIDENCE_BYTES // (1024 * 1024),
            )
        yield handle, opened.st_size


def read_evidence(source: Path) -> tuple[str, int]:
    """The sha256 and size of a scan about to be kept (nothing is written)."""
    digest = hashlib.sha256()
    with _open_scan(source) as (handle, size):
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest(), size


def store_evidence(store: Path, source: Path, sha256: str | None = None) -> tuple[str, bool]:
    """Copy `source` into the store (once per content), owner-only.

    Returns its sha256 and whether this call made the copy (False: it was there already).
    With `sha256` given, a source whose bytes no longer match it is refused.
    """
    if sha256 is None:
        sha256, _ = read_evidence(source)
    target = evidence_path(store, sha256)
    if target.is_file() and file_sha256(target) == sha256:
        return sha256, False
    private_folder(target.parent)
    digest = hashlib.sha256()
    with (
        writing_privately(target, folder=store) as partial,
        _open_scan(source) as (handle, _),
        partial.open("wb") as copy,
    ):
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            copy.write(chunk)
        copy.flush()
        os.fsync(copy.fileno())
        if digest.hexdigest() != sha256:
            raise EvidenceError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} changed while it was being copied; try again"
                ),
                name=source.name,
            )
    return sha256, True


def discard_evidence(store: Path, sha256: str) -> None:
    """Remove a copy made for records that were not kept."""
    with contextlib.suppress(OSError):
        evidence_path(store, sha256).unlink()
