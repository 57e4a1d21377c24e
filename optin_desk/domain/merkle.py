"""A Merkle tree over the ledger's event hashes, as RFC 9162 (Certificate Transparency) builds it.

Leaves are the events' chain hashes (32 bytes each) in id order. A leaf hashes as
SHA-256(0x00 || leaf), an inner node as SHA-256(0x01 || left || right); a tree of n leaves
splits at k, the largest power of two below n. An inclusion proof shows that one event is in
a tree of a given size and root; a consistency proof shows that a tree of m leaves is the
first m leaves of a larger one (so a checkpoint taken earlier is contained in the ledger now).

`MerkleLevels` keeps every complete, aligned subtree once (about 2n hashes), so the root of any
prefix and any proof cost O(log n) hash lookups after one linear build.

A frontier (compact range) of the first m leaves is the roots of the complete aligned subtrees
that make them up, one per set bit of m, largest first: it folds to the tree head of m leaves
and extends by further leaves like a binary counter, so a tree head can be carried forward
without the leaves before it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()
"""The root of a tree with no leaves (RFC 9162 2.1.1)."""


def leaf_hash(leaf: bytes) -> bytes:
    """SHA-256(0x00 || leaf)."""
    return hashlib.sha256(LEAF_PREFIX + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right)."""
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def split_point(n: int) -> int:
    """The largest power of two strictly below n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class MerkleLevels:
    """Every complete aligned subtree of a list of leaves, built once in linear time.

    Each level is kept as one packed run of 32-byte hashes, not a list of objects: ten years
    of records (five million leaves, ten million nodes) then take about 320 MiB, not 1 GiB."""

    def __init__(self, leaves: Iterable[bytes]) -> None:
        sha = hashlib.sha256
        level = bytearray()
        for leaf in leaves:
            level += sha(LEAF_PREFIX + leaf).digest()
        self.size = len(level) // 32
        self._levels: list[bytes] = [bytes(level)]
        del level
        below = self._levels[0]
        while len(below) > 32:
            above = bytearray()
            pairs = len(below) // 64
            for offset in range(0, pairs * 64, 64):  # left and right, one slice
                above += sha(NODE_PREFIX + below[offset : offset + 64]).digest()
            below = bytes(above)
            self._levels.append(below)

    def _node(self, level: int, index: int) -> bytes:
        """The root of the aligned subtree of 2**level leaves that is `index`-th at its level."""
        nodes = self._levels[level]
        return nodes[index * 32 : index * 32 + 32]

    def node(self, level: int, index: int) -> bytes:
        """The root of the `index`-th complete aligned subtree of 2**level leaves."""
        if not 0 <= index < self.size >> level:
            raise IndexError(f"no complete subtree {index} of 2**{level} leaves")
        return self._node(level, index)

    def frontier(self, size: int | None = None) -> list[bytes]:
        """The frontier of the first `size` leaves (all by default), largest subtree first."""
        n = self.size if size is None else size
        if not 0 <= n <= self.size:
            raise ValueError(f"a tree of {self.size} leaves has no prefix of {n}")
        nodes: list[bytes] = []
        start = 0
        for level in range(n.bit_length() - 1, -1, -1):
            if n >> level & 1:
                nodes.append(self._node(level, start >> level))
                start += 1 << level
        return nodes

    def _subtree(self, start: int, end: int) -> bytes:
        """MTH(D[start:end]) for a range the RFC's recursion reaches."""
        width = end - start
        if width & (width - 1) == 0 and start % width == 0:
            return self._node(width.bit_length() - 1, start // width)
        k = split_point(width)
        return node_hash(self._subtree(start, start + k), self._subtree(start + k, end))

    def root(self, size: int | None = None) -> bytes:
        """The tree head of the first `size` leaves (all by default)."""
        n = self.size if size is None else size
        if not 0 <= n <= self.size:
            raise ValueError(f"a tree of {self.size} leaves has no prefix of {n}")
        return EMPTY_ROOT if n == 0 else self._subtree(0, n)

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """The audit path of leaf `index` in the tree of the first `size` leaves."""
        n = self.size if size is None else size
        if not 0 <= index < n <= self.size:
            raise ValueError(f"leaf {index} is not in a tree of {n} leaves")
        return audit_path(self._subtree, index, n)

    def consistency_proof(self, old_size: int, new_size: int | None = None) -> list[bytes]:
        """The proof that the first `old_size` leaves are the start of the `new_size` tree."""
        n = self.size if new_size is None else new_size
        if not 0 < old_size <= n <= self.size:
            raise ValueError(f"no consistency proof from {old_size} to {n} leaves")
        proof: list[bytes] = []
        m, start, end, whole = old_size, 0, n, True
        while m != end:
            k = split_point(end - start)
            if m - start <= k:
                proof.append(self._subtree(start + k, end))
                end = start + k
            else:
                proof.append(self._subtree(start, start + k))
                start += k
                whole = False
        if not whole:
            proof.append(self._subtree(start, end))
        proof.reverse()
        return proof


def audit_path(subtree: Callable[[int, int], bytes], index: int, size: int) -> list[bytes]:
    """The RFC 9162 audit path of leaf `index` in a tree of `size` leaves, from the leaf up;
    `subtree(start, end)` gives MTH(D[start:end]) for each range the recursion reaches."""
    path: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        k = split_point(end - start)
        if index < start + k:
            path.append(subtree(start + k, end))
            end = start + k
        else:
            path.append(subtree(start, start + k))
            start += k
    path.reverse()  # the RFC lists it from the leaf up
    return path


def frontier_fits(nodes: Sequence[bytes], size: int) -> bool:
    """True when `nodes` can be the frontier of `size` leaves (one 32-byte root per set bit)."""
    return size >= 0 and len(nodes) == size.bit_count() and all(len(node) == 32 for node in nodes)


def frontier_root(nodes: Sequence[bytes]) -> bytes:
    """The tree head a frontier stands for: its roots folded right to left."""
    if not nodes:
        return EMPTY_ROOT
    root = nodes[-1]
    for node in reversed(nodes[:-1]):
        root = node_hash(node, root)
    return root


def extend_frontier(nodes: Sequence[bytes], size: int, leaves: Iterable[bytes]) -> list[bytes]:
    """The frontier after appending `leaves` to a tree of `size` leaves whose frontier is
    `nodes` (the new size is `size` plus the leaves' count)."""
    if not frontier_fits(nodes, size):
        raise ValueError(f"{len(nodes)} roots are not the frontier of {size} leaves")
    sha = hashlib.sha256
    stack = list(nodes)
    for leaf in leaves:
        node = sha(LEAF_PREFIX + leaf).digest()
        carry = size
        while carry & 1:  # merge with every complete subtree of the same width, like a carry
            node = sha(NODE_PREFIX + stack.pop() + node).digest()
            carry >>= 1
        stack.append(node)
        size += 1
    return stack


def tree_root(leaves: Sequence[bytes]) -> bytes:
    """The tree head of all `leaves`."""
    return MerkleLevels(leaves).root()


def root_from_inclusion(leaf: bytes, index: int, size: int, path: Sequence[bytes]) -> bytes | None:
    """The root an inclusion proof leads to, or None when the proof cannot be one (9162 2.1.3.2)."""
    if not 0 <= index < size:
        return None
    fn, sn = index, size - 1
    result = leaf_hash(leaf)
    for sibling in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            result = node_hash(sibling, result)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            result = node_hash(result, sibling)
        fn >>= 1
        sn >>= 1
    return result if sn == 0 else None


def verify_inclusion(
    leaf: bytes, index: int, size: int, path: Sequence[bytes], root: bytes
) -> bool:
    """True when `path` proves `leaf` is leaf `index` of the tree of `size` leaves with `root`."""
    return root_from_inclusion(leaf, index, size, path) == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True when `proof` shows the `old_size` tree is the start of the `new_size` one (2.1.4.2)."""
    if old_size == new_size:
        return not proof and old_root == new_root
    if not 0 < old_size < new_size or not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    first = second = path[0]
    for node in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            first = node_hash(node, first)
            second = node_hash(node, second)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            second = node_hash(second, node)
        fn >>= 1
        sn >>= 1
    return sn == 0 and first == old_root and second == new_root


class PackedHashes(Sequence[str]):
    """Chain hashes kept packed, 32 bytes each, and read back as hex: five million of them
    take 160 MiB instead of the 560 MiB a list of hex strings would."""

    def __init__(self, packed: bytes) -> None:
        self._packed = packed

    def __len__(self) -> int:
        return len(self._packed) // 32

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        size = len(self)
        at = index + size if index < 0 else index
        if not 0 <= at < size:
            raise IndexError(index)
        return self._packed[at * 32 : at * 32 + 32].hex()

    def leaves(self) -> Iterator[bytes]:
        """The hashes as the tree's leaves (raw bytes), in order."""
        packed = self._packed
        return (packed[at : at + 32] for at in range(0, len(packed), 32))
