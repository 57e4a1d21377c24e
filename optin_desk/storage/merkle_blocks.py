"""The stored roots of the ledger's complete Merkle blocks (domain.merkle_blocks).

Every append path (storage.ledger, storage.shop_events, storage.bulk) calls `seal_blocks`
after its events are flushed, in the same transaction and under the head's lock, so a block's
root is written by the append that completes it. Reads go through the primary key of
`consent_events` (id ranges) and of `merkle_blocks`: no scan of the ledger.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from optin_desk.domain.merkle_blocks import BLOCK_LEAVES, BlockedTree, block_root, packed_root
from optin_desk.storage.models import ConsentEvent, MerkleBlock


def seal_blocks(session: Session, event_count: int) -> int:
    """Store the root of every complete block of the ledger's `event_count` events not yet
    stored (the events already flushed); how many were written."""
    complete = event_count // BLOCK_LEAVES
    newest = session.execute(
        select(MerkleBlock.block_index, MerkleBlock.last_event_id)
        .order_by(MerkleBlock.block_index.desc())
        .limit(1)
    ).first()
    stored = 0 if newest is None else int(newest[0]) + 1
    if stored >= complete:
        return 0
    after = 0 if newest is None else int(newest[1])
    cursor = session.connection().connection.cursor()  # the driver's tuples: 256 rows a block
    try:
        cursor.execute(
            f"SELECT id, hash FROM consent_events WHERE id > {int(after)} "  # noqa: S608 (ints)
            f"ORDER BY id LIMIT {(complete - stored) * BLOCK_LEAVES}"
        )
        rows = cursor.fetchall()
    finally:
        cursor.close()
    written: list[dict[str, object]] = []
    for at in range(0, len(rows) - BLOCK_LEAVES + 1, BLOCK_LEAVES):
        chunk = rows[at : at + BLOCK_LEAVES]
        try:  # the hashes packed in one run: no object per leaf
            root = packed_root(bytes.fromhex("".join(str(row[1]) for row in chunk)))
        except ValueError:  # a hash of another length, edited in: rooted as it always was
            root = block_root([bytes.fromhex(str(row[1])) for row in chunk])
        written.append(
            {
                "block_index": stored + len(written),
                "last_event_id": chunk[-1][0],
                "root": root.hex(),
            }
        )
    if written:
        session.execute(insert(MerkleBlock), written)
    return len(written)


def stored_blocks(session: Session) -> list[tuple[int, int, str]]:
    """Every stored block as (index, last event id, root hex), in index order.

    Through the driver's cursor (no SQLAlchemy row per block: ten years keep 19,529)."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(
            "SELECT block_index, last_event_id, root FROM merkle_blocks ORDER BY block_index"
        )
        return [(int(row[0]), int(row[1]), str(row[2])) for row in cursor.fetchall()]
    finally:
        cursor.close()


@dataclass(frozen=True)
class BlockRead:
    """The ledger's tree from its stored blocks, and where each asked-for event sits in it
    (its leaf index and its chain hash as read from the ledger)."""

    tree: BlockedTree
    positions: dict[int, int]
    leaves: dict[int, bytes]


def _id_hashes(session: Session, after: int, up_to: int) -> list[tuple[int, str]]:
    """(id, hash) of the events with after < id <= up_to, in id order (a primary key range)."""
    query = select(ConsentEvent.id, ConsentEvent.hash).where(
        ConsentEvent.id > after, ConsentEvent.id <= up_to
    )
    return [(int(row[0]), str(row[1])) for row in session.execute(query.order_by(ConsentEvent.id))]


def read_blocked(
    session: Session, event_ids: Iterable[int], head: tuple[int, int, str]
) -> BlockRead | None:
    """The tree of the ledger up to its recorded `head` (count, last id, head hash) from the
    stored blocks, the blocks holding `event_ids` and the events after the last block; None
    when the stored blocks cannot be the ledger's (out of order, the wrong number of events
    between them, past its head) or an event is not in it. A root forged in place is not seen
    here: the caller compares the tree's root with a checkpoint got without the blocks."""
    count, last_id, head_hash = head
    blocks = stored_blocks(session)
    lasts = [last for _, last, _ in blocks]
    if any(index != at for at, (index, _, _) in enumerate(blocks)):
        return None
    if len(blocks) * BLOCK_LEAVES > count or any(
        lasts[at] <= lasts[at - 1] for at in range(1, len(lasts))
    ):
        return None
    tail_after = lasts[-1] if lasts else 0
    wanted = sorted(set(event_ids))
    loaded: dict[int, list[bytes]] = {}
    positions: dict[int, int] = {}
    leaves: dict[int, bytes] = {}

    def place(rows: list[tuple[int, str]], first: int) -> list[bytes]:
        """The leaves of these rows, noting where each wanted event among them sits."""
        hashes = [bytes.fromhex(value) for _, value in rows]
        for at, (event_id, _) in enumerate(rows):
            if event_id in wanted_set:
                positions[event_id] = first + at
                leaves[event_id] = hashes[at]
        return hashes

    wanted_set = set(wanted)
    for block in sorted({bisect_left(lasts, e) for e in wanted if e <= tail_after}):
        rows = _id_hashes(session, lasts[block - 1] if block else 0, lasts[block])
        if len(rows) != BLOCK_LEAVES:
            return None
        loaded[block] = place(rows, block * BLOCK_LEAVES)
    tail_rows = _id_hashes(session, tail_after, last_id)
    if len(blocks) * BLOCK_LEAVES + len(tail_rows) != count:
        return None
    if tail_rows and (tail_rows[-1][0] != last_id or tail_rows[-1][1] != head_hash):
        return None
    tail = place(tail_rows, len(blocks) * BLOCK_LEAVES)
    if len(positions) != len(wanted):
        return None
    try:
        roots = [bytes.fromhex(root) for _, _, root in blocks]
    except ValueError:  # not hex: edited by hand
        return None
    if any(len(root) != 32 for root in roots):
        return None
    return BlockRead(BlockedTree(roots, loaded, tail), positions, leaves)
