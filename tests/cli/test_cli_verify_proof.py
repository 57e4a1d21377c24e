"""verify-proof: a proof JSON checks on its own, and any edit of what the chain covers fails."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from optin_desk.cli import main
from tests.command_line import CommandLine

PERSON = "+447911123456"
SHOWN_FIELDS = (
    "action",
    "event_type",
    "entity_id",
    "event_state",
    "event_time",
    "recorded_time",
    "recorded_by",
    "purposes",
    "collection_method",
    "form_serial",
    "note",
    "pii_principal_words",
    "reason",
    "invalidates_event_id",
    "invalidated_by_event_id",
    "invalidation_reason",
    "event_hash",
)


@pytest.fixture
def proof(command_line: CommandLine, tmp_path: Path) -> Path:
    cli = command_line
    cli("init", "--business", "Corner Shop", "--country", "GB")
    cli("optin", "+447911123400", "--scope", "orders", "--method", "in_person")
    cli("optin", PERSON, "--scope", "orders", "--method", "phone_call", "--note", "asked")
    cli("optin", PERSON, "--scope", "offers", "--method", "in_person", "--by", "Sam")
    cli("optout", PERSON, "--scope", "marketing", "--method", "whatsapp_reply", "--words", "STOP")
    cli("void", "5", "--reason", "typed twice")  # after the 3 kinds and the first opt-in
    cli("optin", "+447911123401", "--scope", "orders", "--method", "in_person")
    target = tmp_path / "proof.json"
    cli("proof", PERSON, "--out", str(target))
    return target


def check(path: Path, *extra: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["verify-proof", str(path), *extra])
    return code, capsys.readouterr().out


def edited(proof: Path, change: Any) -> Path:
    record = json.loads(proof.read_text())
    change(record)
    target = proof.with_name("edited.json")
    target.write_text(json.dumps(record))
    return target


def altered(value: object) -> object:
    if isinstance(value, bool) or value is None:
        return "x"
    if isinstance(value, int):
        return value + 1
    if isinstance(value, list):
        return [*value, "x"]
    return f"{value}x"


def test_a_proof_verifies_without_any_database(
    proof: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPTIN_DESK_DB", str(tmp_path / "nowhere" / "none.sqlite3"))
    code, out = check(proof, capsys=capsys)
    assert code == 0, out
    assert out.startswith(
        "ok: 4 events recompute to their hashes and are in the ledger of 9 events"
    )
    assert not (tmp_path / "nowhere").exists()


def test_the_shops_key_is_checked_when_given(
    command_line: CommandLine, proof: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = command_line("public-key").out.splitlines()
    key = shown[0].split()[-1]
    fingerprint = shown[1].split()[-1]
    assert check(proof, "--key", key, capsys=capsys)[0] == 0
    assert check(proof, "--key", fingerprint, capsys=capsys)[0] == 0
    code, out = check(proof, "--key", "a" * 64, capsys=capsys)
    assert code == 1
    assert "not by the key given" in out
    assert check(proof, "--key", "not a key", capsys=capsys)[0] == 2


def test_any_edit_of_a_shown_event_field_fails(
    proof: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = json.loads(proof.read_text())["events"]
    for field in SHOWN_FIELDS:
        for index, event in enumerate(events):

            def change(record: dict[str, Any], i: int = index, name: str = field) -> None:
                record["events"][i][name] = altered(record["events"][i][name])

            code, out = check(edited(proof, change), capsys=capsys)
            assert code == 1, (field, index, out)
            assert out.startswith(f"altered: event {event['event_id']}:"), out


def test_edits_of_notice_evidence_and_confirmation_fail(
    proof: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = json.loads(proof.read_text())
    with_notice = next(i for i, e in enumerate(record["events"]) if e["notice"])
    opt_out = next(i for i, e in enumerate(record["events"]) if e["action"] == "opt_out")
    changes = [
        lambda r: r["events"][with_notice]["notice"].update(text="You agree to everything."),
        lambda r: r["events"][with_notice]["notice"]["hash"].update(value="0" * 64),
        lambda r: r["events"][opt_out]["confirmation"].update(text="Nothing stops."),
        lambda r: r["events"][opt_out].update(evidence={"sha256": "1" * 64}),
    ]
    for change in changes:
        code, out = check(edited(proof, change), capsys=capsys)
        assert code == 1, out
        assert "differs from the chained record" in out


def test_any_edit_of_the_record_around_the_events_fails(
    proof: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = json.loads(proof.read_text())
    assert record["anchor"]["record_sha256"]
    changes = [
        lambda r: r.update(record_id="00000000-0000-4000-8000-000000000000"),
        lambda r: r["purposes"][0].update(retention_period="P99Y"),
        lambda r: r["pii_controllers"][0].update(party_name="Another Shop"),
        lambda r: r["kantara"].update(sensitive=True),
        lambda r: r.update(extra="added"),
        lambda r: r.pop("jurisdiction"),
    ]
    for change in changes:
        code, out = check(edited(proof, change), capsys=capsys)
        assert code == 1, out
        assert out.startswith("altered:"), out
        assert "consent record around the events was altered" in out
    forged = edited(proof, lambda r: r["anchor"].update(record_sha256="0" * 64))
    code, out = check(forged, capsys=capsys)
    assert code == 1
    assert "the signed list of the person's events does not match the proof" in out, out


def test_removed_added_or_forged_events_fail(
    proof: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def remove_everywhere(record: dict[str, Any]) -> None:
        del record["events"][1]
        del record["anchor"]["events"][1]

    def remove_shown(record: dict[str, Any]) -> None:
        del record["events"][2]

    def add_copy(record: dict[str, Any]) -> None:
        record["anchor"]["events"].append(copy.deepcopy(record["anchor"]["events"][0]))
        record["events"].append(copy.deepcopy(record["events"][0]))

    def forge_chained(record: dict[str, Any]) -> None:
        record["anchor"]["events"][0]["chained_fields"]["scope"] = "offers"
        record["events"][0]["purposes"] = ["offers"]

    def forge_path(record: dict[str, Any]) -> None:
        path = record["anchor"]["events"][1]["inclusion_proof"]
        path[0] = "0" * 64

    def forge_root(record: dict[str, Any]) -> None:
        record["anchor"]["checkpoint"]["root_hash"] = "f" * 64

    def unsign(record: dict[str, Any]) -> None:
        record["anchor"]["checkpoint"]["signature"] = ""
        record["anchor"]["checkpoint"]["public_key"] = ""
        record["anchor"]["checkpoint"]["key_fingerprint"] = ""

    expected = {
        remove_everywhere: "signed list of the person's events does not match",
        remove_shown: "an event was removed or added",
        add_copy: "signed list of the person's events does not match",
        forge_chained: "its chained fields do not give its hash",
        forge_path: "its inclusion proof does not lead to the checkpoint's root",
        forge_root: "signature does not match its contents",
        unsign: "is not signed",
    }
    for change, message in expected.items():
        code, out = check(edited(proof, change), capsys=capsys)
        assert code == 1, (change.__name__, out)
        assert message in out, (change.__name__, out)


def test_a_proof_without_the_pin_is_not_anchored_and_says_so(
    command_line: CommandLine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command_line("init", "--business", "Corner Shop", "--country", "GB")
    command_line("pin", "135791")
    command_line("optin", PERSON, "--scope", "orders", "--method", "in_person")
    target = tmp_path / "bare.json"
    made = command_line("proof", PERSON, "--out", str(target))
    assert "not anchored to a signed checkpoint" in made.err
    code, out = check(target, capsys=capsys)
    assert code == 1
    assert "no anchor section" in out
    command_line("--pin", "135791", "proof", PERSON, "--out", str(target))
    assert check(target, capsys=capsys)[0] == 0


def test_a_file_that_is_not_a_proof_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2")
    code = main(["verify-proof", str(broken)])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot be read as a proof JSON" in err
    assert main(["verify-proof", str(tmp_path / "missing.json")]) == 2
