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
    wanted = sorted(set(phones))
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
    counts: dict[int, int] = {}
    for start in range(0, len(contact_ids), CHUNK):
        chunk = contact_ids[start : start + CHUNK]
        for contact_id, count in session.execute(
            select(DeliveryOutcome.contact_id, func.count())
            .where(
                DeliveryOutcome.contact_id.in_(chunk),
                DeliveryOutcome.error_code == HELD_BACK,
                DeliveryOutcome.message_sent_id.is_(None),
                DeliveryOutcome.status_at >= since,
            )
            .group_by(DeliveryOutcome.contact_id)
        ):
            if contact_id is not None:
                counts[contact_id] = count
    return counts
