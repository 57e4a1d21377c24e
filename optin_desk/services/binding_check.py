"""What `verify` adds to the chain for the contacts: their numbers against their keyed hashes.

The chain binds each new event to `contact_key`, and storage.ledger checks that the contact
row an event names holds that key. Here each number still on file is hashed under the records
key and compared with its row's key, so two people's numbers swapped in the file are named;
and events whose texts were erased (taken on trust) must belong to a person who was erased.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.chain import ChainReport
from optin_desk.domain.commitment import contact_key
from optin_desk.services.contact_bind import bind_problems
from optin_desk.services.records_key import MISSING_KEY, records_key
from optin_desk.storage.models import ConsentEvent, Contact

CHUNK = 900


def check_binding(session: Session, report: ChainReport) -> ChainReport:
    """The chain's report with the contacts' numbers checked against their keys."""
    if not report.ok:
        return report
    key = records_key(session, make=False)
    rows = session.execute(
        select(Contact.id, Contact.phone_e164, Contact.contact_key)
        .where(Contact.phone_e164.is_not(None))
        .order_by(Contact.id)
    )
    changed: list[int] = []
    unkeyed = 0
    for contact_id, phone, keyed in rows:
        if keyed is None:
            unkeyed += 1
        elif key is not None and contact_key(key, str(phone)) != keyed:
            changed.append(contact_id)
    if changed:
        return replace(
            report,
            ok=False,
            broken_event_id=None,
            problem=(
                f"the number of contact {', '.join(map(str, changed[:10]))}"
                + (f" and {len(changed) - 10} more" if len(changed) > 10 else "")
                + " is not the number its key was made from: numbers were swapped or changed "
                "in the file"
            ),
        )
    rebound = bind_problems(session)
    if rebound:
        return replace(report, ok=False, broken_event_id=None, problem=rebound)
    trusted_but_kept = _trusted_with_a_number(session, report.taken_on_trust)
    if trusted_but_kept:
        return replace(
            report,
            ok=False,
            broken_event_id=trusted_but_kept,
            problem="its texts are marked erased on request, but its person was never erased",
        )
    notes = report.notes
    if key is None and (unkeyed or _any_keyed(session)):
        notes = (*notes, MISSING_KEY)
    return replace(report, notes=notes)


def _any_keyed(session: Session) -> bool:
    return (
        session.scalar(select(Contact.id).where(Contact.contact_key.is_not(None)).limit(1))
        is not None
    )


def _trusted_with_a_number(session: Session, event_ids: tuple[int, ...]) -> int | None:
    """The first event taken on trust whose person still has a number on file."""
    for start in range(0, len(event_ids), CHUNK):
        found = session.scalar(
            select(ConsentEvent.id)
            .join(Contact, Contact.id == ConsentEvent.contact_id)
            .where(
                ConsentEvent.id.in_(event_ids[start : start + CHUNK]),
                Contact.phone_e164.is_not(None),
            )
            .order_by(ConsentEvent.id)
            .limit(1)
        )
        if found is not None:
            return int(found)
    return None
