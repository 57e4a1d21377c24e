"""Tables of what came of the sends: message outcomes read from delivery reports, and the
quality log of the shop's sender numbers. Both are append-only (triggers refuse UPDATE and
DELETE): a later report or reading is a new row, never an edit."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from optin_desk.storage.base import Base


class DeliveryOutcome(Base):
    """One message's status as a delivery report gave it (one row per message and status).

    No number is kept here: the person is `contact_id` (their number lives in contacts, where
    an erasure blanks it), and a report without message ids is keyed by a keyed hash."""

    __tablename__ = "delivery_outcomes"
    __table_args__ = (
        UniqueConstraint("message_key", "status"),
        Index("ix_delivery_outcomes_code_at", "error_code", "status_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_key: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    error_code: Mapped[int | None] = mapped_column(Integer)
    error_title: Mapped[str] = mapped_column(String(300), default="")
    first_at: Mapped[str | None] = mapped_column(String(32))
    status_at: Mapped[str | None] = mapped_column(String(32))
    campaign: Mapped[str] = mapped_column(String(200), default="")
    sender: Mapped[str] = mapped_column(String(40), default="")
    check_id: Mapped[int | None] = mapped_column(ForeignKey("checks.id"), index=True)
    message_sent_id: Mapped[int | None] = mapped_column(ForeignKey("messages_sent.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("consent_events.id"))
    """The marketing opt-out this row recorded (error 131050)."""
    source_name: Mapped[str] = mapped_column(String(300))
    source_sha256: Mapped[str] = mapped_column(String(64))
    read_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class QualityEntry(Base):
    """One reading of a sender number's standing in WhatsApp Manager, dated."""

    __tablename__ = "quality_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_e164: Mapped[str] = mapped_column(String(20), index=True)
    observed_on: Mapped[str] = mapped_column(String(10))
    rating: Mapped[str] = mapped_column(String(16), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    messaging_limit: Mapped[str] = mapped_column(String(32), default="")
    blocks: Mapped[int | None] = mapped_column(Integer)
    reports: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
