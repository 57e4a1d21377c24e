"""Checkpoints: what is signed, what a file must hold, and when the ledger holds one."""

from __future__ import annotations

import base64
import hashlib

import pytest

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.checkpoint import Checkpoint, check_checkpoint, read_checkpoint
from optin_desk.domain.merkle import MerkleLevels

KEY = base64.b64encode(bytes(range(32))).decode()
SIGNATURE = base64.b64encode(bytes(64)).decode()


def chain(n: int) -> list[str]:
    return [hashlib.sha256(f"e{i}".encode()).hexdigest() for i in range(n)]


def levels_of(hashes: list[str]) -> MerkleLevels:
    return MerkleLevels(bytes.fromhex(h) for h in hashes)


def checkpoint_of(hashes: list[str], size: int) -> Checkpoint:
    root = levels_of(hashes).root(size).hex()
    head = hashes[size - 1] if size else GENESIS_HASH
    return Checkpoint(size, root, head, "2026-11-30T10:00:00.000000Z", KEY, SIGNATURE)


def test_signed_bytes_name_every_field_in_a_fixed_order() -> None:
    hashes = chain(3)
    checkpoint = checkpoint_of(hashes, 3)
    lines = checkpoint.signed_bytes().decode().splitlines()
    assert lines == [
        "OptIn Desk checkpoint v1",
        "3",
        checkpoint.root_hash,
        hashes[2],
        "2026-11-30T10:00:00.000000Z",
        hashlib.sha256(bytes(range(32))).hexdigest(),
    ]


def test_a_checkpoint_reads_back_from_its_json() -> None:
    checkpoint = checkpoint_of(chain(4), 4)
    assert read_checkpoint(checkpoint.to_json()) == checkpoint
    unsigned = Checkpoint(0, "a" * 64, GENESIS_HASH, "2026-11-30T10:00:00.000000Z")
    assert read_checkpoint(unsigned.to_json()) == unsigned
    assert not unsigned.signed


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("format", "other/1", "not an OptIn Desk checkpoint"),
        ("tree_size", -1, "tree_size"),
        ("tree_size", "4", "tree_size"),
        ("root_hash", "abc", "root_hash"),
        ("head_hash", "z" * 64, "invalid literal"),
        ("made_at", "yesterday", "Invalid isoformat"),
        ("public_key", "not base64!", "public_key is not base64"),
        ("signature", base64.b64encode(b"short").decode(), "signature has 5 bytes"),
        ("signature", "", "public key without a signature"),
        ("key_fingerprint", "0" * 64, "fingerprint"),
    ],
)
def test_damaged_checkpoints_are_refused_with_the_reason(
    field: str, value: object, reason: str
) -> None:
    data = checkpoint_of(chain(2), 2).to_json()
    data[field] = value
    with pytest.raises(ValueError, match=reason):
        read_checkpoint(data)


def test_the_ledger_holds_every_earlier_checkpoint() -> None:
    hashes = chain(9)
    levels = levels_of(hashes)
    for size in range(10):
        found = check_checkpoint(checkpoint_of(hashes, size), "cp", levels, hashes, True)
        assert found.ok, found.message
        assert f"holds its {size} event{'' if size == 1 else 's'} (made" in found.message


def test_a_rewritten_cut_or_forged_ledger_is_named() -> None:
    hashes = chain(9)
    kept = checkpoint_of(hashes, 6)
    rewritten = [*hashes[:3], *chain(20)[12:18]]
    found = check_checkpoint(kept, "stick/a.json", levels_of(rewritten), rewritten, True)
    assert not found.ok
    assert found.message.startswith("checkpoint stick/a.json: the ledger's first 6 events")
    cut = hashes[:5]
    found = check_checkpoint(kept, "b", levels_of(cut), cut, True)
    assert not found.ok
    assert "it counted 6 events on" in found.message
    wrong_head = Checkpoint(6, kept.root_hash, hashes[0], kept.made_at, KEY, SIGNATURE)
    found = check_checkpoint(wrong_head, "c", levels_of(hashes), hashes, True)
    assert not found.ok
    assert "does not have the head hash" in found.message
    found = check_checkpoint(kept, "d", levels_of(hashes), hashes, False)
    assert not found.ok
    assert "signature does not match" in found.message


def test_an_unsigned_checkpoint_is_held_but_says_it_is_unsigned() -> None:
    hashes = chain(3)
    bare = Checkpoint(3, levels_of(hashes).root().hex(), hashes[2], "2026-11-30T10:00:00Z")
    found = check_checkpoint(bare, "e", levels_of(hashes), hashes, None)
    assert found.ok
    assert "unsigned" in found.message
