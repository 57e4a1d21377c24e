"""The records as a whole: verifying the chain and exporting every event."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.csv_out import write_csv
from optin_desk.domain.chain import GENESIS_HASH, ChainReport
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.models import ConsentEvent, Contact, LedgerHead, Wording

EXPORT_HEADER = (
    "event_id",
    "at",
    "action",
    "scope",
    "method",
    "by",
    "name",
    "phone",
    "recorded_at",
    "wording_language",
    "wording_version",
    "wording_sha256",
    "form_serial",
    "evidence_sha256",
    "voided_event_id",
    "reason",
    "customer_words",
    "note",
    "confirmation_text",
    "hash",
)
_PROGRAM_MADE = (
    "event_id",
    "at",
    "action",
    "scope",
    "method",
    "phone",
    "recorded_at",
    "wording_language",
    "wording_sha256",
    "evidence_sha256",
    "hash",
)


def ledger_head(session: Session) -> tuple[int, str]:
    """How many events the ledger holds and its head hash, as last recorded."""
    head = session.scalars(select(LedgerHead)).first()
    return (head.event_count, head.head_hash) if head else (0, GENESIS_HASH)


def verify_records(session: Session, earlier_head: str | None = None) -> ChainReport:
    """Recompute the ledger chain (and look for an earlier head in it)."""
    return verify_ledger(session, earlier_head)


def export_events(session: Session, target: Path, pin: str | None = None) -> int:
    """Write every event, oldest first, one row each, to a CSV file (owner PIN); the count."""
    require_owner(session, pin)
    if not target.parent.is_dir():
        raise InputError(f"the folder {target.parent} does not exist; choose another place")
    query = (
        select(ConsentEvent, Contact.name, Contact.phone_e164, Wording)
        .join(Contact, Contact.id == ConsentEvent.contact_id)
        .outerjoin(Wording, Wording.id == ConsentEvent.wording_id)
        .order_by(ConsentEvent.id)
        .execution_options(yield_per=2000)
    )
    rows = (
        (
            event.id,
            event.occurred_at,
            event.action,
            event.scope,
            event.method,
            event.recorded_by,
            name,
            phone,
            event.recorded_at,
            wording.language if wording else "",
            wording.version if wording else None,
            event.wording_sha256,
            event.form_serial,
            event.evidence_sha256,
            event.voided_event_id,
            event.reason,
            event.customer_words,
            event.note,
            event.confirmation_text,
            event.hash,
        )
        for event, name, phone, wording in session.execute(query)
    )
    try:
        return write_csv(target, EXPORT_HEADER, rows, _PROGRAM_MADE)
    except OSError as error:
        raise InputError(f"could not write {target}: {error.strerror or error}") from error
