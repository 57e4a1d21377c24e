"""The window's first look at a SQLite file, through the driver alone (no SQLAlchemy).

Importing SQLAlchemy's ORM and mapping the tables costs the window's thread more than the
rest of its start together. What the window shows first (the shop, its categories, the first
page of contacts) is read here with `sqlite3`, in the same SQL the ORM queries emit, and only
when the file is certainly ready: a local file that can be written, at the newest schema, with
nothing left to settle. Any doubt answers None, and the caller opens the records the normal
way (which upgrades, settles or refuses, and says why).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from optin_desk.storage.location import network_share_reason
from optin_desk.storage.migration_head import script_head

DB_ENV_VAR = "OPTIN_DESK_DB"
APP_NAME = "OptIn Desk"
DB_FILE_NAME = "optin-desk.sqlite3"
"""As storage.engine: where the records are when nothing names them."""
LEGACY_KEY_SETTING = "erasure.key"
"""As storage.settling: a records key still kept in the settings means opening has work."""
CATEGORY_KIND_ACTION = "category_kind"
"""As domain.shop_events.ShopAction.CATEGORY_KIND: the shop events that state a kind."""

ShopRow = tuple[str, str, str, str]
"""name, country, address, language."""
CategoryRecord = tuple[str, str, str, str, bool]
"""key, label, kind as the row has it, description, archived."""
ContactRecord = tuple[int, str, str | None]
"""id, name, E.164 number."""
StateRecord = tuple[int, str, str, str]
"""contact id, category key, state, since."""


def local_file(db: str | None) -> Path | None:
    """The SQLite file `db` (or OPTIN_DESK_DB, or the default file) names; None for a URL."""
    chosen = db or os.environ.get(DB_ENV_VAR) or ""
    if not chosen:
        import platformdirs

        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME
    if chosen.startswith("sqlite:///") and "?" not in chosen:
        chosen = chosen.removeprefix("sqlite:///")
    elif "://" in chosen:
        return None  # PostgreSQL, or a SQLite URL with options: the normal path
    return Path(chosen).expanduser().resolve()


@dataclass
class FirstLook:
    """A read-only look at records already at the newest schema (GUI thread only)."""

    path: Path
    connection: sqlite3.Connection

    def shop(self) -> ShopRow | None:
        """The shop's own row (None before the shop is set up)."""
        row = self.connection.execute(
            "SELECT name, country, address, language FROM business_profile WHERE id = ?", (1,)
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def setting(self, key: str) -> str | None:
        """A stored setting's value (None when there is none)."""
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def senders(self) -> list[str]:
        """The shop's sender numbers in use, oldest first."""
        rows = self.connection.execute(
            "SELECT phone_e164 FROM sender_numbers WHERE archived_at IS NULL ORDER BY id"
        )
        return [row[0] for row in rows]

    def categories(self) -> list[CategoryRecord]:
        """Every category row in display order."""
        rows = self.connection.execute(
            "SELECT key, label, kind, description, archived_at FROM categories "
            "ORDER BY position, id"
        )
        return [(r[0], r[1], r[2], r[3], r[4] is not None) for r in rows]

    def stated_kinds(self) -> list[tuple[str, str | None]]:
        """(scope, details) of each shop event stating a category's kind, oldest first."""
        rows = self.connection.execute(
            "SELECT scope, details FROM consent_events "
            "WHERE contact_id IS NULL AND action = ? ORDER BY id",
            (CATEGORY_KIND_ACTION,),
        )
        return [(row[0], row[1]) for row in rows]

    def contacts(self, after: tuple[str, int] | None, limit: int) -> list[ContactRecord]:
        """A page of contacts with a number, by (lower(name), id), after the cursor `after`.

        The same query as services.directory.contact_page without a search: the cursor's
        first term is the range the sort index is searched by."""
        sql = "SELECT id, name, phone_e164 FROM contacts WHERE coalesce(phone_e164, '') != ''"
        parameters: list[object] = []
        if after is not None:
            sql += (
                " AND lower(name) >= lower(?) AND (lower(name) > lower(?)"
                " OR lower(name) = lower(?) AND id > ?)"
            )
            parameters += [after[0], after[0], after[0], after[1]]
        sql += " ORDER BY lower(name), id LIMIT ?"
        parameters.append(limit)
        rows = self.connection.execute(sql, parameters)
        return [(row[0], row[1], row[2]) for row in rows]

    def states(self, ids: Sequence[int]) -> list[StateRecord]:
        """The consent state rows of these contacts."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))  # only question marks go into the text
        sql = f"SELECT contact_id, category_key, state, since FROM consent_state WHERE contact_id IN ({marks})"  # noqa: E501, S608
        rows = self.connection.execute(sql, list(ids))
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    def close(self) -> None:
        """Let go of the file."""
        self.connection.close()


def first_look(path: Path) -> FirstLook | None:
    """A look at `path` when it is ready to show as it is; None when any check has doubt."""
    try:
        if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
            return None
        if not os.access(path.parent, os.W_OK) or network_share_reason(path):
            return None
    except OSError:
        return None
    head = script_head()
    if head is None:
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA query_only = ON")
        if _ready(connection, head):
            return FirstLook(path, connection)
    except sqlite3.Error:
        pass
    connection.close()
    return None


def _ready(connection: sqlite3.Connection, head: str) -> bool:
    """At the newest schema and with nothing to settle (the two reads of storage.settling)."""
    stored = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
    if stored != {head}:
        return False
    legacy = connection.execute(
        "SELECT key FROM settings WHERE key = ?", (LEGACY_KEY_SETTING,)
    ).fetchone()
    if legacy is not None:
        return False
    keyless = connection.execute("SELECT phone_e164 FROM contacts WHERE contact_key IS NULL")
    return all(row[0] is None for row in keyless)
