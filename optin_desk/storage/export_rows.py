"""Every event with its contact and wording, as plain rows for the export (no ORM object)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy.orm import Session

EXPORT_COLUMNS = (
    "e.id, e.occurred_at, e.action, e.scope, e.method, e.recorded_by, c.name, c.phone_e164, "
    "e.recorded_at, COALESCE(w.language, ''), w.version, e.wording_sha256, e.form_serial, "
    "e.evidence_sha256, e.voided_event_id, e.reason, e.customer_words, e.note, "
    "e.confirmation_text, e.hash"
)
"""In the order of services.records.EXPORT_HEADER."""


def iter_export_rows(session: Session, batch: int = 10000) -> Iterator[Sequence[str | int | None]]:
    """Every event, oldest first, joined to its contact and wording, read in keyset batches
    straight from the driver's cursor (sqlite3 or psycopg) in the session's transaction."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        last = 0
        while True:
            cursor.execute(  # constant columns; integers, not input
                f"SELECT {EXPORT_COLUMNS} FROM consent_events e "  # noqa: S608
                "JOIN contacts c ON c.id = e.contact_id "
                "LEFT JOIN wordings w ON w.id = e.wording_id "
                f"WHERE e.id > {int(last)} ORDER BY e.id LIMIT {int(batch)}"
            )
            rows = cursor.fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][0]
    finally:
        cursor.close()
