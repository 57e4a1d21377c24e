"""Build a "year of records" database (or ten years) for the benches, through the bulk path.

A year: 200,000 contacts and 500,000 events; ten years (--ten-years): 1,000,000 contacts and
5,000,000 events. Some people have hundreds of events (one has 1,000, one 500, a few dozen
between 100 and 400), paper sign-ups carry serials from printed batches, opt-outs carry their
confirmation (sent, for all but the last few days), and kept checks sit beside the records with
the messages they sent. Events go through `storage.bulk.bulk_add`, as `demo` does, so the chain
is built exactly as the program builds it; --verify recomputes it at the end.

Numbers are made without phonenumbers (valid GB and ES mobile ranges, a permutation of the
index so that none repeats): parsing a million numbers would take longer than the rest.
Run: python bench/make_records.py OUT.sqlite3 [--ten-years] [--contacts N --events N]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from load_order import indexes_after
from sqlalchemy import Table, event, insert, literal, select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import language_template
from optin_desk.domain.check import CheckSettings
from optin_desk.domain.consent import Action, Category, CategoryKind, Method
from optin_desk.domain.serials import make_serial
from optin_desk.domain.when import canonical, utc_now
from optin_desk.domain.wording import LanguageTemplate, render_confirmation
from optin_desk.services.profile import (
    BusinessSetup,
    WordingVersion,
    create_business,
    current_wording,
)
from optin_desk.services.records_key import records_key
from optin_desk.storage.bulk import NewContact, bulk_add, insert_rows
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import NewEvent, verify_ledger
from optin_desk.storage.models import (
    Base,
    CheckRun,
    ConfirmationSent,
    ConsentEvent,
    FormBatch,
    FormSerial,
    MessageSent,
)
from optin_desk.storage.results import pack_results

BATCH = 10_000
"""Contacts per transaction."""
HEAVY = (1000, 500)
"""Event counts of the two people the history and proof benches open."""
SOME_HUNDREDS = 30
"""How many more people get between 100 and 400 events (fewer in small databases)."""
FORMS_PER_BATCH = 250
CHECKS = 24
CHECK_ROWS = 5000
DAYS = 365

_FIRST = ("Ann", "Oliver", "Amelia", "Harry", "Isla", "Jack", "Sophie", "George", "Priya", "Tom")
_LAST = ("Lee", "Smith", "Jones", "Taylor", "Brown", "Williams", "Patel", "Wilson", "Evans")
_ES_FIRST = ("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "Carmen", "Álvaro")
_ES_LAST = ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Muñoz")
_STAFF = ("Sam", "Kim", "Ravi", "Lucía")
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


def _core(model: type[Base]) -> Table:
    """The Core table of a model: inserts through it skip the ORM's per-row work."""
    return Base.metadata.tables[model.__tablename__]


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
    staff = rng.choice(_STAFF)
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


