"""A line of the contacts table and where the next page starts, as plain values: what
services.directory reads through the ORM and the window's first look through the driver."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from optin_desk.domain.consent import ConsentState
from optin_desk.domain.when import from_canonical, local_display

PAGE_SIZE = 200


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts table: plain values, no ORM objects."""

    contact_id: int
    name: str
    phone_e164: str
    states: tuple[tuple[str, ConsentState], ...]
    last_change: str

    def state_of(self, key: str) -> ConsentState:
        """The state of one category key (none when nothing was recorded)."""
        return self._by_key.get(key, ConsentState.NONE)

    @cached_property
    def _by_key(self) -> dict[str, ConsentState]:
        return dict(self.states)


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: after this (sort name, id)."""

    name: str
    contact_id: int


def cursor_after(row: ContactRow) -> PageCursor:
    """The cursor that continues after `row`."""
    return PageCursor(row.name, row.contact_id)


def contact_row(
    contact_id: int, name: str, phone: str | None, states: Sequence[tuple[str, str, str]]
) -> ContactRow:
    """The line of one contact from its stored state rows (category key, state, since)."""
    return ContactRow(
        contact_id,
        name,
        phone or "",
        tuple((key, ConsentState(state)) for key, state, _ in states),
        local_display(from_canonical(max(since for _, _, since in states))) if states else "",
    )
