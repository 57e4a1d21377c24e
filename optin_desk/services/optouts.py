"""After an opt-out: marking its confirmation sent, what is still waiting, the suppression list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import literal, select
from sqlalchemy.orm import Session, aliased

from optin_desk.documents.csv_out import write_csv
from optin_desk.domain.consent import Action, ConsentState, Method
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.when import canonical, from_canonical, local_display, utc_now
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.storage.models import (
    ConfirmationSent,
    ConsentEvent,
    ConsentStateRow,
    Contact,
)

TYPED_TO_THE_MINUTE = timedelta(minutes=1)
"""A sending time typed to the minute may read just before an opt-out recorded seconds in."""

SUPPRESSION_HEADER = ("phone", "name", "category", "since", "event_id")


def refuse_sent_before(sent_at: datetime, given: datetime) -> None:
    """Refuse a confirmation said to have gone out before the opt-out being recorded (which
    has no entry yet: the sentence names the two times, no event)."""
    if sent_at > utc_now() + timedelta(minutes=2):
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the confirmation cannot have been sent in the future")
        )
    if sent_at < given - TYPED_TO_THE_MINUTE:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the confirmation cannot have been sent ({sent}) before the opt-out it confirms "
                "({given}); if the person opted out earlier, record the opt-out with the time "
                "they did",
            ),
            sent=local_display(sent_at),
            given=local_display(given),
        )


def add_confirmation_sent(
    session: Session, event_id: int, sent_at: datetime, by: str = "", sent_from: str = ""
) -> None:
    """Note when (and from which of the shop's numbers) a confirmation went out; no commit."""
    if sent_at > utc_now() + timedelta(minutes=2):
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the confirmation cannot have been sent in the future")
        )
    event = session.get(ConsentEvent, event_id)
    if event is None or event.action != Action.OPT_OUT.value:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "event {event_id} is not an opt-out"),
            event_id=event_id,
        )
    given = from_canonical(event.occurred_at)
    if sent_at < given - TYPED_TO_THE_MINUTE:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the confirmation cannot have been sent before the opt-out it confirms "
                "(event {event_id}, given {given}); if the person opted out earlier, record "
                "the opt-out with the time they did",
            ),
            event_id=event_id,
            given=local_display(given),
        )
    if session.get(ConfirmationSent, event_id) is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the confirmation of event {event_id} is already marked sent"
            ),
            event_id=event_id,
        )
    session.add(
        ConfirmationSent(
            event_id=event_id, sent_at=canonical(sent_at), recorded_by=by, sent_from=sent_from
        )
    )


def mark_confirmation_sent(
    session: Session,
    event_id: int,
    sent_at: datetime | None = None,
    by: str = "",
    sent_from: str = "",
) -> None:
    """Mark an opt-out's confirmation as sent (now by default); commit."""
    add_confirmation_sent(session, event_id, sent_at or utc_now(), by, sent_from)
    session.commit()


@dataclass(frozen=True)
class PendingConfirmation:
    """An opt-out whose confirmation is not marked sent yet."""

    event_id: int
    phone: str
    name: str
    scope: str
    recorded_at: datetime
    waiting: timedelta
    confirmation_text: str


def pending_confirmations(session: Session) -> list[PendingConfirmation]:
    """Opt-outs still waiting for their confirmation, oldest first.

    Voided opt-outs are left out, and so are imported ones (the tool they came from sent
    theirs) and those made with WhatsApp's own stop button (WhatsApp confirmed them).
    """
    voider = aliased(ConsentEvent)
    now = utc_now()
    rows = session.execute(
        select(ConsentEvent, Contact.phone_e164, Contact.name)
        .join(Contact, Contact.id == ConsentEvent.contact_id)
        .outerjoin(ConfirmationSent, ConfirmationSent.event_id == ConsentEvent.id)
        .outerjoin(voider, voider.voided_event_id == ConsentEvent.id)
        .where(
            # a literal, not a parameter: what lets the planners use the opt-outs' own index
            ConsentEvent.action == literal(Action.OPT_OUT.value, literal_execute=True),
            ConsentEvent.method.not_in((Method.IMPORT.value, Method.WHATSAPP_STOP_BUTTON.value)),
            ConfirmationSent.event_id.is_(None),
            voider.id.is_(None),
        )
        .order_by(ConsentEvent.recorded_at, ConsentEvent.id)
    ).all()
    return [
        PendingConfirmation(
            event.id,
            phone or "",
            name,
            event.scope,
            from_canonical(event.recorded_at),
            now - from_canonical(event.recorded_at),
            event.confirmation_text,
        )
        for event, phone, name in rows
    ]


def export_suppression(session: Session, target: Path, pin: str | None = None) -> int:
    """Everyone opted out of something: one row per person and category, with the date.

    Every name and number: it needs the owner PIN (when one is set)."""
    require_owner(session, pin)
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; choose another place"
            ),
            parent=target.parent,
        )
    rows = session.execute(
        select(
            Contact.phone_e164,
            Contact.name,
            ConsentStateRow.category_key,
            ConsentStateRow.since,
            ConsentStateRow.event_id,
        )
        .join(Contact, Contact.id == ConsentStateRow.contact_id)
        .where(
            ConsentStateRow.state == ConsentState.OPTED_OUT.value,
            Contact.phone_e164.is_not(None),
        )
        .order_by(Contact.phone_e164, ConsentStateRow.category_key)
    )
    try:
        return write_csv(
            target,
            SUPPRESSION_HEADER,
            ((phone, name, key, since, event_id) for phone, name, key, since, event_id in rows),
            safe_columns=("phone", "category", "since"),
        )
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {target}: {problem}"),
            target=target,
            problem=error.strerror or error,
        ) from error
