"""Checking a 100,000-row list against 100,000 contacts, against the parsing floor.

The floor is what a naive checker cannot beat: phonenumbers' parse, is_valid_number and
E.164 formatting of every row, timed here in the same run. Targets: a list of 90% known
people in under half the floor's time; a list of unknown numbers within 1.2 times the floor;
memory under 500 MB. Each check runs in a fresh process (its peak memory is reported) and
includes reading the CSV file and storing every verdict, as `optin-desk check` does.
Run: python bench/check_list.py [--contacts N] [--rows N]
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat

CHILD = r"""
import hashlib, resource, sys, time
from pathlib import Path
from optin_desk.documents.lists import read_list
from optin_desk.services.check import run_check
from optin_desk.storage.engine import open_database
database = open_database(sys.argv[1])
path = Path(sys.argv[2])
start = time.perf_counter()
recipients = read_list(path)
digest = hashlib.sha256(path.read_bytes()).hexdigest()
with database.sessions() as session:
    result = run_check(session, recipients, "offers", digest)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.3f} {peak:.0f} {result.counts['send']} {result.counts['no_consent']}")
"""


def floor(numbers: list[str], region: str) -> float:
    """Seconds to parse, validate and format every number: the naive checker's minimum."""
    start = time.perf_counter()
    for written in numbers:
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return time.perf_counter() - start


def write_list(path: Path, numbers: list[str]) -> None:
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


def run_child(db: Path, path: Path) -> tuple[float, float, str]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak, *counts = result.stdout.split()
    return float(seconds), float(peak), " ".join(counts)


def main() -> None:
    """Build the database and the lists, then measure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(11)  # noqa: S311 (test data)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "optin_desk",
                "--db",
                str(db),
                "demo",
                "--contacts",
                str(args.contacts),
            ],
            check=True,
            capture_output=True,
        )
        import sqlite3

        with sqlite3.connect(db) as raw:
            known = [row[0] for row in raw.execute("SELECT phone_e164 FROM contacts")]
        taken = set(known)
        mostly_known = [
            rng.choice(written_forms(e164)) for e164 in rng.sample(known, args.rows * 9 // 10)
        ]
        mostly_known += unknown_numbers(rng, args.rows - len(mostly_known), taken)
        rng.shuffle(mostly_known)
        strangers = unknown_numbers(rng, args.rows, taken)
        lists = {"90% known": mostly_known, "all unknown": strangers}
        for label, numbers in lists.items():
            path = Path(folder) / f"{label.replace(' ', '-').replace('%', '')}.csv"
            write_list(path, numbers)
            base = floor(numbers, "GB")
            seconds, peak, counts = run_child(db, path)
            target = 0.5 if label == "90% known" else 1.2
            print(
                f"{label:12} floor {base:6.2f} s   check {seconds:6.2f} s   "
                f"ratio {seconds / base:4.2f} (target < {target})   peak {peak:5.0f} MB   "
                f"send/no_consent {counts}"
            )


if __name__ == "__main__":
    main()
