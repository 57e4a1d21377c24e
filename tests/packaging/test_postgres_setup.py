"""packaging/postgres-setup.sh makes the database, its owner, and the role the computers use."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from optin_desk.cli import main
from optin_desk.storage.server_roles import roles_that_may_rewrite_ledger
from tests.pg_server import PgServer

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "postgres-setup.sh"
OWNER_PASSWORD, TILL_PASSWORD = "back-office-9", "till-and-office"
TYPED = f"{OWNER_PASSWORD}\n{OWNER_PASSWORD}\n{TILL_PASSWORD}\n{TILL_PASSWORD}\n"
RULE_BREAKERS = (
    "UPDATE consent_events SET method = 'import'",
    "DELETE FROM consent_events",
    "TRUNCATE consent_events CASCADE",
    "ALTER TABLE consent_events DISABLE TRIGGER ALL",
    "DROP TABLE consent_events CASCADE",
)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash"),
]


def setup(server: PgServer, typed: str, *names: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PGHOST": str(server.folder),
        "PGPORT": str(server.port),
        "PGUSER": "postgres",
        "PATH": str(server.bin_dir) + os.pathsep + os.environ.get("PATH", ""),
    }
    return subprocess.run(
        ["bash", str(SCRIPT), *names], input=typed, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


def test_the_computers_role_records_and_backs_up_but_cannot_rewrite_the_ledger(
    shop_server: PgServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made = setup(shop_server, TYPED, "corner_shop", "corner_till")
    assert made.returncode == 0, made.stderr
    assert OWNER_PASSWORD not in made.stdout + made.stderr
    assert TILL_PASSWORD not in made.stdout + made.stderr
    owner_url = shop_server.url("corner_shop", "corner_till_owner", OWNER_PASSWORD)
    till_url = shop_server.url("corner_shop", "corner_till", TILL_PASSWORD)
    database_owner = shop_server.sql(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'corner_shop'"
    )
    assert database_owner.strip() == "corner_till_owner"

    init = ["init", "--business", "Corner Shop", "--country", "GB"]
    capsys.readouterr()
    assert main(["--db", till_url, *init]) == 2  # before the owner set the tables up
    refused = capsys.readouterr().err
    assert "may not do that" in refused
    assert "owner role" in refused
    assert len(refused.strip().splitlines()) == 1
    assert main(["--db", owner_url, *init]) == 0
    optin = ["optin", "07911 123456", "--scope", "all", "--method", "in_person", "--by", "Sam"]
    assert main(["--db", till_url, *optin]) == 0
    assert main(["--db", till_url, "optout", "07911 123456", "--scope", "all",
                 "--method", "in_person", "--by", "Sam"]) == 0  # fmt: skip
    assert main(["--db", till_url, "verify"]) == 0
    assert main(["--db", till_url, "backup", str(tmp_path / "daily.pgdump")]) == 0

    engine = create_engine(till_url)
    try:
        for statement in RULE_BREAKERS:
            with pytest.raises(ProgrammingError), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.connect() as connection:
            events = connection.execute(text("SELECT count(*) FROM consent_events")).scalar()
        assert events == 5  # the shop's 3 kinds, an opt-in and an opt-out
    finally:
        engine.dispose()
    owner_engine = create_engine(owner_url)
    till_engine = create_engine(till_url)
    try:
        with owner_engine.connect() as connection:
            assert roles_that_may_rewrite_ledger(connection) == []
        till = till_engine.connect()
        pid = till.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with owner_engine.connect() as owner:
            ended = text("SELECT pg_terminate_backend(:pid, 5000)")  # as restore --force does
            assert owner.execute(ended, {"pid": pid}).scalar_one() is True
        till.invalidate()  # its session was ended
    finally:
        owner_engine.dispose()
        till_engine.dispose()
    capsys.readouterr()


def test_the_script_changes_nothing_when_a_name_is_taken_or_a_password_mistyped(
    shop_server: PgServer,
) -> None:
    assert setup(shop_server, TYPED, "taken_shop", "taken_till").returncode == 0
    again = setup(shop_server, TYPED, "taken_shop", "other_till")
    assert again.returncode == 2
    assert "already exists; nothing was changed" in again.stderr
    typo = setup(shop_server, "one\ntwo\n", "other_shop", "other_till")
    assert typo.returncode == 2
    assert "the two passwords for other_till_owner (the owner) differ" in typo.stderr
    same = setup(shop_server, "same-pw\nsame-pw\nsame-pw\nsame-pw\n", "other_shop", "other_till")
    assert same.returncode == 2
    assert "a password of its own" in same.stderr
    one_role = setup(shop_server, TYPED, "other_shop", "other_till", "other_till")
    assert one_role.returncode == 2
    left = shop_server.sql(
        "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'other_till%'"
    ) + shop_server.sql("SELECT count(*) FROM pg_database WHERE datname = 'other_shop'")
    assert left == "0\n0\n"
