"""The tree from block roots gives exactly MerkleLevels' root and audit paths, whatever the
size (tail only, one leaf, sizes on and off the block size) and position."""

from __future__ import annotations

import hashlib

import pytest

from optin_desk.domain.merkle import EMPTY_ROOT, MerkleLevels, verify_inclusion
from optin_desk.domain.merkle_blocks import BLOCK_LEAVES, BlockedTree, block_root, packed_root

B = BLOCK_LEAVES


def leaves(n: int) -> list[bytes]:
    """n distinct 32-byte leaves, like the events' chain hashes."""
    return [hashlib.sha256(f"event {i}".encode()).digest() for i in range(n)]


def blocked(items: list[bytes], wanted: list[int], stored: int | None = None) -> BlockedTree:
    """The tree of `items` from its block roots (the first `stored` of them, all by default),
    with the blocks holding the `wanted` leaves loaded."""
    blocks = len(items) // B if stored is None else stored
    roots = [block_root(items[b * B : (b + 1) * B]) for b in range(blocks)]
    loaded = {
        at // B: items[(at // B) * B : (at // B + 1) * B] for at in wanted if at // B < blocks
    }
    return BlockedTree(roots, loaded, items[blocks * B :])


SIZES = [1, 2, 3, B - 1, B, B + 1, 2 * B, 3 * B + 5, 4 * B, 5 * B - 1, 7 * B + 513]


@pytest.mark.parametrize("size", SIZES)
def test_root_and_every_probed_path_equal_the_full_build(size: int) -> None:
    items = leaves(size)
    full = MerkleLevels(items)
    positions = sorted(
        {0, min(1, size - 1), size // 2, size - 1, min(B, size - 1), max(0, size - B - 1)}
    )
    tree = blocked(items, positions)
    assert tree.size == size
    assert tree.root() == full.root()
    assert tree.loaded_agree()
    for at in positions:
        path = tree.inclusion_proof(at)
        assert path == full.inclusion_proof(at)
        assert verify_inclusion(items[at], at, size, path, full.root())


def test_every_leaf_of_a_tree_with_a_tail() -> None:
    items = leaves(3 * B + 37)
    full = MerkleLevels(items)
    for at in range(0, len(items), 7):
        assert blocked(items, [at]).inclusion_proof(at) == full.inclusion_proof(at)


def test_tail_only_and_one_leaf_and_empty() -> None:
    one = leaves(1)
    assert BlockedTree([], {}, one).root() == MerkleLevels(one).root()
    assert BlockedTree([], {}, one).inclusion_proof(0) == []
    assert BlockedTree([], {}, []).root() == EMPTY_ROOT
    short = leaves(B - 3)
    tree = BlockedTree([], {}, short)
    assert tree.inclusion_proof(B - 4) == MerkleLevels(short).inclusion_proof(B - 4)


def test_missing_blocks_read_as_a_longer_tail_give_the_same_answers() -> None:
    items = leaves(6 * B + 9)
    full = MerkleLevels(items)
    tree = blocked(items, [2 * B + 3, 5 * B + 1], stored=2)
    assert tree.tail_start == 2 * B
    assert tree.root() == full.root()
    assert tree.inclusion_proof(5 * B + 1) == full.inclusion_proof(5 * B + 1)


def test_a_leaf_of_a_block_not_read_has_no_path() -> None:
    items = leaves(4 * B)
    tree = blocked(items, [0])
    with pytest.raises(LookupError):
        tree.inclusion_proof(3 * B + 2)


def test_a_forged_block_root_changes_the_root_and_is_caught() -> None:
    items = leaves(4 * B + 1)
    roots = [block_root(items[b * B : (b + 1) * B]) for b in range(4)]
    honest = MerkleLevels(items).root()
    forged = list(roots)
    forged[2] = hashlib.sha256(b"forged").digest()
    other = BlockedTree(forged, {0: items[:B]}, items[4 * B :])
    assert other.root() != honest
    assert other.loaded_agree()
    own = BlockedTree(forged, {2: items[2 * B : 3 * B]}, items[4 * B :])
    assert not own.loaded_agree()


def test_a_block_must_be_complete() -> None:
    with pytest.raises(ValueError, match="leaves"):
        block_root(leaves(3))
    with pytest.raises(ValueError, match="complete blocks"):
        BlockedTree([block_root(leaves(B))], {1: leaves(B)}, [])


def test_the_packed_root_is_the_blocks_root() -> None:
    items = leaves(B)
    assert packed_root(b"".join(items)) == block_root(items) == MerkleLevels(items).root()
    with pytest.raises(ValueError, match="leaves of 32 bytes"):
        packed_root(b"".join(items[:-1]))
