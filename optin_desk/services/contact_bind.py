"""One chained "bind" event for the contacts whose events were recorded before 0017a.

Events recorded since chain their person's keyed number hash (`contact_key`). Events recorded
before chain only `contact_id`, so the contact row's key was unbound until that person's next
event. On opening upgraded records (with the key), one shop event states the sha256 of every
(contact id, contact key) pair then on file; `verify` recomputes it from the contact rows, so
a key changed or swapped in the file (together with the numbers) is caught for them too.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.shop_events import RECORDS_SCOPE
from optin_desk.storage.models import ConsentEvent, Contact
from optin_desk.storage.shop_events import append_shop_event, shop_events

BIND_ACTION = "bind_contacts"


def pairs_digest(session: Session, through: int) -> tuple[int, str]:
    """How many keyed contacts with an id up to `through`, and the sha256 of their pairs."""
    digest = hashlib.sha256()
    count = 0
    rows = session.execute(
        select(Contact.id, Contact.contact_key)
        .where(Contact.id <= through, Contact.contact_key.is_not(None))
        .order_by(Contact.id)
    )
    for contact_id, key in rows:
        digest.update(f"{contact_id}:{key}\n".encode("ascii"))
        count += 1
    return count, digest.hexdigest()


def bind_old_contacts(session: Session) -> int | None:
    """Append the bind event when events from before 0017a exist and none was made; its id.

    Call after every contact with a number got its key (no commit)."""
    if shop_events(session, BIND_ACTION):
        return None
    unbound = session.scalar(
        select(ConsentEvent.id)
        .where(ConsentEvent.contact_id.is_not(None), ConsentEvent.contact_key.is_(None))
        .limit(1)
    )
    if unbound is None:
        return None
    through = session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0
    count, digest = pairs_digest(session, through)
    return append_shop_event(
        session,
        BIND_ACTION,
        RECORDS_SCOPE,
        {"through_contact": through, "pairs": count, "sha256": digest},
    )


def bind_problems(session: Session) -> str:
    """'' when every bind event still matches the contact rows, else what changed."""
    for event in shop_events(session, BIND_ACTION):
        through = event.details.get("through_contact")
        if not isinstance(through, int):
            text = QT_TRANSLATE_NOOP("Messages", "the bind of event {event} names no contacts")
            return Said(text, event=event.event_id)
        count, digest = pairs_digest(session, through)
        if (count, digest) != (event.details.get("pairs"), event.details.get("sha256")):
            text = QT_TRANSLATE_NOOP(
                "Messages",
                "the contacts' keys no longer match what event {event} bound: a contact's key"
                " was changed, swapped or removed in the file",
            )
            return Said(text, event=event.event_id)
    return ""
