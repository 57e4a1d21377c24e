"""public-key, checkpoint, and verify --checkpoint, tried as an attacker with the source would."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from optin_desk.domain.chain import GENESIS_HASH, STORED_ORDER, link_hash
from optin_desk.domain.checkpoint import Checkpoint
from optin_desk.domain.merkle import frontier_root
from optin_desk.services.checkpoints import log_path
from optin_desk.services.signing import sign
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import iter_chain_rows
from tests.command_line import CommandLine
from tests.pg import tamper

NUMBERS = [f"+4479111234{n:02d}" for n in range(10)]


def set_up(cli: CommandLine, count: int) -> None:
    cli("init", "--business", "Corner Shop", "--country", "GB")
    for number in NUMBERS[:count]:
        cli("optin", number, "--scope", "orders", "--method", "in_person")


def rewrite_from(location: str, event_id: int, note: str) -> None:
    """Change one event's note and recompute every hash after it, head too (triggers off)."""
    database = open_database(location, migrate=False)
    try:
        with database.reading() as session:
            events = [
                dict(zip(STORED_ORDER, row[: len(STORED_ORDER)], strict=True))
                for row in iter_chain_rows(session)
            ]
    finally:
        database.dispose()
    statements = [f"UPDATE consent_events SET note = '{note}' WHERE id = {event_id}"]
    previous = GENESIS_HASH
    for fields in events:
        if fields["event_id"] == event_id:
            fields["note"] = note
        new = link_hash(previous, fields)
        statements.append(
            f"UPDATE consent_events SET prev_hash = '{previous}', hash = '{new}' "
            f"WHERE id = {fields['event_id']}"
        )
        previous = new
    statements.append(f"UPDATE ledger_head SET head_hash = '{previous}'")
    tamper(location, *statements)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_public_key_prints_the_key_and_its_fingerprint(command_line: CommandLine) -> None:
    set_up(command_line, 0)
    shown = command_line("public-key").out.splitlines()
    assert shown[0].startswith("Public key (Ed25519, base64): ")
    assert len(shown[1].removeprefix("Fingerprint (SHA-256): ")) == 64
    assert command_line("public-key").out.splitlines() == shown


def test_a_checkpoint_taken_on_demand_is_written_and_held(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, 3)
    fingerprint = command_line("public-key").out.split()[-1]
    made = command_line("checkpoint", "--out", str(tmp_path / "now.json")).out
    assert "Checkpoint of 6 events" in made  # the three categories' kinds, then three people
    assert f"Signed by key {fingerprint}" in made
    command_line("optin", NUMBERS[5], "--scope", "orders", "--method", "in_person")
    checked = command_line("verify", "--checkpoint", str(tmp_path / "now.json")).out
    assert "ok: the ledger holds the 1 checkpoint found in" in checked
    assert "(the latest: 6 events" in checked


def test_a_rewritten_ledger_is_caught_by_a_backup_kept_away(
    command_line: CommandLine, stick: Path
) -> None:
    set_up(command_line, 5)
    command_line("backup", str(stick))
    command_line("optin", NUMBERS[6], "--scope", "orders", "--method", "in_person")
    rewrite_from(str(command_line.db), 2, "rewritten")
    beside = command_line("verify", expect=1).out  # the log beside the records: the backup's
    assert beside.startswith("ok: 9 events")  # the chain alone holds
    assert "the ledger's first 8 events do not give the root hash" in beside
    remove_the_log_beside(command_line)  # who rewrites the ledger may empty that too
    assert command_line("verify").out.startswith("ok: 9 events")  # fooled without it
    caught = command_line("verify", "--checkpoint", str(stick), expect=1).out
    assert "the ledger's first 8 events do not give the root hash" in caught
    assert ".checkpoint.json" in caught
    assert "broken: 1 checkpoint found in" in caught


def test_a_cut_tail_is_caught(command_line: CommandLine, stick: Path) -> None:
    set_up(command_line, 4)
    command_line("backup", str(stick))
    tamper(
        str(command_line.db),
        "DELETE FROM consent_state WHERE event_id > 5",
        "DELETE FROM consent_events WHERE id > 5",
        "UPDATE ledger_head SET event_count = 5, last_event_id = 5, head_hash = "
        "(SELECT hash FROM consent_events WHERE id = 5)",
    )
    beside = command_line("verify", expect=1).out
    assert "it counted 7 events on" in beside
    assert "but the ledger holds only 5: events were removed" in beside
    remove_the_log_beside(command_line)
    assert command_line("verify").code == 0
    caught = command_line("verify", "--checkpoint", str(stick), expect=1).out
    assert "it counted 7 events on" in caught


def remove_the_log_beside(command_line: CommandLine) -> None:
    """Delete the checkpoint log kept beside the records (for a server: on this computer)."""
    from optin_desk.services.checkpoints import log_path
    from optin_desk.storage.engine import open_database

    database = open_database(str(command_line.db), migrate=False)
    try:
        log = log_path(database)
    finally:
        database.dispose()
    assert log.is_file()
    log.unlink()


