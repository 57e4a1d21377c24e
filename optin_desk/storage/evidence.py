"""Evidence files (scans of signed forms), stored by their sha256 under the data folder."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

CHUNK = 1 << 20
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


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


def store_evidence(store: Path, source: Path) -> tuple[str, int]:
    """Copy `source` into the store (once per content); return its sha256 and size."""
    size = source.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise ValueError(
            f"{source.name} is {size // (1024 * 1024)} MB; scans up to "
            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB are kept"
        )
    sha256 = file_sha256(source)
    target = evidence_path(store, sha256)
    if target.is_file() and file_sha256(target) == sha256:
        return sha256, size
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    if file_sha256(partial) != sha256:
        partial.unlink(missing_ok=True)
        raise OSError(f"{source.name} changed while it was being copied; try again")
    partial.replace(target)
    return sha256, size
