"""Appends per second for one and for four writers at once, on PostgreSQL and on SQLite.

Each writer is its own process (as each computer of a shop is): it records opt-ins of its own
numbers (two categories, so two events) and, every third step, an opt-out (marketing) of one
it recorded earlier, through the same services as the window, one commit per action. It
prints one line per acknowledged (committed) action; tests/shops/test_several_writers.py
checks every one of them is in the records.

Run: python bench/several_writers.py [--seconds 10]
A throwaway PostgreSQL cluster is started for it (tests/pg_server.py) and removed after.
"Write" mode, used by the test: python bench/several_writers.py write DB SECONDS WRITER
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database


def phone(writer: int, n: int) -> str:
    """The n-th number of one writer (writers never share a number)."""
    return f"+44 7400 {writer}{n:05d}"


def write(db: str, seconds: float, writer: int) -> None:
    """Append for `seconds`; print each acknowledged action: in|out PHONE EVENT_IDS."""
    database = open_database(db, create=False)
    print("ready", flush=True)
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        number = phone(writer, n)
        with database.sessions() as session:
            done = record_opt_in(
                session,
                OptInRequest(number, ["orders", "offers"], "in_person", name=f"W{writer} {n}"),
                database.evidence_dir,
            )
        print("in", done.phone, *done.event_ids, flush=True)
        if n % 3 == 2:
            with database.sessions() as session:
                done = record_opt_out(
                    session, OptOutRequest(phone(writer, n - 1), "marketing", "sms")
                )
            print("out", done.phone, *done.event_ids, flush=True)
        n += 1
    database.dispose()


def new_shop(db: str) -> None:
    """Set up a shop (GB, the default categories) in an empty database."""
    database = open_database(db)
    with database.sessions() as session:
        create_business(session, BusinessSetup(name="Shop", country="GB"))
    database.dispose()


def run_writers(db: str, seconds: float, writers: int) -> list[list[str]]:
    """Start `writers` processes together; each one's acknowledged lines."""
    script = str(Path(__file__).resolve())
    processes = [
        subprocess.Popen(
            [sys.executable, script, "write", db, str(seconds), str(w + 1)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(writers)
    ]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=seconds + 120)
        if process.returncode != 0:
            raise RuntimeError(f"a writer failed: {err.strip().splitlines()[-1:]}")
        outputs.append([line for line in out.splitlines() if line != "ready"])
    return outputs


def events_per_second(db: str, seconds: float, writers: int) -> tuple[float, float]:
    """(events appended per second, committed actions per second) for a fresh shop."""
    new_shop(db)
    lines = [line for out in run_writers(db, seconds, writers) for line in out]
    events = sum(len(line.split()) - 2 for line in lines)
    return events / seconds, len(lines) / seconds


def main() -> None:
    """Measure one and four writers on each database."""
    if len(sys.argv) == 5 and sys.argv[1] == "write":
        write(sys.argv[2], float(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.pg_server import SHOP_PASSWORD, SHOP_ROLE, start_server

    server = start_server()
    if server is None:
        sys.exit("PostgreSQL is not installed (apt-get install postgresql)")
    try:
        with tempfile.TemporaryDirectory() as folder:
            for writers in (1, 4):
                pg = server.url(server.new_database(), SHOP_ROLE, SHOP_PASSWORD)
                sqlite = str(Path(folder) / f"w{writers}.sqlite3")
                for name, db in (("PostgreSQL", pg), ("SQLite", sqlite)):
                    events, actions = events_per_second(db, args.seconds, writers)
                    print(
                        f"{name:<10} {writers} writer(s): {events:7.1f} events/s "
                        f"({actions:6.1f} committed actions/s)"
                    )
    finally:
        server.close()


if __name__ == "__main__":
    main()
