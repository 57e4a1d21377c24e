"""The frontier kept with a checkpoint in the checkpoint log, so the next one can extend it.

Two extra fields on a log line, outside what the signature covers: `frontier`, the hex roots
of the complete subtrees making up the checkpoint's tree (domain.merkle, largest first), and
`last_event_id`, the id of the event that is its last leaf. Lines without them stay readable;
a reader that does not know them ignores them. Nothing is trusted from them: a frontier is only
used when it folds to the line's root and the ledger still holds the line's head and size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from optin_desk.domain.merkle import frontier_fits


@dataclass(frozen=True)
class LoggedFrontier:
    """The frontier of a checkpoint's tree and the id of the event that is its last leaf."""

    last_event_id: int
    nodes: tuple[bytes, ...]

    def to_json(self) -> dict[str, Any]:
        """The two extra fields of a log line."""
        return {
            "frontier": [node.hex() for node in self.nodes],
            "last_event_id": self.last_event_id,
        }


def read_logged_frontier(data: object, tree_size: int) -> LoggedFrontier | None:
    """The frontier a log line carries for a tree of `tree_size` leaves; None when it has none
    or the fields are not one (a frontier of another size, say)."""
    if not isinstance(data, dict):
        return None
    last, hexes = data.get("last_event_id"), data.get("frontier")
    if type(last) is not int or last < 1 or not isinstance(hexes, list):
        return None
    try:
        nodes = tuple(bytes.fromhex(value) for value in hexes if isinstance(value, str))
    except ValueError:
        return None
    if len(nodes) != len(hexes) or not frontier_fits(nodes, tree_size):
        return None
    return LoggedFrontier(last, nodes)
