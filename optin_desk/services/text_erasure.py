"""Erasing a person's free texts from their events (the ledger's one permitted rewrite).

Events chained with a texts commitment (migration 0017a on) lose their texts and salt: the
commitment still links the chain and no longer gives anything back. Events chained before,
with their texts in clear, lose their texts too and are marked `texts_erased_at`: `verify`
can no longer recompute their hash, so it takes it on trust from the event after them (which
chains it) and says how many it took so.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from optin_desk.domain.when import canonical
from optin_desk.storage.models import ConsentEvent


def erase_event_texts(session: Session, contact_id: int, at: datetime) -> int:
    """Blank the texts of every event of this contact that holds any; how many (no commit)."""
    result = session.execute(
        update(ConsentEvent)
        .where(
            ConsentEvent.contact_id == contact_id,
            ConsentEvent.texts_erased_at.is_(None),
            or_(
                ConsentEvent.note != "",
                ConsentEvent.reason != "",
                ConsentEvent.customer_words != "",
                ConsentEvent.confirmation_text != "",
            ),
        )
        .values(
            note="",
            reason="",
            customer_words="",
            confirmation_text="",
            texts_salt=None,
            texts_erased_at=canonical(at),
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
