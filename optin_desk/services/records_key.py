"""The records key: the secret behind every keyed number hash, kept outside the database file.

One secret per set of records, named after the records id (a random, non-secret id kept in
the settings), lives beside the signing key in this computer's user data folder:

- Linux: `~/.local/share/OptIn Desk/keys/records-ID.key` (or under `$XDG_DATA_HOME`)
- Windows: `%LOCALAPPDATA%\\OptIn Desk\\keys\\records-ID.key`
- macOS: `~/Library/Application Support/OptIn Desk/keys/records-ID.key`

The folder and the file are the owner's only (0700, 0600). The key binds each person's number
into the chain (`contact_key`) and keeps erased numbers blocked; the file alone, or a backup
alone, therefore gives no number back. Several computers on one server need the same key:
`records-key --out FILE` on one, `records-key --import FILE` on the other.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.commitment import contact_key
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.private_files import private_folder, writing_privately
from optin_desk.services.errors import InputError
from optin_desk.services.key_folder import key_folder
from optin_desk.services.owner import require_owner
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage import settling
from optin_desk.storage.models import Contact

RECORDS_ID_SETTING = "records.id"
LEGACY_KEY_SETTING = settling.LEGACY_KEY_SETTING
"""Where the key was kept before migration 0017a: inside the file (moved out on opening)."""
KEY_BYTES = 32
EXPORT_HEADER = "optin-desk records key"
_HEX = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(r"[0-9a-f]{32}")

MISSING_KEY = QT_TRANSLATE_NOOP(
    "Messages",
    "the records key is not on this computer, so erased numbers and who each event belongs "
    "to cannot be told here: on a computer that has it run 'optin-desk records-key --out "
    "FILE', then here 'optin-desk records-key --import FILE'",
)


class RecordsKeyMissing(InputError):  # noqa: N818 (reads as the condition)
    """This computer lacks the key of these records (the message says what to do)."""

    def __init__(self) -> None:
        super().__init__(MISSING_KEY)


def key_path(records_id: str) -> Path:
    """Where this computer keeps the key of the records with this id."""
    return key_folder() / f"records-{records_id}.key"


def records_id(session: Session) -> str:
    """The records' non-secret id ('' before the first key was made)."""
    return get_setting(session, RECORDS_ID_SETTING)


def read_key_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return bytes.fromhex(text) if _HEX.fullmatch(text) else None


def write_key_file(path: Path, key: bytes) -> None:
    """Write a key file readable by the owner only (never half-written)."""
    private_folder(path.parent)
    with writing_privately(path) as partial, partial.open("w", encoding="ascii") as out:
        out.write(key.hex() + "\n")


def records_key(session: Session, make: bool = True) -> bytes | None:
    """The records key, or None when this computer lacks it.

    Records that never had a key get one (id in the settings, secret in the key folder) when
    `make`; the caller commits. A key still in the settings (not yet moved out) is used."""
    legacy = get_setting(session, LEGACY_KEY_SETTING)
    if _HEX.fullmatch(legacy):
        return bytes.fromhex(legacy)
    known = records_id(session)
    if known:
        return read_key_file(key_path(known))
    if not make:
        return None
    new_id, key = secrets.token_hex(16), secrets.token_bytes(KEY_BYTES)
    write_key_file(key_path(new_id), key)  # first, so a committed id always has its file
    put_setting(session, RECORDS_ID_SETTING, new_id)
    session.flush()
    return key


def required_records_key(session: Session) -> bytes:
    """The records key (made when the records never had one); RecordsKeyMissing if absent."""
    key = records_key(session)
    if key is None:
        raise RecordsKeyMissing
    return key


def export_records_key(session: Session, target: Path, pin: str | None = None) -> str:
    """Write the records key to `target` for another computer (owner PIN); the records id."""
    require_owner(session, pin)
    key = required_records_key(session)
    session.commit()  # a key made just now is kept
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; choose another place"
            ),
            parent=target.parent,
        )
    known = records_id(session)
    private_folder(target.parent)
    with writing_privately(target) as partial, partial.open("w", encoding="ascii") as out:
        out.write(f"{EXPORT_HEADER}\nid {known}\nkey {key.hex()}\n")
    return known


def import_records_key(session: Session, source: Path, pin: str | None = None) -> str:
    """Keep the key read from `source` on this computer (owner PIN); the records id.

    Refused when the file is not a records key, belongs to other records, or does not match
    the keyed hashes these records already hold."""
    require_owner(session, pin)
    try:
        lines = source.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "cannot read {source}: {error}"),
            source=source,
            error=error,
        ) from None
    parts = (
        dict(zip(lines[3::2], lines[4::2], strict=False))
        if lines[:3] == EXPORT_HEADER.split()
        else {}
    )
    found_id, found_key = parts.get("id", ""), parts.get("key", "")
    if not (_ID.fullmatch(found_id) and _HEX.fullmatch(found_key)):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{source} is not a records key written by 'optin-desk records-key --out'",
            ),
            source=source,
        )
    known = records_id(session)
    if known and known != found_id:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{source} is the key of other records (id {found}), not of these ({known})",
            ),
            source=source,
            found=found_id,
            known=known,
        )
    key = bytes.fromhex(found_key)
    sample = session.execute(
        select(Contact.phone_e164, Contact.contact_key)
        .where(Contact.phone_e164.is_not(None), Contact.contact_key.is_not(None))
        .limit(1)
    ).first()
    if sample is not None and contact_key(key, str(sample[0])) != sample[1]:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the key in {source} does not match the numbers these records hold: it was "
                "not written from these records",
            ),
            source=source,
        )
    write_key_file(key_path(found_id), key)
    if not known:
        put_setting(session, RECORDS_ID_SETTING, found_id)
        session.commit()
    return found_id
