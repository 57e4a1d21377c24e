"""Anchoring a proof of consent: the person's events placed in a signed checkpoint of the ledger.

See domain.proof_anchor for the section's form and docs/proof-format.md for an auditor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.merkle import MerkleLevels
from optin_desk.domain.proof_anchor import AnchoredEvent, anchor_section, statement_bytes
from optin_desk.services.checkpoints import logged_checkpoint
from optin_desk.services.signing import sign_bytes
from optin_desk.storage.anchors import chained_events, event_ids_and_hashes
from optin_desk.storage.engine import Database


def anchor_for(
    database: Database, event_ids: Sequence[int], pin: str | None
) -> dict[str, Any] | None:
    """The `anchor` section for these events, or None when the signing key stays locked."""
    with database.reading() as session:
        pairs = event_ids_and_hashes(session)
        stored = chained_events(session, list(event_ids))
    levels = MerkleLevels(bytes.fromhex(digest) for _, digest in pairs)
    checkpoint = logged_checkpoint(database, levels, pairs[-1][1] if pairs else GENESIS_HASH, pin)
    if not checkpoint.signed:
        return None
    index = {event_id: position for position, (event_id, _) in enumerate(pairs)}
    events = []
    for event_id in event_ids:
        fields, prev_hash = stored[event_id]
        position = index[event_id]
        events.append(
            AnchoredEvent(
                event_id,
                position,
                prev_hash,
                pairs[position][1],
                fields,
                levels.inclusion_proof(position),
            )
        )
    listed = [(event.event_id, event.hash) for event in events]
    return anchor_section(checkpoint, events, sign_bytes(statement_bytes(checkpoint, listed), pin))
