"""A proof as a consent record: ISO/IEC TS 27560:2023 element names, Kantara CR 1.1 receipt.

The record follows 27560's structure: who the record is about and who keeps it
(`pii_principal_id`, `pii_controllers`), one entry per purpose (a kind of WhatsApp message)
carrying what is processed, where, for how long, who else receives it, how to withdraw and its
current state, and every event of the ledger with its own collection method and notice. The
`kantara` section holds the fields Kantara Consent Receipt v1.1 requires. The layout is
checked by `docs/consent-record.schema.json`; the `anchor` section is `domain.proof_anchor`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from optin_desk.domain.consent import Action, CategoryKind, ConsentState
from optin_desk.domain.privacy import shared_with
from optin_desk.domain.proof import Notice, Proof, ProofEvent, PurposeState

SCHEMA = "ISO/IEC TS 27560:2023 consent record"
SCHEMA_VERSION = "optin-desk-2"
KANTARA_VERSION = "KI-CR-v1.1.0"
CONTROLLER_ID = "controller-1"
PRINCIPAL_ENTITY = "pii_principal"
CONSENT_TYPE = "expressed"
"""Every opt-in on file is the person's own active statement (a customer writing first is
no opt-in), so the consent type of every event is expressed consent."""
PII_INFORMATION = (
    {"pii_category": "contact", "pii": "WhatsApp number"},
    {"pii_category": "identity", "pii": "name, when the person gave one"},
    {"pii_category": "preference", "pii": "language of the messages"},
    {"pii_category": "consent_evidence", "pii": "signed form scan, the person's words, notes"},
)
PROCESSING = ("collect", "store", "use", "disclose", "erase")


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def event_state(action: str, voided: bool) -> str:
    """27560's event state: `invalidated` for a void or a voided event, else `given` for an
    opt-in and `withdrawn` for an opt-out."""
    if voided or action == Action.VOID.value:
        return "invalidated"
    return "given" if action == Action.OPT_IN.value else "withdrawn"


def _consent_state(state: ConsentState) -> str:
    return {
        ConsentState.OPTED_IN: "given",
        ConsentState.OPTED_OUT: "withdrawn",
        ConsentState.NONE: "not_given",
    }[state]


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
    voided = event.voided_by_event_id is not None
    by_person = event.action is not Action.VOID  # a void is the shop correcting its records
    return {
        "event_id": event.event_id,
        "event_time": event.occurred_at.isoformat(),
        "event_type": CONSENT_TYPE,
        "event_state": event_state(event.action.value, voided),
        "entity_id": PRINCIPAL_ENTITY if by_person else CONTROLLER_ID,
        "action": event.action.value,
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


def _controller(proof: Proof) -> dict[str, Any]:
    contact = [{"channel": "whatsapp", "value": n} for n in proof.senders]
    if proof.privacy.whatsapp and proof.privacy.whatsapp not in proof.senders:
        contact.insert(0, {"channel": "whatsapp", "value": proof.privacy.whatsapp})
    if proof.privacy.email:
        contact.append({"channel": "email", "value": proof.privacy.email})
    return {
        "party_id": CONTROLLER_ID,
        "party_type": "organisation",
        "party_role": "pii_controller",
        "party_name": proof.business,
        "party_address": proof.address or None,
        "party_contact": contact,
        "country": proof.country,
    }


def _recipients(proof: Proof) -> list[dict[str, Any]]:
    return [
        {
            "party_id": f"recipient-{number}",
            "party_type": "organisation",
            "party_role": "third_party_recipient",
            "party_name": name,
        }
        for number, name in enumerate(shared_with(proof.privacy), start=1)
    ]


def _withdrawal(proof: Proof) -> dict[str, Any]:
    return {
        "methods": ["whatsapp_reply", "in_person", "phone_call", "in_writing"],
        "keyword": proof.stop_keyword,
        "contact": proof.privacy.whatsapp or (proof.senders[0] if proof.senders else None),
        "description": (
            f"Reply {proof.stop_keyword} on WhatsApp, or tell the shop in person, by phone or in "
            "writing; it takes effect for every kind of message it names, at once."
        ),
    }


def _retention(proof: Proof) -> dict[str, Any]:
    years = proof.privacy.retention_years
    return {
        "duration": f"P{years}Y",
        "starts": "after_withdrawal",
        "description": f"kept {years} years after the person opts out, then erased",
    }


def _purpose(proof: Proof, purpose: PurposeState, by_id: dict[int, ProofEvent]) -> dict[str, Any]:
    category = purpose.category
    setter = by_id.get(purpose.event_id) if purpose.event_id is not None else None
    return {
        "purpose_id": category.key,
        "purpose": category.label,
        "description": category.description,
        "purpose_category": category.kind.value,
        "lawful_basis": "consent",
        "channel": "WhatsApp",
        "pii_information": [dict(item) for item in PII_INFORMATION],
        "processing": {
            "operations": list(PROCESSING),
            "description": f"WhatsApp messages of this kind sent by {proof.business}",
        },
        "storage_locations": [
            {"location": proof.privacy.storage, "jurisdiction": proof.country},
        ],
        "retention_period": _retention(proof),
        "jurisdiction": proof.country,
        "recipient_third_parties": _recipients(proof),
        "withdrawal_method": _withdrawal(proof),
        "validity_duration": {"duration": None, "until": "withdrawn"},
        "state": purpose.state.value,
        "consent_state": _consent_state(purpose.state),
        "state_since": _when(purpose.since),
        "state_event_id": purpose.event_id,
        "collection_method": setter.method if setter else None,
        "notice": _notice(setter.notice) if setter else None,
    }


def _kantara(proof: Proof) -> dict[str, Any]:
    live = [e for e in proof.events if e.voided_by_event_id is None and e.action is not Action.VOID]
    latest = live[-1] if live else (proof.events[-1] if proof.events else None)
    moment = latest.occurred_at if latest else proof.generated_at
    recipients = list(shared_with(proof.privacy))
    return {
        "version": KANTARA_VERSION,
        "jurisdiction": proof.country,
        "consentTimestamp": int(moment.timestamp()),
        "collectionMethod": latest.method if latest else "none",
        "consentReceiptID": proof.record_id,
        "language": proof.language or None,
        "piiPrincipalId": proof.phone,
        "piiControllers": [
            {
                "piiController": proof.business,
                "contact": proof.privacy.whatsapp or ", ".join(proof.senders),
                "address": proof.address,
                "email": proof.privacy.email,
                "phone": proof.privacy.whatsapp or (proof.senders[0] if proof.senders else ""),
            }
        ],
        "policyUrl": proof.privacy.notice,
        "services": [
            {
                "service": f"WhatsApp messages from {proof.business}",
                "purposes": [
                    {
                        "purpose": p.category.label,
                        "purposeCategory": [p.category.kind.value],
                        "consentType": "EXPLICIT",
                        "piiCategory": [item["pii_category"] for item in PII_INFORMATION],
                        "primaryPurpose": p.category.kind is CategoryKind.SERVICE,
                        "termination": "when the person opts out",
                        "thirdPartyDisclosure": bool(recipients),
                        "thirdPartyName": "; ".join(recipients),
                    }
                    for p in proof.purposes
                ],
            }
        ],
        "sensitive": False,
        "spiCat": [],
    }


def proof_record(proof: Proof) -> dict[str, Any]:
    """The proof as a consent record with ISO/IEC TS 27560 element names and a Kantara
    CR 1.1 section."""
    by_id = {e.event_id: e for e in proof.events}
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "record_id": proof.record_id,
        "pii_principal_id": proof.phone,
        "pii_principal_name": proof.name or None,
        "language": proof.language or None,
        "jurisdiction": proof.country,
        "privacy_notice": {"location": proof.privacy.notice or None},
        "pii_controllers": [_controller(proof)],
        "purposes": [_purpose(proof, p, by_id) for p in proof.purposes],
        "events": [_event(e) for e in proof.events],
        "kantara": _kantara(proof),
        "ledger_head": {"hash": proof.ledger_head, "events": proof.ledger_events},
        "generated_time": proof.generated_at.isoformat(),
    }
