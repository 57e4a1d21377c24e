"""The consent state table refolded from the ledger, person by person, and compared.

`check` and `status` read the state table, not the ledger: a table edited behind the
program's back would send to people who opted out. The ledger is folded as it streams past
(domain.ledger_fold, exactly the program's fold, domain.consent.fold_consent), and the table
is then read once, in person order, and compared row by row. People with a void are folded
from their own events afterwards, one person's events at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
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
from optin_desk.domain.ledger_fold import LedgerFold, Stored
from optin_desk.domain.when import from_canonical

Row = Sequence[Any]


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
    table_since: str | None = None
    """Since when the table says so, as stored (a row may keep state and event, not time)."""
    ledger_since: str | None = None
    """Since when the ledger says so, as stored."""


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
            have[2] if have else None,
            want[2] if want else None,
        )
    return None


def refold(
    events: Iterable[Row], states: Iterable[Row], categories: Sequence[Category]
) -> Refolded:
    """Compare the state table (rows: contact_id, category_key, state, event_id, since) with
    the ledger refolded (rows as _entries reads them, in id order within each person)."""
    rows = list(events)
    fold = LedgerFold(categories)
    for row in rows:
        fold.add(*row)
    table = list(states)

    def aside(contact_ids: Iterable[int]) -> Iterable[Row]:
        wanted = set(contact_ids)
        return sorted((row for row in rows if row[0] in wanted), key=itemgetter(0, 1))

    return compare(fold, lambda: table, aside, categories)


class UnreadableEventsError(ValueError):
    """A person whose events cannot be folded (a moment or a code that is no longer one:
    edited outside the program)."""

    def __init__(self, contact_id: int, problem: str) -> None:
        super().__init__(f"person {contact_id}: {problem}")
        self.contact_id = contact_id
        self.problem = problem


def fold_people(
    rows: Iterable[Row], categories: Sequence[Category]
) -> Iterator[tuple[int, dict[str, Stored]]]:
    """Each person's stored states from their events (in person, then id order).

    fold_consent reads only what is not voided: the voids and what they cancel are taken
    out, and the rest streamed through a LedgerFold, which then has no void to set aside
    for. A person it cannot read goes through fold_consent itself (which says why)."""
    fold = LedgerFold(categories)  # one for everyone: each person is folded apart in it
    for contact_id, group in _people(rows):
        cancelled = {row[6] for row in group if row[2] == _VOID and row[6] is not None}
        live = (row for row in group if row[2] != _VOID and row[1] not in cancelled)
        for _row in fold.passing(live, _FIELDS):
            pass
        if contact_id in fold.aside:
            try:
                folded = _folded(group, categories)
            except ValueError as error:
                raise UnreadableEventsError(contact_id, str(error)) from None
            yield contact_id, folded
        else:
            yield contact_id, fold.person(contact_id)
        fold.forget(contact_id)


def compare(
    fold: LedgerFold,
    table: Callable[[], Iterable[Row]],
    aside_events: Callable[[list[int]], Iterable[Row]],
    categories: Sequence[Category],
) -> Refolded:
    """The state table (read by `table()`, in any order) against a finished fold;
    `aside_events` reads the events of the people the fold set aside, person by person.

    The fold's people with opt-outs are dropped from it once their answers are in `others`:
    the table's read is when verify holds the most."""
    others = fold.others(lambda ids: fold_people(aside_events(ids), categories))
    people = fold.people
    fold.mixed.clear()
    simple, slot = fold.simple, fold.slot
    width = 2 * len(slot)  # a simple person's slots: moment, id per category (None: none)
    expected = sum(width - person.count(None) for person in simple.values()) // 2
    expected += sum(map(len, others.values()))
    matched = 0
    agree = True
    for contact_id, key, state, event_id, since in table():
        person = simple.get(contact_id)
        if person is not None:
            at = slot.get(key)
            if (
                at is not None
                and since == person[at]
                and since is not None
                and state == _IN
                and event_id == person[at + 1]
            ):
                matched += 1
                continue
        elif others.get(contact_id, {}).get(key) == (state, event_id, since):
            matched += 1
            continue
        agree = False
        break
    if agree and matched == expected:
        return Refolded(people, None)
    return Refolded(people, _first_disagreement(fold, others, table()))


def _first_disagreement(
    fold: LedgerFold, others: dict[int, dict[str, Stored]], table: Iterable[Row]
) -> Disagreement | None:
    """The lowest person (and category) where the table and the fold part (a second, slow
    read of the table, only when they do)."""
    rows: dict[int, dict[str, Stored]] = {}
    for row in table:
        rows.setdefault(int(row[0]), {})[str(row[1])] = (str(row[2]), int(row[3]), str(row[4]))
    for contact_id in sorted(rows.keys() | fold.simple.keys() | others.keys()):
        want = others[contact_id] if contact_id in others else fold.person(contact_id)
        found = _compare(contact_id, want, rows.get(contact_id, {}))
        if found:
            return found
    return None


_IN = ConsentState.OPTED_IN.value
_VOID = Action.VOID.value
_FIELDS = tuple(range(8))
