"""Shop events: ledger entries about the shop itself, not about a person.

A shop event has no contact. It chains like any consent event (same payload, with its facts in
`details` as compact sorted JSON), so the settings the consent rules depend on (a category's
kind) and what happened to the records as a whole (a restore) are covered by the hash chain
and the checkpoints. Every reader of a person's entries skips them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

SHOP_METHOD = "shop"
"""The `method` stored on every shop event (the column cannot be empty of meaning)."""

RECORDS_SCOPE = "records"
"""The scope of an event about the records as a whole (not a category key: keys are checked)."""

DetailValue = str | int | None


class ShopAction(StrEnum):
    """What a shop event records (at most 16 characters: the column's width)."""

    CATEGORY_KIND = "category_kind"
    """A category was created, or its kind stated: scope is its key, details its kind."""
    RESTORE = "restore"
    """The records were put back from a backup: details name the head replaced and restored."""
    OWNER_PIN = "owner_pin"
    """The owner PIN was set, changed or removed: details say whether one is set and the
    sha256 of the record kept in the settings (never the PIN or its hash)."""


def encode_details(details: Mapping[str, DetailValue]) -> str:
    """The stored (and chained) form of a shop event's facts: compact, sorted JSON."""
    return json.dumps(dict(details), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def decode_details(text: str | None) -> dict[str, DetailValue]:
    """A shop event's facts read back; {} when there are none or they are not an object."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class ShopEvent:
    """A shop event as read back from the ledger."""

    event_id: int
    action: str
    scope: str
    recorded_at: str
    recorded_by: str
    details: Mapping[str, DetailValue]
    hash: str
