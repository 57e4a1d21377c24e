"""What appending to the ledger refuses to build on: changes made behind the program's back.

The chain lets `verify` find any change; these checks stop a write from building on one
where it would hide what was lost: a ledger whose last event is not its head's, and a
person's opt-out that the events left no longer make (a deleted opt-out row would otherwise
come undone when their state is folded again for an unrelated write).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import Action, Category, ConsentState, CurrentConsent, scope_covers
from optin_desk.domain.verify_findings import (
    OPT_OUT_WOULD_BE_LOST,
    TAIL_NOT_HEAD,
    RecordsChangedError,
)
from optin_desk.storage.models import ConsentEvent, ConsentStateRow, Contact, LedgerHead


class _Written(Protocol):
    """What guard_before needs of a new event."""

    @property
    def action(self) -> Action: ...

    @property
    def contact_id(self) -> int | None: ...


def guard_before(
    session: Session, head: LedgerHead, new_events: Sequence[_Written]
) -> dict[int, set[str]]:
    """Refuse to append after a last event that is not the head's (unless every new event is
    an opt-out: those are always recorded); the categories each person written is opted out
    of, as the state table says, for `guard_after`."""
    if not all(new.action is Action.OPT_OUT for new in new_events) and not _tail_is_head(
        session, head
    ):
        raise RecordsChangedError(TAIL_NOT_HEAD)
    written = sorted({new.contact_id for new in new_events if new.contact_id is not None})
    return _opted_out(session, written)


def guard_after(
    session: Session,
    contact_id: int,
    consent: Mapping[str, CurrentConsent],
    held: set[str],
    stored: Iterable[ConsentEvent],
    categories: Sequence[Category],
) -> None:
    """Refuse a person's new state that ends an opt-out none of the new events may end."""
    ours = [event for event in stored if event.contact_id == contact_id]
    for key in sorted(held):
        now = consent.get(key)
        if now is not None and now.state is ConsentState.OPTED_OUT:
            continue
        if not any(_may_end(event, key, categories) for event in ours):
            label = next((c.label for c in categories if c.key == key), key)
            raise RecordsChangedError(
                OPT_OUT_WOULD_BE_LOST, phone=_number_of(session, contact_id), kind=label
            )


def _tail_is_head(session: Session, head: LedgerHead) -> bool:
    """Whether the ledger's last event is the one its head row names (an empty ledger: yes):
    that event is there with the head's hash, and none comes after it (two searches of the
    key, never a walk over the events)."""
    if head.event_count == 0:
        return True
    named = session.scalar(select(ConsentEvent.hash).where(ConsentEvent.id == head.last_event_id))
    later = session.scalar(
        select(ConsentEvent.id).where(ConsentEvent.id > head.last_event_id).limit(1)
    )
    return named == head.head_hash and later is None


def _opted_out(session: Session, contact_ids: Sequence[int]) -> dict[int, set[str]]:
    """The categories each of these contacts is opted out of, as the state table says."""
    found: dict[int, set[str]] = {}
    if not contact_ids:
        return found
    rows = session.execute(
        select(ConsentStateRow.contact_id, ConsentStateRow.category_key).where(
            ConsentStateRow.contact_id.in_(contact_ids),
            ConsentStateRow.state == ConsentState.OPTED_OUT.value,
        )
    )
    for contact_id, key in rows:
        found.setdefault(contact_id, set()).add(key)
    return found


def _may_end(event: ConsentEvent, key: str, categories: Sequence[Category]) -> bool:
    """Whether a new event may end an opt-out of `key`: the person's own opt-in covering it,
    or a void (staff voiding a mistaken entry, with its reason)."""
    if event.action == Action.VOID.value:
        return True
    if event.action != Action.OPT_IN.value:
        return False
    category = next((c for c in categories if c.key == key), None)
    return category is not None and scope_covers(event.scope, category)


def _number_of(session: Session, contact_id: int) -> str:
    return session.scalar(select(Contact.phone_e164).where(Contact.id == contact_id)) or "?"
