"""Build a "year of records" database (or ten years) for the benches, through the bulk path.

A year: 200,000 contacts and 500,000 events; ten years (--ten-years): 1,000,000 contacts and
5,000,000 events. Some people have hundreds of events (one has 1,000, one 500, a few dozen
between 100 and 400), paper sign-ups carry serials from printed batches, opt-outs carry their
confirmation (sent, for all but the last few days), and kept checks sit beside the records with
the messages they sent. Events go through `storage.bulk.bulk_add`, as `demo` does, so the chain
is built exactly as the program builds it; --verify recomputes it at the end.

The people and their events are made by people.py.
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
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from load_order import indexes_after
from people import DAYS, STAFF, Shop, event_counts, name_of, person_events, phone_of
from sqlalchemy import Table, event, insert, literal, select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import language_template
from optin_desk.domain.check import CheckSettings
from optin_desk.domain.consent import Action
from optin_desk.domain.serials import make_serial
from optin_desk.domain.when import canonical, utc_now
from optin_desk.services.profile import (
    BusinessSetup,
    create_business,
    current_wording,
)
from optin_desk.services.records_key import records_key
from optin_desk.storage.bulk import NewContact, bulk_add, insert_rows
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import verify_ledger
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
FORMS_PER_BATCH = 250
CHECKS = 24
CHECK_ROWS = 5000


def _core(model: type[Base]) -> Table:
    """The Core table of a model: inserts through it skip the ORM's per-row work."""
    return Base.metadata.tables[model.__tablename__]


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
                "printed_by": STAFF[number % len(STAFF)],
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
            name, language = name_of(rng, index)
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
    cpu = time.process_time()  # from the process start: imports included, as a user pays
    print(
        f"{contacts} contacts, {made} events, {CHECKS} checks, {sent} messages sent in "
        f"{loaded:.1f} s ({cpu:.1f} CPU s); {size / 2**20:.0f} MiB, "
        f"{size / contacts:.0f} bytes a contact, {size / made:.0f} bytes an event"
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
