"""A checkpoint of the whole ledger taken now, carried forward from the last one logged.

The newest line of the checkpoint log that keeps a frontier (domain.logged_frontier) is used
when its frontier folds to its own root, its signature holds, the event it names as its last
leaf still has the head hash it logged (a chain hash commits to every event before it) and the
ledger holds exactly its tree size of events up to that one (its head row's count less the
events after it): then only the events after it are read and hashed. Otherwise every event
is, as before. A forged log line can only give a root the ledger does not have, which
`verify --checkpoint` reports.
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
from optin_desk.storage.anchors import event_hash, hashes_after, recorded_head
from optin_desk.storage.engine import Database

BLOCK = 1 << 16
MOST_LINES = 1000
"""How far back the log is searched for a frontier; further back, the full build is as quick."""


def fresh_checkpoint(database: Database, pin: str | None) -> Checkpoint:
    """A checkpoint of every event now: signed when the key opens, logged with its frontier."""
    start = newest_frontier(log_path(database))
    with database.reading() as session:
        head = recorded_head(session)
        tree = None if start is None or head is None else extended(session, *start, head)
        nodes, size, head_hash, last_id = tree or built(session)
    frontier = LoggedFrontier(last_id, tuple(nodes)) if size and last_id is not None else None
    return logged_tree_head(database, size, frontier_root(nodes), head_hash, pin, frontier)


def built(session: Session) -> tuple[list[bytes], int, str, int | None]:
    """The frontier, size, head hash and last event id of the whole ledger, from every event."""
    hashes, last_id = hashes_after(session)
    nodes = extend_frontier([], 0, (bytes.fromhex(value) for value in hashes))
    return nodes, len(hashes), hashes[-1] if hashes else GENESIS_HASH, last_id


def extended(
    session: Session,
    checkpoint: Checkpoint,
    frontier: LoggedFrontier,
    head: tuple[int, int, str],
) -> tuple[list[bytes], int, str, int | None] | None:
    """The frontier, size, head hash and last event id of the ledger up to its recorded
    `head` (count, last id, hash), carried forward from a logged checkpoint and its frontier;
    None when they do not hold in the ledger (then the caller builds from every event).

    The events after the frontier's last one are read up to the head's; with them the logged
    size must make the head's count (so the ledger holds exactly `tree_size` events up to the
    frontier's last one) and the last hash must be the head's."""
    count, last_id, head_hash = head
    if last_id < frontier.last_event_id or not ledger_holds(session, checkpoint, frontier):
        return None
    hashes, read_last = hashes_after(session, frontier.last_event_id, last_id)
    if read_last != last_id or checkpoint.tree_size + len(hashes) != count:
        return None
    if (hashes[-1] if hashes else checkpoint.head_hash) != head_hash:
        return None
    leaves = (bytes.fromhex(value) for value in hashes)
    nodes = extend_frontier(frontier.nodes, checkpoint.tree_size, leaves)
    return nodes, count, head_hash, last_id


def ledger_holds(session: Session, checkpoint: Checkpoint, frontier: LoggedFrontier) -> bool:
    """True when the logged frontier folds to its checkpoint's root, the signature holds and
    the frontier's last event still has the checkpoint's head hash."""
    if frontier_root(frontier.nodes).hex() != checkpoint.root_hash:
        return False
    if signature_valid(checkpoint) is not True:
        return False
    return event_hash(session, frontier.last_event_id) == checkpoint.head_hash


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
