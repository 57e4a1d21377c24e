"""Chain hashes kept packed read back as the hex strings they were."""

from __future__ import annotations

import hashlib

import pytest

from optin_desk.domain.merkle import MerkleLevels, PackedHashes, tree_root


def _hashes(count: int) -> list[str]:
    return [hashlib.sha256(str(n).encode()).hexdigest() for n in range(count)]


def test_packed_hashes_read_back_by_position_from_either_end_and_by_slice() -> None:
    plain = _hashes(7)
    packed = PackedHashes(b"".join(bytes.fromhex(value) for value in plain))
    assert len(packed) == 7
    assert [packed[i] for i in range(7)] == plain
    assert packed[-1] == plain[-1]
    assert packed[2:5] == plain[2:5]
    assert list(packed) == plain
    with pytest.raises(IndexError):
        packed[7]
    with pytest.raises(IndexError):
        packed[-8]
    assert not PackedHashes(b"")


@pytest.mark.parametrize("count", [0, 1, 2, 3, 5, 8, 13, 100])
def test_a_tree_over_packed_leaves_is_the_tree_over_the_hashes(count: int) -> None:
    plain = _hashes(count)
    packed = PackedHashes(b"".join(bytes.fromhex(value) for value in plain))
    leaves = [bytes.fromhex(value) for value in plain]
    levels = MerkleLevels(packed.leaves())
    assert levels.size == count
    assert levels.root() == tree_root(leaves)
    for index in range(count):
        assert levels.inclusion_proof(index) == MerkleLevels(leaves).inclusion_proof(index)
