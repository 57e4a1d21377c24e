"""The consent record built from a proof: states per purpose and per event, the shop's
privacy settings and their defaults, the Kantara section."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from jsonschema import Draft202012Validator

from optin_desk.domain.consent import DEFAULT_CATEGORIES, Action, ConsentState
from optin_desk.domain.consent_record import event_state, proof_record
from optin_desk.domain.privacy import (
    DEFAULT_RECIPIENTS,
    KEPT_ON_COMPUTER,
    KEPT_ON_SERVER,
    MAX_PLACE,
    ShopPrivacy,
    kept_at,
    privacy_problems,
    shared_with,
)
from optin_desk.domain.proof import Proof, ProofEvent, PurposeState

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "docs" / "consent-record.schema.json").read_text("utf-8")
)
VALIDATOR = Draft202012Validator(SCHEMA)
WHEN = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
LATER = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
RECORD = "5f0c1a52-7d3e-4c55-9a8e-1b2c3d4e5f60"


def event(event_id: int, action: Action, at: datetime, **changes: object) -> ProofEvent:
    base = ProofEvent(
        event_id=event_id,
        action=action,
        scope="all",
        scope_label="every kind of message",
        method="in_person",
        occurred_at=at,
        recorded_at=at,
        recorded_by="Sam",
        notice=None,
        form_serial="",
        evidence_sha256="",
        note="",
        customer_words="",
        reason="",
        confirmation_text="Corner Shop: no more messages. Reply START to opt in again."
        if action is Action.OPT_OUT
        else "",
        confirmation_sent_at=None,
        voids_event_id=None,
        voided_by_event_id=None,
        void_reason="",
        event_hash="c" * 64,
    )
    return replace(base, **changes)


def proof(*events: ProofEvent, privacy: ShopPrivacy | None = None) -> Proof:
    orders, _, offers = DEFAULT_CATEGORIES
    return Proof(
        business="Corner Shop",
        address="",
        country="GB",
        senders=("+447911000111",),
        phone="+447400123456",
        name="",
        language="",
        purposes=(
            PurposeState(orders, ConsentState.OPTED_IN, WHEN, 1),
            PurposeState(offers, ConsentState.OPTED_OUT, LATER, 2),
        ),
        events=events,
        ledger_head="d" * 64,
        ledger_events=len(events),
        generated_at=LATER,
        record_id=RECORD,
        privacy=privacy
        or ShopPrivacy(
            whatsapp="+447911000111",
            storage=KEPT_ON_COMPUTER,
            recipients=DEFAULT_RECIPIENTS,
        ),
    )


def test_the_defaults_say_where_records_are_and_who_receives_them() -> None:
    assert kept_at(ShopPrivacy(), on_server=False) == KEPT_ON_COMPUTER
    assert kept_at(ShopPrivacy(), on_server=True) == KEPT_ON_SERVER
    assert kept_at(ShopPrivacy(storage="  the safe  "), on_server=True) == "the safe"
    assert shared_with(ShopPrivacy()) == (DEFAULT_RECIPIENTS,)
    assert shared_with(ShopPrivacy(recipients=" Meta ;; Chatty BSP ; ")) == ("Meta", "Chatty BSP")


def test_overlong_or_multi_line_privacy_lines_are_refused() -> None:
    assert privacy_problems("", "", 3, "x" * MAX_PLACE, "Meta") == []
    long = privacy_problems("", "", 3, "x" * (MAX_PLACE + 1))
    assert long == [f"the line saying where records are kept is longer than {MAX_PLACE} characters"]
    broken = privacy_problems("", "", 3, "", "Meta\nChatty")
    assert broken == ["the line saying who receives them holds a line break or control character"]


def test_event_states_follow_the_action_and_any_void() -> None:
    assert event_state("opt_in", voided=False) == "given"
    assert event_state("opt_out", voided=False) == "withdrawn"
    assert event_state("opt_in", voided=True) == "invalidated"
    assert event_state("void", voided=False) == "invalidated"


def test_a_state_per_purpose_not_one_from_the_latest_event() -> None:
    record = proof_record(
        proof(
            event(1, Action.OPT_IN, WHEN, method="phone_call"),
            event(2, Action.OPT_OUT, LATER, scope="marketing", method="whatsapp_reply"),
        )
    )
    assert list(VALIDATOR.iter_errors(record)) == []
    states = [
        (p["purpose_id"], p["consent_state"], p["collection_method"]) for p in record["purposes"]
    ]
    assert states == [("orders", "given", "phone_call"), ("offers", "withdrawn", "whatsapp_reply")]
    assert "event_state" not in record
    assert record["kantara"]["consentTimestamp"] == int(LATER.timestamp())
    assert record["kantara"]["collectionMethod"] == "whatsapp_reply"


def test_with_every_event_voided_the_receipt_names_the_last_one() -> None:
    record = proof_record(
        proof(
            event(1, Action.OPT_IN, WHEN, voided_by_event_id=2),
            event(2, Action.VOID, LATER, voids_event_id=1, void_reason="wrong person"),
        )
    )
    assert list(VALIDATOR.iter_errors(record)) == []
    assert [e["event_state"] for e in record["events"]] == ["invalidated", "invalidated"]
    assert [e["entity_id"] for e in record["events"]] == ["pii_principal", "controller-1"]
    assert record["kantara"]["consentTimestamp"] == int(LATER.timestamp())


def test_the_shops_own_lines_reach_every_purpose_and_the_receipt() -> None:
    privacy = ShopPrivacy(
        whatsapp="+447911000222",
        email="ann@corner.example",
        notice="on the wall by the till",
        retention_years=2,
        storage="the back office PC",
        recipients="Meta Platforms; Chatty BSP Ltd",
    )
    record = proof_record(proof(event(1, Action.OPT_IN, WHEN), privacy=privacy))
    assert list(VALIDATOR.iter_errors(record)) == []
    for purpose in record["purposes"]:
        assert purpose["storage_locations"] == [
            {"location": "the back office PC", "jurisdiction": "GB"}
        ]
        assert purpose["retention_period"]["duration"] == "P2Y"
        assert [p["party_name"] for p in purpose["recipient_third_parties"]] == [
            "Meta Platforms",
            "Chatty BSP Ltd",
        ]
        assert purpose["withdrawal_method"]["contact"] == "+447911000222"
    contact = record["pii_controllers"][0]["party_contact"]
    assert contact[0] == {"channel": "whatsapp", "value": "+447911000222"}
    assert {"channel": "email", "value": "ann@corner.example"} in contact
    assert record["privacy_notice"] == {"location": "on the wall by the till"}
    controller = record["kantara"]["piiControllers"][0]
    assert (controller["email"], controller["phone"]) == ("ann@corner.example", "+447911000222")
