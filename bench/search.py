"""Contact search latency at 100,000 contacts, against a plain scan of the same table.

Builds a demo database (about half a minute), then times the directory's first page for
typical searches, each repeated; the baseline is one raw sqlite3 pass over every contact's
name and number (the least any substring search must do). Prints medians and ratios; the
issue's target is well under 100 ms per search.
Run: python bench/search.py [--contacts N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.directory import contact_page
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database

SEARCHES = ("", "ann", "Müller", "7400 95", "+44 7400 950765", "07400", "zzz")


def timed(work: Callable[[], object], repeats: int = 15) -> float:
    """Median seconds of `repeats` runs."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
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
        print(f"baseline: one pass over every contact: {baseline * 1000:6.1f} ms")
        for text in SEARCHES:

            def search(text: str = text) -> object:
                with database.reading() as session:
                    return contact_page(session, text)

            latency = timed(search)
            print(
                f"search {text!r:20} {latency * 1000:6.1f} ms  "
                f"ratio to baseline {latency / baseline:4.1f}"
            )
        raw.close()
        database.dispose()


if __name__ == "__main__":
    main()
