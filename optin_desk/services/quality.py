"""The quality log: per sender number, what WhatsApp Manager showed on a day (quality rating,
status, messaging limit) and the blocks and reports the shop knows of; entered by hand or
imported, kept as records (append-only: a new reading is a new row)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.code_pages import WESTERN
from optin_desk.documents.columns import find_column
from optin_desk.documents.lists import ListError, read_table
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.phones import parse_phone
from optin_desk.domain.when import canonical, local_date, utc_now
from optin_desk.services.errors import InputError
from optin_desk.services.profile import load_profile
from optin_desk.storage.delivery_models import QualityEntry
from optin_desk.storage.models import SenderNumber

RATINGS = ("high", "medium", "low")
STATUSES = ("connected", "flagged", "restricted")
RATING_WORDS = {
    "green": "high",
    "yellow": "medium",
    "red": "low",
    "alta": "high",
    "media": "medium",
}
COLUMNS = {
    "sender": ("sender", "phone number", "number", "sender number", "whatsapp number", "numero"),
    "day": ("date", "day", "observed on", "fecha", "datum"),
    "rating": ("quality rating", "quality", "rating", "calidad"),
    "status": ("status", "estado"),
    "limit": ("messaging limit", "limit", "tier", "limite"),
    "blocks": ("blocks", "blocked", "bloqueos"),
    "reports": ("reports", "reported", "denuncias"),
}


@dataclass(frozen=True)
class QualityReading:
    """One reading of a sender number, as entered or imported."""

    sender: str
    observed_on: date
    rating: str
    status: str = "connected"
    messaging_limit: str = ""
    blocks: int | None = None
    reports: int | None = None
    note: str = ""


def _sender(session: Session, written: str) -> str:
    region = load_profile(session).country
    parsed = parse_phone(written, region)
    own = set(session.scalars(select(SenderNumber.phone_e164)))
    if parsed.e164 is None or parsed.e164 not in own:
        shown = ", ".join(sorted(own)) or Said(QT_TRANSLATE_NOOP("Messages", "none set up"))
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{written!r} is not one of the shop's WhatsApp numbers ({shown})"
            ),
            written=written,
            shown=shown,
        )
    return parsed.e164


def _checked(session: Session, reading: QualityReading) -> QualityEntry:
    rating = RATING_WORDS.get(reading.rating.strip().casefold(), reading.rating.strip().casefold())
    if rating not in RATINGS:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "quality rating {rating!r}: use high, medium or low"),
            rating=reading.rating,
        )
    status = reading.status.strip().casefold() or "connected"
    if status not in STATUSES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "status {status!r}: use connected, flagged or restricted"
            ),
            status=reading.status,
        )
    now = utc_now()
    if reading.observed_on > local_date(now):
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the reading of {observed_on} is dated in the future"),
            observed_on=reading.observed_on,
        )
    for count in (reading.blocks, reading.reports):
        if count is not None and not 0 <= count <= 10_000_000:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "blocks and reports are counts of people: 0 or more")
            )
    return QualityEntry(
        sender_e164=_sender(session, reading.sender),
        observed_on=reading.observed_on.isoformat(),
        rating=rating,
        status=status,
        messaging_limit=reading.messaging_limit.strip()[:32],
        blocks=reading.blocks,
        reports=reading.reports,
        note=reading.note.strip()[:2000],
        recorded_at=canonical(now),
        recorded_by="",
    )


def _same(entry: QualityEntry, kept: Sequence[QualityEntry]) -> bool:
    fields = (
        "sender_e164",
        "observed_on",
        "rating",
        "status",
        "messaging_limit",
        "blocks",
        "reports",
    )
    return any(all(getattr(entry, f) == getattr(k, f) for f in fields) for k in kept)


def add_readings(session: Session, readings: Sequence[QualityReading], by: str = "") -> int:
    """Keep these readings (one already kept is not kept twice); commit. How many were new."""
    entries = [_checked(session, reading) for reading in readings]
    kept = list(session.scalars(select(QualityEntry)))
    added = 0
    for entry in entries:
        if _same(entry, kept):
            continue
        entry.recorded_by = by.strip()[:100]
        session.add(entry)
        kept.append(entry)
        added += 1
    session.commit()
    return added


def _count(cell: str, line: int) -> int | None:
    if not cell.strip():
        return None
    if not cell.strip().isdigit():
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "line {line}: {cell!r} is not a count"),
            line=line,
            cell=cell,
        )
    return int(cell)


def read_quality_file(path: Path, code_pages: Sequence[str] = WESTERN) -> list[QualityReading]:
    """Readings from a CSV or Excel file (sender, date, rating, status, limit, blocks, reports;
    text that is not UTF-8 in the first of `code_pages` that reads it as words).

    Every line must read; the first that does not is named and nothing is kept."""
    try:
        table, cards = read_table(path, code_pages=code_pages)
    except ListError as error:
        raise InputError.of(error) from None
    if table is None or cards is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{name} holds contact cards, not quality readings"),
            name=path.name,
        )
    index = {name: find_column(table.headers, words) for name, words in COLUMNS.items()}
    missing = [name for name in ("sender", "day", "rating") if index[name] < 0]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} needs columns for {missing}; the columns are: {columns}"
            ),
            name=path.name,
            missing=", ".join(missing),
            columns=", ".join(h for h in table.headers if h),
        )

    def cell(record: Sequence[str], name: str) -> str:
        at = index[name]
        return record[at].strip() if 0 <= at < len(record) else ""

    readings = []
    for line, record in enumerate(table.records, start=2):
        try:
            day = date.fromisoformat(cell(record, "day")[:10])
        except ValueError:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "line {line}: the date {cell!r} is not YYYY-MM-DD"),
                line=line,
                cell=cell(record, "day"),
            ) from None
        readings.append(
            QualityReading(
                cell(record, "sender"),
                day,
                cell(record, "rating"),
                cell(record, "status"),
                cell(record, "limit"),
                _count(cell(record, "blocks"), line),
                _count(cell(record, "reports"), line),
            )
        )
    return readings


@dataclass(frozen=True)
class KeptReading:
    """A reading as kept."""

    sender: str
    observed_on: date
    rating: str
    status: str
    messaging_limit: str
    blocks: int | None
    reports: int | None


def quality_history(session: Session) -> list[KeptReading]:
    """Every reading, per sender number then by day."""
    rows = session.scalars(
        select(QualityEntry).order_by(
            QualityEntry.sender_e164, QualityEntry.observed_on, QualityEntry.id
        )
    )
    return [
        KeptReading(
            r.sender_e164,
            date.fromisoformat(r.observed_on),
            r.rating,
            r.status,
            r.messaging_limit,
            r.blocks,
            r.reports,
        )
        for r in rows
    ]
