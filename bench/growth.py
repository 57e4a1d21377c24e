"""How each operation's time and memory grow from a year of records to ten years.

Give two databases made by make_records.py, the smaller first: a year and ten years (or, where
building ten years is too slow, a tenth of a year and a year: the same factor of ten). Every
operation runs as it runs in the other benches, on both databases, and the table says how much
its CPU time and peak memory grew, against how much the records grew:

- one person's operations (`status`, `history` and `proof` of the 500-event person, a
  Contacts page at 90% of the list, a search that lands on one person) should stay flat: they
  depend on that person's events, or on one page, not on the records;
- whole-ledger commands (`verify`, `export`, `backup`) are linear: about the records' factor;
- a backup of unchanged records into the folder that holds the last one is flat (the kept
  file is reused after a few reads), and a check of a 100,000-row list is flat but for the
  part that looks numbers up in an index.

Anything that grows more than half again faster than the records is flagged WORSE THAN LINEAR;
a flat operation that grows more than twice is flagged GROWS; the same for peak memory. Also
prints each database's size per contact and per event. The commands write to the databases
(a kept check, backup marks): give copies. Its cost is mostly the four whole-ledger commands
on the larger database: on a tenth of a year and a year, about 3 CPU minutes; on a year and
ten years, about 11 times that (each whole-ledger command reads every event).
Run: python bench/growth.py SMALL.sqlite3 LARGE.sqlite3 [--runs N] [--only name,name]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from make_records import phone_of
from person import HUNDREDS
from rows import parse_rows
from timing import median, optin_desk, run
from whole_ledger import command

HERE = Path(__file__).resolve().parent
LIST_ROWS = 100_000
FLAT, LINEAR = "flat", "linear"


@dataclass(frozen=True)
class Measured:
    """CPU seconds and peak MiB of one operation on one database."""

    cpu: float
    peak_mib: float


@dataclass(frozen=True)
class Shape:
    """A database's size."""

    contacts: int
    events: int
    size: int

    def line(self, label: str) -> str:
        return (
            f"{label}: {self.contacts:,} contacts, {self.events:,} events, "
            f"{self.size / 2**20:,.0f} MiB: {self.size / self.contacts:,.0f} bytes a contact, "
            f"{self.size / self.events:,.0f} bytes an event"
        )


def shape(db: str) -> Shape:
    """Contacts, events and bytes of one database (its -wal file counted)."""
    with closing(sqlite3.connect(db)) as raw:
        contacts = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        events = raw.execute("SELECT count(*) FROM consent_events").fetchone()[0]
    wal = Path(db + "-wal")
    return Shape(
        contacts, events, Path(db).stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    )


def person(db: str, folder: Path, runs: int) -> dict[str, Measured]:
    """`status`, `history` and `proof` of the 500-event person, as person.py runs them."""
    number = phone_of(HUNDREDS)
    found = {}
    # as person.py: the checkpoint log holds a frontier, as it does after any checkpoint
    run(optin_desk(db, "proof", number, "--out", str(folder / "first.pdf")))
    for name, words in (
        ("status (500-event person)", ("status", number)),
        ("history (500 events)", ("history", number)),
        ("proof (500 events)", ("proof", number, "--out", str(folder / "p.pdf"))),
    ):
        sample = median(optin_desk(db, *words), runs)
        found[name] = Measured(sample.cpu, sample.peak_mib)
    return found


def directory(db: str, _folder: Path, runs: int) -> dict[str, Measured]:
    """The Contacts page at 90% and a search to one person, from directory.py's own table."""
    done = subprocess.run(
        [sys.executable, str(HERE / "directory.py"), db, "--repeats", str(max(5, runs * 5))],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"directory.py: {(done.stderr.strip().splitlines() or ['failed'])[-1]}")
    found = {}
    for row in parse_rows(done.stdout):
        if row.operation.startswith("contacts page at 90%"):
            found["contacts page at 90%"] = Measured(row.time_s, row.peak_mib)
        elif row.operation.startswith("search to one person"):
            found["search to one person + history"] = Measured(row.time_s, row.peak_mib)
    return found


