"""One person's history and proof against `status` of the same person, on a year of records.

Each command is a fresh `optin-desk` process, timed from its start (CPU time, see timing.py).
The floor of `history` is `status` of the same person (same start-up, same lookups, no event
list); the target is 1.5x at 500 events. A proof's cost must grow with the person's events
only: the proof of a person with 1,000 events against the proof of a person with two, and
each against `status`. Run on a database made by make_records.py:
python bench/person.py YEAR.sqlite3 [--runs N]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from make_records import phone_of
from timing import HEADER, median, optin_desk, row, run

HUNDREDS = 1
"""make_records' person with 500 events."""
THOUSAND = 0
"""make_records' person with 1,000 events."""
ORDINARY = 100_003
"""A person with a couple of events."""


def main() -> None:
    """Time the commands and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a database made by bench/make_records.py")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = args.runs
    print(HEADER)
    for who, label in ((HUNDREDS, "500 events"), (THOUSAND, "1,000 events")):
        number = phone_of(who)
        status = median(optin_desk(args.db, "status", number), runs)
        history = median(optin_desk(args.db, "history", number), runs)
        print(
            row(f"history, {label} (floor: status)", history.cpu, status.cpu, 1.5, history.peak_mib)
        )
    with tempfile.TemporaryDirectory() as folder:
        # A shop's checkpoint log holds a frontier after any checkpoint (a backup, printed
        # forms, a proof): the first proof on a log without one reads every event once.
        first = run(optin_desk(args.db, "proof", phone_of(ORDINARY), "--out", f"{folder}/0.pdf"))
        proofs = {}
        for who, label in (
            (ORDINARY, "2 events"),
            (HUNDREDS, "500 events"),
            (THOUSAND, "1,000 events"),
        ):
            number = phone_of(who)
            out = str(Path(folder) / f"{who}.pdf")
            proofs[label] = median(optin_desk(args.db, "proof", number, "--out", out), runs)
        base = proofs["2 events"]
        status = median(optin_desk(args.db, "status", phone_of(ORDINARY)), runs)
        print(row("proof, 2 events (floor: status)", base.cpu, status.cpu, 3.0, base.peak_mib))
        print(
            f"(the first proof, of 2 events, on whatever log the database had: "
            f"{first.cpu:.3f} CPU s, {first.peak_mib:.0f} MiB)"
        )
        for label in ("500 events", "1,000 events"):
            sample = proofs[label]
            print(
                row(
                    f"proof, {label} (floor: proof of 2)",
                    sample.cpu,
                    base.cpu,
                    10.0,
                    sample.peak_mib,
                )
            )
        extra_500 = proofs["500 events"].cpu - base.cpu
        extra_1000 = proofs["1,000 events"].cpu - base.cpu
        print(
            f"proof cost per event: {extra_500 / 498 * 1000:.2f} ms at 500, "
            f"{extra_1000 / 998 * 1000:.2f} ms at 1,000 (linear when these agree)"
        )


if __name__ == "__main__":
    main()
