"""The ledger: appending hash-chained consent events and keeping current consent in step.

Callers hold one transaction (BEGIN IMMEDIATE on SQLite) for the whole append: the next id,
the link hash, the insert, the head and the derived state either all land or none do.
"""

from __future__ import annotations

import gc
import secrets
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from optin_desk.domain.block_check import BlockCheck
from optin_desk.domain.chain import (
    CHAINED_FIELDS,
    GENESIS_HASH,
    OPTIONAL_CHAINED_FIELDS,
    STORED_ORDER,
    ChainReport,
    ChainRow,
    ChainValue,
    link_hash,
    verify_rows,
)
from optin_desk.domain.commitment import FREE_TEXT_FIELDS, SALT_BYTES, commit_texts
from optin_desk.domain.consent import (
    FORM_SERIAL_NEEDED,
    Action,
    Category,
    CategoryKind,
    ConsentState,
    CurrentConsent,
    LedgerEntry,
    Method,
    fold_consent,
    lacks_form_serial,
)
from optin_desk.domain.ledger_fold import LedgerFold
from optin_desk.domain.messages import WordedError
from optin_desk.domain.shop_events import ShopAction, decode_details
from optin_desk.domain.verify_findings import LEDGER_HEAD_MISSING, LedgerHeadMissingError
from optin_desk.domain.when import canonical, from_canonical
from optin_desk.storage.ledger_guard import guard_after, guard_before
from optin_desk.storage.merkle_blocks import seal_blocks
from optin_desk.storage.models import (
    CategoryRow,
    ConsentEvent,
    ConsentStateRow,
    Contact,
    LedgerHead,
)
from optin_desk.storage.verify_queries import STEPPED, contact_numbers


class NewEvent(NamedTuple):
    """What a caller knows of an event before the ledger numbers and chains it (immutable,
    and a plain tuple: a frozen dataclass of these fields cost three times as much to make,
    which a bulk load pays once an event)."""

    contact_id: int
    action: Action
    scope: str
    method: Method
    occurred_at: str
    recorded_at: str
    recorded_by: str = ""
    wording_id: int | None = None
    wording_sha256: str | None = None
    form_serial: str | None = None
    evidence_sha256: str | None = None
    note: str = ""
    voided_event_id: int | None = None
    reason: str = ""
    customer_words: str = ""
    language: str = ""
    confirmation_text: str = ""
    occurred_on: str | None = None


def chained_fields(event: ConsentEvent) -> dict[str, ChainValue]:
    """The fields of a stored event that the chain covers, in the form it covers them (free
    texts blank where a commitment stands for them)."""
    values: dict[str, ChainValue] = {
        name: getattr(event, name)
        for name in (*CHAINED_FIELDS, *OPTIONAL_CHAINED_FIELDS)
        if name != "event_id"
    }
    values["event_id"] = event.id
    if event.texts_sha256 is not None:
        values.update(dict.fromkeys(FREE_TEXT_FIELDS, ""))
    return values


def new_salt() -> str:
    """A fresh random salt for one event's texts commitment (hex)."""
    return secrets.token_hex(SALT_BYTES)


def contact_keys(session: Session, contact_ids: Iterable[int]) -> dict[int, str | None]:
    """The keyed number hash of each contact (None where it has none yet)."""
    wanted = sorted(set(contact_ids))
    found: dict[int, str | None] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        found.update(
            (row[0], row[1])
            for row in session.execute(
                select(Contact.id, Contact.contact_key).where(Contact.id.in_(chunk))
            )
        )
    return found


def ledger_kinds(session: Session) -> dict[str, CategoryKind]:
    """Each category's kind as the ledger's shop events last stated it (unnamed keys absent)."""
    rows = session.execute(
        select(ConsentEvent.scope, ConsentEvent.details)
        .where(
            ConsentEvent.contact_id.is_(None),
            ConsentEvent.action == ShopAction.CATEGORY_KIND.value,
        )
        .order_by(ConsentEvent.id)
    ).all()
    kinds: dict[str, CategoryKind] = {}
    for scope, details in rows:
        kind = decode_details(details).get("kind")
        if kind in KIND_VALUES:
            kinds[scope] = CategoryKind(str(kind))
    return kinds


KIND_VALUES = frozenset(kind.value for kind in CategoryKind)


