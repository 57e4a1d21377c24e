"""Reading what checkpoints anchor: every event's chain hash, in id order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.storage.models import ConsentEvent


def event_hashes(session: Session, limit: int | None = None) -> list[str]:
    """The chain hashes of the first `limit` events (all by default), in id order.

    One column, read as plain rows: 500,000 events are a few tens of MiB."""
    query = select(ConsentEvent.hash).order_by(ConsentEvent.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))
