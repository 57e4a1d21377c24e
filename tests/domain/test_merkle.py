"""The RFC 9162 Merkle tree: hand-computed small trees, proofs of every leaf, tampering fails."""

from __future__ import annotations

import hashlib

import pytest

from optin_desk.domain.merkle import (
    EMPTY_ROOT,
    MerkleLevels,
    root_from_inclusion,
    tree_root,
    verify_consistency,
    verify_inclusion,
)


def sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def leaves(n: int) -> list[bytes]:
    """n distinct 32-byte leaves, like the events' chain hashes."""
    return [sha(f"event {i}".encode()) for i in range(n)]


def reference_root(items: list[bytes]) -> bytes:
    """MTH straight from RFC 9162's recursive definition."""
    if not items:
        return sha(b"")
    if len(items) == 1:
        return sha(b"\x00" + items[0])
    k = 1
    while k * 2 < len(items):
        k *= 2
    return sha(b"\x01" + reference_root(items[:k]) + reference_root(items[k:]))


def test_hand_computed_small_trees() -> None:
    a, b, c = b"a", b"b", b"c"
    la, lb, lc = sha(b"\x00a"), sha(b"\x00b"), sha(b"\x00c")
    assert tree_root([]) == EMPTY_ROOT == sha(b"")
    assert tree_root([a]) == la
    assert tree_root([a, b]) == sha(b"\x01" + la + lb)
    assert tree_root([a, b, c]) == sha(b"\x01" + sha(b"\x01" + la + lb) + lc)
    # The empty leaf of RFC 6962's test vectors: SHA-256 of the single byte 0x00
    assert tree_root([b""]).hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )


def test_hand_computed_proofs_of_three_leaves() -> None:
    la, lb, lc = (sha(b"\x00" + x) for x in (b"a", b"b", b"c"))
    levels = MerkleLevels([b"a", b"b", b"c"])
    assert levels.inclusion_proof(0) == [lb, lc]
    assert levels.inclusion_proof(2) == [sha(b"\x01" + la + lb)]
    assert levels.consistency_proof(2) == [lc]
    assert levels.consistency_proof(1) == [lb, lc]


@pytest.mark.parametrize("size", range(1, 71))
def test_every_leaf_proves_and_every_prefix_is_consistent(size: int) -> None:
    items = leaves(size)
    levels = MerkleLevels(items)
    root = levels.root()
    assert root == reference_root(items)
    for index, leaf in enumerate(items):
        path = levels.inclusion_proof(index)
        assert verify_inclusion(leaf, index, size, path, root)
        if size > 1:
            assert not verify_inclusion(leaf, (index + 1) % size, size, path, root)
    for old in range(1, size + 1):
        old_root = levels.root(old)
        assert old_root == reference_root(items[:old])
        proof = levels.consistency_proof(old)
        assert verify_consistency(old, size, old_root, root, proof)
        if old < size:
            assert not verify_consistency(old, size, root, root, proof)
            other = reference_root([*items[: old - 1], sha(b"forged")])
            assert not verify_consistency(old, size, other, root, proof)


@pytest.mark.parametrize("size", [1, 2, 5, 8, 13, 64, 70])
def test_any_altered_byte_fails(size: int) -> None:
    items = leaves(size)
    levels = MerkleLevels(items)
    root = levels.root()
    index = size // 2
    path = levels.inclusion_proof(index)
    for position in range(32):
        leaf = bytearray(items[index])
        leaf[position] ^= 0x01
        assert not verify_inclusion(bytes(leaf), index, size, path, root)
        changed_root = bytearray(root)
        changed_root[position] ^= 0x80
        assert not verify_inclusion(items[index], index, size, path, bytes(changed_root))
    for step in range(len(path)):
        for position in (0, 17, 31):
            forged = [bytearray(node) for node in path]
            forged[step][position] ^= 0x04
            assert not verify_inclusion(items[index], index, size, [bytes(n) for n in forged], root)
    if size > 2:
        old = size - 1
        proof = levels.consistency_proof(old)
        for step in range(len(proof)):
            forged = [bytearray(node) for node in proof]
            forged[step][5] ^= 0x10
            forged_proof = [bytes(n) for n in forged]
            assert not verify_consistency(old, size, levels.root(old), root, forged_proof)


def test_removed_or_added_proof_nodes_fail() -> None:
    items = leaves(21)
    levels = MerkleLevels(items)
    root = levels.root()
    path = levels.inclusion_proof(9)
    assert not verify_inclusion(items[9], 9, 21, path[:-1], root)
    assert not verify_inclusion(items[9], 9, 21, [*path, root], root)
    assert root_from_inclusion(items[9], 21, 21, path) is None
    proof = levels.consistency_proof(6)
    assert not verify_consistency(6, 21, levels.root(6), root, proof[:-1])
    assert not verify_consistency(6, 21, levels.root(6), root, [])


def test_out_of_range_requests_are_refused() -> None:
    levels = MerkleLevels(leaves(4))
    with pytest.raises(ValueError, match="no prefix of 5"):
        levels.root(5)
    with pytest.raises(ValueError, match="leaf 4 is not in a tree of 4"):
        levels.inclusion_proof(4)
    with pytest.raises(ValueError, match="no consistency proof from 0"):
        levels.consistency_proof(0)
    assert levels.root(0) == EMPTY_ROOT
