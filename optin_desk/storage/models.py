"""SQLAlchemy models of the consent records.

`consent_events` is the ledger: append-only (triggers refuse UPDATE and DELETE, but for one
narrow exception: erasure may blank an event's free texts and their salt) and hash-chained.
`consent_state` is derived from it and kept in step in the same transaction.
Moments are stored as canonical UTC text (see `domain.when.canonical`) so that what is hashed
is exactly what is stored.
"""

from __future__ import annotations

import os

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from optin_desk.storage.base import NAMING_CONVENTION as NAMING_CONVENTION
from optin_desk.storage.base import Base as Base
from optin_desk.storage.delivery_models import DeliveryOutcome as DeliveryOutcome
from optin_desk.storage.delivery_models import QualityEntry as QualityEntry


def new_record_id() -> str:
    """A new random consent-record id (a UUID 4, as text: `str(uuid.uuid4())` at half its
    cost, which counts when a bulk load makes one a person)."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class BusinessProfile(Base):
    """The shop: one row."""

    __tablename__ = "business_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(16), default="en")
    created_at: Mapped[str] = mapped_column(String(32))


class SenderNumber(Base):
    """One of the shop's WhatsApp sender numbers."""

    __tablename__ = "sender_numbers"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_e164: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    archived_at: Mapped[str | None] = mapped_column(String(32))


