"""The consent state folded from the ledger as it streams past once, without keeping events.

Verify reads every event once for the chain; this fold rides on that read, so the state
table can be compared with the ledger without a second read by person. It gives exactly what
domain.consent.fold_consent gives (tests compare the two on random histories):

- a person with opt-ins only: per category, the latest covering opt-in (moment, then id);
- a person with opt-outs: per category the opt-outs so far (each marked once a later opt-in
  undoes it, by consent.undoes itself), the latest opt-in and the latest opt-in since the last
  opt-out that undoes every opt-out; an opt-out clears that last one, since an opt-in can only
  undo what was recorded before it;
- a person with a void (which can bring back any earlier event) or anything the fold cannot
  read: set aside and folded afterwards from their own events with fold_consent.

Events must come in id order within each person (any order across people).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from optin_desk.domain.chain import STORED_ORDER
from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    Action,
    Category,
    CategoryKind,
    ConsentState,
    LedgerEntry,
    Method,
    undoes,
)

Stored = tuple[str, int, str]
"""What the table holds for one category: state, the event that set it, since (as stored)."""
Latest = tuple[datetime, int, str]
"""An event as the fold orders it: its moment, its id, and its moment as stored."""

_OPT_IN, _OPT_OUT = Action.OPT_IN.value, Action.OPT_OUT.value
_IN, _OUT = ConsentState.OPTED_IN.value, ConsentState.OPTED_OUT.value
_METHODS = {method.value: method for method in Method}
_read = datetime.fromisoformat  # as when.from_canonical
Row = Sequence[Any]
_FIELDS = tuple(range(8))
CHAIN_AT = tuple(
    STORED_ORDER.index(name)
    for name in (
        "contact_id",
        "event_id",
        "action",
        "scope",
        "method",
        "occurred_at",
        "voided_event_id",
        "occurred_on",
    )
)
"""Where add's arguments sit in a chain row (domain.chain.ChainRow)."""


class _Category:
    """One category of a person with opt-outs: what the fold needs of their events so far."""

    __slots__ = ("best_in", "outs", "undone", "winner")

    def __init__(self, best_in: Latest | None) -> None:
        self.best_in = best_in
        self.outs: list[tuple[LedgerEntry, str]] = []
        self.undone: list[bool] = []
        self.winner: Latest | None = None

    def opt_in(self, entry: LedgerEntry, latest: Latest) -> None:
        if self.best_in is None or latest[:2] > self.best_in[:2]:
            self.best_in = latest
        if not self.outs:
            return
        every = True
        for at, (out, _stored) in enumerate(self.outs):
            if undoes(entry, out):
                self.undone[at] = True
            else:
                every = False
        if every and (self.winner is None or latest[:2] > self.winner[:2]):
            self.winner = latest

    def opt_out(self, entry: LedgerEntry, stored: str) -> None:
        self.outs.append((entry, stored))
        self.undone.append(False)
        self.winner = None

    def result(self) -> Stored | None:
        if not self.outs:
            return None if self.best_in is None else (_IN, self.best_in[1], self.best_in[2])
        if self.winner is not None:
            return (_IN, self.winner[1], self.winner[2])
        pairs = list(zip(self.outs, self.undone, strict=True))
        standing = [out for out, gone in pairs if not gone] or self.outs
        entry, stored = max(standing, key=lambda o: (o[0].occurred_at, o[0].event_id))
        return (_OUT, entry.event_id, stored)


