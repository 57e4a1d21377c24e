"""The person bound into the chain, and the records key kept outside the records (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.pg import tamper

ANN = "07911 123456"
BOB = "07400 654321"


@pytest.fixture
def cli(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    for number in (ANN, BOB):
        command_line("optin", number, "--scope", "offers", "--method", "in_person", "--by", "Jo")
    return command_line


def test_two_peoples_numbers_swapped_in_the_file_are_caught(cli: CommandLine) -> None:
    assert cli("verify").stdout.startswith("ok: 5 events")  # the shop's 3 kinds, 2 opt-ins
    tamper(
        cli.db,
        "UPDATE contacts SET phone_e164 = 'swap' WHERE id = 1",
        "UPDATE contacts SET phone_e164 = '+447911123456' WHERE id = 2",
        "UPDATE contacts SET phone_e164 = '+447400654321' WHERE id = 1",
    )
    said = cli("verify", expect=1).stdout
    assert said.startswith("broken:")
    assert "the number of contact 1, 2 is not the number its key was made from" in said


def test_keys_swapped_with_the_numbers_are_caught_by_the_chained_key(cli: CommandLine) -> None:
    tamper(
        cli.db,
        "UPDATE contacts SET phone_e164 = 'swap', contact_key = 'k' WHERE id = 1",
        "UPDATE contacts SET phone_e164 = '+447911123456', contact_key = "
        "(SELECT contact_key FROM consent_events WHERE contact_id = 1) WHERE id = 2",
        "UPDATE contacts SET phone_e164 = '+447400654321', contact_key = "
        "(SELECT contact_key FROM consent_events WHERE contact_id = 2) WHERE id = 1",
    )
    said = cli("verify", expect=1).stdout
    assert said.startswith("broken: event 4: it belongs to contact 1, whose row now carries")


def test_a_second_computer_without_the_key_says_so_until_it_imports_it(
    cli: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("erase", ANN, "--by", "Owner")
    carried = tmp_path / "carried" / "records.key"
    carried.parent.mkdir()
    assert "Wrote the records key" in cli("records-key", "--out", str(carried)).stdout
    assert carried.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "second-computer"))
    missing = "the records key is not on this computer"
    status = cli("status", ANN).stdout
    assert "erased on" not in status
    told = [line for line in status.splitlines() if missing in line]
    assert len(told) == 1
    assert told[0].startswith("note: ")
    assert "records-key --import FILE" in told[0]
    assert json.loads(cli("status", ANN, "--json").stdout)["cannot_tell"].startswith(missing)
    verified = cli("verify").stdout.splitlines()
    assert verified[0].startswith("ok: 5 events")
    assert sum(missing in line for line in verified) == 1
    refused = cli("optin", ANN, "--scope", "offers", "--method", "in_person", expect=2)
    assert missing in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert "Kept the records key" in cli("records-key", "--import", str(carried)).stdout
    assert "erased on" in cli("status", ANN).stdout
    assert missing not in cli("verify").stdout


def test_a_key_from_other_records_is_refused(
    cli: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.key"
    other.write_text("optin-desk records key\nid " + "a" * 32 + "\nkey " + "b" * 64 + "\n")
    refused = cli("records-key", "--import", str(other), expect=2)
    assert "is the key of other records" in refused.err
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("hello")
    assert "is not a records key" in cli("records-key", "--import", str(not_a_key), expect=2).err
