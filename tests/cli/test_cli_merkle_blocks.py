"""The stored Merkle blocks from the command line: verify checks each against the ledger and
names a changed, missing or extra one; a proof made after such an edit still holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.pg import tamper

ANN = "+447911123456"


@pytest.fixture
def cli(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Corner Shop", "--country", "GB")
    command_line("demo", "--contacts", "400")  # over two blocks of 256 events
    return command_line


def codes(cli: CommandLine) -> list[str]:
    report = json.loads(cli("verify", "--json", expect=1).out)
    assert report["ok"] is False
    return [finding["code"] for finding in report["findings"]]


def test_untouched_blocks_pass(cli: CommandLine) -> None:
    report = json.loads(cli("verify", "--json").out)
    assert report["chain"]["events"] >= 512
    assert report["findings"] == []


def test_a_changed_block_root_fails_verify_in_words_and_json(cli: CommandLine) -> None:
    tamper(str(cli.db), "UPDATE merkle_blocks SET root = '" + "ab" * 32 + "' WHERE block_index = 1")
    said = cli("verify", expect=1).out
    assert "the stored Merkle root of block 1 (the events up to" in said
    assert codes(cli) == ["merkle_block_differs"]


def test_a_moved_block_range_fails_verify(cli: CommandLine) -> None:
    tamper(str(cli.db), "UPDATE merkle_blocks SET last_event_id = last_event_id - 1")
    found = codes(cli)
    assert len(found) >= 2  # every block's range moved
    assert set(found) == {"merkle_block_differs"}


def test_a_deleted_and_an_added_block_fail_verify(cli: CommandLine) -> None:
    tamper(
        str(cli.db),
        "DELETE FROM merkle_blocks WHERE block_index = 0",
        "INSERT INTO merkle_blocks (block_index, last_event_id, root) VALUES (90, 999999, '"
        + "cd" * 32
        + "')",
    )
    said = cli("verify", expect=1).out
    assert "the Merkle root of block 0 (the events up to" in said
    assert "a Merkle root is stored for block 90, which the ledger does not hold" in said
    assert codes(cli) == ["merkle_block_missing", "merkle_block_extra"]


def test_a_proof_after_a_changed_block_still_checks(cli: CommandLine, tmp_path: Path) -> None:
    cli("optin", ANN, "--scope", "orders", "--method", "in_person")
    cli("proof", ANN, "--out", str(tmp_path / "first.json"))  # logs the checkpoint's frontier
    tamper(str(cli.db), "UPDATE merkle_blocks SET root = '" + "ab" * 32 + "' WHERE block_index = 0")
    cli("optin", ANN, "--scope", "offers", "--method", "in_person")
    second = tmp_path / "second.json"
    cli("proof", ANN, "--out", str(second))
    assert cli("verify-proof", str(second)).out.startswith("ok: 2 events recompute")
    record = json.loads(second.read_text(encoding="utf-8"))
    assert len(record["anchor"]["events"]) == 2
