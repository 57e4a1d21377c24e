"""Proof of consent for one person: what the records hold about them.

Its JSON form (ISO/IEC TS 27560 and Kantara CR 1.1 names) is `domain.consent_record`; its PDF
is `documents.proof_pdf`. Every event of the ledger is listed, voided ones included, each
with the full wording the person was shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from optin_desk.domain.consent import Action, Category, ConsentState
from optin_desk.domain.privacy import ShopPrivacy


@dataclass(frozen=True)
class Notice:
    """A wording version as the person was shown it."""

    wording_id: int
    version: int
    language: str
    sha256: str
    text: str


@dataclass(frozen=True)
class ProofEvent:
    """One ledger event of the person."""

    event_id: int
    action: Action
    scope: str
    scope_label: str
    method: str
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    notice: Notice | None
    form_serial: str
    evidence_sha256: str
    note: str
    customer_words: str
    reason: str
    confirmation_text: str
    confirmation_sent_at: datetime | None
    voids_event_id: int | None
    voided_by_event_id: int | None
    void_reason: str
    event_hash: str
    occurred_on: date | None = None
    """The day the person gave, when they gave a day and no time (a dated paper form)."""

    @property
    def wording_known_shown(self) -> bool:
        """True when the records show the person had the wording before them: a paper form
        identified by its serial or its scan. Otherwise the wording is only the one in force."""
        return self.method == "paper_form" and bool(self.form_serial or self.evidence_sha256)


@dataclass(frozen=True)
class PurposeState:
    """A category with the person's current consent to it."""

    category: Category
    state: ConsentState
    since: datetime | None
    event_id: int | None = None
    """The event that set the state (None when the person never answered for it)."""


@dataclass(frozen=True)
class Proof:
    """Everything a proof of consent shows."""

    business: str
    address: str
    country: str
    senders: tuple[str, ...]
    phone: str
    name: str
    language: str
    purposes: tuple[PurposeState, ...]
    events: tuple[ProofEvent, ...]
    ledger_head: str
    ledger_events: int
    generated_at: datetime
    words_language: str = "en"  # the PDF's own words: the customer's language, else the shop's
    record_id: str = ""
    """The person's consent-record id: random, made once (storage.models.new_record_id)."""
    privacy: ShopPrivacy = field(default_factory=ShopPrivacy)
    """The shop's privacy settings as they apply: contact number, notice, retention, where
    the records are kept and who receives them, defaults filled in."""
    stop_keyword: str = "STOP"
    """The word that opts the person out on WhatsApp, in their language."""
