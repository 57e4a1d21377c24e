"""The Contacts page's waits on a year of records: paging at depth, and a search for one person.

In one process (the page is open; start-up is first_paint.py's business), CPU time, medians:
- the page at 90% of the list against the first page (target: within 2x, flat with depth);
- a search by a whole number that lands on one person, with that person's history opened,
  against one raw sqlite3 pass matching every name and number with LIKE (target: 1.5x).
Run on a database made by make_records.py: python bench/directory.py YEAR.sqlite3
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing

from make_records import phone_of
from timing import HEADER, row

from optin_desk.services.contacts import contact_history
from optin_desk.services.directory import PageCursor, contact_page
from optin_desk.storage.engine import open_database


def timed(work: Callable[[], object], repeats: int) -> float:
    """Median CPU seconds of `repeats` runs of `work`."""
    samples = []
    for _ in range(repeats):
        started = time.process_time()
        work()
        samples.append(time.process_time() - started)
    return statistics.median(samples)


def peak_mib() -> float:
    """This process's peak resident memory so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Time the pages and the search and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a database made by bench/make_records.py")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with closing(sqlite3.connect(args.db)) as raw:
        total = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        cursors = {
            share: raw.execute(
                "SELECT name, id FROM contacts ORDER BY lower(name), id LIMIT 1 OFFSET ?",
                (int(total * share),),
            ).fetchone()
            for share in (0.5, 0.9, 0.99)
        }
    database = open_database(args.db)
    print(HEADER)
    with database.sessions() as session:
        contact_page(session)  # warm: the page is open when the user scrolls
        first = timed(lambda: contact_page(session), args.repeats)
        for share, (name, contact_id) in cursors.items():
            cursor = PageCursor(name, contact_id)
            deep = timed(lambda c=cursor: contact_page(session, after=c), args.repeats)
            label = f"contacts page at {share:.0%} of {total} (floor: first)"
            print(row(label, deep, first, 2.0, peak_mib()))
        number = phone_of(123_457 % total)  # a person on file in smaller databases too

        def search() -> None:
            rows = contact_page(session, number)
            assert len(rows) == 1
            contact_history(session, rows[0].phone_e164)

        found = timed(search, args.repeats)
    database.dispose()
    digits = number.lstrip("+")
    with closing(sqlite3.connect(args.db)) as raw:

        def scan() -> None:
            raw.execute(
                "SELECT id FROM contacts WHERE name LIKE ? OR phone_e164 LIKE ?",
                (f"%{number}%", f"%{digits}%"),
            ).fetchall()

        floor = timed(scan, args.repeats)
    print(row("search to one person + history (floor: LIKE)", found, floor, 1.5, peak_mib()))


if __name__ == "__main__":
    main()
