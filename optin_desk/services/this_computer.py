"""What one computer remembers for the person at it (not the shared records).

A small JSON file in the user config folder: the staff name last used to record. Every
computer of a shop keeps its own; the staff list itself is shop-wide (services.settings).
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import platformdirs

FILE_NAME = "this-computer.json"
RECORDER_KEY = "recorded_by"


def settings_file() -> Path:
    """Where this computer's own settings live."""
    return Path(platformdirs.user_config_dir("OptIn Desk", appauthor=False)) / FILE_NAME


def _read() -> dict[str, object]:
    try:
        loaded = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def remembered_recorder() -> str:
    """The staff name last used to record on this computer ("" when none)."""
    return str(_read().get(RECORDER_KEY, "") or "").strip()


def remember_recorder(name: str) -> None:
    """Remember who records at this computer; a file that cannot be written is no error."""
    values = _read()
    values[RECORDER_KEY] = name.strip()
    path = settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError:
        return


def command_line_recorder(given: str | None) -> str:
    """Who records a command: `--by`, else the name remembered on this computer, else the
    computer's login name (a record never says nobody)."""
    if given and given.strip():
        return given.strip()
    remembered = remembered_recorder()
    if remembered:
        return remembered
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