def load_categories(session: Session, include_archived: bool = True) -> list[Category]:
    """The shop's categories, in their display order, each of the kind the ledger states.

    The kind comes from the chained shop events, never from the categories row alone: a row
    edited behind the program's back changes nothing the rules decide (verify names it). A
    category the ledger never named (none should be, since 0017c) keeps its row's kind."""
    query = select(CategoryRow).order_by(CategoryRow.position, CategoryRow.id)
    rows = session.scalars(query).all()
    kinds = ledger_kinds(session)
    return [
        Category(
            row.key,
            row.label,
            kinds.get(row.key) or CategoryKind(row.kind),
            row.description,
            archived=row.archived_at is not None,
        )
        for row in rows
        if include_archived or row.archived_at is None
    ]


def lock_head(session: Session) -> LedgerHead:
    """The ledger head row, locked for this transaction (created when the ledger is empty)."""
    locked = select(LedgerHead).with_for_update().execution_options(populate_existing=True)
    head = session.scalars(locked).first()
    if head is None and session.scalar(select(ConsentEvent.id).limit(1)) is not None:
        raise LedgerHeadMissingError(LEDGER_HEAD_MISSING)
    if head is None:
        head = LedgerHead(id=1, event_count=0, last_event_id=0, head_hash=GENESIS_HASH)
        session.add(head)
    return head


def append_events(
    session: Session,
    new_events: Sequence[NewEvent],
    categories: Sequence[Category] | None = None,
) -> list[ConsentEvent]:
    """Number, chain and insert events, then refresh the contacts' current consent.

    `categories` (every one, archived too) saves reading them again when the caller has. A
    paper-form opt-in that names no form serial is refused before anything is written.

    Nothing is written on a ledger changed behind the program's back where writing would
    build on the change: a last event that is not the head's (unless every new event is an
    opt-out: those are always recorded), or a person's opt-out that the events left no
    longer make (a new opt-in or void of theirs may end it; nothing else may).
    """
    if any(lacks_form_serial(n.action, n.method, n.form_serial) for n in new_events):
        raise WordedError(FORM_SERIAL_NEEDED)
    head = lock_head(session)
    held = guard_before(session, head, new_events)
    stored: list[ConsentEvent] = []
    keys = contact_keys(session, (new.contact_id for new in new_events))
    for new in new_events:
        salt = new_salt()
        event = ConsentEvent(
            id=head.last_event_id + 1,
            contact_id=new.contact_id,
            action=new.action.value,
            scope=new.scope,
            method=new.method.value,
            occurred_at=new.occurred_at,
            occurred_on=new.occurred_on,
            recorded_at=new.recorded_at,
            recorded_by=new.recorded_by,
            wording_id=new.wording_id,
            wording_sha256=new.wording_sha256,
            form_serial=new.form_serial,
            evidence_sha256=new.evidence_sha256,
            note=new.note,
            voided_event_id=new.voided_event_id,
            reason=new.reason,
            customer_words=new.customer_words,
            language=new.language,
            confirmation_text=new.confirmation_text,
            contact_key=keys.get(new.contact_id),
            texts_sha256=commit_texts(salt, new._asdict()),
            texts_salt=salt,
            prev_hash=head.head_hash,
            hash="",
        )
        chain_onto(session, head, event)
        stored.append(event)
    session.flush()
    seal_blocks(session, head.event_count)
    every = load_categories(session) if categories is None else categories
    for contact_id in sorted({e.contact_id for e in stored if e.contact_id is not None}):
        consent = refresh_state(session, contact_id, every)
        guard_after(session, contact_id, consent, held.get(contact_id, set()), stored, every)
    return stored


def ledger_entries(session: Session, contact_id: int) -> list[LedgerEntry]:
    """The rule-relevant parts of one contact's events, in id order."""
    return ledger_entries_of(session, [contact_id]).get(contact_id, [])


ENTRIES_CHUNK = 900
"""Contacts per query when reading the entries of many (under SQLite's parameter limit)."""


def ledger_entries_of(session: Session, contact_ids: Iterable[int]) -> dict[int, list[LedgerEntry]]:
    """The rule-relevant parts of these contacts' events, each contact's in id order."""
    wanted = sorted(set(contact_ids))
    found: dict[int, list[LedgerEntry]] = {}
    action_of = {action.value: action for action in Action}  # a lookup, not an enum call
    method_of = {method.value: method for method in Method}
    for start in range(0, len(wanted), ENTRIES_CHUNK):
        rows = session.execute(
            select(
                ConsentEvent.contact_id,
                ConsentEvent.id,
                ConsentEvent.action,
                ConsentEvent.scope,
                ConsentEvent.method,
                ConsentEvent.occurred_at,
                ConsentEvent.voided_event_id,
                ConsentEvent.occurred_on,
            )
            .where(ConsentEvent.contact_id.in_(wanted[start : start + ENTRIES_CHUNK]))
            .order_by(ConsentEvent.contact_id, ConsentEvent.id)
        ).all()
        for row in rows:
            found.setdefault(row.contact_id, []).append(
                LedgerEntry(
                    row.id,
                    action_of.get(row.action) or Action(row.action),
                    row.scope,
                    method_of.get(row.method) or Method(row.method),
                    from_canonical(row.occurred_at),
                    row.voided_event_id,
                    date.fromisoformat(row.occurred_on) if row.occurred_on else None,
                )
            )
    return found


