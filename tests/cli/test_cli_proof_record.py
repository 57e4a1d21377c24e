"""The proof JSON as an ISO/IEC TS 27560 consent record with a Kantara CR 1.1 section: real
proofs (paper, phone call, opt-out, void, erased then back) validate against the schema kept in
docs/, carry every element the issue names, and say what the shop's privacy settings say."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from optin_desk.domain.consent import Method
from tests.command_line import CommandLine
from tests.paper_forms import printed_by_command

SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "consent-record.schema.json"
TOP = (
    "schema_version",
    "record_id",
    "pii_principal_id",
    "language",
    "privacy_notice",
    "pii_controllers",
    "purposes",
    "events",
    "kantara",
)
CONTROLLER = (
    "party_id",
    "party_type",
    "party_role",
    "party_name",
    "party_address",
    "party_contact",
)
PURPOSE = (
    "purpose",
    "lawful_basis",
    "pii_information",
    "processing",
    "storage_locations",
    "retention_period",
    "jurisdiction",
    "recipient_third_parties",
    "withdrawal_method",
    "validity_duration",
    "collection_method",
    "notice",
    "consent_state",
)
EVENT = ("event_time", "event_type", "event_state", "entity_id", "collection_method", "notice")
KANTARA = (
    "version",
    "jurisdiction",
    "consentTimestamp",
    "collectionMethod",
    "consentReceiptID",
    "piiPrincipalId",
    "piiControllers",
    "policyUrl",
    "services",
    "sensitive",
    "spiCat",
)
PAPER, PHONE, BACK = "+447911123456", "+447911123457", "+447911123458"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def proof_of(cli: CommandLine, number: str, target: Path) -> dict[str, Any]:
    cli("proof", number, "--out", str(target))
    record: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return record


def problems(validator: Draft202012Validator, record: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(record)]


def test_the_schema_requires_every_element_and_knows_every_method() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert set(TOP) <= set(schema["required"])
    controller = schema["properties"]["pii_controllers"]["items"]["required"]
    assert set(CONTROLLER) <= set(controller)
    assert set(PURPOSE) <= set(defs["purpose"]["required"])
    assert set(EVENT) <= set(defs["event"]["required"])
    assert set(KANTARA) <= set(defs["kantara"]["required"])
    assert set(defs["method"]["enum"]) == {m.value for m in Method}


def test_real_proofs_validate_and_say_what_the_records_hold(
    command_line: CommandLine, tmp_path: Path, validator: Draft202012Validator
) -> None:
    cli = command_line
    cli("init", "--business", "Corner Shop", "--country", "GB", "--address", "1 High St",
        "--email", "ann@corner.example", "--privacy-notice", "https://corner.example/privacy",
        "--keep-years", "4")  # fmt: skip
    scan = tmp_path / "form.png"
    scan.write_bytes(b"\x89PNG signed form")
    (serial,) = printed_by_command(cli, tmp_path)
    cli("optin", PAPER, "--scope", "all", "--method", "paper_form", "--evidence", str(scan),
        "--serial", serial, "--at", "2026-03-02")  # fmt: skip
    cli("optin", PHONE, "--scope", "all", "--method", "phone_call", "--note", "asked")
    cli("optout", PHONE, "--scope", "marketing", "--method", "whatsapp_reply", "--words", "STOP")
    cli("optin", PHONE, "--scope", "delivery", "--method", "in_person")
    cli("void", "7", "--reason", "typed by mistake")  # after the 3 kinds: the delivery opt-in

    paper = proof_of(cli, PAPER, tmp_path / "paper.json")
    phone = proof_of(cli, PHONE, tmp_path / "phone.json")
    for record in (paper, phone):
        assert problems(validator, record) == []
        assert "anchor" in record  # the anchored proof keeps its anchor section

    # a random, stable record id per person, never the number's hash
    assert uuid.UUID(paper["record_id"]).version == 4
    assert paper["record_id"] != phone["record_id"]
    assert proof_of(cli, PAPER, tmp_path / "again.json")["record_id"] == paper["record_id"]
    assert paper["kantara"]["consentReceiptID"] == paper["record_id"]

    # the shop's privacy settings, defaults filled in where the shop said nothing
    controller = paper["pii_controllers"][0]
    assert controller["party_name"] == "Corner Shop"
    assert controller["party_address"] == "1 High St"
    assert {"channel": "email", "value": "ann@corner.example"} in controller["party_contact"]
    assert paper["privacy_notice"]["location"] == "https://corner.example/privacy"
    assert paper["kantara"]["policyUrl"] == "https://corner.example/privacy"
    orders = paper["purposes"][0]
    assert orders["retention_period"]["duration"] == "P4Y"
    kept = orders["storage_locations"][0]["location"]
    on_server = str(cli.db).startswith("postgresql")
    assert kept.startswith("the shop's own database server" if on_server else "this computer")
    assert [p["party_name"] for p in orders["recipient_third_parties"]] == [
        "Meta Platforms, as the provider of WhatsApp"
    ]
    assert orders["withdrawal_method"]["keyword"] == "STOP"
    assert orders["collection_method"] == "paper_form"

    # events: the consent type, a state each, who acted; the method and notice of each
    kinds = [(e["action"], e["event_state"], e["entity_id"]) for e in phone["events"]]
    assert kinds == [
        ("opt_in", "given", "pii_principal"),
        ("opt_out", "withdrawn", "pii_principal"),
        ("opt_in", "invalidated", "pii_principal"),
        ("void", "invalidated", "controller-1"),
    ]
    assert {e["event_type"] for e in phone["events"]} == {"expressed"}
    assert [e["collection_method"] for e in phone["events"]] == [
        "phone_call",
        "whatsapp_reply",
        "in_person",
        "in_person",
    ]
    assert phone["events"][0]["notice"]["text"]  # the wording in force at the phone call

    # a state per purpose: orders still given by phone, marketing withdrawn, not one state
    states = {p["purpose_id"]: p["consent_state"] for p in phone["purposes"]}
    assert states == {"orders": "given", "delivery": "given", "offers": "withdrawn"}
    by_key = {p["purpose_id"]: p for p in phone["purposes"]}
    assert by_key["offers"]["collection_method"] == "whatsapp_reply"
    assert by_key["orders"]["collection_method"] == "phone_call"
    assert "event_state" not in phone

    # Kantara: the latest live consent transaction (the opt-out), as seconds since 1970
    opt_out_time = datetime.fromisoformat(phone["events"][1]["event_time"])
    assert phone["kantara"]["consentTimestamp"] == int(opt_out_time.timestamp())
    assert phone["kantara"]["collectionMethod"] == "whatsapp_reply"
    assert phone["kantara"]["sensitive"] is False
    assert phone["kantara"]["spiCat"] == []
    assert datetime.fromtimestamp(paper["kantara"]["consentTimestamp"], UTC).date().isoformat() == (
        "2026-03-02"
    )


def test_an_erased_person_who_comes_back_gets_a_new_record(
    command_line: CommandLine, tmp_path: Path, validator: Draft202012Validator
) -> None:
    cli = command_line
    cli("init", "--business", "Corner Shop", "--country", "GB",
        "--records-kept-at", "the back office PC and a USB stick in the safe",
        "--shared-with", "Meta Platforms; Chatty BSP Ltd")  # fmt: skip
    cli("optin", BACK, "--scope", "all", "--method", "in_person")
    before = proof_of(cli, BACK, tmp_path / "before.json")
    cli("erase", BACK)
    cli("proof", BACK, "--out", str(tmp_path / "gone.json"), expect=1)
    cli("optin", BACK, "--scope", "offers", "--method", "sms", "--lift-erasure")
    after = proof_of(cli, BACK, tmp_path / "after.json")
    assert problems(validator, before) == problems(validator, after) == []
    assert after["record_id"] != before["record_id"]  # nothing ties the new record to the old
    assert [e["action"] for e in after["events"]] == ["opt_in"]
    offers = next(p for p in after["purposes"] if p["purpose_id"] == "offers")
    assert offers["storage_locations"][0]["location"] == (
        "the back office PC and a USB stick in the safe"
    )
    names = [p["party_name"] for p in offers["recipient_third_parties"]]
    assert names == ["Meta Platforms", "Chatty BSP Ltd"]
    assert after["kantara"]["services"][0]["purposes"][0]["thirdPartyName"] == (
        "Meta Platforms; Chatty BSP Ltd"
    )


def test_the_schema_refuses_a_record_missing_an_element(
    command_line: CommandLine, tmp_path: Path, validator: Draft202012Validator
) -> None:
    command_line("init", "--business", "Corner Shop", "--country", "GB")
    command_line("optin", PAPER, "--scope", "all", "--method", "in_person")
    record = proof_of(command_line, PAPER, tmp_path / "p.json")
    for name in TOP:
        cut = {k: v for k, v in record.items() if k != name}
        assert problems(validator, cut), name
    for name in PURPOSE:
        cut = json.loads(json.dumps(record))
        del cut["purposes"][0][name]
        assert problems(validator, cut), name
    for name in KANTARA:
        cut = json.loads(json.dumps(record))
        del cut["kantara"][name]
        assert problems(validator, cut), name
    wrong = json.loads(json.dumps(record))
    wrong["events"][0]["event_type"] = "opt_in"
    assert problems(validator, wrong)
