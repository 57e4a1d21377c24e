"""The ledger's Merkle tree (domain.merkle) answered from stored block roots.

The leaves are cut into aligned blocks of BLOCK_LEAVES; the root of every complete block is
kept beside the ledger. A tree of n leaves is then known from those roots, the leaves of the
blocks a proof needs (its events' own) and the tail after the last stored block: its root and
the audit path of a loaded leaf cost the person's blocks plus n / BLOCK_LEAVES roots, not n
leaves. Every answer is the one MerkleLevels gives over all the leaves, provided the stored
roots are the blocks' true roots: a caller compares the root with one got without them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

from optin_desk.domain.merkle import (
    EMPTY_ROOT,
    LEAF_PREFIX,
    NODE_PREFIX,
    MerkleLevels,
    audit_path,
    node_hash,
    split_point,
)

BLOCK_LEVEL = 8
BLOCK_LEAVES = 1 << BLOCK_LEVEL
"""Leaves per stored block: 256 leaves read for each block holding a proof's events; five
million events keep 19,529 roots (about 40 ms to read and fold; 1,024 would read 4x fewer
roots but 4x more leaves for every event of a person spread over the ledger)."""


def block_root(leaves: Sequence[bytes]) -> bytes:
    """MTH of one block's leaves (the chain hashes, raw)."""
    if len(leaves) != BLOCK_LEAVES:
        raise ValueError(f"a block holds {BLOCK_LEAVES} leaves, not {len(leaves)}")
    return MerkleLevels(leaves).root()


def packed_root(packed: bytes) -> bytes:
    """MTH of one block whose leaves come packed, 32 bytes each (verify's quick path)."""
    if len(packed) != BLOCK_LEAVES * 32:
        raise ValueError(f"a block holds {BLOCK_LEAVES} leaves of 32 bytes")
    sha = hashlib.sha256
    level = b"".join(
        sha(LEAF_PREFIX + packed[at : at + 32]).digest() for at in range(0, len(packed), 32)
    )
    while len(level) > 32:
        level = b"".join(
            sha(NODE_PREFIX + level[at : at + 64]).digest() for at in range(0, len(level), 64)
        )
    return level


class NodeLevels:
    """Every complete aligned subtree over nodes already hashed (the blocks' roots)."""

    def __init__(self, nodes: Iterable[bytes]) -> None:
        below = b"".join(nodes)
        self.size = len(below) // 32
        self._levels = [below]
        sha = hashlib.sha256
        while len(below) > 32:
            pairs = len(below) // 64
            below = b"".join(
                sha(NODE_PREFIX + below[at : at + 64]).digest() for at in range(0, pairs * 64, 64)
            )
            self._levels.append(below)

    def node(self, level: int, index: int) -> bytes:
        """The root over 2**level nodes, the `index`-th at its level."""
        if not 0 <= index < self.size >> level:
            raise IndexError(f"no complete subtree {index} of 2**{level} nodes")
        nodes = self._levels[level]
        return nodes[index * 32 : index * 32 + 32]


class BlockedTree:
    """A tree of `size` leaves: `block_roots` for its first complete blocks, the leaves of
    some of them (`loaded`, by block index) and every leaf after them (`tail`)."""

    def __init__(
        self,
        block_roots: Sequence[bytes],
        loaded: Mapping[int, Sequence[bytes]],
        tail: Sequence[bytes],
    ) -> None:
        self.blocks = len(block_roots)
        self.tail_start = self.blocks * BLOCK_LEAVES
        self.size = self.tail_start + len(tail)
        self._roots = NodeLevels(block_roots)
        self._loaded: dict[int, MerkleLevels] = {}
        for block, leaves in loaded.items():
            if not 0 <= block < self.blocks or len(leaves) != BLOCK_LEAVES:
                raise ValueError(f"block {block} is not one of {self.blocks} complete blocks")
            self._loaded[block] = MerkleLevels(leaves)
        self._tail = MerkleLevels(tail)
        self._stored = list(block_roots)

    def loaded_agree(self) -> bool:
        """True when every loaded block's leaves hash to the root stored for it."""
        return all(levels.root() == self._stored[block] for block, levels in self._loaded.items())

    def _subtree(self, start: int, end: int) -> bytes:
        """MTH(D[start:end]) from the block roots, the loaded blocks and the tail."""
        width = end - start
        if width & (width - 1) == 0 and start % width == 0:
            level = width.bit_length() - 1
            if width >= BLOCK_LEAVES and end <= self.tail_start:
                return self._roots.node(level - BLOCK_LEVEL, start >> level)
            block = start >> BLOCK_LEVEL
            if width <= BLOCK_LEAVES and block in self._loaded:
                return self._loaded[block].node(level, (start - block * BLOCK_LEAVES) >> level)
            offset = start - self.tail_start
            if offset >= 0 and offset % width == 0:
                return self._tail.node(level, offset >> level)
            if width == 1:
                raise LookupError(f"leaf {start} is in a block whose leaves were not read")
        k = split_point(width)
        return node_hash(self._subtree(start, start + k), self._subtree(start + k, end))

    def root(self) -> bytes:
        """The tree head of all `size` leaves."""
        return EMPTY_ROOT if self.size == 0 else self._subtree(0, self.size)

    def inclusion_proof(self, index: int) -> list[bytes]:
        """The audit path of leaf `index` (in a loaded block or the tail) in the whole tree."""
        if not 0 <= index < self.size:
            raise ValueError(f"leaf {index} is not in a tree of {self.size} leaves")
        return audit_path(self._subtree, index, self.size)
