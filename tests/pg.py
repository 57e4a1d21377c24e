"""A throwaway PostgreSQL server for the tests, and a fresh database per test.

The session starts its own cluster (initdb + pg_ctl in a temporary folder, listening on a Unix
socket only, fsync off), as the `postgres` user when the tests run as root (initdb refuses
root). Without PostgreSQL's binaries the PostgreSQL half of the tests is skipped, unless
OPTIN_DESK_REQUIRE_PG=1 (CI), where a missing server fails every test that needs it.

Reuse: `pg_server` (session) and `pg_url` (function: an empty database's URL).
"""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

REQUIRE_ENV = "OPTIN_DESK_REQUIRE_PG"
BIN_DIRS = (
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
)
SUPERUSER = "postgres"


def find_binary(name: str) -> str | None:
    """PostgreSQL's `name` (initdb, pg_ctl, ...): Debian's versioned folder first, then PATH."""
    for folder in BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


@dataclass
class PgServer:
    """A running throwaway cluster reached over its Unix socket."""

    data_dir: Path
    socket_dir: Path
    run_as: str | None
    _numbers: Iterator[int]

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """A SQLAlchemy URL (psycopg 3) of `database` on this server."""
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@/{database}?host={self.socket_dir}"

    def admin(self, *statements: str) -> None:
        """Run statements as the superuser outside a transaction (CREATE/DROP DATABASE)."""
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def new_database(self, template: str = "template0") -> str:
        """Create an empty database (a copy of `template`) and return its name."""
        name = f"t{os.getpid()}_{next(self._numbers)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test database, closing whatever connections a test left open."""
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server at once and remove its files."""
        pg_ctl = find_binary("pg_ctl")
        assert pg_ctl is not None
        argv = [pg_ctl, "stop", "-D", str(self.data_dir), "-m", "immediate", "-s"]
        _run(argv, self.run_as, self.socket_dir)
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def _run(argv: list[str], run_as: str | None, cwd: Path) -> None:
    if run_as is not None:  # from a folder it may enter (a checkout under /root it may not)
        argv = ["runuser", "-u", run_as, "--", *argv]
    subprocess.run(argv, check=True, capture_output=True, timeout=120, cwd=cwd)


def start_server() -> PgServer:
    """initdb + pg_ctl start in a fresh temporary folder; the caller stops it."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise FileNotFoundError("PostgreSQL's initdb and pg_ctl were not found")
    run_as = SUPERUSER if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="optin-desk-pg-"))
    if run_as is not None:
        user = pwd.getpwnam(run_as)
        os.chown(root, user.pw_uid, user.pw_gid)
    data_dir, socket_dir = root / "data", root
    _run([initdb, "-D", str(data_dir), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
          "--no-sync", "--locale=C.UTF-8"], run_as, root)  # fmt: skip
    options = f"-k {socket_dir} -c listen_addresses='' -F -c max_connections=200"
    log = root / "server.log"
    _run([pg_ctl, "start", "-D", str(data_dir), "-o", options, "-l", str(log), "-w", "-s"],
         run_as, root)  # fmt: skip
    return PgServer(data_dir, socket_dir, run_as, count(1))


def pg_required() -> bool:
    """True when a missing PostgreSQL must fail the run (CI) instead of skipping."""
    return os.environ.get(REQUIRE_ENV) == "1"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (skipped without one, failed with REQUIRE_ENV=1)."""
    try:
        server = start_server()
    except (OSError, subprocess.SubprocessError) as error:
        if pg_required():
            pytest.fail(f"{REQUIRE_ENV}=1 but no PostgreSQL server could start: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty database on the session's server, dropped afterwards."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def tamper(location: str | Path, *statements: str) -> None:
    """Change the records behind the program's back, as someone with the file or the server's
    superuser could: the append-only guards are bypassed (SQLite: triggers dropped, and put
    back after, as an attacker with the source would; PostgreSQL: triggers off for this
    session), then `statements` run and commit."""
    if "://" not in str(location):
        with closing(sqlite3.connect(location)) as raw, raw:
            raw.execute("DROP TRIGGER IF EXISTS consent_events_no_update")
            raw.execute("DROP TRIGGER IF EXISTS consent_events_no_delete")
            for statement in statements:
                raw.execute(statement)
            for verb in ("UPDATE", "DELETE"):
                raw.execute(
                    f"CREATE TRIGGER consent_events_no_{verb.lower()} BEFORE {verb} ON "
                    "consent_events BEGIN SELECT RAISE(ABORT, 'consent events are "
                    f"append-only: {verb} refused'); END"
                )
        return
    engine = create_engine(str(location))
    try:
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()
