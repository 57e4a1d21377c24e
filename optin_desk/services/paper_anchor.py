"""The checkpoint a printed page rests on: taken now when the signing key opens, else the
newest signed one kept in the checkpoint log that the ledger still holds."""

from __future__ import annotations

from collections.abc import Sequence

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.checkpoint import Checkpoint, check_checkpoint
from optin_desk.domain.merkle import MerkleLevels
from optin_desk.domain.printed_anchor import PrintedAnchor
from optin_desk.services.checkpoints import find_checkpoints, log_path, logged_checkpoint
from optin_desk.services.errors import InputError
from optin_desk.services.fresh_checkpoint import fresh_checkpoint
from optin_desk.services.signing import load_private_key, public_key, signature_valid
from optin_desk.storage.anchors import event_hashes
from optin_desk.storage.engine import Database


def kept_checkpoint(
    database: Database, levels: MerkleLevels, hashes: Sequence[str], covering: int = 0
) -> Checkpoint | None:
    """The newest signed checkpoint in the log that holds at least `covering` events, whose
    signature holds and that the ledger still holds; None when there is none."""
    log = log_path(database)
    if not log.is_file():
        return None
    try:
        found = find_checkpoints(log)
    except InputError:  # an empty log
        return None
    candidates = [
        item
        for _, item in found
        if not isinstance(item, str) and item.signed and item.tree_size >= covering
    ]
    candidates.sort(key=lambda item: (item.made_at, item.tree_size), reverse=True)
    for item in candidates:  # newest first: the first that holds is the one
        if signature_valid(item) is not True:
            continue
        if check_checkpoint(item, "", levels, hashes, True).ok:
            return item
    return None


def key_opens(pin: str | None) -> bool:
    """True when a checkpoint taken now would be signed (or the key is yet to be made)."""
    return public_key() is None or load_private_key(pin) is not None


def anchor_of(
    database: Database,
    levels: MerkleLevels,
    hashes: Sequence[str],
    pin: str | None,
    covering: int = 0,
    last_event_id: int | None = None,
) -> PrintedAnchor:
    """A fresh signed checkpoint of the whole ledger when the key opens (logged, with its
    frontier when `last_event_id` is given), else the newest kept one covering `covering`
    events, else none; with the key to check it by."""
    head = hashes[-1] if hashes else GENESIS_HASH
    if key_opens(pin):  # no unsigned ones logged
        taken = logged_checkpoint(database, levels, head, pin, last_event_id)
        if taken.signed:
            return PrintedAnchor(taken, True, taken.key_fingerprint)
    return kept_anchor(database, levels, hashes, covering)


def kept_anchor(
    database: Database, levels: MerkleLevels, hashes: Sequence[str], covering: int = 0
) -> PrintedAnchor:
    """The newest kept checkpoint covering `covering` events, else none; with the key."""
    kept = kept_checkpoint(database, levels, hashes, covering)
    if kept is not None:
        return PrintedAnchor(kept, False, kept.key_fingerprint)
    own = public_key()
    return PrintedAnchor(None, False, own.fingerprint if own is not None else "")


def paper_anchor(database: Database, pin: str | None) -> PrintedAnchor:
    """The checkpoint in force for a batch of forms printed now: when the key opens, taken
    now by extending the last logged one (services.fresh_checkpoint); else a kept one."""
    if key_opens(pin):
        taken = fresh_checkpoint(database, pin)
        if taken.signed:
            return PrintedAnchor(taken, True, taken.key_fingerprint)
    with database.reading() as session:
        hashes = event_hashes(session)
    levels = MerkleLevels(bytes.fromhex(value) for value in hashes)
    return kept_anchor(database, levels, hashes)
