"""Backups of records on a PostgreSQL server: pg_dump, kept only once a restore verified."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import make_url

from optin_desk.cli import main
from optin_desk.services.backups import last_backup, make_backup
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.errors import InputError
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.server_backup import client_program
from tests.pg import PgServer, tamper

pytestmark = pytest.mark.postgresql_only  # SQLite's backups: test_backups


@pytest.fixture
def server_database(database: Database) -> Database:
    """The shop's database (PostgreSQL: see pytestmark) with two opt-ins."""
    for phone in ("07911 123456", "07911 123457"):
        with database.sessions() as session:
            record_opt_in(
                session,
                OptInRequest(phone=phone, scopes=["all"], method="in_person"),
                database.evidence_dir,
            )
    return database


def test_a_dump_is_made_proved_and_remembered(
    server_database: Database, pg_server: PgServer, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    info = make_backup(server_database, stick)
    assert info.path.parent == stick
    assert info.path.name.endswith(".pgdump")
    assert (info.events, info.path.stat().st_mode & 0o777) == (5, 0o600)  # 3 kinds, 2 opt-ins
    beside = info.path.name + ".checkpoint.json"  # the backup's signed checkpoint
    assert sorted(p.name for p in stick.iterdir()) == [info.path.name, beside]  # no partial
    remembered = last_backup(server_database)
    assert remembered is not None
    assert (remembered.path, remembered.head) == (info.path, info.head)
    # restored by hand, as an administrator would, the dump holds the same ledger
    name = pg_server.new_database()
    subprocess.run(
        [client_program("pg_restore"), f"--host={pg_server.socket_dir}", "--username=postgres",
         "--no-owner", f"--dbname={name}", str(info.path)],
        check=True, capture_output=True,
    )  # fmt: skip
    copy = open_database(pg_server.url(name))
    try:
        with copy.reading() as session:
            report = verify_ledger(session)
        assert (report.ok, report.count, report.head) == (True, 5, info.head)
    finally:
        copy.dispose()
        pg_server.drop_database(name)


def test_a_dump_of_broken_records_is_refused_and_not_kept(
    server_database: Database, tmp_path: Path
) -> None:
    url = server_database.url.render_as_string(hide_password=False)
    tamper(url, "UPDATE consent_events SET method = 'import' WHERE id = 1")
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(InputError, match="fails the ledger check at event 1"):
        make_backup(server_database, stick)
    assert list(stick.iterdir()) == []
    assert last_backup(server_database) is None


def test_the_command_line_backs_up_a_server(
    server_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database.url.render_as_string(hide_password=False)
    assert main(["--db", url, "backup", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    (dump,) = tmp_path.glob("*.pgdump")
    assert make_url(url).database in dump.name
    assert str(dump) in out
