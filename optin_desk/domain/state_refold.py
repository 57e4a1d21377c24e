"""The consent state table refolded from the ledger, person by person, and compared.

`check` and `status` read the state table, not the ledger: a table edited behind the
program's back would send to people who opted out. Both streams come in person order; each
person's events are folded with the program's own fold (domain.consent.fold_consent) and
compared with that person's rows. Only one person's events are held at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Any

from optin_desk.domain.consent import (
    Action,
    Category,
    ConsentState,
    LedgerEntry,
    Method,
    fold_consent,
)
from optin_desk.domain.when import from_canonical

Row = Sequence[Any]
Stored = tuple[str, int, str]
"""What the table holds for one category: state, the event that set it, since (canonical)."""


@dataclass(frozen=True)
class Disagreement:
    """The first person and category where the table and the ledger part."""

    contact_id: int
    category: str
    table: str
    ledger: str
    event_id: int | None
    table_event_id: int | None = None
    """The event the table names (a row may keep the state and name another event)."""


@dataclass(frozen=True)
class Refolded:
    """How many people were refolded, and the first disagreement (None: they all agree)."""

    people: int
    first: Disagreement | None


_ACTIONS = {action.value: action for action in Action}
_METHODS = {method.value: method for method in Method}


def _entries(rows: Iterable[Row]) -> list[LedgerEntry]:
    """One person's event rows (contact_id, id, action, scope, method, occurred_at,
    voided_event_id, occurred_on) as the fold reads them (an unknown action or method
    raises ValueError, as the enums would)."""
    try:
        return [
            LedgerEntry(
                row[1],
                _ACTIONS[row[2]],
                row[3],
                _METHODS[row[4]],
                from_canonical(row[5]),
                row[6],
                date.fromisoformat(row[7]) if row[7] else None,
            )
            for row in rows
        ]
    except KeyError as unknown:
        raise ValueError(f"not an action or method: {unknown}") from None


def _folded(rows: list[Row], categories: Sequence[Category]) -> dict[str, Stored]:
    """What refresh_state would store for a person: states other than none, with their
    event and moment (the stored moment of that event: the fold's `since` is it, read)."""
    stored: dict[str, Stored] = {}
    moments = {row[1]: row[5] for row in rows}
    for key, current in fold_consent(_entries(rows), categories).items():
        if current.state is ConsentState.NONE or current.event_id is None:
            continue
        stored[key] = (current.state.value, current.event_id, moments[current.event_id])
    return stored


def _people(rows: Iterable[Row]) -> Iterator[tuple[int, list[Row]]]:
    for contact_id, group in groupby(rows, key=itemgetter(0)):
        yield int(contact_id), list(group)


def _compare(
    contact_id: int, folded: dict[str, Stored], table: dict[str, Stored]
) -> Disagreement | None:
    if folded == table:
        return None
    for key in sorted(folded.keys() | table.keys()):
        want, have = folded.get(key), table.get(key)
        if want == have:
            continue
        return Disagreement(
            contact_id,
            key,
            have[0] if have else ConsentState.NONE.value,
            want[0] if want else ConsentState.NONE.value,
            want[1] if want else None,
            have[1] if have else None,
        )
    return None


def refold(
    events: Iterable[Row], states: Iterable[Row], categories: Sequence[Category]
) -> Refolded:
    """Compare the state table (rows: contact_id, category_key, state, event_id, since) with
    the ledger refolded; both streams ordered by contact_id."""
    people = 0
    table_people = _people(states)
    pending = next(table_people, None)
    for contact_id, rows in _people(events):
        people += 1
        while pending is not None and pending[0] < contact_id:  # rows without events
            found = _compare(pending[0], {}, _table(pending[1]))
            if found:
                return Refolded(people, found)
            pending = next(table_people, None)
        table: dict[str, Stored] = {}
        if pending is not None and pending[0] == contact_id:
            table = _table(pending[1])
            pending = next(table_people, None)
        found = _compare(contact_id, _folded(rows, categories), table)
        if found:
            return Refolded(people, found)
    while pending is not None:
        found = _compare(pending[0], {}, _table(pending[1]))
        if found:
            return Refolded(people, found)
        pending = next(table_people, None)
    return Refolded(people, None)


def _table(rows: list[Row]) -> dict[str, Stored]:
    return {str(row[1]): (str(row[2]), int(row[3]), str(row[4])) for row in rows}
