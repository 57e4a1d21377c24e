"""Re-applying, to restored records, what protects a person: every later opt-out and erasure.

Shared by the restore of a SQLite file and of a server's dump.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import Action, Method
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.program_notes import REAPPLIED, written
from optin_desk.domain.shop_events import RECORDS_SCOPE, ShopAction
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.contacts import get_or_create_contact
from optin_desk.services.erasure import KEY_SETTING, erase_contact, keyed_hash
from optin_desk.services.errors import InputError
from optin_desk.services.optouts import add_confirmation_sent
from optin_desk.services.owner import PIN_KEY, pin_is_set, state_pin
from optin_desk.services.records_key import RECORDS_ID_SETTING, records_key
from optin_desk.services.restore_plan import REPLACED_KEY, RestorePlan
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.engine import Database
from optin_desk.storage.ledger import NewEvent, append_events
from optin_desk.storage.models import Contact, ErasedNumber
from optin_desk.storage.shop_events import append_shop_event

RESTORE_KEY = "restore.last"
"""Setting naming the last restore (what it re-applied), for the next one to read."""


def refuse_other_shop(
    database: Database, plan: RestorePlan, other_shop: bool, pin: str | None
) -> None:
    if plan.same_shop:
        return
    if not other_shop:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the backup is not a copy of these records (another shop's, or they "
                "went their own way after event {shared_events}); to replace them "
                "anyway give --other-shop and the owner PIN",
            ),
            shared_events=plan.shared_events,
        )
    with database.reading() as session:  # the restore may hold the write lock already
        if not pin_is_set(session) or not pin:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "restoring another shop's records needs the owner PIN: set one with "
                    "'optin-desk pin', then give it with --pin",
                ),
            )


def reapply(copy: Database, plan: RestorePlan, source_name: str, pin: str | None) -> int:
    """Record the live records' later opt-outs and erasures again in the restored copy."""
    now = utc_now()
    with copy.sessions() as session:
        carried = dict(plan.carried_settings)
        put_setting(session, PIN_KEY, carried.get(PIN_KEY, ""))
        state_pin(session, carried.get(PIN_KEY, ""))  # the backup's ledger may state another
        put_setting(session, REPLACED_KEY, carried.get(REPLACED_KEY, "[]"))
        live_id, legacy = carried.get(RECORDS_ID_SETTING, ""), carried.get(KEY_SETTING, "")
        if (live_id or legacy) and plan.erasures_not_carried == 0:
            if live_id and get_setting(session, RECORDS_ID_SETTING) in ("", live_id):
                put_setting(session, RECORDS_ID_SETTING, live_id)  # never over another's key
            if legacy:
                put_setting(session, KEY_SETTING, legacy)
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
                        note=written(
                            REAPPLIED,
                            file=source_name,
                            event=str(opt_out.event_id),
                            recorded=recorded.isoformat(),
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
        key = records_key(session, make=False) if (live_id or legacy) else None
        to_erase = numbers_to_erase(
            copy, key.hex() if key else "", {e.keyed_hash for e in plan.erasures}
        )
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
        append_restore_event(session, plan, source_name)
        session.commit()
    return len(to_erase)


def append_restore_event(session: Session, plan: RestorePlan, source_name: str) -> int:
    """State the restore in the restored ledger (a chained shop event, after everything it
    re-applied): the head and count of the records it replaced, the backup's, and the hashes
    of the replaced events it dropped, so checkpoints of those records still explain
    themselves (services.checkpoints)."""
    dropped = plan.dropped_hashes
    return append_shop_event(
        session,
        ShopAction.RESTORE,
        RECORDS_SCOPE,
        {
            "from": source_name[:300],
            "replaced_events": plan.live_events,
            "replaced_head": plan.live_head,
            "backup_events": plan.backup_events,
            "backup_head": plan.backup_head,
            "shared_events": plan.shared_events,
            "dropped": None if dropped is None else "".join(dropped),
        },
    )


def numbers_to_erase(copy: Database, key: str, erased: set[str]) -> list[str]:
    """The restored copy's numbers that the live records erased."""
    if not key or not erased:
        return []
    secret = bytes.fromhex(key)
    with copy.reading() as session:
        numbers = session.scalars(select(Contact.phone_e164).where(Contact.phone_e164.is_not(None)))
        return [e164 for e164 in numbers if e164 and keyed_hash(secret, e164) in erased]
