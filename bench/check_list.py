"""`check` of a recipient list as the whole command a user runs, against the parsing floor.

The check is `python -m optin_desk --db DB check LIST --category offers --report OUT.csv`,
timed from its process start (imports, opening the records, reading the list, every verdict,
the kept check, the report file), as CPU seconds of that child (`timing.py`). The floor is
its own fresh process in the same run: read the same CSV with `csv` and run phonenumbers'
parse, is_valid_number and E.164 formatting on every row, what a naive checker cannot beat.

Targets: 100,000 rows, 90% of them people on file, at most 0.5x the floor; 100,000 numbers
nobody on file has, within 1.2x; any size in bounded memory (a 1,000,000-row list with a
peak under 600 MiB: `--rows 1000000`).
Run on a COPY of the year database (the check is kept, so the file is written):
    python bench/check_list.py --db /tmp/me/year.sqlite3 [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat
from timing import HEADER, median, optin_desk, python, row

FLOOR = r"""
import csv, sys
import phonenumbers
from phonenumbers import PhoneNumberFormat
region = sys.argv[2]
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    reader = csv.reader(handle)
    next(reader)
    for _name, written in reader:
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            phonenumbers.format_number(number, PhoneNumberFormat.E164)
"""


def write_list(path: Path, numbers: list[str]) -> None:
    """A CSV list as shops export them: a name and a phone column."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Phone"])
        for index, number in enumerate(numbers):
            writer.writerow([f"Customer {index}", number])


def unknown_numbers(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Valid GB mobile numbers of people not on file, written nationally."""
    found: list[str] = []
    while len(found) < count:
        digits = "7" + rng.choice("45789") + "".join(rng.choice("0123456789") for _ in range(8))
        number = phonenumbers.parse("+44" + digits)
        if not phonenumbers.is_valid_number(number):
            continue
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        if e164 in taken:
            continue
        taken.add(e164)
        found.append("0" + digits[:4] + " " + digits[4:])
    return found


def written_forms(e164: str) -> list[str]:
    """How a GB shop's list writes a number: nationally only for GB numbers."""
    number = phonenumbers.parse(e164)
    forms = [
        phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        e164[1:],
        e164,
    ]
    if number.country_code == 44:
        forms.append(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    return forms


def mostly_known(rng: random.Random, known: list[str], rows: int, taken: set[str]) -> list[str]:
    """90% people on file in the forms lists use (repeats once the list outgrows the file)."""
    wanted = rows * 9 // 10
    picked = rng.sample(known, wanted) if wanted <= len(known) else rng.choices(known, k=wanted)
    numbers = [rng.choice(written_forms(e164)) for e164 in picked]
    numbers += unknown_numbers(rng, rows - wanted, taken)
    rng.shuffle(numbers)
    return numbers


def main() -> None:
    """Write the lists, then time the floor and the command on each, in the same run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a COPY of the year database")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--only", default="known,unknown")
    args = parser.parse_args()
    rng = random.Random(11)  # noqa: S311 (test data)
    with closing(sqlite3.connect(args.db)) as raw:
        known = [
            r[0]
            for r in raw.execute("SELECT phone_e164 FROM contacts WHERE phone_e164 IS NOT NULL")
        ]
        region = raw.execute("SELECT country FROM business_profile").fetchone()[0]
    taken = set(known)
    lists = {}
    if "known" in args.only:
        lists["90% known"] = lambda: mostly_known(rng, known, args.rows, taken)
    if "unknown" in args.only:
        lists["all unknown"] = lambda: unknown_numbers(rng, args.rows, taken)
    print(f"{args.db.name}: {len(known)} contacts, shop in {region}; {args.rows} rows a list")
    print(HEADER)
    with tempfile.TemporaryDirectory(prefix="check-bench-") as folder:
        for label, make in lists.items():
            path = Path(folder) / f"{label.replace(' ', '-').replace('%', '')}.csv"
            write_list(path, make())
            report = str(Path(folder) / "report.csv")
            base = median(python("-c", FLOOR, str(path), region), args.runs)
            done = median(
                optin_desk(
                    str(args.db), "check", str(path), "--category", "offers", "--report", report
                ),
                args.runs,
            )
            target = 0.5 if label == "90% known" else 1.2
            print(
                row(
                    f"check, {label}, {args.rows:,} rows", done.cpu, base.cpu, target, done.peak_mib
                )
            )
            print(f"{'':46} floor peak {base.peak_mib:.0f} MiB; wall {done.wall:.1f} s", flush=True)


if __name__ == "__main__":
    main()
