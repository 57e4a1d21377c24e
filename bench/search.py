"""Contact search latency at 100,000 contacts, against a plain scan of the same table.

Builds a demo database (about half a minute), then times the directory's first page for
typical searches, each repeated, in one process (the page is open: start-up is
first_paint.py's); the floor, in the same run, is one raw sqlite3 pass over every contact's
name and number (the least any substring search must do). CPU time of this process (wall time
on a shared machine measures the neighbours), medians, the ratio and the peak memory.
Target: within 1.5x of the floor (the year-of-records twin is directory.py).
Run: python bench/search.py [--contacts N]
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import HEADER, row

from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.directory import contact_page
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database

SEARCHES = ("", "ann", "Müller", "7400 95", "+44 7400 950765", "07400", "zzz")


def timed(work: Callable[[], object], repeats: int = 15) -> float:
    """Median CPU seconds of `repeats` runs."""
    samples = []
    for _ in range(repeats):
        start = time.process_time()
        work()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def main() -> None:
    """Build, then measure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        database = open_database(str(path))
        with database.sessions() as session:
            create_business(session, BusinessSetup(name="Bench Shop", country="GB"))
            start = time.perf_counter()
            add_demo_contacts(session, args.contacts)
            print(f"built {args.contacts} demo contacts in {time.perf_counter() - start:.1f} s")
        raw = sqlite3.connect(path)

        def scan() -> object:
            query = "SELECT count(*) FROM contacts WHERE name LIKE ? OR phone_e164 LIKE ?"
            return raw.execute(query, ("%zzz%", "%zzz%")).fetchone()

        baseline = timed(scan)
        print(HEADER)
        for text in SEARCHES:

            def search(text: str = text) -> object:
                with database.reading() as session:
                    return contact_page(session, text)

            latency = timed(search)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(row(f"search {text!r} (floor: LIKE pass)", latency, baseline, 1.5, peak))
        raw.close()
        database.dispose()


if __name__ == "__main__":
    main()