def refresh_state(
    session: Session, contact_id: int, categories: Sequence[Category]
) -> dict[str, CurrentConsent]:
    """Recompute a contact's current consent from the ledger and store it."""
    consent = fold_consent(ledger_entries(session, contact_id), categories)
    session.execute(delete(ConsentStateRow).where(ConsentStateRow.contact_id == contact_id))
    for key, current in consent.items():
        if current.state is ConsentState.NONE or current.event_id is None:
            continue
        assert current.since is not None
        session.add(
            ConsentStateRow(
                contact_id=contact_id,
                category_key=key,
                state=current.state.value,
                event_id=current.event_id,
                since=canonical(current.since),
            )
        )
    session.flush()
    return consent


def iter_chain_rows(
    session: Session, batch: int = 10000, stepped: int = STEPPED
) -> Iterator[ChainRow]:
    """Every stored event in id order as a plain ChainRow, read in keyset batches.

    Straight from the driver's cursor (sqlite3 or psycopg, in the session's transaction): no
    ORM object, no Row, no dict per event, which was most of verify's time on a year of
    records. Batches keep memory flat on PostgreSQL, whose plain cursor holds a whole result.
    Each batch is fetched `stepped` rows at a time (storage.verify_queries.STEPPED: rows
    used while they are still in the processor's cache)."""
    columns = ", ".join("id" if name == "event_id" else name for name in STORED_ORDER)
    columns += ", prev_hash, hash, texts_salt, texts_erased_at"
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        last = 0
        while True:
            cursor.execute(  # names from the model; integers, not input
                f"SELECT {columns} FROM consent_events "  # noqa: S608
                f"WHERE id > {int(last)} ORDER BY id LIMIT {int(batch)}"
            )
            rows = cursor.fetchmany(stepped)
            if not rows:
                return
            while rows:
                yield from rows
                last = rows[-1][_ID_AT]
                rows = cursor.fetchmany(stepped)
    finally:
        cursor.close()


_ID_AT = STORED_ORDER.index("event_id")


def verify_ledger(
    session: Session,
    earlier_head: str | None = None,
    fold: LedgerFold | None = None,
    blocks: BlockCheck | None = None,
    contact_keys: Mapping[int, str | None] | None = None,
) -> ChainReport:
    """Recompute the whole chain against the recorded head, and check that every event bound
    to a contact's keyed number hash names a contact row holding that same hash.

    `fold`, when given, folds each event's consent as the chain reads it (one read for both);
    it is marked complete when every event went past. `blocks`, when given, checks the
    stored Merkle block roots on the same read (domain.block_check). `contact_keys`: each
    contact's key as its row holds it, when the caller has read them already."""
    head = session.scalars(select(LedgerHead)).first()
    expected_count = head.event_count if head else None  # no head: verify_checks says so
    expected_head = head.head_hash if head else None
    keys = contact_keys
    if keys is None:
        keys = {row[0]: row[2] for row in contact_numbers(session)}
    rows = iter_chain_rows(session)
    if fold is not None:
        rows = fold.passing(rows)
    if blocks is not None:
        rows = blocks.passing(rows)
    with without_cycle_collector():
        report = verify_rows(rows, expected_count, expected_head, earlier_head, keys)
    if fold is not None:
        fold.complete = report.ok
    return report


@contextmanager
def without_cycle_collector() -> Iterator[None]:
    """Python's cycle collector off for a whole-ledger read, on again after.

    Every row and payload is plain data freed as soon as it is done with, so the collector
    finds nothing; yet it runs every few hundred allocations and walks everything alive (the
    folded consent of every person): a fifth of verify's time on a year of records."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def chain_onto(session: Session, head: LedgerHead, event: ConsentEvent) -> None:
    """Link `event` (its prev_hash already the head's) after the ledger's head and add it; the
    head moves on to it. Every append, a person's or the shop's, goes through here."""
    event.hash = link_hash(head.head_hash, chained_fields(event))
    session.add(event)
    head.last_event_id = event.id
    head.event_count += 1
    head.head_hash = event.hash
