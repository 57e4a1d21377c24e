"""How to serialize appends to the ledger on PostgreSQL: a locked head row or an advisory lock.

Modes: `row` locks the head row when the events are appended (checks before run unlocked);
`row-at-begin` locks it as the write transaction starts; `advisory` takes one advisory lock
as the write transaction starts (what the program does: the twin of SQLite's BEGIN IMMEDIATE).

Four processes record opt-ins (and an opt-out after every second one) for SECONDS each against
one PostgreSQL database, under each way of serializing; prints appends a second and checks
that the chain verifies (one line, no fork). Needs PostgreSQL's binaries (as tests/pg.py).
Run: PYTHONPATH=. python bench/pg_append_lock.py [--seconds 8] [--writers 4]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import verify_ledger
from tests.pg import start_server

CHILD = r"""
import sys, time
from sqlalchemy import event
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.storage import engine as engine_module
url, mode, writer, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
database = engine_module.open_database(url)
if mode != "advisory":  # only the head row's FOR UPDATE, taken when the events are appended
    event.remove(database.engine, "begin", engine_module._on_server_begin)
if mode == "row-at-begin":  # the head row locked first thing, like the advisory lock
    event.listen(database.engine, "begin", lambda connection: connection.exec_driver_sql(
        "SELECT id FROM ledger_head FOR UPDATE"))
done, n, end = 0, 0, time.perf_counter() + seconds
while time.perf_counter() < end:
    n += 1
    phone = f"+4479{writer}{n:07d}"
    with database.sessions() as session:
        record_opt_in(session, OptInRequest(phone=phone, scopes=["all"], method="in_person"),
                      database.evidence_dir)
    done += 1
    if n % 2 == 0:
        with database.sessions() as session:
            record_opt_out(session, OptOutRequest(phone=phone, scope="marketing",
                                                  method="in_person"))
        done += 1
print(done)
"""


def run(url: str, mode: str, writers: int, seconds: float) -> float:
    """Appends a second over all writers."""
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, url, mode, str(i), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(writers)
    ]
    total = sum(int(child.communicate()[0]) for child in children)
    return total / seconds


def main() -> None:
    """Both modes, one fresh database each."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--writers", type=int, default=4)
    args = parser.parse_args()
    server = start_server()
    try:
        for mode in ("row", "row-at-begin", "advisory") * 2:
            name = server.new_database()
            database = open_database(server.url(name))
            with database.sessions() as session:
                create_business(session, BusinessSetup(name="Shop", country="GB", senders=()))
            with database.sessions() as session:  # a head row to lock: without one the first
                record_opt_in(  # appends of the head-row way collide (duplicate event 1)
                    session,
                    OptInRequest(phone="+447911000001", scopes=["all"], method="in_person"),
                    database.evidence_dir,
                )
            started = time.perf_counter()
            rate = run(server.url(name), mode, args.writers, args.seconds)
            with database.reading() as session:
                report = verify_ledger(session)
            database.dispose()
            print(
                f"{mode:12} {args.writers} writers: {rate:7.1f} appends/s, chain ok={report.ok} "
                f"({report.count} events, {time.perf_counter() - started:.1f} s)"
            )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