class LedgerFold:
    """Each person's consent per category, folded as their events stream past.

    A person with opt-ins only (most people) is one flat list, `simple[contact_id]`: for the
    category at position i, slot 2i holds the stored moment of its latest covering opt-in
    and slot 2i + 1 that event's id (None, None: no opt-in yet). No tuple, dict or datetime
    is kept per category: a year of records holds every person at once."""

    def __init__(self, categories: Sequence[Category]) -> None:
        self.categories = list(categories)
        self.keys = tuple(c.key for c in categories)
        self.slot = {key: 2 * at for at, key in enumerate(self.keys)}
        """Where a category's moment sits in a simple person's slots (its id follows it)."""
        covers: dict[str, tuple[str, ...]] = {c.key: (c.key,) for c in categories}
        covers[SCOPE_MARKETING] = tuple(
            c.key for c in categories if c.kind is CategoryKind.MARKETING
        )
        covers[SCOPE_ALL] = tuple(c.key for c in categories)
        self.covers = covers
        self.slots = {scope: tuple(self.slot[k] for k in keys) for scope, keys in covers.items()}
        self.simple: dict[int, list[Any]] = {}
        self.mixed: dict[int, dict[str, _Category]] = {}
        self.aside: set[int] = set()
        self.complete = False
        """Set by whoever streams the ledger through once every event has passed."""

    def add(
        self,
        contact_id: int | None,
        event_id: int,
        action: str,
        scope: str,
        method: str,
        occurred_at: str,
        voided_event_id: int | None,
        occurred_on: str | None,
    ) -> None:
        """One event (a shop's event, without a contact, is no one's consent)."""
        row = (contact_id, event_id, action, scope, method, occurred_at, voided_event_id)
        for _row in self.passing([(*row, occurred_on)], _FIELDS):
            pass

    def passing(self, rows: Iterable[Row], at: Sequence[int] = CHAIN_AT) -> Iterator[Row]:
        """The rows passed on, each folded on the way (`at`: where add's arguments sit in a
        row). The common case, an opt-in of a person without opt-outs, is folded inline."""
        contact_at, id_at, action_at, scope_at, method_at, moment_at, _void_at, day_at = at
        simple, mixed, aside, slots = self.simple, self.mixed, self.aside, self.slots
        methods, read, slowly = _METHODS, _read, self._add_slowly
        width = 2 * len(self.keys)
        for row in rows:
            contact_id = row[contact_at]
            if row[action_at] == _OPT_IN and row[day_at] is None and row[method_at] in methods:
                person = simple.get(contact_id)
                if person is None and not (
                    contact_id is None or contact_id in mixed or contact_id in aside
                ):
                    person = simple[contact_id] = [None] * width
                if person is not None:
                    occurred_at = row[moment_at]
                    try:
                        when = read(occurred_at)
                    except (TypeError, ValueError):  # not a moment: set aside (slowly says)
                        slowly(contact_id, *(row[i] for i in at[1:]))
                        yield row
                        continue
                    event_id = row[id_at]
                    for place in slots.get(row[scope_at], ()):
                        best = person[place]
                        if best is not None:  # read again: cheaper than keeping a datetime
                            was = read(best)
                            if when < was or (when == was and event_id < person[place + 1]):
                                continue
                        person[place] = occurred_at
                        person[place + 1] = event_id
                    yield row
                    continue
            if contact_id is not None and contact_id not in aside:
                slowly(contact_id, *(row[i] for i in at[1:]))
            yield row

    def _add_slowly(self, contact_id: int, *row: Any) -> None:
        """An opt-out, a void, a day without a time, an opt-in of a person with opt-outs, or
        a moment that cannot be read."""
        event_id, action, scope, method, occurred_at, _voided, occurred_on = row
        if action not in (_OPT_IN, _OPT_OUT) or method not in _METHODS:  # a void, or unread
            self._set_aside(contact_id)
            return
        try:
            when = _read(occurred_at)
            day = date.fromisoformat(occurred_on) if occurred_on else None
        except (TypeError, ValueError):  # fold_consent says what is wrong, afterwards
            self._set_aside(contact_id)
            return
        latest = (when, event_id, occurred_at)
        keys = self.covers.get(scope, ())
        mixed = self.mixed.get(contact_id)
        if mixed is None and action == _OPT_IN:
            person = self.simple.get(contact_id)
            if person is None:
                person = self.simple[contact_id] = [None] * (2 * len(self.keys))
            for key in keys:
                place = self.slot[key]
                best = person[place]
                if best is None or latest[:2] > (_read(best), person[place + 1]):
                    person[place], person[place + 1] = occurred_at, event_id
            return
        if mixed is None:  # the first opt-out: what the opt-ins said so far carries over
            earlier = self.simple.pop(contact_id, None) or ()
            mixed = self.mixed[contact_id] = {
                key: _Category((_read(earlier[at]), earlier[at + 1], earlier[at]))
                for key, at in self.slot.items()
                if earlier and earlier[at] is not None
            }
        entry = LedgerEntry(event_id, Action(action), scope, _METHODS[method], when, None, day)
        for key in keys:
            category = mixed.get(key) or mixed.setdefault(key, _Category(None))
            if action == _OPT_IN:
                category.opt_in(entry, latest)
            else:
                category.opt_out(entry, occurred_at)

    def _set_aside(self, contact_id: int) -> None:
        self.forget(contact_id)
        self.aside.add(contact_id)

    def forget(self, contact_id: int) -> None:
        """Drop what was folded for a person (done with them)."""
        self.simple.pop(contact_id, None)
        self.mixed.pop(contact_id, None)
        self.aside.discard(contact_id)

    @property
    def people(self) -> int:
        """How many people have events."""
        return len(self.simple) + len(self.mixed) + len(self.aside)

    def person(self, contact_id: int) -> dict[str, Stored]:
        """What the state table should hold for a person not set aside (states but none)."""
        simple = self.simple.get(contact_id)
        if simple is not None:
            return {
                key: (_IN, simple[at + 1], simple[at])
                for key, at in self.slot.items()
                if simple[at] is not None
            }
        states = {key: c.result() for key, c in self.mixed.get(contact_id, {}).items()}
        return {key: state for key, state in states.items() if state}

    def others(
        self, fold_aside: Callable[[list[int]], Iterable[tuple[int, dict[str, Stored]]]]
    ) -> dict[int, dict[str, Stored]]:
        """What the table should hold for the people with opt-outs and those set aside
        (`fold_aside` folds the latter from their own events)."""
        found = {contact_id: self.person(contact_id) for contact_id in self.mixed}
        found.update(fold_aside(sorted(self.aside)))
        return found
