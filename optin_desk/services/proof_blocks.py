"""A proof's anchor from the stored Merkle blocks: cost grows with the person's events only.

The checkpoint is taken as services.fresh_checkpoint takes it, without the blocks: the newest
logged frontier (signed, its last event still holding its head hash) carried forward by the
events after it. The tree the inclusion proofs come from is the blocks' (storage.merkle_blocks):
their roots, the person's own blocks read from the ledger and the events after the last block.
A proof is signed only when that tree's root is the checkpoint's and every inclusion proof
leads to it; otherwise (no frontier logged yet, a block edited behind the program's back, the
ledger moved on between the reads) the caller builds the whole tree as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from optin_desk.domain.logged_frontier import LoggedFrontier
from optin_desk.domain.merkle import frontier_root, verify_inclusion
from optin_desk.domain.printed_anchor import PrintedAnchor
from optin_desk.domain.proof_anchor import AnchoredEvent, anchor_section, statement_bytes
from optin_desk.services.checkpoints import log_path, logged_tree_head
from optin_desk.services.fresh_checkpoint import extended, newest_frontier
from optin_desk.services.signing import sign_bytes
from optin_desk.storage.anchors import chained_events, recorded_head
from optin_desk.storage.engine import Database
from optin_desk.storage.merkle_blocks import read_blocked


def anchors_from_blocks(
    database: Database, event_ids: Sequence[int], pin: str | None, record_sha256: str = ""
) -> tuple[dict[str, Any], PrintedAnchor] | None:
    """The signed `anchor` section for these events and the fresh checkpoint it rests on,
    from the stored blocks; None when the blocks cannot be used (the caller builds the tree
    from every event). The signing key is known to open (services.paper_anchor.key_opens)."""
    start = newest_frontier(log_path(database))
    if start is None or not event_ids:
        return None
    with database.reading() as session:
        head = recorded_head(session)
        if head is None:
            return None
        tree = extended(session, *start, head)
        read = None if tree is None else read_blocked(session, event_ids, head)
        if tree is None or read is None:
            return None
        stored = chained_events(session, list(event_ids))
    nodes, size, head_hash, last_id = tree
    root = frontier_root(nodes)
    blocked = read.tree
    if blocked.size != size or not blocked.loaded_agree() or blocked.root() != root:
        return None  # a stored block is not the ledger's: never sign on it
    events = []
    for event_id in event_ids:
        position, leaf = read.positions[event_id], read.leaves[event_id]
        path = blocked.inclusion_proof(position)
        if not verify_inclusion(leaf, position, size, path, root):
            return None
        fields, prev_hash, opening = stored[event_id]
        events.append(
            AnchoredEvent(event_id, position, prev_hash, leaf.hex(), fields, path, opening)
        )
    frontier = LoggedFrontier(last_id, tuple(nodes)) if last_id is not None else None
    checkpoint = logged_tree_head(database, size, root, head_hash, pin, frontier)
    if not checkpoint.signed:
        return None
    listed = [(event.event_id, event.hash) for event in events]
    signature = sign_bytes(statement_bytes(checkpoint, listed, record_sha256), pin)
    section = anchor_section(checkpoint, events, signature, record_sha256)
    return section, PrintedAnchor(checkpoint, True, checkpoint.key_fingerprint)
