"""A checkpoint of the whole ledger taken now, carried forward from the last one logged.

The newest line of the checkpoint log that keeps a frontier (domain.logged_frontier) is used
when its frontier folds to its own root, its signature holds, the event it names as its last
leaf still has the head hash it logged (a chain hash commits to every event before it) and the
ledger holds exactly its tree size of events up to that one: then only the events after it
are read and hashed. Otherwise every event is, as before. A forged log line can only give a
root the ledger does not have, which `verify --checkpoint` reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.checkpoint import Checkpoint, read_checkpoint
from optin_desk.domain.logged_frontier import LoggedFrontier, read_logged_frontier
from optin_desk.domain.merkle import extend_frontier, frontier_root
from optin_desk.services.checkpoints import log_path, logged_tree_head
from optin_desk.services.signing import signature_valid
from optin_desk.storage.anchors import hash_and_place, hashes_after
from optin_desk.storage.engine import Database

BLOCK = 1 << 16
MOST_LINES = 1000
"""How far back the log is searched for a frontier; further back, the full build is as quick."""


def fresh_checkpoint(database: Database, pin: str | None) -> Checkpoint:
    """A checkpoint of every event now: signed when the key opens, logged with its frontier."""
    start = newest_frontier(log_path(database))
    with database.reading() as session:
        if start is not None and ledger_holds(session, *start):
            base, kept = start
            hashes, last_id = hashes_after(session, kept.last_event_id)
            nodes, size, head = list(kept.nodes), base.tree_size, base.head_hash
        else:
            hashes, last_id = hashes_after(session)
            nodes, size, head = [], 0, GENESIS_HASH
    nodes = extend_frontier(nodes, size, (bytes.fromhex(value) for value in hashes))
    size += len(hashes)
    head = hashes[-1] if hashes else head
    frontier = LoggedFrontier(last_id, tuple(nodes)) if size and last_id is not None else None
    return logged_tree_head(database, size, frontier_root(nodes), head, pin, frontier)


def ledger_holds(session: Session, checkpoint: Checkpoint, frontier: LoggedFrontier) -> bool:
    """True when the logged frontier is of the ledger's first events, as far as it goes."""
    if frontier_root(frontier.nodes).hex() != checkpoint.root_hash:
        return False
    if signature_valid(checkpoint) is not True:
        return False
    found, place = hash_and_place(session, frontier.last_event_id)
    return found == checkpoint.head_hash and place == checkpoint.tree_size


def newest_frontier(log: Path) -> tuple[Checkpoint, LoggedFrontier] | None:
    """The newest line of the log that keeps a frontier, read as a checkpoint with it; None
    when there is none (near the end) or that line cannot be read."""
    if not log.is_file():
        return None
    for number, line in enumerate(_lines_from_end(log)):
        if number >= MOST_LINES:
            return None
        if b'"frontier"' not in line:
            continue
        try:
            data = json.loads(line)
            checkpoint = read_checkpoint(data)
        except (ValueError, RecursionError):
            return None
        kept = read_logged_frontier(data, checkpoint.tree_size)
        return None if kept is None else (checkpoint, kept)
    return None


def _lines_from_end(log: Path) -> Iterator[bytes]:
    """The log's lines, last first, read in blocks from the end."""
    with log.open("rb") as source:
        end = source.seek(0, 2)
        rest = b""
        while end > 0:
            start = max(0, end - BLOCK)
            source.seek(start)
            rest = source.read(end - start) + rest
            end = start
            lines = rest.split(b"\n")
            rest = lines[0]
            yield from (line for line in reversed(lines[1:]) if line.strip())
        if rest.strip():
            yield rest
