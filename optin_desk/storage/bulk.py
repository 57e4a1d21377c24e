"""Bulk appends for large loads (demo data, imports): driver inserts, one chain, one transaction.

The ORM path (`ledger.append_events`) is right for one person at a time; loading a hundred
thousand people through it would take minutes. This path numbers and chains events exactly
the same way, and derives current consent with the same pure fold. Rows go to the driver's
own `executemany` as tuples: building a parameter dict per row through SQLAlchemy cost as
much as the insert itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from optin_desk.domain.chain import CHAINED_FIELDS, ChainValue, link_hash
from optin_desk.domain.commitment import ContactKeyer, commit_texts
from optin_desk.domain.consent import Action, ConsentState, LedgerEntry, Method, fold_consent
from optin_desk.domain.when import canonical, from_canonical
from optin_desk.storage.ledger import NewEvent, load_categories, lock_head, new_salt
from optin_desk.storage.models import Base, ConsentEvent, ConsentStateRow, Contact, new_record_id
from optin_desk.storage.sequences import advance_sequence

_CONTACT_COLUMNS = (
    "id",
    "phone_e164",
    "phone_raw",
    "name",
    "language",
    "created_at",
    "contact_key",
    "record_id",
)
_EVENT_COLUMNS = (
    "id",  # the chained event_id
    *CHAINED_FIELDS[1:],
    "occurred_on",
    "contact_key",
    "texts_sha256",  # the fields' own order, as built below: then what is stored beside them
    "wording_id",
    "prev_hash",
    "hash",
    "texts_salt",
)
_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", re.ASCII)
"""The text `canonical` writes: a moment given so is its own canonical form (no converting)."""
_STATE_COLUMNS = ("contact_id", "category_key", "state", "event_id", "since")


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
    """The Core table of a model."""
    return Base.metadata.tables[model.__tablename__]


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Insert plain tuples (in `columns` order) with the driver's executemany."""
    if not rows:
        return
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "  # noqa: S608 (names are ours)
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    connection.exec_driver_sql(statement, list(rows))


def bulk_add(session: Session, people: Sequence[NewContact], records_key: bytes | None) -> int:
    """Insert new contacts and their chained events; return how many events were added.

    `records_key` is the records key that binds each person's number into the chain (None when
    this computer lacks it: the contacts get their keyed hash when a computer that has it opens
    the records, and these events are left unbound)."""
    if not people:
        return 0
    session.flush()  # what the ORM holds goes first: the rows below bypass it
    head = lock_head(session)
    first_contact = (session.scalar(select(func.max(Contact.id))) or 0) + 1
    contact_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[ChainValue, ...]] = []
    state_rows: list[tuple[object, ...]] = []
    categories = load_categories(session)
    keyer = None if records_key is None else ContactKeyer(records_key)
    previous = head.head_hash
    next_event = head.last_event_id + 1
    value = {member: member.value for member in (*Action, *Method)}  # not a property a row
    for offset, person in enumerate(people):
        contact_id = first_contact + offset
        keyed = None if keyer is None else keyer(person.phone_e164)
        contact_rows.append(
            (
                contact_id,
                person.phone_e164,
                person.phone_e164,
                person.name,
                person.language,
                person.created_at,
                keyed,
                new_record_id(),
            )
        )
        first_of_person = next_event
        entries: list[LedgerEntry] = []
        stored_at: dict[int | None, str] = {}  # each event's occurred_at as given, when canonical
        for new in person.events:
            voided = (
                first_of_person + new.voided_event_id if new.voided_event_id is not None else None
            )
            fields: dict[str, ChainValue] = {
                "event_id": next_event,
                "contact_id": contact_id,
                "action": value[new.action],
                "scope": new.scope,
                "method": value[new.method],
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
            event_rows.append((*fields.values(), new.wording_id, previous, digest, salt))
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
            if _CANONICAL.fullmatch(new.occurred_at):
                stored_at[next_event] = new.occurred_at
            previous = digest
            next_event += 1
        for key, current in fold_consent(entries, categories).items():
            if current.state is ConsentState.NONE or current.since is None:
                continue
            since = stored_at.get(current.event_id) or canonical(current.since)
            state_rows.append((contact_id, key, current.state.value, current.event_id, since))
    insert_rows(session, _table(Contact), _CONTACT_COLUMNS, contact_rows)
    advance_sequence(session, _table(Contact))
    if event_rows:
        insert_rows(session, _table(ConsentEvent), _EVENT_COLUMNS, event_rows)
        advance_sequence(session, _table(ConsentEvent))
    insert_rows(session, _table(ConsentStateRow), _STATE_COLUMNS, state_rows)
    head.last_event_id = next_event - 1
    head.event_count += len(event_rows)
    head.head_hash = previous
    session.flush()
    return len(event_rows)
