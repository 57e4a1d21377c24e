"""The server's side of a restore: a dump loaded into a new database, and the swap.

The dump goes into a new database beside the live one (never into the live one); the restore
works on that copy, and only a checked copy takes the live database's name, by two renames.
Renaming needs the role to own the live database and to be allowed to CREATE DATABASE, and
nobody connected to it: other connections are refused, or ended when the caller says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from optin_desk.storage.engine import WRITERS_LOCK_KEY
from optin_desk.storage.server_backup import (
    ServerBackupError,
    _connection_args,
    _run,
    client_program,
)

LOCK_WAIT_MS = 30_000


class OthersConnectedError(ServerBackupError):
    """Other sessions use the live database; the swap was not made."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} other connection(s) are open to the records")
        self.count = count


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _admin(url: URL) -> Engine:
    return create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")


def database_exists(url: URL, name: str) -> bool:
    """True when `url`'s server holds a database called `name`."""
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            ).first()
    finally:
        engine.dispose()
    return found is not None


def may_restore(url: URL) -> bool:
    """True when the role of `url` may replace its database: it may CREATE DATABASE and owns
    the database (or is a member of its owner), or it is a superuser."""
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT r.rolsuper OR (r.rolcreatedb AND pg_has_role(d.datdba, 'MEMBER')) "
                    "FROM pg_roles r, pg_database d "
                    "WHERE r.rolname = current_user AND d.datname = :name"
                ),
                {"name": url.database},
            ).scalar()
    finally:
        engine.dispose()
    return bool(row)


def _grants(connection: Connection, live: str) -> tuple[str, list[str]]:
    """The live database's owner, and the statements giving a copy the same database rights
    (who may connect: the setup script lets the program's role only)."""
    owner, acl = connection.execute(
        text(
            "SELECT pg_get_userbyid(datdba), datacl IS NOT NULL FROM pg_database "
            "WHERE datname = :name"
        ),
        {"name": live},
    ).one()
    if not acl:  # PostgreSQL's defaults: nothing to copy
        return str(owner), []
    rights = connection.execute(
        text(
            "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid("
            "a.grantee)) END, a.privilege_type FROM pg_database d, aclexplode(d.datacl) a "
            "WHERE d.datname = :name"
        ),
        {"name": live},
    ).all()
    return str(owner), ["REVOKE ALL ON DATABASE {name} FROM PUBLIC"] + [
        f"GRANT {privilege} ON DATABASE {{name}} TO {grantee}" for grantee, privilege in rights
    ]


def load_dump(url: URL, dump: Path) -> URL:
    """Load `dump` into a new database beside `url`'s, owned by the same role and with the
    same database rights (its tables owned by that role too); dropped if the load fails."""
    name = f"optin_desk_restoring_{uuid.uuid4().hex[:12]}"
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            owner, grants = _grants(connection, str(url.database))
            connection.execute(
                text(f"CREATE DATABASE {_quoted(name)} OWNER {_quoted(owner)} TEMPLATE template0")
            )
            try:
                for grant in grants:
                    connection.execute(text(grant.format(name=_quoted(name))))
            except BaseException:
                connection.execute(text(f"DROP DATABASE {_quoted(name)}"))
                raise
    finally:
        engine.dispose()
    scratch = url.set(database=name)
    args, env = _connection_args(scratch)
    try:
        _run(
            [client_program("pg_restore"), *args, "--no-owner", f"--role={owner}",
             "--exit-on-error", f"--dbname={name}", str(dump)],
            env,
            "pg_restore",
        )  # fmt: skip
    except BaseException:
        drop_database(url, name)
        raise
    return scratch


def drop_database(url: URL, name: str) -> None:
    """Drop the database `name` on `url`'s server (whoever is still connected)."""
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)"))
    finally:
        engine.dispose()


@contextmanager
def writers_held(url: URL) -> Iterator[Connection]:
    """Hold the writers' lock of the database at `url`: every write on it waits meanwhile."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:  # no pool: closing the connection ends the session (and so its lock)
        with engine.connect() as connection:  # a save takes a moment: wait that long, not forever
            connection.execute(text(f"SET lock_timeout = {LOCK_WAIT_MS}"))
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": WRITERS_LOCK_KEY})
            yield connection
    finally:
        engine.dispose()


def _others(connection: Connection, name: str, own: int) -> list[int]:
    return list(
        connection.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE datname = :name "
                "AND pid <> pg_backend_pid() AND pid <> :own"
            ),
            {"name": name, "own": own},
        ).scalars()
    )


def swap_in(
    url: URL,
    held: Connection,
    restored: str,
    kept: str,
    disconnect: Callable[[int], None] | None,
) -> None:
    """Rename the live database to `kept` and `restored` to the live name.

    `held` is this restore's own connection to the live database (holding the writers'
    lock); it is closed here, just before the renames. Others connected are refused
    (OthersConnectedError), or ended after `disconnect(count)` when it is given. On any failure
    the live database keeps its name and takes connections again."""
    live = str(url.database)
    own = held.execute(text("SELECT pg_backend_pid()")).scalar_one()
    engine = _admin(url)
    try:
        with engine.connect() as admin:
            admin.execute(text(f"ALTER DATABASE {_quoted(live)} ALLOW_CONNECTIONS false"))
            try:
                others = _others(admin, live, own)
                if others and disconnect is None:
                    raise OthersConnectedError(len(others))
                if others and disconnect is not None:
                    disconnect(len(others))
                    for pid in others:
                        admin.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
                held.close()
                admin.execute(text(f"ALTER DATABASE {_quoted(live)} RENAME TO {_quoted(kept)}"))
            except BaseException:
                admin.execute(text(f"ALTER DATABASE {_quoted(live)} ALLOW_CONNECTIONS true"))
                raise
            admin.execute(text(f"ALTER DATABASE {_quoted(kept)} ALLOW_CONNECTIONS true"))
            try:
                admin.execute(text(f"ALTER DATABASE {_quoted(restored)} RENAME TO {_quoted(live)}"))
            except BaseException:
                admin.execute(text(f"ALTER DATABASE {_quoted(kept)} RENAME TO {_quoted(live)}"))
                raise
    finally:
        engine.dispose()
