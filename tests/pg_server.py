"""A PostgreSQL cluster that behaves like a shop's server: passwords required, and it can
be stopped and started again in the middle of a test (network trouble, several computers).

The server listens only on a Unix socket. `postgres` connects without a password (to make
databases); every other role must give its password, so a wrong one is refused for real.
As root, the binaries run as the unprivileged `postgres` user (initdb refuses root). The
suite's everyday server (fast, trusting, one database per test) is tests/pg.py's.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.pg import REQUIRE_ENV, find_binary, pg_required

SHOP_ROLE = "shop"
SHOP_PASSWORD = "counter-7"


@dataclass(frozen=True)
class PgServer:
    """A running cluster: where its socket is, and how to run its tools."""

    folder: Path
    port: int
    bin_dir: Path
    as_user: tuple[str, ...]

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs (as the cluster's owner)."""
        command = [*self.as_user, str(self.bin_dir / tool), *args]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the superuser, through psql; its output."""
        return self.run(
            "psql", "-h", str(self.folder), "-p", str(self.port), "-U", "postgres",
            "-d", database, "-v", "ON_ERROR_STOP=1", "-Atc", statement,
        ).stdout  # fmt: skip

    def url(self, database: str, user: str = "postgres", password: str = "") -> str:
        """A SQLAlchemy URL for `database` over the Unix socket."""
        secret = f":{password}" if password else ""
        return (
            f"postgresql+psycopg://{user}{secret}@/{database}?host={self.folder}&port={self.port}"
        )

    def new_database(self) -> str:
        """A fresh empty database owned by the shop's role; its name."""
        name = "shop_" + secrets.token_hex(4)
        self.sql(f"CREATE DATABASE {name} OWNER {SHOP_ROLE}")
        return name

    def stop(self) -> None:
        """Stop the server at once (connections drop)."""
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    def close(self) -> None:
        """Stop the server and remove its folder."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def start(self) -> None:
        """Start the server (again)."""
        log = str(self.folder / "server.log")
        options = f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off"
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-l", log, "-o", options, "-w", "start")


def start_server() -> PgServer | None:
    """Start a fresh cluster (None where PostgreSQL is not installed); stop it with close()."""
    initdb = find_binary("initdb")
    if initdb is None:
        return None
    as_user: tuple[str, ...] = ()
    folder = Path(tempfile.mkdtemp(prefix="optin-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        as_user = ("runuser", "-u", "postgres", "--")
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    server = PgServer(folder, 20000 + secrets.randbelow(20000), Path(initdb).parent, as_user)
    server.run("initdb", "-D", str(folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8")
    # over the data folder's own file, so it keeps its owner and mode
    hba = "local all postgres trust\nlocal all all scram-sha-256\n"
    (folder / "data" / "pg_hba.conf").write_text(hba, encoding="utf-8")
    server.start()
    server.sql(f"CREATE ROLE {SHOP_ROLE} LOGIN PASSWORD '{SHOP_PASSWORD}'")
    return server


@pytest.fixture(scope="session")
def shop_server() -> Iterator[PgServer]:
    """One shop-like cluster for the whole run (skipped where PostgreSQL is not installed,
    failed instead when OPTIN_DESK_REQUIRE_PG=1)."""
    server = start_server()
    if server is None:
        if pg_required():
            pytest.fail(f"{REQUIRE_ENV}=1 but PostgreSQL is not installed")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def shop_pg_url(shop_server: PgServer) -> str:
    """The URL of a fresh, empty database, as the shop's role (with its password)."""
    return shop_server.url(shop_server.new_database(), SHOP_ROLE, SHOP_PASSWORD)
