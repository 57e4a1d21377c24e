"""A restore while other programs write: nothing they were told was recorded is lost."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from optin_desk.domain.consent import ConsentState
from optin_desk.services.backups import make_backup, restore_backup
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database, open_backup, open_database
from optin_desk.storage.ledger import verify_ledger

pytestmark = pytest.mark.slow

WRITER = r"""
import sys, time
from pathlib import Path
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.storage.engine import open_database
database = open_database(sys.argv[1])
writer, stop = int(sys.argv[2]), Path(sys.argv[3])
print("ready", flush=True)
n = 0
while not stop.exists() and n < 5000:
    n += 1
    phone = f"+44 7400 {writer}{n:05d}"
    try:
        with database.sessions() as session:
            if n % 2:
                record_opt_in(session, OptInRequest(phone=phone, scopes=["orders"],
                              method="in_person"), database.evidence_dir)
            else:
                record_opt_out(session, OptOutRequest(phone=phone, scope="offers",
                               method="whatsapp_reply"))
    except Exception as error:
        print("failed", phone, type(error).__name__, flush=True)
        continue
    print("ok", "in" if n % 2 else "out", phone, time.time(), flush=True)
"""


def start_writer(path: Path, writer: int, stop: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(writer), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def state(database: Database, phone: str, key: str) -> ConsentState | None:
    with database.reading() as session:
        status = contact_status(session, phone)
    return status.state_of(key) if status.known else None


def test_writers_lose_nothing_acknowledged_to_a_restore(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    database = open_database(str(path))
    with database.sessions() as session:
        create_business(session, BusinessSetup(name="Shop", country="GB"))
        record_opt_in(
            session,
            OptInRequest(phone="07911123456", scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )
    old = make_backup(database, tmp_path / "old.sqlite3")
    stop = tmp_path / "stop"
    writers = [start_writer(path, w, stop) for w in (1, 2, 3)]
    time.sleep(2.0)
    started = time.time()
    done = restore_backup(database, old.path)
    ended = time.time()
    time.sleep(2.0)
    stop.touch()
    acked: list[tuple[str, str, float]] = []
    for process in writers:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        acked += [
            (parts[1], parts[2] + " " + parts[3] + " " + parts[4], float(parts[5]))
            for parts in (line.split() for line in out.splitlines())
            if parts[0] == "ok"
        ]

    assert any(at < started for *_, at in acked)
    assert any(at > ended for *_, at in acked)
    kept = open_backup(done.replaced_kept_at)
    final = open_database(str(path))
    try:
        lost = []
        for action, phone, _at in acked:
            if action == "out":  # every opt-out holds, re-applied or written after
                if state(final, phone, "offers") is not ConsentState.OPTED_OUT:
                    lost.append(phone)
            elif state(final, phone, "orders") is None and state(kept, phone, "orders") is None:
                lost.append(phone)  # an opt-in is in the records or in the kept copy
        assert lost == []
        with final.reading() as session:
            assert verify_ledger(session).ok
        with kept.reading() as session:
            assert verify_ledger(session).ok
    finally:
        kept.dispose()
        final.dispose()
        database.dispose()
