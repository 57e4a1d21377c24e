"""Bulk appends for large loads (demo data, imports): Core inserts, one chain, one transaction.

The ORM path (`ledger.append_events`) is right for one person at a time; loading a hundred
thousand people through it would take minutes. This path numbers and chains events exactly
the same way, and derives current consent with the same pure fold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from optin_desk.domain.chain import link_hash
from optin_desk.domain.commitment import commit_texts, contact_key
from optin_desk.domain.consent import ConsentState, LedgerEntry, fold_consent
from optin_desk.domain.when import canonical, from_canonical
from optin_desk.storage.ledger import NewEvent, load_categories, lock_head, new_salt
from optin_desk.storage.models import Base, ConsentEvent, ConsentStateRow, Contact, new_record_id
from optin_desk.storage.sequences import advance_sequence


@dataclass(frozen=True)
class NewContact:
    """A person to add, with the events that belong to them (contact_id is filled in here).

    A void in `events` names the event it cancels by its position in this same list.
    """

    phone_e164: str
    name: str
    language: str
    created_at: str
    events: Sequence[NewEvent]


def _table(model: type[Base]) -> Table:
    """The Core table of a model: inserting through it skips the ORM's per-row work."""
    return Base.metadata.tables[model.__tablename__]


def bulk_add(session: Session, people: Sequence[NewContact], records_key: bytes | None) -> int:
    """Insert new contacts and their chained events; return how many events were added.

    `records_key` is the records key that binds each person's number into the chain (None when this
    computer lacks it: the contacts get their keyed hash when a computer that has it opens
    the records, and these events are left unbound)."""
    if not people:
        return 0
    head = lock_head(session)
    first_contact = (session.scalar(select(func.max(Contact.id))) or 0) + 1
    contact_rows = []
    event_rows = []
    state_rows = []
    categories = load_categories(session)
    previous = head.head_hash
    next_event = head.last_event_id + 1
    for offset, person in enumerate(people):
        contact_id = first_contact + offset
        keyed = None if records_key is None else contact_key(records_key, person.phone_e164)
        contact_rows.append(
            {
                "id": contact_id,
                "phone_e164": person.phone_e164,
                "phone_raw": person.phone_e164,
                "name": person.name,
                "language": person.language,
                "created_at": person.created_at,
                "contact_key": keyed,
                "record_id": new_record_id(),
            }
        )
        first_of_person = next_event
        entries: list[LedgerEntry] = []
        for new in person.events:
            voided = (
                first_of_person + new.voided_event_id if new.voided_event_id is not None else None
            )
            fields = {
                "event_id": next_event,
                "contact_id": contact_id,
                "action": new.action.value,
                "scope": new.scope,
                "method": new.method.value,
                "occurred_at": new.occurred_at,
                "recorded_at": new.recorded_at,
                "recorded_by": new.recorded_by,
                "wording_sha256": new.wording_sha256,
                "form_serial": new.form_serial,
                "evidence_sha256": new.evidence_sha256,
                "note": new.note,
                "voided_event_id": voided,
                "reason": new.reason,
                "customer_words": new.customer_words,
                "language": new.language,
                "confirmation_text": new.confirmation_text,
                "occurred_on": new.occurred_on,
                "contact_key": keyed,
            }
            salt = new_salt()
            fields["texts_sha256"] = commit_texts(salt, fields)
            digest = link_hash(previous, fields)
            row = dict(fields)
            row["id"] = row.pop("event_id")
            row.update(wording_id=new.wording_id, prev_hash=previous, hash=digest, texts_salt=salt)
            event_rows.append(row)
            entries.append(
                LedgerEntry(
                    next_event,
                    new.action,
                    new.scope,
                    new.method,
                    from_canonical(new.occurred_at),
                    voided,
                    date.fromisoformat(new.occurred_on) if new.occurred_on else None,
                )
            )
            previous = digest
            next_event += 1
        for key, current in fold_consent(entries, categories).items():
            if current.state is ConsentState.NONE or current.since is None:
                continue
            state_rows.append(
                {
                    "contact_id": contact_id,
                    "category_key": key,
                    "state": current.state.value,
                    "event_id": current.event_id,
                    "since": canonical(current.since),
                }
            )
    session.execute(insert(_table(Contact)), contact_rows)
    advance_sequence(session, _table(Contact))
    if event_rows:
        session.execute(insert(_table(ConsentEvent)), event_rows)
        advance_sequence(session, _table(ConsentEvent))
    if state_rows:
        session.execute(insert(_table(ConsentStateRow)), state_rows)
    head.last_event_id = next_event - 1
    head.event_count += len(event_rows)
    head.head_hash = previous
    session.flush()
    return len(event_rows)
