"""The records as a whole: verifying the chain and exporting every event."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.csv_out import write_csv
from optin_desk.domain.block_check import BlockCheck
from optin_desk.domain.chain import GENESIS_HASH, ChainReport
from optin_desk.domain.ledger_fold import LedgerFold
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.runtime import collector_paused
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.storage.export_rows import iter_export_rows
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.models import ConsentEvent, LedgerHead
from optin_desk.storage.shop_events import kind_disagreements

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


MIN_HEAD_PREFIX = 12
"""The app prints heads shortened to 12 characters (proofs, the window): enough to find one."""


def _full_head(session: Session, written: str) -> str:
    """The full hash an earlier head written down (any case, or its first 12+ characters)
    stands for; InputError when it cannot be a head."""
    head = written.strip().lower()
    if len(head) < MIN_HEAD_PREFIX or any(ch not in "0123456789abcdef" for ch in head):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "--head takes the ledger head as printed: at least {least} of"
                " its hexadecimal characters (0-9, a-f)",
            ),
            least=MIN_HEAD_PREFIX,
        )
    if len(head) >= 64:
        return head
    matches = session.scalars(
        select(ConsentEvent.hash).where(ConsentEvent.hash.startswith(head)).limit(2)
    ).all()
    if len(matches) > 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "--head {written} fits more than one entry: give more characters"
            ),
            written=written,
        )
    return matches[0] if matches else head


def verify_records(
    session: Session,
    earlier_head: str | None = None,
    fold: LedgerFold | None = None,
    blocks: BlockCheck | None = None,
) -> ChainReport:
    """Recompute the ledger chain (and look for an earlier head in it), then compare each
    category's stored kind with the kind the ledger states.

    The earlier head may be written in any case, or shortened to its first 12 characters.
    `fold` folds consent and `blocks` checks the stored Merkle blocks on the chain's read
    (see storage.ledger.verify_ledger).
    """
    if earlier_head is not None:
        earlier_head = _full_head(session, earlier_head)
    from optin_desk.services.binding_check import check_binding, read_numbers

    numbers = read_numbers(session)  # one read of the contacts for the chain and the binding
    chain = verify_ledger(session, earlier_head, fold, blocks, numbers.keys)
    report = check_binding(session, chain, numbers)
    if report.ok:
        kinds = kind_disagreements(session)  # what the rules read must be what is chained
        if kinds:
            return replace(report, ok=False, problem=kinds[0])
    return report


def export_events(session: Session, target: Path, pin: str | None = None) -> int:
    """Write every event, oldest first, one row each, to a CSV file (owner PIN); the count."""
    require_owner(session, pin)
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; choose another place"
            ),
            parent=target.parent,
        )
    rows = iter_export_rows(session)  # plain rows: no ORM object per event
    try:
        with collector_paused():  # batches of plain rows, no cycles: 700 needless sweeps
            return write_csv(target, EXPORT_HEADER, rows, _PROGRAM_MADE)
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {target}: {problem}"),
            target=target,
            problem=error.strerror or error,
        ) from error