def whole_ledger(db: str, folder: Path, _runs: int) -> dict[str, Measured]:
    """`verify`, `export`, `backup` and a backup of the unchanged records, as whole_ledger.py
    runs them (once each: each reads every event)."""
    path = Path(db)
    stick = folder / "stick"
    stick.mkdir(exist_ok=True)
    found = {
        "verify": Measured(*command(path, "verify")),
        "export": Measured(*command(path, "export", str(folder / "export.csv"))),
        "backup": Measured(*command(path, "backup", str(stick))),
        "backup, unchanged": Measured(*command(path, "backup", str(stick))),  # kept as it is
    }
    (folder / "export.csv").unlink(missing_ok=True)
    for kept in stick.iterdir():
        kept.unlink()
    stick.rmdir()
    return found


def check(db: str, folder: Path, _runs: int) -> dict[str, Measured]:
    """`check` of a 100,000-row list, 90% of it on file, the whole command with its report."""
    contacts = shape(db).contacts
    rng = random.Random(14)  # noqa: S311 (test data)
    known = [phone_of(rng.randrange(contacts)) for _ in range(LIST_ROWS * 9 // 10)]
    strangers = [phone_of(contacts + index) for index in range(LIST_ROWS - len(known))]
    numbers = known + strangers
    rng.shuffle(numbers)
    path = folder / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Phone"])
        writer.writerows((f"Customer {i}", number) for i, number in enumerate(numbers))
    words = ("check", str(path), "--category", "offers", "--report", str(folder / "r.csv"))
    return {"check, 100,000 rows (90% on file)": Measured(*command(Path(db), *words))}


PARTS: dict[str, tuple[Callable[[str, Path, int], dict[str, Measured]], dict[str, str]]] = {
    "person": (
        person,
        {
            "status (500-event person)": FLAT,
            "history (500 events)": FLAT,
            "proof (500 events)": FLAT,
        },
    ),
    "directory": (
        directory,
        {"contacts page at 90%": FLAT, "search to one person + history": FLAT},
    ),
    "ledger": (
        whole_ledger,
        {"verify": LINEAR, "export": LINEAR, "backup": LINEAR, "backup, unchanged": FLAT},
    ),
    "check": (check, {"check, 100,000 rows (90% on file)": FLAT}),
}


def verdict(expected: str, grew: float, factor: float) -> str:
    """How an operation's time grew, against how it should."""
    if grew > 1.5 * factor:
        return "WORSE THAN LINEAR"
    if grew <= 2.0:
        return "flat"
    if expected == FLAT:
        return "GROWS (should be flat)"
    return "linear"


def memory_verdict(expected: str, grew: float, factor: float) -> str:
    """What to say of an operation's peak memory: nothing unless it grew where it should not."""
    if grew > 1.5 * factor:
        return "; memory WORSE THAN LINEAR"
    if expected == FLAT and grew > 2.0:
        return "; memory GROWS (should be flat)"
    return ""


def main() -> None:
    """Measure every part on both databases and print the growth table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("small")
    parser.add_argument("large")
    parser.add_argument("--runs", type=int, default=3, help="runs of each one-person command")
    parser.add_argument("--only", default=",".join(PARTS), help="parts: " + ",".join(PARTS))
    args = parser.parse_args()
    small, large = shape(args.small), shape(args.large)
    factor = large.events / small.events
    print(small.line("small"))
    print(large.line("large"))
    print(f"records grew {factor:.1f}x (events), {large.contacts / small.contacts:.1f}x (contacts)")
    print(
        f"{'operation':36} {'small s':>8} {'large s':>8} {'x time':>7} {'small MiB':>9} "
        f"{'large MiB':>9} {'x mem':>6}  growth (expected)",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for part in args.only.split(","):
            measure, expected = PARTS[part]
            try:
                before = measure(args.small, folder, args.runs)
                after = measure(args.large, folder, args.runs)
            except (RuntimeError, SystemExit, OSError, subprocess.SubprocessError) as error:
                print(f"{part}: failed: {error}", flush=True)
                continue
            for operation, kind in expected.items():
                if operation not in before or operation not in after:
                    print(f"{operation:36} not measured (its bench printed no such row)")
                    continue
                one, two = before[operation], after[operation]
                grew = two.cpu / one.cpu if one.cpu else float("inf")
                more = two.peak_mib / one.peak_mib
                said = verdict(kind, grew, factor) + memory_verdict(kind, more, factor)
                print(
                    f"{operation:36} {one.cpu:8.3f} {two.cpu:8.3f} {grew:7.2f} "
                    f"{one.peak_mib:9.0f} {two.peak_mib:9.0f} {more:6.2f}  {said} ({kind})",
                    flush=True,
                )


if __name__ == "__main__":
    main()
