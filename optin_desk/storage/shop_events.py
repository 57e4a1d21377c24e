"""Appending and reading shop events (ledger entries without a contact; see domain.shop_events).

A shop event is numbered and chained exactly like a person's event, in the caller's
transaction: the head row is locked, the link hash covers its fields and the previous hash.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.shop_events import (
    SHOP_METHOD,
    DetailValue,
    ShopAction,
    ShopEvent,
    decode_details,
    encode_details,
)
from optin_desk.domain.when import canonical, utc_now
from optin_desk.storage.ledger import chain_onto, lock_head
from optin_desk.storage.merkle_blocks import seal_blocks
from optin_desk.storage.models import CategoryRow, ConsentEvent


def append_shop_event(
    session: Session,
    action: ShopAction | str,
    scope: str,
    details: Mapping[str, DetailValue],
    recorded_by: str = "",
) -> int:
    """Number, chain and insert one shop event (no contact); its event id. No commit."""
    head = lock_head(session)
    now = canonical(utc_now())
    event = ConsentEvent(
        id=head.last_event_id + 1,
        contact_id=None,
        action=str(action),
        scope=scope,
        method=SHOP_METHOD,
        occurred_at=now,
        occurred_on=None,
        recorded_at=now,
        recorded_by=recorded_by,
        wording_id=None,
        wording_sha256=None,
        form_serial=None,
        evidence_sha256=None,
        note="",
        voided_event_id=None,
        reason="",
        customer_words="",
        language="",
        confirmation_text="",
        details=encode_details(details),
        prev_hash=head.head_hash,
        hash="",
    )
    chain_onto(session, head, event)
    session.flush()
    seal_blocks(session, head.event_count)
    return event.id


_COLUMNS = (
    ConsentEvent.id,
    ConsentEvent.action,
    ConsentEvent.scope,
    ConsentEvent.recorded_at,
    ConsentEvent.recorded_by,
    ConsentEvent.details,
    ConsentEvent.hash,
)


def _event(row: Row[int, str, str, str, str, str | None, str]) -> ShopEvent:
    """A shop event row as read back (its facts decoded)."""
    return ShopEvent(
        row.id,
        row.action,
        row.scope,
        row.recorded_at,
        row.recorded_by,
        decode_details(row.details),
        row.hash,
    )


def shop_events(session: Session, action: ShopAction | str | None = None) -> list[ShopEvent]:
    """The shop events in ledger order (of one action when given)."""
    query = select(*_COLUMNS).where(ConsentEvent.contact_id.is_(None))
    if action is not None:
        query = query.where(ConsentEvent.action == str(action))
    return [_event(row) for row in session.execute(query.order_by(ConsentEvent.id))]


def last_shop_event(session: Session, action: ShopAction | str) -> ShopEvent | None:
    """The latest shop event of `action` (None when the ledger has none)."""
    row = session.execute(
        select(*_COLUMNS)
        .where(ConsentEvent.contact_id.is_(None), ConsentEvent.action == str(action))
        .order_by(ConsentEvent.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _event(row)


def kind_disagreements(session: Session) -> list[Said]:
    """Each category whose stored kind is not the kind the ledger states, or which the ledger
    never named: what `verify` reports (the rules follow the ledger, never the row)."""
    stated: dict[str, tuple[int, str]] = {}
    for event in shop_events(session, ShopAction.CATEGORY_KIND):
        stated[event.scope] = (event.event_id, str(event.details.get("kind")))
    problems: list[Said] = []
    rows = session.execute(
        select(CategoryRow.key, CategoryRow.kind).order_by(CategoryRow.position, CategoryRow.id)
    ).all()
    for key, kind in rows:
        if key not in stated:
            problems.append(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the category {key!r} ({kind}) has no kind in the ledger: it was "
                        "added behind the program's back",
                    ),
                    key=key,
                    kind=kind,
                )
            )
        elif stated[key][1] != kind:
            problems.append(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the category {key!r} is stored as {kind}, but the ledger states "
                        "{stated} (event {event}): its kind was edited behind the program's "
                        "back; the rules keep {stated}",
                    ),
                    key=key,
                    kind=kind,
                    stated=stated[key][1],
                    event=stated[key][0],
                )
            )
    return problems
