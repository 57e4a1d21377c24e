"""Restoring a backup without rolling anything back that protects a person.

The backup is opened strictly read-only and copied to a working file beside the records. Then,
holding the write lock of the live records from their snapshot (kept beside them) to the swap:
every opt-out and erasure the live records gained since the backup is recorded again in the
working copy, as new ledger entries that say so; the chain is checked; and the working copy's
rows replace the live ones in one transaction. Writers wait meanwhile; none is lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.when import utc_now
from optin_desk.services.backup_files import check_records_file
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.services.restore_plan import RestorePlan, plan_restore
from optin_desk.services.restore_reapply import RESTORE_KEY as RESTORE_KEY
from optin_desk.services.restore_reapply import reapply, refuse_other_shop
from optin_desk.services.restore_state import state_from_ledger
from optin_desk.storage.backup import copy_backup, hold_live
from optin_desk.storage.engine import Database, open_backup, open_database
from optin_desk.storage.ledger import verify_ledger

STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    events: int
    head: str
    replaced_kept_at: Path | str
    """The kept file, or on a server the kept database's name."""
    plan: RestorePlan
    erased_again: int = 0
    state_refolded: bool = False
    """The backup's consent state table disagreed with its ledger and was folded again."""


def preview_restore(database: Database, source: Path) -> RestorePlan:
    """What restoring `source` would lose and re-apply, without changing anything."""
    if database.sqlite_path is None:
        from optin_desk.services.server_restore import preview_server_restore

        return preview_server_restore(database, source)
    backup = open_backup(source)
    try:
        with database.reading() as live, backup.reading() as old:
            return plan_restore(live, old)
    finally:
        backup.dispose()


def restore_records(
    database: Database,
    source: Path,
    pin: str | None = None,
    *,
    other_shop: bool = False,
    disconnect: Callable[[int], None] | None = None,
) -> Restored:
    """Replace the records with a checked backup (owner PIN), keeping every later opt-out and
    erasure; the replaced records are kept beside them. On a server, others connected are
    refused unless `disconnect` is given (it is told how many, then they are ended)."""
    with database.sessions() as session:
        require_owner(session, pin)
    live = database.sqlite_path
    if live is None:
        from optin_desk.services.server_restore import restore_on_server

        count, head, kept_name, plan, erased = restore_on_server(
            database, source, pin, other_shop=other_shop, disconnect=disconnect
        )
        return Restored(count, head, kept_name, plan, erased)
    if source.resolve() == live.resolve():
        raise InputError(QT_TRANSLATE_NOOP("Messages", "that file is the records themselves"))
    check_records_file(source)
    refuse_other_shop(database, preview_restore(database, source), other_shop, pin)
    stamp = utc_now().strftime(STAMP)
    kept, work = _unused(live, "replaced", stamp), _unused(live, "restoring", stamp)
    swapped = False
    try:
        copy_backup(source, work)
        copy = open_database(str(work))  # brought to this version's schema
        try:
            with hold_live(live, work) as hold:
                hold.snapshot(kept)
                with database.reading() as now_live, copy.reading() as old:
                    plan = plan_restore(now_live, old)
                refuse_other_shop(database, plan, other_shop, pin)
                erased = reapply(copy, plan, source.name, pin)
                refolded = state_from_ledger(copy)
                with copy.reading() as session:
                    report = verify_ledger(session)
                if not report.ok:
                    raise InputError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "the restored copy fails its ledger check: {problem}"
                        ),
                        problem=report.problem,
                    )
                copy.dispose()
                hold.replace_with_restored()
            swapped = True
        finally:
            copy.dispose()
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        reason = " ".join(str(getattr(error, "orig", error)).split())
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the restore failed ({reason}); the records were left as they were"
            ),
            reason=reason,
        ) from error
    finally:  # no copy of personal data is left behind; the kept one only when it is needed
        leftovers = [work.with_name(work.name + s) for s in ("", "-wal", "-shm", "-journal")]
        for leftover in leftovers if swapped else [*leftovers, kept]:
            leftover.unlink(missing_ok=True)
    database.dispose()
    return Restored(report.count, report.head, kept, plan, erased, refolded)


def _unused(live: Path, what: str, stamp: str) -> Path:
    """A name beside the records that no earlier restore used (two may fall in one second)."""
    for count in range(1000):
        tail = f"-{count}" if count else ""
        path = live.with_name(f"{live.stem}.{what}-{stamp}{tail}{live.suffix}")
        if not path.exists():
            return path
    raise InputError(
        QT_TRANSLATE_NOOP("Messages", "too many restores of {name} this second; try again"),
        name=live.name,
    )
