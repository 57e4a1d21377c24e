"""What this computer remembers for itself, never in the shared records.

A small owner-only JSON file in the user config folder, read by the window and the command
line alike: which records this computer opens (a shop with a server points each computer at it
once, in Settings) and the staff name last used to record here. Every computer of a shop keeps
its own; the staff list itself is shop-wide (services.settings).

Which records open: `--db` first, then the OPTIN_DESK_DB environment variable, then this
computer's choice, then the default file in the user data folder.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from optin_desk.private_files import private_folder, writing_privately
from optin_desk.services.errors import InputError

FILE_NAME = "this-computer.json"
RECORDS_KEY = "records"
RECORDER_KEY = "recorded_by"
DB_ENV_VAR = "OPTIN_DESK_DB"


def settings_file() -> Path:
    """Where this computer's own settings live (the user config folder)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("OptIn Desk", appauthor=False)) / FILE_NAME


def _read() -> dict[str, str]:
    try:
        found = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # nothing remembered yet, or a file nobody can use: the defaults hold
    if not isinstance(found, dict):
        return {}
    return {str(key): value for key, value in found.items() if isinstance(value, str)}


def _write(values: Mapping[str, str]) -> None:
    target = settings_file()
    private_folder(target.parent)
    with writing_privately(target) as partial:
        text = json.dumps(dict(values), ensure_ascii=False, indent=2, sort_keys=True)
        partial.write_text(text, encoding="utf-8")


def remembered_recorder() -> str:
    """The staff name last used to record on this computer ("" when none)."""
    return _read().get(RECORDER_KEY, "").strip()


def remember_recorder(name: str) -> None:
    """Remember who records at this computer; a file that cannot be written is no error."""
    values = _read()
    values[RECORDER_KEY] = name.strip()
    try:
        _write(values)
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


def records_choice() -> str | None:
    """The records this computer was pointed at (a file path or a URL), if any."""
    return _read().get(RECORDS_KEY) or None


def choose_records(location: str | None) -> None:
    """Point this computer at `location` from the next start (None: back to the default)."""
    if location is not None:
        location = location.strip()
        if not location:
            raise InputError("say which records: a .sqlite3 file or a postgresql+psycopg:// URL")
        if "://" not in location:
            location = str(Path(location).expanduser().resolve())
    values = _read()
    if location is None:
        values.pop(RECORDS_KEY, None)
    else:
        values[RECORDS_KEY] = location
    _write(values)


def records_to_open(db: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """`db` when given; else None when OPTIN_DESK_DB names the records (it is read later);
    else this computer's choice; else None (the default file)."""
    if db:
        return db
    if (os.environ if environ is None else environ).get(DB_ENV_VAR):
        return None
    return records_choice()


@dataclass(frozen=True)
class RecordsPeek:
    """What a person needs to know to be sure they chose the right records."""

    where: str
    shop: str | None
    events: int


def peek_records(location: str) -> RecordsPeek:
    """Open `location` without creating or upgrading anything: whose records, how many events.

    Raises what opening raises (InputError for a URL the program cannot use, RecordsError for
    a server that refuses, CannotOpen kinds for a file that is not there)."""
    from optin_desk.services.handle import CannotOpen, open_records
    from optin_desk.services.profile import has_profile, load_profile
    from optin_desk.services.records import ledger_head

    if not location.strip():
        raise InputError("say which records: a .sqlite3 file or a postgresql+psycopg:// URL")
    try:
        records = open_records(location.strip(), create=False, migrate=False)
    except CannotOpen as error:
        raise InputError.of(error) from None
    try:
        with records.reading() as session:
            shop = load_profile(session).name if has_profile(session) else None
            events, _head = ledger_head(session)
        return RecordsPeek(records.where, shop, events)
    finally:
        records.dispose()