class CategoryRow(Base):
    """A kind of message the shop sends. Archived, never deleted."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[str | None] = mapped_column(String(32))


class CategoryText(Base):
    """A category's label and description in one language (the shop prints several)."""

    __tablename__ = "category_texts"

    category_key: Mapped[str] = mapped_column(ForeignKey("categories.key"), primary_key=True)
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class Wording(Base):
    """One immutable version of the consent statement in one language."""

    __tablename__ = "wordings"
    __table_args__ = (UniqueConstraint("language", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[str] = mapped_column(String(32))


class Contact(Base):
    """A person, identified by one WhatsApp number in E.164."""

    __tablename__ = "contacts"
    # Migration 0002 adds ix_contacts_sort_name on (lower(name), id) for the directory's pages;
    # it is not declared here because SQLite's reflection cannot compare expression indexes.
    # Partial indexes name their SQLite condition only: the migrations create them on both
    # databases, and a postgresql_where here would load the PostgreSQL dialect at every start.

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_e164: Mapped[str | None] = mapped_column(String(20), unique=True)
    phone_raw: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    contact_key: Mapped[str | None] = mapped_column(String(64))
    """HMAC of the number under the records key (migration 0017a); kept when it is erased."""
    # ISO/IEC TS 27560 record_id: random, made once, never derived from the number (0017e)
    record_id: Mapped[str | None] = mapped_column(
        String(36), unique=True, index=True, default=new_record_id
    )

    __table_args__ = (
        Index(  # the contacts still waiting for their key: normally none (0017f)
            "ix_contacts_unkeyed",
            "id",
            sqlite_where=text("contact_key IS NULL"),
        ),
    )


class Evidence(Base):
    """A stored file (scan of a signed form, ...), addressed by its sha256."""

    __tablename__ = "evidence"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    original_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[str] = mapped_column(String(32))


class ConsentEvent(Base):
    """One entry of the ledger. Never updated, never deleted."""

    __tablename__ = "consent_events"
    __table_args__ = (
        Index("ix_consent_events_action_recorded", "action", "recorded_at", "method"),
        # The opt-outs alone, in the order the confirmations page lists them (migration 0014).
        Index(
            "ix_consent_events_opt_outs",
            "recorded_at",
            "id",
            sqlite_where=text("action = 'opt_out'"),
        ),
        # The events that name a scan (migration 0017b): verify and erasure look scans up.
        Index(
            "ix_consent_events_evidence",
            "evidence_sha256",
            sqlite_where=text("evidence_sha256 IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    """None for a shop event (a category's kind, a restore): no person's entry (see 0017c)."""
    action: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[str | None] = mapped_column(String(10))
    """The local day alone (YYYY-MM-DD) when the answer was written down without a time."""
    recorded_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    wording_id: Mapped[int | None] = mapped_column(ForeignKey("wordings.id"))
    wording_sha256: Mapped[str | None] = mapped_column(String(64))
    form_serial: Mapped[str | None] = mapped_column(String(32), index=True)
    evidence_sha256: Mapped[str | None] = mapped_column(ForeignKey("evidence.sha256"))
    note: Mapped[str] = mapped_column(Text, default="")
    voided_event_id: Mapped[int | None] = mapped_column(ForeignKey("consent_events.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    customer_words: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    confirmation_text: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str | None] = mapped_column(Text)
    """A shop event's facts as compact sorted JSON (None on a person's event)."""
    contact_key: Mapped[str | None] = mapped_column(String(64))
    """The person's keyed number hash, chained (events from migration 0017a on)."""
    texts_sha256: Mapped[str | None] = mapped_column(String(64))
    """The chained commitment to the four free texts (events from migration 0017a on)."""
    texts_salt: Mapped[str | None] = mapped_column(String(32))
    """The commitment's salt: blanked with the texts on erasure (not chained)."""
    texts_erased_at: Mapped[str | None] = mapped_column(String(32))
    """When the texts were erased on request (not chained)."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class LedgerHead(Base):
    """The ledger's last link, written with every append (catches removal at the end)."""

    __tablename__ = "ledger_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_count: Mapped[int] = mapped_column(Integer)
    last_event_id: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


class MerkleBlock(Base):
    """The Merkle root of one complete aligned block of the ledger's leaves (domain.merkle_blocks),
    written with the append that completes it; the ledger's rows stay the truth (verify checks)."""

    __tablename__ = "merkle_blocks"

    block_index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_event_id: Mapped[int] = mapped_column(Integer, unique=True)
    root: Mapped[str] = mapped_column(String(64))


class ConsentStateRow(Base):
    """Current consent per contact and category, derived from the ledger."""

    __tablename__ = "consent_state"
    __table_args__ = (Index("ix_consent_state_category_state", "category_key", "state"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), primary_key=True)
    category_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    event_id: Mapped[int] = mapped_column(ForeignKey("consent_events.id"))
    since: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """A named setting of the shop (gap days, templates, staff names ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CheckRun(Base):
    """One check of a recipient list against the records, kept as a record."""

    __tablename__ = "checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    category_key: Mapped[str] = mapped_column(String(32))
    row_count: Mapped[int] = mapped_column(Integer)
    counts_json: Mapped[str] = mapped_column(Text)
    settings_json: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[str | None] = mapped_column(String(32))
    results: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    """Every row's verdict, packed (see `storage.results`)."""


class MessageSent(Base):
    """A message recorded as sent to a person (what the first-message, gap and cap rules read)."""

    __tablename__ = "messages_sent"
    __table_args__ = (Index("ix_messages_sent_contact_sent", "contact_id", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    category_key: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[str] = mapped_column(String(32))
    check_id: Mapped[int | None] = mapped_column(ForeignKey("checks.id"))


class ErasedNumber(Base):
    """A number erased on request, kept only as a keyed hash so that it stays blocked."""

    __tablename__ = "erased_numbers"

    keyed_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    erased_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    # set when the person's own new opt-in lifted the erasure (the event that did)
    lifted_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    lifted_by_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ConfirmationSent(Base):
    """When the confirmation stored with an opt-out was sent (added once; never changed)."""

    __tablename__ = "confirmations_sent"

    event_id: Mapped[int] = mapped_column(ForeignKey("consent_events.id"), primary_key=True)
    sent_at: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    sent_from: Mapped[str] = mapped_column(String(32), default="", server_default="")


class FormBatch(Base):
    """One printing of consent forms: when, by whom, how many, in which wording."""

    __tablename__ = "form_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    printed_at: Mapped[str] = mapped_column(String(32))
    printed_by: Mapped[str] = mapped_column(String(100), default="")
    count: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(16))
    wording_id: Mapped[int] = mapped_column(ForeignKey("wordings.id"))
    paper: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)


class FormSerial(Base):
    """A serial printed on one form; each is printed once."""

    __tablename__ = "form_serials"

    serial: Mapped[str] = mapped_column(String(16), primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("form_batches.id"), index=True)
