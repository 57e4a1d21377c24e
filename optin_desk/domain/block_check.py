"""Checking the stored block roots (domain.merkle_blocks) on verify's one read of the ledger.

The ledger's rows are the truth: as the chain's read passes, every complete block of leaves
is folded to its root and compared with the root and last event id stored for it. Whatever
does not match is listed: a root or a range that differs, a block missing, one stored past
the ledger's complete blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from optin_desk.domain.chain import STORED_ORDER, ChainRow
from optin_desk.domain.merkle_blocks import BLOCK_LEAVES, block_root, packed_root

_ID_AT = STORED_ORDER.index("event_id")
_HASH_AT = len(STORED_ORDER) + 1  # after prev_hash (domain.chain.ChainRow)


@dataclass
class BlockCheck:
    """The stored blocks as (index, last event id, root hex), and what the read found."""

    stored: Sequence[tuple[int, int, str]]
    differs: list[tuple[int, int]] = field(default_factory=list)
    """(block, the ledger's last event id in it) of each block whose stored row is not it."""
    missing: list[tuple[int, int]] = field(default_factory=list)
    """(block, the ledger's last event id in it) of each complete block with no row."""
    extra: list[int] = field(default_factory=list)
    """Blocks stored beyond the ledger's complete ones (known once the read went through)."""
    complete: bool = False

    def passing(self, rows: Iterable[ChainRow]) -> Iterator[ChainRow]:
        """Yield the chain's rows unchanged, checking each complete block as it goes past."""
        kept = {index: (last, root) for index, last, root in self.stored}
        hexes: list[object] = []
        keep = hexes.append
        block = 0
        for row in rows:
            keep(row[_HASH_AT])
            if len(hexes) == BLOCK_LEAVES:
                last_id = int(str(row[_ID_AT]))
                found = kept.get(block)
                if found is None:
                    self.missing.append((block, last_id))
                elif found != (last_id, _root(hexes)):
                    self.differs.append((block, last_id))
                hexes.clear()
                block += 1
            yield row
        self.extra = sorted(index for index in kept if not 0 <= index < block)
        self.complete = True


def _root(hexes: list[object]) -> str:
    """The root (hex) of a block of chain hashes written in hex; a value that is no hash (the
    chain's read reports it) is taken as its own bytes, so its block cannot match."""
    try:
        return packed_root(bytes.fromhex("".join(str(value) for value in hexes))).hex()
    except ValueError:
        return block_root([_leaf(value) for value in hexes]).hex()


def _leaf(value: object) -> bytes:
    try:
        return bytes.fromhex(str(value))
    except ValueError:
        return str(value).encode("utf-8")
