"""The people of a generated year and their events (make_records.py builds from these).

Numbers are made without phonenumbers (valid GB and ES mobile ranges, a permutation of the
index so that none repeats): parsing a million numbers would take longer than the rest.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from optin_desk.domain.consent import Action, Category, CategoryKind, Method
from optin_desk.domain.wording import LanguageTemplate, render_confirmation
from optin_desk.services.profile import WordingVersion
from optin_desk.storage.ledger import NewEvent

HEAVY = (1000, 500)
"""Event counts of the two people the history and proof benches open."""
SOME_HUNDREDS = 30
"""How many more people get between 100 and 400 events (fewer in small databases)."""
DAYS = 365

_FIRST = ("Ann", "Oliver", "Amelia", "Harry", "Isla", "Jack", "Sophie", "George", "Priya", "Tom")
_LAST = ("Lee", "Smith", "Jones", "Taylor", "Brown", "Williams", "Patel", "Wilson", "Evans")
_ES_FIRST = ("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "Carmen", "Álvaro")
_ES_LAST = ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Muñoz")
STAFF = ("Sam", "Kim", "Ravi", "Lucía")
_SIGN_UP = (
    Method.PAPER_FORM,
    Method.PAPER_FORM,
    Method.IN_PERSON,
    Method.WEBSITE,
    Method.WHATSAPP_THREAD,
    Method.POINT_OF_SALE,
)
_STOP = (Method.WHATSAPP_REPLY, Method.IN_PERSON, Method.PHONE_CALL)
_PREFIXES = ("+4471", "+4472", "+4473", "+346")
"""Valid mobile ranges followed by eight free digits (GB 71-73, ES 6)."""


def stamp(moment: datetime) -> str:
    """`canonical(moment)` for a naive UTC moment, without converting it (the events' clock
    runs naive: an aware datetime's arithmetic and conversion cost as much as the text)."""
    return moment.isoformat(timespec="microseconds") + "Z"


def phone_of(index: int) -> str:
    """A valid mobile number, distinct for every index below 10**8 (an affine permutation)."""
    return _PREFIXES[index % 4] + f"{(index * 7919 + 12345) % 100_000_000:08d}"


@dataclass
class Shop:
    """What every generated event is made from."""

    now: datetime
    name: str
    categories: tuple[Category, ...]
    wording: WordingVersion
    template: LanguageTemplate
    serials: Iterator[str]
    confirmations: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)
    naive_now: datetime = field(init=False)
    """`now` as a naive UTC datetime, what `stamp` takes."""
    keys: list[str] = field(init=False)
    marketing: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.naive_now = self.now.replace(tzinfo=None)
        self.keys = [c.key for c in self.categories]
        self.marketing = [c.key for c in self.categories if c.kind is CategoryKind.MARKETING]

    def confirmation(self, scope: str, still: Sequence[str]) -> str:
        """The confirmation text of an opt-out (a handful of variants, made once each)."""
        key = (scope, tuple(still))
        if key not in self.confirmations:
            self.confirmations[key] = render_confirmation(
                self.template, self.name, scope, self.categories, list(still)
            )
        return self.confirmations[key]


def person_events(rng: random.Random, shop: Shop, count: int) -> list[NewEvent]:
    """`count` events of one person over the year: a sign-up, then stops, returns and voids."""
    keys, marketing, now = shop.keys, shop.marketing, shop.naive_now
    moment = now - timedelta(days=rng.uniform(2, DAYS))
    step = (now - moment) / (count + 1)
    half = step / 2
    wording_id, wording_sha256 = shop.wording.id, shop.wording.sha256
    staff = rng.choice(STAFF)
    events: list[NewEvent] = []
    opted_in: set[str] = set()
    open_ins: list[int] = []  # positions of opt-ins not voided yet

    def opt_in(key: str, method: Method, serial: str | None) -> NewEvent:
        opted_in.add(key)
        open_ins.append(len(events))
        return NewEvent(
            contact_id=0,
            action=Action.OPT_IN,
            scope=key,
            method=method,
            occurred_at=stamp(moment),
            recorded_at=stamp(moment + half),
            recorded_by=staff,
            wording_id=wording_id,
            wording_sha256=wording_sha256,
            form_serial=serial,
            language="en",
        )

    chosen = [k for k in keys if rng.random() < 0.7] or [rng.choice(keys)]
    method = rng.choice(_SIGN_UP)
    serial = next(shop.serials) if method is Method.PAPER_FORM else None
    for key in chosen[:count]:
        events.append(opt_in(key, method, serial))  # one form for the whole sign-up
    while len(events) < count:
        moment += step
        roll = rng.random()
        if roll < 0.12 and open_ins:
            target = open_ins.pop(rng.randrange(len(open_ins)))
            events.append(
                NewEvent(
                    contact_id=0,
                    action=Action.VOID,
                    scope=events[target].scope,
                    method=events[target].method,
                    occurred_at=stamp(moment),
                    recorded_at=stamp(moment),
                    recorded_by=staff,
                    voided_event_id=target,
                    reason="entered on the wrong person",
                )
            )
        elif roll < 0.45 and opted_in:
            scope = "all" if roll < 0.16 else rng.choice(["marketing", *sorted(opted_in)])
            if scope == "all":
                opted_in.clear()
            elif scope == "marketing":
                opted_in.difference_update(marketing)
            else:
                opted_in.discard(scope)
            events.append(
                NewEvent(
                    contact_id=0,
                    action=Action.OPT_OUT,
                    scope=scope,
                    method=rng.choice(_STOP),
                    occurred_at=stamp(moment),
                    recorded_at=stamp(moment),
                    recorded_by=staff,
                    customer_words="STOP",
                    language="en",
                    confirmation_text=shop.confirmation(scope, sorted(opted_in)),
                )
            )
        else:
            method = rng.choice(_SIGN_UP)
            serial = next(shop.serials) if method is Method.PAPER_FORM else None
            events.append(opt_in(rng.choice(keys), method, serial))
    return events


def event_counts(rng: random.Random, contacts: int, events: int) -> list[int]:
    """How many events each person gets: the heavy few first, the rest around the mean."""
    hundreds = min(SOME_HUNDREDS, contacts // 2000)
    heavy = list(HEAVY) + [rng.randint(100, 400) for _ in range(hundreds)]
    heavy = heavy[:contacts]
    rest = contacts - len(heavy)
    left = max(events - sum(heavy), rest)
    mean = left / rest if rest else 0.0
    low = max(1, int(mean) - 1)
    counts = [low + int(rng.random() * 2 * (mean - low) + 0.5) for _ in range(rest)]
    return heavy + counts


def name_of(rng: random.Random, index: int) -> tuple[str, str]:
    """A person's name and language: every fourth one Spanish."""
    if index % 4 == 3:
        return f"{rng.choice(_ES_FIRST)} {rng.choice(_ES_LAST)}", "es"
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "en"
