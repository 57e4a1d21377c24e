"""Whole-ledger commands (verify, export, backup) and start-up, each against its floor.

Every operation runs as the command a user types, in a fresh process from its start (imports,
opening the records, the report): `python -m optin_desk --db DB verify`. Each floor runs in
its own fresh process too, in the same run, so that both pay a Python start:

- verify: a bare loop that reads the events with `sqlite3` and hashes the same canonical bytes
  (sorted compact JSON, sha256 over the previous hash), checking each texts commitment
  (sha256 over the salt and the texts) where an event has one; target 1.3x.
- export: the same rows joined with `sqlite3`, written by `csv.writer`; target 1.5x.
- backup: SQLite's online backup of the file plus that bare chain check; target 1.3x. Then a
  backup of the unchanged records into the same folder (the kept file is reused: it should
  cost a start-up whatever the size, target 1.5x `import sqlalchemy.orm, phonenumbers`), and
  one to a new file (a copy of the kept file: target 1.3x that start-up plus a bare
  `shutil.copyfile`).
- start-up: `status` of one number against `python -c "import sqlalchemy.orm, phonenumbers"`;
  target 1.25x.

Times are CPU seconds (user + system) of the child process, which hold on a shared machine
better than wall time; the peak memory is the child's maximum resident set.
Run: python bench/whole_ledger.py --db YEAR.sqlite3 [--only verify,export,backup,startup]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

VERIFY_FLOOR = r"""
import hashlib, json, sqlite3, sys
from optin_desk.domain.chain import CHAINED_FIELDS, OPTIONAL_CHAINED_FIELDS
names = sorted((*CHAINED_FIELDS, *OPTIONAL_CHAINED_FIELDS))
texts = ("confirmation_text", "customer_words", "note", "reason")
columns = ", ".join("id" if n == "event_id" else n for n in names)
encode = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
connection = sqlite3.connect(sys.argv[1])
previous = "0" * 64
query = f"SELECT {columns}, texts_salt FROM consent_events ORDER BY id"
for *row, salt in connection.execute(query):
    payload = dict(zip(names, row))
    for name in OPTIONAL_CHAINED_FIELDS:
        if payload[name] is None:
            del payload[name]
    if "texts_sha256" in payload:  # the commitment to the free texts, checked, texts blanked
        body = encode({name: payload[name] for name in texts}).encode()
        assert hashlib.sha256(bytes.fromhex(salt) + body).hexdigest() == payload["texts_sha256"]
        payload.update(dict.fromkeys(texts, ""))
    previous = hashlib.sha256(
        previous.encode() + b"\n" + encode(payload).encode()
    ).hexdigest()
print(previous)
"""

EXPORT_FLOOR = r"""
import csv, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
query = '''SELECT e.id, e.occurred_at, e.action, e.scope, e.method, e.recorded_by, c.name,
 c.phone_e164, e.recorded_at, w.language, w.version, e.wording_sha256, e.form_serial,
 e.evidence_sha256, e.voided_event_id, e.reason, e.customer_words, e.note,
 e.confirmation_text, e.hash
 FROM consent_events e JOIN contacts c ON c.id = e.contact_id
 LEFT JOIN wordings w ON w.id = e.wording_id ORDER BY e.id'''
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["h"] * 20)
    writer.writerows(connection.execute(query))
"""

BACKUP_FLOOR = r"""
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
source.backup(target)
target.close()
"""

FILE_COPY_FLOOR = r"""
import shutil, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
"""

STARTUP_FLOOR = "import sqlalchemy.orm, phonenumbers"


def run(arguments: list[str]) -> tuple[float, float]:
    """CPU seconds and peak MiB of one child process run to its end."""
    child = subprocess.Popen(  # our own interpreter and scripts
        [sys.executable, *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    stderr = child.stderr.read().decode() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{arguments[:4]} failed: {stderr}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def command(db: Path, *words: str) -> tuple[float, float]:
    return run(["-m", "optin_desk", "--db", str(db), *words])


def script(text: str, *words: str) -> tuple[float, float]:
    return run(["-c", text, *words])


def line(name: str, done: tuple[float, float], floor: float, target: float) -> None:
    ratio = done[0] / floor if floor else float("inf")
    verdict = "ok" if ratio <= target else "MISSED"
    print(
        f"{name:<22} {done[0]:8.2f} s {floor:8.2f} s {ratio:6.2f}x (target {target}x, "
        f"{verdict}) peak {done[1]:6.0f} MiB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--only", default="startup,verify,export,backup")
    parser.add_argument("--phone", default="", help="a number on file, for status")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    with closing(sqlite3.connect(args.db)) as raw:
        events = raw.execute("SELECT count(*) FROM consent_events").fetchone()[0]
        contacts = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        phone = args.phone or raw.execute("SELECT phone_e164 FROM contacts LIMIT 1").fetchone()[0]
    print(f"{args.db.name}: {contacts} contacts, {events} events")
    print(f"{'operation':<22} {'time':>10} {'floor':>10} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        if "startup" in wanted:
            floor = min(script(STARTUP_FLOOR)[0] for _ in range(3))
            done = min(command(args.db, "status", phone) for _ in range(3))
            line("start-up (status)", done, floor, 1.25)
        if "verify" in wanted:
            floor = script(VERIFY_FLOOR, str(args.db))[0]
            line("verify", command(args.db, "verify"), floor, 1.3)
        if "export" in wanted:
            floor = script(EXPORT_FLOOR, str(args.db), str(out / "floor.csv"))[0]
            line("export", command(args.db, "export", str(out / "export.csv")), floor, 1.5)
        if "backup" in wanted:
            chain = script(VERIFY_FLOOR, str(args.db))[0]
            copy = script(BACKUP_FLOOR, str(args.db), str(out / "floor.sqlite3"))[0]
            stick = out / "stick"
            stick.mkdir()
            line("backup", command(args.db, "backup", str(stick)), copy + chain, 1.3)
            startup = min(script(STARTUP_FLOOR)[0] for _ in range(3))
            # the same folder: kept as it is; the best of three, as the start-up floor is
            again = min(command(args.db, "backup", str(stick)) for _ in range(3))
            line("backup, unchanged", again, startup, 1.5)
            kept = next(stick.glob("*.sqlite3"))
            # Both sides are mostly the kernel copying the file (its system time swings by a
            # fifth from one copy to the next): the best of three of each, each to a new file.
            copies = [script(FILE_COPY_FLOOR, str(kept), str(out / f"floor-{n}"))[0] for n in "abc"]
            floor = startup + min(copies)
            moved = min(command(args.db, "backup", str(out / f"b-{n}.sqlite3")) for n in "abc")
            line("backup, unchanged, new file", moved, floor, 1.3)


if __name__ == "__main__":
    main()