def add_printed_batches(session: Session, shop: Shop, forms: int) -> list[str]:
    """Printed batches of forms over the year; returns their serials in printing order."""
    serials: list[str] = []
    batches = max(1, forms // FORMS_PER_BATCH)
    for number in range(batches):
        printed = shop.now - timedelta(days=DAYS + 5) + timedelta(days=DAYS * number / batches)
        batch_id = session.execute(
            insert(FormBatch).returning(FormBatch.id),
            {
                "printed_at": canonical(printed),
                "printed_by": _STAFF[number % len(_STAFF)],
                "count": FORMS_PER_BATCH,
                "language": "en",
                "wording_id": shop.wording.id,
                "paper": "A4",
            },
        ).scalar_one()
        mine = [make_serial(len(serials) + i + 1) for i in range(FORMS_PER_BATCH)]
        insert_rows(
            session, _core(FormSerial), ("serial", "batch_id"), [(s, batch_id) for s in mine]
        )
        serials.extend(mine)
    return serials


def add_checks(session: Session, rng: random.Random, shop: Shop, contacts: int) -> int:
    """Kept checks of recipient lists (twice a month) and the messages they sent."""
    sent = 0
    settings = json.dumps(CheckSettings().__dict__)
    rows = min(CHECK_ROWS, contacts // 10 or 1)
    for number in range(CHECKS):
        when = shop.now - timedelta(days=DAYS * (CHECKS - number) / CHECKS)
        people = rng.sample(range(1, contacts + 1), rows)
        verdicts = [
            (
                i + 1,
                phone_of(p - 1),
                "",
                phone_of(p - 1),
                "send" if p % 3 else "no_consent",
                "",
                False,
            )
            for i, p in enumerate(people)
        ]
        counts = {"send": sum(1 for v in verdicts if v[4] == "send")}
        counts["no_consent"] = rows - counts["send"]
        check_id = session.execute(
            insert(CheckRun).returning(CheckRun.id),
            {
                "created_at": canonical(when),
                "recorded_by": "Sam",
                "file_name": f"broadcast-{number + 1:02d}.csv",
                "file_sha256": f"{number:064x}",
                "category_key": "offers",
                "row_count": rows,
                "counts_json": json.dumps(counts),
                "settings_json": settings,
                "sent_at": canonical(when + timedelta(hours=1)),
                "results": pack_results(verdicts),
            },
        ).scalar_one()
        at = canonical(when + timedelta(hours=1))
        messages = [
            (p, "offers", at, check_id)
            for p, v in zip(people, verdicts, strict=True)
            if v[4] == "send"
        ]
        columns = ("contact_id", "category_key", "sent_at", "check_id")
        insert_rows(session, _core(MessageSent), columns, messages)
        sent += len(messages)
    return sent


def confirmations_sent(session: Session, before: datetime) -> None:
    """Opt-outs older than `before` had their confirmation sent (once, after the load)."""
    older = select(
        ConsentEvent.id, ConsentEvent.recorded_at, ConsentEvent.recorded_by, literal("")
    ).where(
        ConsentEvent.action == Action.OPT_OUT.value, ConsentEvent.recorded_at < canonical(before)
    )
    columns = ["event_id", "sent_at", "recorded_by", "sent_from"]
    session.execute(insert(_core(ConfirmationSent)).from_select(columns, older))


def add_people(session: Session, rng: random.Random, shop: Shop, counts: Sequence[int]) -> int:
    """Every contact with their events, through the bulk path, a batch a transaction."""
    made = 0
    created = canonical(shop.now - timedelta(days=DAYS))
    for first in range(0, len(counts), BATCH):
        people = []
        for index in range(first, min(first + BATCH, len(counts))):
            spanish = index % 4 == 3
            name = (
                f"{rng.choice(_ES_FIRST)} {rng.choice(_ES_LAST)}"
                if spanish
                else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            )
            language = "es" if spanish else "en"
            events = person_events(rng, shop, counts[index])
            people.append(NewContact(phone_of(index), name, language, created, events))
        made += bulk_add(session, people, records_key(session))
        session.commit()
        print(f"\r{first + len(people)} of {len(counts)} contacts", end="", file=sys.stderr)
    print(file=sys.stderr)
    return made


def _generating(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA synchronous = OFF")
    dbapi_connection.execute("PRAGMA cache_size = -262144")


def build(path: Path, contacts: int, events: int, seed: int, verify: bool) -> None:
    """Create the database at `path` and fill it; print what it took."""
    if path.exists():
        sys.exit(f"{path} exists: give a new file")
    rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
    start = time.perf_counter()
    database = open_database(str(path))
    # A generated file need not survive a power cut while it is made, and a large page cache
    # keeps the hash and contact indexes in memory: the load then costs the program's own
    # work, not waiting on the disk. (Connections made from here on; the file keeps WAL.)
    database.engine.dispose()
    event.listen(database.engine, "connect", _generating)
    with database.sessions() as session:
        profile = create_business(
            session,
            BusinessSetup(name="Corner Deli & Co", country="GB", senders=("07911 000111",)),
        )
        wording = current_wording(session, profile.language)
        session.commit()
        counts = event_counts(rng, contacts, events)
        paper = sum(counts) // 3  # more than the paper sign-ups (a third of the opt-ins at most)
        shop = Shop(
            utc_now(),
            profile.name,
            profile.active_categories,
            wording,
            language_template(profile.language),
            iter(()),
        )
        with indexes_after(session):
            shop.serials = iter(add_printed_batches(session, shop, paper))
            session.commit()
            # The load makes millions of short-lived objects and no cycles worth collecting:
            # the cyclic collector's passes over a growing heap cost about 5% of it.
            gc.disable()
            try:
                made = add_people(session, rng, shop, counts)
            finally:
                gc.enable()
            confirmations_sent(session, shop.now - timedelta(days=3))
            sent = add_checks(session, rng, shop, contacts)
            session.commit()
    loaded = time.perf_counter() - start
    database.dispose()
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    print(
        f"{contacts} contacts, {made} events, {CHECKS} checks, {sent} messages sent in "
        f"{loaded:.1f} s; {size / 2**20:.0f} MiB, {size / contacts:.0f} bytes a contact, "
        f"{size / made:.0f} bytes an event"
    )
    if verify:
        began = time.perf_counter()
        database = open_database(str(path))
        with database.sessions() as session:
            report = verify_ledger(session)
        database.dispose()
        print(f"chain: {'intact' if report.ok else 'BROKEN'} ({time.perf_counter() - began:.1f} s)")
        if not report.ok:
            sys.exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    """Read the arguments and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the new database file")
    parser.add_argument("--ten-years", action="store_true", help="1M contacts, 5M events")
    parser.add_argument("--contacts", type=int, help="override the number of contacts")
    parser.add_argument("--events", type=int, help="override the number of events")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--verify", action="store_true", help="recompute the chain at the end")
    args = parser.parse_args(argv)
    contacts = args.contacts or (1_000_000 if args.ten_years else 200_000)
    events = args.events or (5_000_000 if args.ten_years else 500_000)
    build(args.out, contacts, events, args.seed, args.verify)


if __name__ == "__main__":
    main()
