"""Where a SQLite file may live: never on a network share (sqlite.org, "Use over a network")."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

from optin_desk.domain.messages import WordedError

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb3",
        "afs",
        "ncpfs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
    }
)
ADVICE = (
    "SQLite on a network share corrupts when several computers write to it. Keep the records "
    "on this computer's own disk, or, for a shop with several computers, point all of them "
    "at one PostgreSQL database: --db postgresql://user@server/optin_desk"
)


class NetworkShareError(ValueError):
    """The chosen database file is on a network share."""


class ReadOnlyError(WordedError):
    """The records cannot be written where they are (read-only file, folder or medium)."""


def mount_type(path: Path, mounts: str) -> str:
    """The filesystem type of the longest mount point holding `path` (from /proc/mounts)."""
    best, kind = "", ""
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def network_share_reason(path: Path, mounts: str | None = None, windows: bool | None = None) -> str:
    """Why `path` is on a network share ('' when it is on a local disk)."""
    on_windows = sys.platform == "win32" if windows is None else windows
    text = str(path)
    if on_windows:
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return f"{text} is on a network share (a \\\\server\\share path)"
        if windows is None:
            return _windows_drive_reason(path)
        return ""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    kind = mount_type(path, mounts)
    if kind in NETWORK_FILESYSTEMS or kind.startswith("nfs"):
        return f"{text} is on a network share ({kind})"
    return ""


def _windows_drive_reason(path: Path) -> str:  # pragma: no cover - Windows only
    import ctypes

    drive = PurePath(os.path.abspath(path)).drive + "\\"
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
        return f"{path} is on a network drive ({drive})"
    return ""


def refuse_network_share(path: Path) -> None:
    """Raise NetworkShareError, with what to do instead, when `path` is on a network share."""
    reason = network_share_reason(path.resolve().parent)
    if reason:
        raise NetworkShareError(f"{reason}. {ADVICE}")