def test_an_altered_checkpoint_is_named(command_line: CommandLine, stick: Path) -> None:
    set_up(command_line, 2)
    command_line("checkpoint", "--out", str(stick / "kept.checkpoint.json"))
    data = json.loads((stick / "kept.checkpoint.json").read_text())
    data["tree_size"] = 1
    (stick / "kept.checkpoint.json").write_text(json.dumps(data))
    caught = command_line("verify", "--checkpoint", str(stick), expect=1).out
    assert "kept.checkpoint.json: its signature does not match" in caught


@pytest.mark.sqlite_only  # a second records file beside the first
def test_a_fabricated_ledger_is_caught(command_line: CommandLine, stick: Path) -> None:
    set_up(command_line, 3)
    command_line("backup", str(stick))
    original = Path(str(command_line.db))
    fake = CommandLine(original.with_name("fake.sqlite3"), command_line.capsys)
    set_up(fake, 5)
    original.unlink()
    shutil.move(original.with_name("fake.sqlite3"), original)
    caught = command_line("verify", "--checkpoint", str(stick), expect=1).out
    assert "the ledger's first 6 events do not give the root hash" in caught


def test_verify_checkpoint_refuses_what_is_not_one(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, 1)
    empty = tmp_path / "empty"
    empty.mkdir()
    ran = command_line("verify", "--checkpoint", str(empty), expect=2)
    assert ran.err.strip().startswith("optin-desk verify: no checkpoint found in")
    assert len(ran.err.strip().splitlines()) == 1
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    ran = command_line("verify", "--checkpoint", str(other), expect=2)
    assert "cannot be read as a checkpoint" in ran.err


@pytest.mark.sqlite_only  # restores a file backup
def test_after_a_restore_a_checkpoint_of_the_replaced_records_says_why(
    command_line: CommandLine, stick: Path, tmp_path: Path
) -> None:
    set_up(command_line, 3)
    command_line("backup", str(stick))
    for number in NUMBERS[5:7]:
        command_line("optin", number, "--scope", "orders", "--method", "in_person")
    later = tmp_path / "later"
    later.mkdir()
    command_line("checkpoint", "--out", str(later))
    backup = next(stick.glob("*.sqlite3"))
    command_line("restore", str(backup))
    assert "ok: the ledger holds the" in command_line("verify", "--checkpoint", str(stick)).out
    explained = command_line("verify", "--checkpoint", str(later)).out
    assert "its 8 events" in explained
    assert "were replaced by the restore of" in explained


def test_a_checkpoint_signed_by_another_key_is_pointed_out(
    command_line: CommandLine, stick: Path
) -> None:
    set_up(command_line, 2)
    command_line("checkpoint", "--out", str(stick / "ours.checkpoint.json"))
    key_folder = next(Path(os.environ["XDG_DATA_HOME"]).glob("*/keys"))
    shutil.rmtree(key_folder)  # an attacker's key in place of the shop's
    command_line("checkpoint", "--out", str(stick / "theirs.checkpoint.json"))
    shutil.rmtree(key_folder)
    command_line("public-key")  # the shop's computer, with a key of its own again
    checked = command_line("verify", "--checkpoint", str(stick)).out
    assert checked.count("signed by another computer's key") == 2


def test_a_checkpoint_extended_from_a_forged_frontier_is_caught(
    command_line: CommandLine, tmp_path: Path
) -> None:
    """Someone who can write the log and sign with the shop's key forges the frontier kept
    with the last checkpoint: the next printed batch carries a root the ledger does not have."""
    set_up(command_line, 3)
    command_line("forms", "--count", "1", "--out", str(tmp_path / "one.pdf"))
    database = open_database(str(command_line.db))
    log = log_path(database)
    database.dispose()
    data = json.loads(log.read_text("utf-8").splitlines()[-1])
    nodes = [bytes.fromhex(value) for value in data["frontier"]]
    nodes[0] = hashlib.sha256(b"forged").digest()
    forged = sign(
        Checkpoint(
            data["tree_size"], frontier_root(nodes).hex(), data["head_hash"], data["made_at"]
        ),
        None,
    )
    with log.open("a", encoding="utf-8") as out:
        line = forged.to_json() | {"frontier": [node.hex() for node in nodes]}
        out.write(json.dumps(line | {"last_event_id": data["last_event_id"]}) + "\n")
    command_line("optin", NUMBERS[5], "--scope", "orders", "--method", "in_person")
    command_line("forms", "--count", "1", "--out", str(tmp_path / "two.pdf"))
    extended = json.loads(log.read_text("utf-8").splitlines()[-1])
    assert extended["tree_size"] == data["tree_size"] + 1
    caught = command_line("verify", "--checkpoint", str(log), expect=1).out
    assert f"{log} line 3" in caught  # the checkpoint made from the forged frontier
    assert "broken: 2 checkpoints found in" in caught  # it, and the forged line
    assert "are not in the ledger (of 3 in all)" in caught
