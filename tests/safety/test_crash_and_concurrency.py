"""A killed writer leaves whole records; writers at once lose nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import verify_ledger

pytestmark = pytest.mark.slow

WRITER = r"""
import sys
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import open_database
database = open_database(sys.argv[1])
first, count = int(sys.argv[2]), int(sys.argv[3])
print("ready", flush=True)
for n in range(first, first + count):
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone=f"+44 7400 {n:06d}", scopes=["orders", "offers"],
                         method="in_person", name=f"Person {n}"),
            database.evidence_dir,
        )
"""


PERSONS_EVENTS = "SELECT count(*) FROM consent_events WHERE contact_id IS NOT NULL"
"""People's entries (the shop's own, its categories' kinds, are not counted)."""


def shop(tmp_path: Path) -> Path:
    path = tmp_path / "records.sqlite3"
    database = open_database(str(path))
    with database.sessions() as session:
        create_business(session, BusinessSetup(name="Shop", country="GB"))
    database.dispose()
    return path


def start_writer(path: Path, first: int, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(first), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def assert_whole(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        contacts = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        events = raw.execute(PERSONS_EVENTS).fetchone()[0]
        states = raw.execute("SELECT count(*) FROM consent_state").fetchone()[0]
    # Every opt-in is two events and two state rows, or nothing at all (the shop's own
    # entries, its categories' kinds, are no person's).
    assert events == 2 * contacts
    assert states == 2 * contacts
    database = open_database(str(path))
    with database.reading() as session:
        report = verify_ledger(session)
    database.dispose()
    assert report.ok, report
    return contacts, events


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_writer_killed_mid_run_leaves_every_record_whole_or_absent(tmp_path: Path) -> None:
    path = shop(tmp_path)
    process = start_writer(path, 0, 5000)
    time.sleep(1.5)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)  # reaps it and closes its pipes
    contacts, _ = assert_whole(path)
    assert 0 < contacts < 5000


def test_four_writers_at_once_lose_no_write(tmp_path: Path) -> None:
    path = shop(tmp_path)
    writers = [start_writer(path, n * 1000, 40) for n in range(4)]
    for process in writers:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
        assert "locked" not in errors
    contacts, events = assert_whole(path)
    assert (contacts, events) == (160, 320)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_import_killed_mid_run_leaves_whole_batches_and_resumes(tmp_path: Path) -> None:
    path = shop(tmp_path)
    source = tmp_path / "crm.csv"
    rows = 20_000
    lines = ["phone,name,category,action,date"]
    lines += [f"+44 7400 {n:06d},Person {n},offers,opt_in,2026-10-01" for n in range(rows)]
    source.write_text("\n".join(lines), encoding="utf-8")
    command = [sys.executable, "-m", "optin_desk", "--db", str(path), "import", str(source)]
    process = subprocess.Popen([*command, "--apply"], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    events = 0
    while events == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        with closing(sqlite3.connect(path, timeout=30)) as raw:
            events = raw.execute(PERSONS_EVENTS).fetchone()[0]
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        events = raw.execute(PERSONS_EVENTS).fetchone()[0]
        contacts = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        states = raw.execute("SELECT count(*) FROM consent_state").fetchone()[0]
    assert 0 < events < rows, "the import was not interrupted mid-way"
    assert events % 500 == 0  # whole batches only
    assert contacts == events == states
    database = open_database(str(path))
    with database.reading() as session:
        assert verify_ledger(session).ok
    database.dispose()
    resumed = subprocess.run(
        [*command, "--apply"], capture_output=True, text=True, timeout=300, check=True
    )
    assert f"Imported {rows - events} records" in resumed.stdout
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute(PERSONS_EVENTS).fetchone()[0] == rows
