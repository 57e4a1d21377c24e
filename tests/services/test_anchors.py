"""The signing key and checkpoints: made, kept outside the records, signed, and checked."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from optin_desk.domain.checkpoint import read_checkpoint
from optin_desk.services.backups import make_backup
from optin_desk.services.checkpoints import (
    check_checkpoints,
    checkpoint_file_for,
    log_path,
    take_checkpoint,
    write_checkpoint,
)
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.errors import InputError
from optin_desk.services.owner import set_owner_pin
from optin_desk.services.signing import (
    PRIVATE_FILE,
    key_folder,
    load_private_key,
    public_key,
    signature_valid,
)
from optin_desk.storage.engine import Database

PIN = "246810"


def opt_in(database: Database, *numbers: str) -> None:
    with database.sessions() as session:
        for number in numbers:
            record_opt_in(
                session,
                OptInRequest(phone=number, scopes=["orders"], method="in_person"),
                database.evidence_dir,
            )


def test_the_key_is_made_at_set_up_outside_the_records_and_owner_only(
    database: Database,
) -> None:
    folder = key_folder()
    assert folder.parent.name == "OptIn Desk"
    private = folder / PRIVATE_FILE
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    key = public_key()
    assert key is not None
    assert len(key.fingerprint) == 64
    assert b"ENCRYPTED" not in private.read_bytes()  # no PIN yet
    if database.sqlite_path is not None:
        assert folder not in database.sqlite_path.parents
        assert key.raw not in database.sqlite_path.read_bytes()


def test_the_owner_pin_locks_the_key_and_follows_its_changes(database: Database) -> None:
    private = key_folder() / PRIVATE_FILE
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    assert b"ENCRYPTED" in private.read_bytes()
    assert load_private_key(None) is None
    assert load_private_key("999999") is None
    assert load_private_key(PIN) is not None
    with database.sessions() as session:
        set_owner_pin(session, "135791", PIN)
    assert load_private_key(PIN) is None
    assert load_private_key("135791") is not None
    with database.sessions() as session:
        set_owner_pin(session, "", "135791")
    assert load_private_key(None) is not None


def test_a_checkpoint_is_signed_logged_and_held(database: Database, tmp_path: Path) -> None:
    opt_in(database, "07911123456", "07911123457")
    checkpoint = take_checkpoint(database, None)
    assert checkpoint.tree_size == 5  # the shop's 3 categories' kinds, then 2 opt-ins
    assert signature_valid(checkpoint) is True
    key = public_key()
    assert key is not None
    assert checkpoint.key_fingerprint == key.fingerprint
    logged = log_path(database).read_text().splitlines()
    assert [read_checkpoint(json.loads(line)) for line in logged] == [checkpoint]
    written = write_checkpoint(checkpoint, tmp_path)
    opt_in(database, "07911123458")
    findings = check_checkpoints(database, written)
    assert [finding.ok for finding in findings] == [True], findings
    assert "holds its 5 events" in findings[0].message


def test_a_locked_key_without_the_pin_leaves_the_checkpoint_unsigned(
    database: Database,
) -> None:
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    opt_in(database, "07911123456")
    bare = take_checkpoint(database, None)
    assert not bare.signed
    assert signature_valid(bare) is None
    signed = take_checkpoint(database, PIN)
    assert signature_valid(signed) is True


def test_an_altered_checkpoint_fails_its_signature(database: Database, tmp_path: Path) -> None:
    opt_in(database, "07911123456", "07911123457")
    checkpoint = take_checkpoint(database, None)
    data = checkpoint.to_json()
    data["made_at"] = "2026-01-01T00:00:00.000000Z"
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "moved.checkpoint.json").write_text(json.dumps(data))
    findings = check_checkpoints(database, stick)
    assert [finding.ok for finding in findings] == [False]
    assert "signature does not match" in findings[0].message


@pytest.mark.usefixtures("backend")
def test_every_backup_leaves_a_checkpoint_beside_it(database: Database, tmp_path: Path) -> None:
    opt_in(database, "07911123456", "07911123457", "07911123458")
    stick = tmp_path / "stick"
    stick.mkdir()
    made = make_backup(database, stick)
    beside = checkpoint_file_for(made.path)
    checkpoint = read_checkpoint(json.loads(beside.read_text()))
    assert (checkpoint.tree_size, checkpoint.head_hash) == (made.events, made.head)
    assert signature_valid(checkpoint) is True
    assert stat.S_IMODE(beside.stat().st_mode) == 0o600
    assert checkpoint.dumps() in log_path(database).read_text()
    opt_in(database, "07911123459")
    assert all(finding.ok for finding in check_checkpoints(database, stick))


def test_nothing_to_check_is_bad_input(database: Database, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no checkpoint found in"):
        check_checkpoints(database, tmp_path / "empty")
    with pytest.raises(InputError, match="does not exist"):
        check_checkpoints(database, tmp_path / "missing.json")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    with pytest.raises(InputError, match="cannot be read as a checkpoint"):
        check_checkpoints(database, garbage)


def test_a_shop_set_up_before_keys_gets_one_on_first_need(database: Database) -> None:
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    for path in key_folder().iterdir():  # as if set up by a version without signing keys
        path.unlink()
    opt_in(database, "07911123456")
    assert not take_checkpoint(database, None).signed
    assert public_key() is None  # not made unencrypted behind the owner's back
    signed = take_checkpoint(database, PIN)
    assert signature_valid(signed) is True
    assert b"ENCRYPTED" in (key_folder() / PRIVATE_FILE).read_bytes()
