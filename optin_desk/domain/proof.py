"""Proof of consent for one person: what the records hold, and its ISO/IEC TS 27560 record form.

The JSON uses the element names of ISO/IEC TS 27560:2023 consent records (record id, PII
principal id, controller, purposes, collection method, notice, event time and state), and
Kantara Consent Receipt v1.1 names where 27560 says nothing (consentReceiptID, jurisdiction,
piiControllers). Every event of the ledger is listed, voided ones included, each with the full
wording the person was shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from optin_desk.domain.consent import Action, Category, ConsentState

SCHEMA = "ISO/IEC TS 27560:2023 consent record"
SCHEMA_VERSION = "optin-desk-1"


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


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def record_id(proof: Proof) -> str:
    """A stable identifier of this person's consent record at this shop."""
    digest = hashlib.sha256(f"{proof.business}\n{proof.phone}".encode()).hexdigest()
    return f"optin-desk:{digest[:24]}"


def _event_state(event: ProofEvent) -> str:
    if event.voided_by_event_id is not None:
        return "invalidated"
    return {Action.OPT_IN: "given", Action.OPT_OUT: "withdrawn", Action.VOID: "invalidated"}[
        event.action
    ]


def _notice(notice: Notice | None) -> dict[str, Any] | None:
    if notice is None:
        return None
    return {
        "notice_id": f"wording-{notice.language}-v{notice.version}",
        "version": notice.version,
        "language": notice.language,
        "hash": {"algorithm": "sha256", "value": notice.sha256},
        "text": notice.text,
    }


def _event(event: ProofEvent) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "event_type": event.action.value,
        "event_state": _event_state(event),
        "event_time": event.occurred_at.isoformat(),
        "recorded_time": event.recorded_at.isoformat(),
        "recorded_by": event.recorded_by,
        "purposes": [event.scope],
        "purposes_label": event.scope_label,
        "collection_method": event.method,
        "notice": _notice(event.notice),
        "form_serial": event.form_serial or None,
        "evidence": {"sha256": event.evidence_sha256} if event.evidence_sha256 else None,
        "note": event.note or None,
        "pii_principal_words": event.customer_words or None,
        "reason": event.reason or None,
        "confirmation": (
            {"text": event.confirmation_text, "sent_time": _when(event.confirmation_sent_at)}
            if event.action is Action.OPT_OUT
            else None
        ),
        "invalidates_event_id": event.voids_event_id,
        "invalidated_by_event_id": event.voided_by_event_id,
        "invalidation_reason": event.void_reason or None,
        "event_hash": event.event_hash,
    }


def proof_record(proof: Proof) -> dict[str, Any]:
    """The proof as a consent record with ISO/IEC TS 27560 element names."""
    live = [e for e in proof.events if e.voided_by_event_id is None and e.action is not Action.VOID]
    given = [e for e in live if e.action is Action.OPT_IN]
    latest = live[-1] if live else None
    controller = {
        "name": proof.business,
        "address": proof.address or None,
        "contact": [f"{number} (WhatsApp)" for number in proof.senders],
        "country": proof.country,
    }
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "record_id": record_id(proof),
        "consentReceiptID": record_id(proof),
        "pii_principal_id": proof.phone,
        "pii_principal_name": proof.name or None,
        "language": proof.language or None,
        "jurisdiction": proof.country,
        "controller": controller,
        "piiControllers": [
            {
                "piiController": proof.business,
                "address": proof.address or None,
                "phone": list(proof.senders),
            }
        ],
        "purposes": [
            {
                "purpose_id": p.category.key,
                "purpose": p.category.label,
                "description": p.category.description,
                "purpose_category": p.category.kind.value,
                "lawful_basis": "consent",
                "channel": "WhatsApp",
                "state": p.state.value,
                "state_since": _when(p.since),
            }
            for p in proof.purposes
        ],
        "collection_method": given[0].method if given else None,
        "notice": _notice(given[-1].notice) if given else None,
        "event_time": latest.occurred_at.isoformat() if latest else None,
        "event_state": _event_state(latest) if latest else None,
        "events": [_event(e) for e in proof.events],
        "ledger_head": {"hash": proof.ledger_head, "events": proof.ledger_events},
        "generated_time": proof.generated_at.isoformat(),
    }
