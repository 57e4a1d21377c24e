"""Backups of records on a PostgreSQL server: `pg_dump`, proved by restoring the dump.

A dump is only kept once `pg_restore` has loaded it into a scratch database on the same
server and its ledger verified there (the scratch database is dropped either way). Needs
PostgreSQL's client programs (pg_dump, pg_restore) and a role allowed to CREATE DATABASE.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from optin_desk.domain.chain import ChainReport
from optin_desk.storage.ledger import verify_ledger

CLIENT_DIRS = tuple(f"/usr/lib/postgresql/{major}/bin" for major in (17, 16, 15, 14, 13))
DUMP_SUFFIX = ".pgdump"
TIMEOUT_S = 3600


class ServerBackupError(Exception):
    """A dump could not be made or did not prove sound; the message says why."""


def client_program(name: str) -> str:
    """The newest `pg_dump`/`pg_restore` found (Debian's versioned folders, then PATH)."""
    for folder in CLIENT_DIRS:
        candidate = Path(folder) / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ServerBackupError(
            f"{name} was not found: install PostgreSQL's client programs (postgresql-client)"
        )
    return found


def _connection_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """Command-line options and environment (the password) for PostgreSQL's programs."""
    host = url.host or str(url.query.get("host") or "")
    args = [f"--host={host}"] if host else []
    port = url.port or url.query.get("port")  # ?host=/socket/folder&port=5433 names both
    if port:
        args.append(f"--port={port}")
    if url.username:
        args.append(f"--username={url.username}")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return [*args, "--no-password"], env


def _run(argv: list[str], env: dict[str, str], what: str) -> None:
    try:
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ServerBackupError(f"{what} failed: {error}") from error
    if done.returncode != 0:
        reason = " ".join(done.stderr.split())[:300] or f"exit code {done.returncode}"
        raise ServerBackupError(f"{what} failed: {reason}")


def dump_database(url: URL, target: Path) -> None:
    """Write a custom-format dump of the database at `url` to `target`."""
    args, env = _connection_args(url)
    _run(
        [client_program("pg_dump"), *args, "--format=custom", "--no-owner",
         f"--file={target}", str(url.database)],
        env,
        "pg_dump",
    )  # fmt: skip


@contextmanager
def _scratch_database(url: URL) -> Iterator[URL]:
    """A new empty database beside `url`'s, dropped on the way out."""
    name = f"optin_desk_check_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
        try:
            yield url.set(database=name)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def check_dump(url: URL, dump: Path) -> ChainReport:
    """Restore `dump` into a scratch database on `url`'s server and verify its ledger there."""
    with _scratch_database(url) as scratch:
        args, env = _connection_args(scratch)
        _run(
            # no owners, no grants: the check proves the records, and a till's role may not
            # hand out the owner's default privileges
            [client_program("pg_restore"), *args, "--no-owner", "--no-privileges",
             "--exit-on-error", f"--dbname={scratch.database}", str(dump)],
            env,
            "pg_restore (the check of the dump)",
        )  # fmt: skip
        engine: Engine = create_engine(scratch)
        try:
            with Session(engine) as session:
                return verify_ledger(session)
        finally:
            engine.dispose()
