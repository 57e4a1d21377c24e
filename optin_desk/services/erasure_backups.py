"""Erasing a person from the backups this program knows of, as from the records themselves.

The backups it knows: every copy in the data folder's `backups/` (the daily ones it rotates,
those made there on request, those made before an upgrade), every backup it made elsewhere
(services.backup_places: a stick not plugged in is reported, not forgotten), and the records a
restore replaced (kept beside the records). Each SQLite backup
is copied, the same erasure is applied to the copy (name, number and number as typed gone, the
checks' rows without them, the scans' original names gone, the number added to the erased
numbers so a restore of it keeps the person blocked), the freed bytes are zeroed and the copy
rewritten (VACUUM); it then passes the backup's own check (integrity and the whole ledger) and
must not hold the number anywhere before it replaces the backup.

The ledger is untouched by an erasure, so a checkpoint written beside a backup still names the
same events and head: it is kept as it is and still verifies (this module checks that it
does). The note of the last backup (its sha256, for reuse) is rewritten to the new file.
A backup that cannot be rewritten (a server's dump, a damaged file, a write-protected stick)
keeps the person: it is reported, and removed only when asked.
"""

from __future__ import annotations

import enum
import json
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from optin_desk.domain.checkpoint import read_checkpoint
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said, WordedError
from optin_desk.domain.when import canonical
from optin_desk.services.backup_files import check_records_file
from optin_desk.services.backup_places import recorded_backups
from optin_desk.services.backup_reuse import file_mark
from optin_desk.services.backups import LAST_BACKUP_KEY
from optin_desk.services.checkpoints import checkpoint_file_for
from optin_desk.services.erasure import erasure_lookup, keyed_hash
from optin_desk.services.errors import InputError
from optin_desk.services.records_key import (
    LEGACY_KEY_SETTING,
    RECORDS_ID_SETTING,
    records_id,
    records_key,
)
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.backup import copy_backup, is_sqlite_file
from optin_desk.storage.engine import Database
from optin_desk.storage.results import erased_from

WORK_SUFFIX = ".erasing"
CHUNK = 1 << 20


class Outcome(enum.Enum):
    """What became of one backup."""

    ERASED = "erased"
    NOT_IN_IT = "not_in_it"
    KEPT = "kept"
    """It could not be rewritten and still holds the person (see `reason`)."""
    REMOVED = "removed"
    """It could not be rewritten and was deleted, as asked."""


@dataclass(frozen=True)
class BackupErased:
    """One backup and what the erasure did to it."""

    path: Path
    outcome: Outcome
    reason: str = ""
    checkpoint: bool = False
    """True when a checkpoint beside it still names its ledger (kept unchanged)."""


def known_backups(database: Database) -> list[Path]:
    """Every backup of these records this program knows of (files that exist), oldest name
    first."""
    found: dict[Path, Path] = {}
    live = database.sqlite_path
    folder = database.data_dir / "backups"
    candidates = [*folder.glob("*.sqlite3"), *folder.glob("*.pgdump")] if folder.is_dir() else []
    if live is not None:
        candidates += live.parent.glob(f"{live.stem}.replaced-*{live.suffix}")
    with database.reading() as session:
        raw = get_setting(session, LAST_BACKUP_KEY)
    with suppress(ValueError, TypeError, KeyError):
        candidates.append(Path(str(json.loads(raw or "")["path"])))
    candidates += recorded_backups(database)
    for path in candidates:
        if path.is_file() and (live is None or path.resolve() != live.resolve()):
            found.setdefault(path.resolve(), path)
    return sorted(found.values(), key=lambda p: (p.name, str(p)))


def unreachable_backups(database: Database) -> list[Path]:
    """Backups recorded in a folder that is not there now (a stick not plugged in)."""
    return [path for path in recorded_backups(database) if not path.parent.is_dir()]


def erase_from_backups(
    database: Database, e164: str, *, remove_unerasable: bool = False
) -> list[BackupErased]:
    """Apply the erasure of `e164` (already erased from the records) to every known backup.

    With `remove_unerasable`, a backup that cannot be rewritten is deleted (with the
    checkpoint beside it); otherwise it is kept and reported."""
    with database.reading() as session:
        erased_on = erasure_lookup(session)(e164)
        live_key = records_key(session, make=False)  # kept outside the file, not in it
        live_id = records_id(session)
    if erased_on is None or live_key is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{number} is not erased from the records: erase it first"
            ),
            number=e164,
        )
    results = []
    for path in known_backups(database):
        try:
            outcome, checkpoint = _erase_in(path, e164, canonical(erased_on), (live_id, live_key))
            results.append(BackupErased(path, outcome, checkpoint=checkpoint))
        except (InputError, OSError, sqlite3.Error, ValueError) as error:
            reason = _reason(error)
            if remove_unerasable:
                path.unlink(missing_ok=True)
                checkpoint_file_for(path).unlink(missing_ok=True)
                results.append(BackupErased(path, Outcome.REMOVED, reason))
            else:
                results.append(BackupErased(path, Outcome.KEPT, reason))
    away = Said(QT_TRANSLATE_NOOP("Messages", "its folder is not there: plug in the stick"))
    results += [BackupErased(path, Outcome.KEPT, away) for path in unreachable_backups(database)]
    _renote_last_backup(database, [r.path for r in results if r.outcome is Outcome.ERASED])
    return results


