"""Restoring a backup without rolling anything back that protects a person.

The backup is opened strictly read-only and copied to a working file beside the records. Then,
holding the write lock of the live records from their snapshot (kept beside them) to the swap:
every opt-out and erasure the live records gained since the backup is recorded again in the
working copy, as new ledger entries that say so; the chain is checked; and the working copy's
rows replace the live ones in one transaction. Writers wait meanwhile; none is lost.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.consent import Action, Method
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.backup_files import check_records_file
from optin_desk.services.contacts import get_or_create_contact
from optin_desk.services.erasure import KEY_SETTING, erase_contact, keyed_hash
from optin_desk.services.errors import InputError
from optin_desk.services.optouts import add_confirmation_sent
from optin_desk.services.owner import PIN_KEY, pin_is_set, require_owner
from optin_desk.services.restore_plan import REPLACED_KEY, RestorePlan, plan_restore
from optin_desk.services.shop_texts import put_setting
from optin_desk.storage.backup import copy_backup, hold_live
from optin_desk.storage.engine import Database, open_backup, open_database
from optin_desk.storage.ledger import NewEvent, append_events, verify_ledger
from optin_desk.storage.models import Contact, ErasedNumber

STAMP = "%Y%m%dT%H%M%SZ"
RESTORE_KEY = "restore.last"


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    events: int
    head: str
    replaced_kept_at: Path | str
    """The kept file, or on a server the kept database's name."""
    plan: RestorePlan
    erased_again: int = 0


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


def _refuse_other_shop(
    database: Database, plan: RestorePlan, other_shop: bool, pin: str | None
) -> None:
    if plan.same_shop:
        return
    if not other_shop:
        raise InputError(
            "the backup is not a copy of these records (another shop's, or they went their own "
            "way after event "
            f"{plan.shared_events}); to replace them anyway give --other-shop and the owner PIN"
        )
    with database.reading() as session:  # the restore may hold the write lock already
        if not pin_is_set(session) or not pin:
            raise InputError(
                "restoring another shop's records needs the owner PIN: set one with "
                "'optin-desk pin', then give it with --pin"
            )


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
        raise InputError("that file is the records themselves")
    check_records_file(source)
    _refuse_other_shop(database, preview_restore(database, source), other_shop, pin)
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
                _refuse_other_shop(database, plan, other_shop, pin)
                erased = _reapply(copy, plan, source.name, pin)
                with copy.reading() as session:
                    report = verify_ledger(session)
                if not report.ok:
                    raise InputError(f"the restored copy fails its ledger check: {report.problem}")
                copy.dispose()
                hold.replace_with_restored()
            swapped = True
        finally:
            copy.dispose()
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        reason = " ".join(str(getattr(error, "orig", error)).split())
        raise InputError(
            f"the restore failed ({reason}); the records were left as they were"
        ) from error
    finally:  # no copy of personal data is left behind; the kept one only when it is needed
        leftovers = [work.with_name(work.name + s) for s in ("", "-wal", "-shm", "-journal")]
        for leftover in leftovers if swapped else [*leftovers, kept]:
            leftover.unlink(missing_ok=True)
    database.dispose()
    return Restored(report.count, report.head, kept, plan, erased)


def _unused(live: Path, what: str, stamp: str) -> Path:
    """A name beside the records that no earlier restore used (two may fall in one second)."""
    for count in range(1000):
        tail = f"-{count}" if count else ""
        path = live.with_name(f"{live.stem}.{what}-{stamp}{tail}{live.suffix}")
        if not path.exists():
            return path
    raise InputError(f"too many restores of {live.name} this second; try again")


def _reapply(copy: Database, plan: RestorePlan, source_name: str, pin: str | None) -> int:
    """Record the live records' later opt-outs and erasures again in the restored copy."""
    now = utc_now()
    with copy.sessions() as session:
        carried = dict(plan.carried_settings)
        put_setting(session, PIN_KEY, carried.get(PIN_KEY, ""))
        put_setting(session, REPLACED_KEY, carried.get(REPLACED_KEY, "[]"))
        live_key = carried.get(KEY_SETTING, "")
        if live_key and plan.erasures_not_carried == 0:
            put_setting(session, KEY_SETTING, live_key)
            for erasure in plan.erasures:
                if session.get(ErasedNumber, erasure.keyed_hash) is None:
                    session.add(
                        ErasedNumber(
                            keyed_hash=erasure.keyed_hash,
                            erased_at=erasure.erased_at,
                            recorded_by=(erasure.recorded_by + " (re-applied after a restore)")[
                                :100
                            ],
                        )
                    )
        for opt_out in plan.opt_outs:
            contact = get_or_create_contact(session, opt_out.phone, opt_out.name, opt_out.language)
            recorded = from_canonical(opt_out.recorded_at)
            stored = append_events(
                session,
                [
                    NewEvent(
                        contact_id=contact.id,
                        action=Action.OPT_OUT,
                        scope=opt_out.scope,
                        method=Method(opt_out.method),
                        occurred_at=opt_out.occurred_at,
                        recorded_at=canonical(now),
                        recorded_by=opt_out.recorded_by,
                        customer_words=opt_out.customer_words,
                        reason=opt_out.reason,
                        language=opt_out.language,
                        confirmation_text=opt_out.confirmation_text,
                        note=(
                            f"re-applied after a restore from {source_name}: event "
                            f"{opt_out.event_id}, recorded {recorded.isoformat()}"
                        )[:2000],
                    )
                ],
            )
            if opt_out.sent_at is not None:
                add_confirmation_sent(
                    session,
                    stored[0].id,
                    from_canonical(opt_out.sent_at),
                    opt_out.sent_by,
                    opt_out.sent_from,
                )
        session.commit()
        to_erase = _numbers_to_erase(copy, live_key, {e.keyed_hash for e in plan.erasures})
    for e164 in to_erase:
        with copy.sessions() as session:
            erase_contact(session, e164, "re-applied after a restore", copy, pin)
    with copy.sessions() as session:
        put_setting(
            session,
            RESTORE_KEY,
            json.dumps(
                {
                    "at": canonical(now),
                    "from": source_name,
                    "backup_head": plan.backup_head,
                    "opt_outs": [[o.event_id, o.recorded_at] for o in plan.opt_outs],
                    "erasures": [[e.keyed_hash, e.erased_at] for e in plan.erasures],
                }
            ),
        )
        session.commit()
    return len(to_erase)


def _numbers_to_erase(copy: Database, key: str, erased: set[str]) -> list[str]:
    """The restored copy's numbers that the live records erased."""
    if not key or not erased:
        return []
    secret = bytes.fromhex(key)
    with copy.reading() as session:
        numbers = session.scalars(select(Contact.phone_e164).where(Contact.phone_e164.is_not(None)))
        return [e164 for e164 in numbers if e164 and keyed_hash(secret, e164) in erased]
