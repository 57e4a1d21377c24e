"""Bulk writes as whole commands: `demo`, `import --apply`, `replies` (dry run), each from
process start, against the least a program could do for the same job in the same run.

Floors:
- demo and import: a bare Python process that copies the very rows the command wrote (read
  from its result with `sqlite3`) into a fresh copy of the same empty shop, with
  `executemany`, one transaction, the same schema, indexes and change-count triggers;
- replies: a bare Python process that reads the same file with `csv`, classifies each message
  with a set of stop words, parses each number with phonenumbers and looks the numbers up in
  chunks of `IN (...)` with `sqlite3`.

Run: python bench/bulk_writes.py [--contacts 100000] [--rows 20000] [--lines 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import HEADER, Sample, optin_desk, python, row, run

WRITTEN = ("contacts", "consent_events", "consent_state", "confirmations_sent")
"""The tables demo and import fill, in an order their foreign keys accept."""

COPY_ROWS = r"""
import sqlite3, sys
source, target = sys.argv[1], sys.argv[2]
tables = sys.argv[3:]
with sqlite3.connect(source) as read:
    rows = {t: read.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
write = sqlite3.connect(target, isolation_level=None)
write.execute("PRAGMA foreign_keys=ON")
write.execute("BEGIN IMMEDIATE")
for table in tables:
    if rows[table]:
        marks = ",".join("?" * len(rows[table][0]))
        write.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
write.execute("COMMIT")
"""

REPLIES_FLOOR = r"""
import csv, sqlite3, sys
import phonenumbers
STOP = {"stop", "unsubscribe", "stopp", "baja", "parar", "cancelar", "no more"}
found = {}
with open(sys.argv[2], newline="", encoding="utf-8") as handle:
    keys = []
    for number, message in list(csv.reader(handle))[1:]:
        parsed = phonenumbers.parse(number, "GB")
        if phonenumbers.is_valid_number(parsed):
            keys.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
        found[number] = message.strip().lower() in STOP
with sqlite3.connect(sys.argv[1]) as db:
    on_file = {}
    for start in range(0, len(keys), 900):
        chunk = keys[start:start + 900]
        marks = ",".join("?" * len(chunk))
        on_file.update(db.execute(
            f"SELECT phone_e164, id FROM contacts WHERE phone_e164 IN ({marks})", chunk))
"""


def shop(folder: Path) -> Path:
    """An empty shop with two kinds of message (not timed)."""
    empty = folder / "empty.sqlite3"
    run(
        optin_desk(
            str(empty),
            "init",
            "--business",
            "Bench shop",
            "--country",
            "GB",
            "--category",
            "news=News:marketing",
            "--category",
            "orders=Orders:service",
        )
    )
    return empty


def added_rows(empty: Path, written: Path, folder: Path) -> Path:
    """A plain file holding only the rows the command added (not timed): the empty shop
    already has rows of its own (`init` chains each kind of message as a shop event)."""
    added = folder / "added.sqlite3"
    added.unlink(missing_ok=True)
    with closing(sqlite3.connect(added)) as db:
        db.execute("ATTACH ? AS w", (str(written),))
        db.execute("ATTACH ? AS e", (str(empty),))
        for table in WRITTEN:
            db.execute(
                f"CREATE TABLE {table} AS SELECT * FROM w.{table} "  # noqa: S608 (our names)
                f"EXCEPT SELECT * FROM e.{table} ORDER BY 1"
            )
        db.commit()
    return added


def floor_of(empty: Path, written: Path, folder: Path) -> Sample:
    """Copy what a command wrote into a fresh copy of the empty shop with bare executemany."""
    target = folder / "floor.sqlite3"
    shutil.copy(empty, target)
    added = added_rows(empty, written, folder)
    return run(python("-c", COPY_ROWS, str(added), str(target), *WRITTEN))


def import_file(folder: Path, rows: int) -> Path:
    """A CSV of `rows` opt-ins and opt-outs of new people, as another tool exports them."""
    path = folder / "import.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["number", "name", "category", "action", "date"])
        for index in range(rows):
            prefix = ("+4471", "+4472", "+4473")[index % 3]  # valid for any eight digits
            phone = f"{prefix}{(index * 7919 + 12345) % 100_000_000:08d}"
            action = "opt_out" if index % 7 == 0 else "opt_in"
            out.writerow([phone, f"Person {index}", "news", action, "2026-03-01"])
    return path


def replies_file(folder: Path, lines: int, db: Path) -> Path:
    """A CSV of `lines` replies: numbers on file (from `db`) and not, clear stops and chat."""
    with closing(sqlite3.connect(db)) as read:
        known = [p for (p,) in read.execute("SELECT phone_e164 FROM contacts LIMIT ?", (lines,))]
    words = ("STOP", "thanks!", "Stop please", "unsubscribe", "when do you open?", "no more")
    path = folder / "replies.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["number", "message"])
        for index in range(lines):
            phone = known[index % len(known)] if index % 10 else f"+447700{900000 + index % 999}"
            out.writerow([phone, words[index % len(words)]])
    return path


def measure(label: str, command: list[str], floor: Sample, target: float) -> str:
    """One table line."""
    used = run(command)
    return row(label, used.cpu, floor.cpu, target, used.peak_mib)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print(HEADER)
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            empty = shop(folder)
            demo = folder / "demo.sqlite3"
            shutil.copy(empty, demo)
            used = run(optin_desk(str(demo), "demo", "--contacts", str(args.contacts)))
            floor = floor_of(empty, demo, folder)
            print(row(f"demo, {args.contacts:,} contacts", used.cpu, floor.cpu, 2, used.peak_mib))
            imported = folder / "import.sqlite3"
            shutil.copy(empty, imported)
            source = import_file(folder, args.rows)
            used = run(optin_desk(str(imported), "import", "--apply", str(source)))
            floor = floor_of(empty, imported, folder)
            label = f"import --apply, {args.rows:,} rows"
            print(row(label, used.cpu, floor.cpu, 2, used.peak_mib))
            replies = replies_file(folder, args.lines, demo)
            floor = run(python("-c", REPLIES_FLOOR, str(demo), str(replies)))
            used = run(optin_desk(str(demo), "replies", str(replies)))
            label = f"replies (dry run), {args.lines:,} lines"
            print(row(label, used.cpu, floor.cpu, 3, used.peak_mib))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