def _reason(error: Exception) -> str:
    """Why a backup could not be rewritten, kept translatable when it is marked."""
    if isinstance(error, WordedError):
        return Said(error.text, error.n, **error.fields)
    return " ".join(str(error).split())


def _erase_in(
    path: Path, e164: str, erased_at: str, live: tuple[str, bytes]
) -> tuple[Outcome, bool]:
    """Erase the number in one backup file; whether a checkpoint beside it still holds."""
    if not is_sqlite_file(path):
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "a server's dump cannot be rewritten by this program")
        )
    work = path.with_name(path.name + WORK_SUFFIX)
    try:
        copy_backup(path, work)
        with closing(sqlite3.connect(work, isolation_level=None)) as raw:
            raw.execute("PRAGMA secure_delete = ON")
            raw.execute("BEGIN")
            changed = _apply(raw, e164, erased_at, live)
            raw.execute("COMMIT")
            if not changed:
                return Outcome.NOT_IN_IT, False
            raw.execute("VACUUM")
        ledger = check_records_file(work)
        if _file_holds(work, e164.encode("ascii")):
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "the number was still found in the rewritten copy")
            )
        work.replace(path)
    finally:
        work.unlink(missing_ok=True)
    return Outcome.ERASED, _checkpoint_holds(path, ledger)


def _file_holds(path: Path, needle: bytes) -> bool:
    """True when the bytes of the file hold `needle` (read a chunk at a time)."""
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if needle in tail + chunk:
                return True
            tail = chunk[-(len(needle) - 1) :] if len(needle) > 1 else b""
    return False


def _apply(raw: sqlite3.Connection, e164: str, erased_at: str, live: tuple[str, bytes]) -> bool:
    """The erasure inside one backup's transaction; False when the number is not in it.

    `live` is the records' id and key, both as the live records hold them."""
    live_id, live_key = live
    ids = [row[0] for row in raw.execute("SELECT id FROM contacts WHERE phone_e164 = ?", (e164,))]
    changed = bool(ids)
    for contact_id in ids:
        raw.execute(
            "UPDATE evidence SET original_name = '' WHERE sha256 IN (SELECT evidence_sha256 "
            "FROM consent_events WHERE contact_id = ?)",
            (contact_id,),
        )
        raw.execute(
            "UPDATE contacts SET phone_e164 = NULL, phone_raw = '', name = '' WHERE id = ?",
            (contact_id,),
        )
        # their free texts, as services.text_erasure does in the records (the one rewrite
        # the ledger's guard lets through; a backup from before 0017a refuses it: kept)
        raw.execute(
            "UPDATE consent_events SET note = '', reason = '', customer_words = '', "
            "confirmation_text = '', texts_salt = NULL, texts_erased_at = ? "
            "WHERE contact_id = ? AND texts_erased_at IS NULL AND (note != '' OR reason != '' "
            "OR customer_words != '' OR confirmation_text != '')",
            (erased_at, contact_id),
        )
    for check_id, packed in raw.execute(
        "SELECT id, results FROM checks WHERE results IS NOT NULL"
    ).fetchall():
        rewritten = erased_from(packed, e164)  # unreadable rows go whole
        if rewritten is not None:
            raw.execute("UPDATE checks SET results = ? WHERE id = ?", (rewritten, check_id))
            changed = True
    if changed:
        # An older copy kept the records key inside it: the same key, moved out of the records
        # since. It goes from the copy too (nothing in it gives the number back), and the copy
        # names the records' id, so a restore of it finds the key file.
        raw.execute("DELETE FROM settings WHERE key = ?", (LEGACY_KEY_SETTING,))
        raw.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
            (RECORDS_ID_SETTING, live_id),
        )
        key = live_key
        raw.execute(
            "INSERT OR IGNORE INTO erased_numbers (keyed_hash, erased_at, recorded_by) "
            "VALUES (?, ?, '')",
            (keyed_hash(key, e164), erased_at),
        )
    return changed


def _checkpoint_holds(path: Path, ledger: tuple[int, str]) -> bool:
    """True when the checkpoint beside the backup names its ledger's events and head."""
    beside = checkpoint_file_for(path)
    if not beside.is_file():
        return False
    try:
        checkpoint = read_checkpoint(json.loads(beside.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return False
    return (checkpoint.tree_size, checkpoint.head_hash) == ledger


def _renote_last_backup(database: Database, rewritten: list[Path]) -> None:
    """Point the last backup's note at the rewritten file's sha256 and change count."""
    if database.read_only or not rewritten:
        return
    with database.sessions() as session:
        raw = get_setting(session, LAST_BACKUP_KEY)
        try:
            note = json.loads(raw or "")
            last = Path(str(note["path"])).resolve()
        except (ValueError, TypeError, KeyError):
            return
        if last not in {path.resolve() for path in rewritten}:
            return
        mark = file_mark(last)
        note.update(mark.as_note())
        put_setting(session, LAST_BACKUP_KEY, json.dumps(note))
        session.commit()
