"""Reading delivery outcomes for the list check: which numbers WhatsApp could not deliver to,
and how many marketing messages WhatsApp held back from each person lately."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.storage.delivery_models import DeliveryOutcome
from optin_desk.storage.models import Contact

CHUNK = 900
UNDELIVERABLE = 131026
HELD_BACK = 131049
REACHED = ("delivered", "read")


def undeliverable_numbers(session: Session, phones: Sequence[str]) -> dict[str, str]:
    """For each of these numbers whose latest outcome is a failure 131026 (nothing delivered
    to it since): when that failure was (canonical UTC text)."""
    # Only numbers with a 131026 on record can be undeliverable (found through the index of
    # error codes); the outcomes of those among `phones` are then read in full.
    failed_ever = session.scalars(
        select(Contact.phone_e164)
        .join(DeliveryOutcome, Contact.id == DeliveryOutcome.contact_id)
        .where(DeliveryOutcome.error_code == UNDELIVERABLE)
    )
    wanted = sorted(set(phones).intersection(failed_ever))
    latest: dict[str, tuple[str, bool]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = session.execute(
            select(
                Contact.phone_e164,
                DeliveryOutcome.status,
                DeliveryOutcome.error_code,
                DeliveryOutcome.status_at,
            )
            .join(Contact, Contact.id == DeliveryOutcome.contact_id)
            .where(
                Contact.phone_e164.in_(chunk),
                (DeliveryOutcome.error_code == UNDELIVERABLE)
                | (DeliveryOutcome.status.in_(REACHED)),
            )
        )
        for phone, status, code, at in rows:
            if phone is None or at is None:
                continue
            failed = status == "failed" and code == UNDELIVERABLE
            seen = latest.get(phone)
            if seen is None or at >= seen[0]:
                latest[phone] = (at, failed)
    return {phone: at for phone, (at, failed) in latest.items() if failed}


def held_back_counts(session: Session, contact_ids: Sequence[int], since: str) -> dict[int, int]:
    """Marketing messages WhatsApp held back (131049) from each person since `since` that no
    recorded send stands for (a matched one is already counted as sent)."""
    wanted = set(contact_ids)
    counts: dict[int, int] = {}
    # One pass through the index of error codes and times: few are held back, whatever the list.
    for contact_id, count in session.execute(
        select(DeliveryOutcome.contact_id, func.count())
        .where(
            DeliveryOutcome.error_code == HELD_BACK,
            DeliveryOutcome.status_at >= since,
            DeliveryOutcome.message_sent_id.is_(None),
        )
        .group_by(DeliveryOutcome.contact_id)
    ):
        if contact_id is not None and contact_id in wanted:
            counts[contact_id] = count
    return counts
