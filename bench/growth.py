"""How each person-facing operation grows from one database to a ten times larger one.

Give two databases made by make_records.py, the smaller first: a year and ten years (or, where
building ten years is too slow, a tenth of a year and a year: the same factor of ten). Each
operation runs as a fresh `optin-desk` process (CPU time and peak memory, see timing.py) on
both; a person's history and proof should not grow at all (they depend on that person's
events), and nothing should grow faster than the records. Also prints the database's size per
contact and per event. Run: python bench/growth.py SMALL.sqlite3 LARGE.sqlite3 [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from make_records import phone_of
from timing import Sample, median, optin_desk


def sizes(db: str) -> tuple[int, int, int]:
    """Contacts, events and bytes of one database."""
    with closing(sqlite3.connect(db)) as raw:
        contacts = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        events = raw.execute("SELECT count(*) FROM consent_events").fetchone()[0]
    return contacts, events, Path(db).stat().st_size


def operations(db: str, folder: str, runs: int) -> dict[str, Sample]:
    """The operations measured, on one database."""
    five_hundred = phone_of(1)
    return {
        "status (500-event person)": median(optin_desk(db, "status", five_hundred), runs),
        "history (500 events)": median(optin_desk(db, "history", five_hundred), runs),
        "proof (500 events)": median(
            optin_desk(db, "proof", five_hundred, "--out", f"{folder}/p.pdf"), runs
        ),
    }


def main() -> None:
    """Measure on both and print the growth table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("small")
    parser.add_argument("large")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    small, large = sizes(args.small), sizes(args.large)
    factor = large[1] / small[1]
    for label, (contacts, events, size) in (("small", small), ("large", large)):
        print(
            f"{label}: {contacts} contacts, {events} events, {size / 2**20:.0f} MiB: "
            f"{size / contacts:.0f} bytes a contact, {size / events:.0f} bytes an event"
        )
    with tempfile.TemporaryDirectory() as folder:
        before = operations(args.small, folder, args.runs)
        after = operations(args.large, folder, args.runs)
    print(f"records grew {factor:.1f}x")
    print(
        f"{'operation':28} {'small s':>8} {'large s':>8} {'x time':>7} {'small MiB':>9} "
        f"{'large MiB':>9} {'x memory':>8}"
    )
    for name, one in before.items():
        two = after[name]
        print(
            f"{name:28} {one.cpu:8.3f} {two.cpu:8.3f} {two.cpu / one.cpu:7.2f} "
            f"{one.peak_mib:9.0f} {two.peak_mib:9.0f} {two.peak_mib / one.peak_mib:8.2f}"
        )


if __name__ == "__main__":
    main()
