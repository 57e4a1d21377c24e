"""Anchoring a proof of consent: the person's events placed in a signed checkpoint of the ledger.

See domain.proof_anchor for the section's form and docs/proof-format.md for an auditor.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from optin_desk.domain.merkle import MerkleLevels, PackedHashes
from optin_desk.domain.printed_anchor import PrintedAnchor
from optin_desk.domain.proof import Proof
from optin_desk.domain.proof_anchor import AnchoredEvent, anchor_section, statement_bytes
from optin_desk.services.paper_anchor import anchor_of, key_opens
from optin_desk.services.proof import json_beside, write_proof
from optin_desk.services.proof_blocks import anchors_from_blocks
from optin_desk.services.signing import sign_bytes
from optin_desk.storage.anchors import chained_events, packed_ids_and_hashes
from optin_desk.storage.engine import Database


def proof_anchors(
    database: Database, event_ids: Sequence[int], pin: str | None, record_sha256: str = ""
) -> tuple[dict[str, Any] | None, PrintedAnchor]:
    """The JSON `anchor` section for these events (None when the signing key stays locked)
    and what the printed proof rests on (the same checkpoint, or a kept one covering them).
    `record_sha256` (domain.proof_anchor.record_digest) is signed with them.

    From the stored Merkle blocks when they agree with a checkpoint got without them
    (services.proof_blocks: the person's blocks and the block roots are read); otherwise from
    every event's hash."""
    if key_opens(pin):
        quick = anchors_from_blocks(database, event_ids, pin, record_sha256)
        if quick is not None:
            return quick
    with database.reading() as session:
        ids, packed = packed_ids_and_hashes(session)
        stored = chained_events(session, list(event_ids))
    hashes = PackedHashes(packed)
    levels = MerkleLevels(hashes.leaves())
    index = {event_id: _position(ids, event_id) for event_id in event_ids}
    covering = max((position + 1 for position in index.values()), default=0)
    last_id = ids[-1] if ids else None
    printed = anchor_of(database, levels, hashes, pin, covering, last_id)
    checkpoint = printed.checkpoint
    if checkpoint is None or not printed.fresh:
        return None, printed
    events = []
    for event_id in event_ids:
        fields, prev_hash, opening = stored[event_id]
        position = index[event_id]
        events.append(
            AnchoredEvent(
                event_id,
                position,
                prev_hash,
                hashes[position],
                fields,
                levels.inclusion_proof(position),
                opening,
            )
        )
    listed = [(event.event_id, event.hash) for event in events]
    signature = sign_bytes(statement_bytes(checkpoint, listed, record_sha256), pin)
    return anchor_section(checkpoint, events, signature, record_sha256), printed


def _position(ids: Sequence[int], event_id: int) -> int:
    """Where an event's hash sits among the leaves (ids are in order; KeyError when absent)."""
    at = bisect_left(ids, event_id)
    if at == len(ids) or ids[at] != event_id:
        raise KeyError(event_id)
    return at


def anchor_for(
    database: Database, event_ids: Sequence[int], pin: str | None, record_sha256: str = ""
) -> dict[str, Any] | None:
    """The `anchor` section for these events, or None when the signing key stays locked."""
    return proof_anchors(database, event_ids, pin, record_sha256)[0]


@dataclass(frozen=True)
class SavedProof:
    """A proof written, and where its anchored JSON proof went (None when none was)."""

    proof: Proof
    json_path: Path | None


def save_proof(
    session: Session, database: Database, written: str, target: Path, pin: str | None = None
) -> SavedProof:
    """Write the proof to `target` (PDF or JSON), anchored where the signing key opens; a PDF
    then gets its JSON proof beside it, and otherwise carries a kept checkpoint (or says none)."""
    sections: list[dict[str, Any] | None] = []

    def anchors(
        event_ids: Sequence[int], record_sha256: str
    ) -> tuple[dict[str, Any] | None, PrintedAnchor]:
        section, printed = proof_anchors(database, event_ids, pin, record_sha256)
        sections.append(section)
        return section, printed

    proof = write_proof(
        session, written, target, lambda ids, signed: anchors(ids, signed)[0], anchors
    )
    signed = bool(sections) and sections[0] is not None
    if not signed:
        return SavedProof(proof, None)
    return SavedProof(proof, target if target.suffix.lower() == ".json" else json_beside(target))
