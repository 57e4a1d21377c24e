"""What this computer remembers for itself: which records it opens.

A shop with a server points each computer at it once (Settings, or `optin-desk use-records`),
instead of typing `--db` every time. The choice lives in a small file in this user's config
folder (never in the records: each computer may differ), read by the window and the command
line alike. `--db` comes first, then the OPTIN_DESK_DB environment variable, then this choice,
then the default file in the user data folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from optin_desk.private_files import private_folder, writing_privately
from optin_desk.services.errors import InputError

CHOICES_FILE = "this-computer.json"
RECORDS_KEY = "records"
DB_ENV_VAR = "OPTIN_DESK_DB"


def choices_path() -> Path:
    """Where this computer's choices are kept (the user config folder)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("OptIn Desk", appauthor=False)) / CHOICES_FILE


def _read() -> dict[str, str]:
    try:
        found = json.loads(choices_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no choice made yet, or a file nobody can use: the defaults hold
    if not isinstance(found, dict):
        return {}
    return {str(key): str(value) for key, value in found.items() if isinstance(value, str)}


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
    choices = _read()
    if location is None:
        choices.pop(RECORDS_KEY, None)
    else:
        choices[RECORDS_KEY] = location
    target = choices_path()
    private_folder(target.parent)
    with writing_privately(target) as partial:
        partial.write_text(json.dumps(choices, indent=2, sort_keys=True), encoding="utf-8")


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
        raise InputError(str(error)) from None
    try:
        with records.reading() as session:
            shop = load_profile(session).name if has_profile(session) else None
            events, _head = ledger_head(session)
        return RecordsPeek(records.where, shop, events)
    finally:
        records.dispose()
