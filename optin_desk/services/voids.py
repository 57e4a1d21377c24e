"""Voids: a mistaken event is cancelled by a new event that keeps the reason; nothing is erased."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import Action, Method
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.when import canonical, utc_now
from optin_desk.services.consent import MAX_NOTE, Recorded, clean_text, staff_name
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.storage.ledger import NewEvent, append_events
from optin_desk.storage.models import ConsentEvent, Contact


def void_event(
    session: Session, event_id: int, reason: str, by: str = "", pin: str | None = None
) -> Recorded:
    """Cancel a mistaken event with a reason (a new void event; nothing is erased); commit.

    Voiding an opt-out opts the person back in: that needs the owner PIN."""
    return void_events(session, [event_id], reason, by, pin)


def void_events(
    session: Session, event_ids: Sequence[int], reason: str, by: str = "", pin: str | None = None
) -> Recorded:
    """Cancel mistaken events of one person together (e.g. a whole sign-up); commit.

    Voiding an opt-out needs the owner PIN (when one is set); voiding an opt-in does not."""
    reason = clean_text(reason, MAX_NOTE, "reason")
    if not reason:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "say why the event is voided (--reason): the reason is kept with it"
            )
        )
    targets = []
    for event_id in dict.fromkeys(event_ids):
        target = session.get(ConsentEvent, event_id)
        if target is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "there is no event {event_id}; see 'optin-desk history NUMBER'"
                ),
                event_id=event_id,
            )
        if target.contact_id is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "event {event_id} is about the shop, not a person: it stands"
                ),
                event_id=event_id,
            )
        if target.action == Action.VOID.value:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "event {event_id} is itself a void and cannot be voided"
                ),
                event_id=event_id,
            )
        already = session.scalars(
            select(ConsentEvent.id).where(ConsentEvent.voided_event_id == event_id)
        ).first()
        if already is not None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "event {event_id} was already voided by event {already}"
                ),
                event_id=event_id,
                already=already,
            )
        targets.append(target)
    if not targets:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "choose the event to void"))
    people = {t.contact_id for t in targets}
    if len(people) != 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "events of different people are voided one person at a time"
            )
        )
    person = people.pop()
    assert person is not None  # shop events were refused above
    if any(t.action == Action.OPT_OUT.value for t in targets):
        require_owner(session, pin)  # it would opt the person back in
    now = canonical(utc_now())
    staff = staff_name(by)
    stored = append_events(
        session,
        [
            NewEvent(
                contact_id=person,
                action=Action.VOID,
                scope=target.scope,
                method=Method(target.method),
                occurred_at=now,
                recorded_at=now,
                recorded_by=staff,
                voided_event_id=target.id,
                reason=reason,
            )
            for target in targets
        ],
    )
    session.commit()
    contact = session.get(Contact, person)
    assert contact is not None
    return Recorded(
        contact.phone_e164 or "",
        contact.name,
        tuple(e.id for e in stored),
        scopes=tuple(t.scope for t in targets),
    )
