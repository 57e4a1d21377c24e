"""Bulk appends for large loads (demo data, imports): driver inserts, one chain, one transaction.

The ORM path (`ledger.append_events`) is right for one person at a time; loading a hundred
thousand people through it would take minutes. This path numbers and chains events exactly
the same way, and derives current consent with the same pure fold. Rows go to the driver's
own `executemany` as tuples: building a parameter dict per row through SQLAlchemy cost as
much as the insert itself. Each event's commitment and link hash are made by `bulk_chain`
(the same bytes as the one-event path, without its per-event dicts and encoders).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from optin_desk.domain.chain import CHAINED_FIELDS
from optin_desk.domain.commitment import ContactKeyer
from optin_desk.domain.consent import (
    FORM_METHODS,
    FORM_SERIAL_NEEDED,
    Action,
    Category,
    ConsentState,
    LedgerEntry,
    Method,
    fold_consent,
    scope_covers,
)
from optin_desk.domain.messages import WordedError
from optin_desk.domain.when import canonical, from_canonical
from optin_desk.storage.bulk_chain import Chainer, record_ids, salts
from optin_desk.storage.ledger import NewEvent, load_categories, lock_head
from optin_desk.storage.merkle_blocks import seal_blocks
from optin_desk.storage.models import Base, ConsentEvent, ConsentStateRow, Contact
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
    "texts_sha256",  # the chained fields, as each row is built below: then what is beside them
    "wording_id",
    "prev_hash",
    "hash",
    "texts_salt",
)
_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", re.ASCII)
"""The text `canonical` writes: a moment given so is its own canonical form (no converting)."""
_STATE_COLUMNS = ("contact_id", "category_key", "state", "event_id", "since")


class NewContact(NamedTuple):
    """A person to add, with the events that belong to them (contact_id is filled in here).

    A void in `events` names the event it cancels by its position in this same list. A plain
    tuple: a frozen dataclass cost three times as much to make, once a person of a load.
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
    the records, and these events are left unbound). A paper-form opt-in that names no form
    serial is refused before any row is inserted."""
    if not people:
        return 0
    session.flush()  # what the ORM holds goes first: the rows below bypass it
    head = lock_head(session)
    first_contact = (session.scalar(select(func.max(Contact.id))) or 0) + 1
    contact_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    state_rows: list[tuple[object, ...]] = []
    states = _States(load_categories(session))
    keyer = None if records_key is None else ContactKeyer(records_key)
    previous = head.head_hash
    next_event = head.last_event_id + 1
    chainer = Chainer()
    salt_of = salts(sum(len(person.events) for person in people))
    record_id = record_ids(len(people))
    value = {member: member.value for member in (*Action, *Method)}  # not a property a row
    for contact_id, person in enumerate(people, start=first_contact):
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
                next(record_id),
            )
        )
        first_of_person = next_event
        for new in person.events:
            (  # one unpacking, not a property call a field
                _,
                action,
                scope,
                method,
                occurred_at,
                recorded_at,
                recorded_by,
                wording_id,
                wording_sha256,
                form_serial,
                evidence_sha256,
                note,
                voids,
                reason,
                customer_words,
                language,
                confirmation_text,
                occurred_on,
            ) = new
            if not form_serial and action is Action.OPT_IN and method in FORM_METHODS:
                raise WordedError(FORM_SERIAL_NEEDED)  # before any row is inserted (rule 6)
            voided = None if voids is None else first_of_person + voids
            salt = next(salt_of)
            committed = chainer.commit(
                salt, (confirmation_text or "", customer_words or "", note or "", reason or "")
            )
            digest = chainer.link(previous, new, (next_event, contact_id, voided, keyed, committed))
            event_rows.append(
                (
                    next_event,
                    contact_id,
                    value[action],
                    scope,
                    value[method],
                    occurred_at,
                    recorded_at,
                    recorded_by,
                    wording_sha256,
                    form_serial,
                    evidence_sha256,
                    note,
                    voided,
                    reason,
                    customer_words,
                    language,
                    confirmation_text,
                    occurred_on,
                    keyed,
                    committed,
                    wording_id,
                    previous,
                    digest,
                    salt.hex(),
                )
            )
            previous = digest
            next_event += 1
        states.add(state_rows, contact_id, first_of_person, person.events)
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
    seal_blocks(session, head.event_count)
    return len(event_rows)


def _since(given: str) -> str:
    """The stored form of a moment as given (most are given in it already)."""
    return given if _CANONICAL.fullmatch(given) else canonical(from_canonical(given))


class _States:
    """Each new person's current consent rows, derived with the pure fold.

    A person whose one event is an opt-in or an opt-out (most of a load) holds that answer for
    every category its scope covers, which is what the fold decides for a lone live event:
    that case is written straight from the scope, without the fold's per-event entries."""

    def __init__(self, categories: Sequence[Category]) -> None:
        self._categories = categories
        self._covered: dict[str, tuple[str, ...]] = {}

    def _keys(self, scope: str) -> tuple[str, ...]:
        keys = self._covered.get(scope)
        if keys is None:
            keys = tuple(c.key for c in self._categories if scope_covers(scope, c))
            self._covered[scope] = keys
        return keys

    def add(
        self,
        rows: list[tuple[object, ...]],
        contact_id: int,
        first_event: int,
        events: Sequence[NewEvent],
    ) -> None:
        """Append the state rows of one person whose events were numbered from `first_event`."""
        if len(events) == 1:
            only = events[0]
            state = _ANSWERS.get(only.action)
            if state is not None:
                since = _since(only.occurred_at)
                rows.extend(
                    (contact_id, k, state, first_event, since) for k in self._keys(only.scope)
                )
                return
        entries: list[LedgerEntry] = []
        given_at: dict[int | None, str] = {}  # each event's occurred_at as given
        for event_id, new in enumerate(events, start=first_event):
            voided = first_event + new.voided_event_id if new.voided_event_id is not None else None
            entries.append(
                LedgerEntry(
                    event_id,
                    new.action,
                    new.scope,
                    new.method,
                    from_canonical(new.occurred_at),
                    voided,
                    date.fromisoformat(new.occurred_on) if new.occurred_on else None,
                )
            )
            given_at[event_id] = new.occurred_at
        for key, current in fold_consent(entries, self._categories).items():
            if current.state is ConsentState.NONE or current.since is None:
                continue
            since = given_at[current.event_id]
            if not _CANONICAL.fullmatch(since):
                since = canonical(current.since)
            rows.append((contact_id, key, current.state.value, current.event_id, since))


_ANSWERS = {
    Action.OPT_IN: ConsentState.OPTED_IN.value,
    Action.OPT_OUT: ConsentState.OPTED_OUT.value,
}
"""The state a lone opt-in or opt-out sets."""
