"""Alembic migrations, applied when a database is opened (after a backup of an older one)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.when import utc_now
from optin_desk.storage.database import READ_ONLY_OPTION, Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(database: Database) -> Config:
    """An Alembic configuration for this package's migrations on `database`."""
    config = Config()
    # Alembic's Config is a ConfigParser: a '%' in a value starts an interpolation. The
    # database travels as a connection in `config.attributes`, never as a URL string here.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return config


def current_revision(database: Database) -> str | None:
    """The schema revision the database is at (None for an empty database)."""
    # a plain read: it neither waits for nor blocks a writer (or a restore under way)
    with database.engine.connect().execution_options(**{READ_ONLY_OPTION: True}) as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(database: Database) -> str | None:
    """The newest schema revision this program knows."""
    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def upgrade_to_head(database: Database) -> None:
    """Bring the schema up to date; an existing older database is backed up first."""
    current = current_revision(database)
    head = head_revision(database)
    if current == head:
        return
    if current is not None and database.sqlite_path is not None:
        from optin_desk.storage.backup import backup_sqlite

        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        target = database.data_dir / "backups" / f"before-upgrade-{current}-{stamp}.sqlite3"
        backup_sqlite(database.sqlite_path, target)
    if database.read_only:
        from optin_desk.storage.location import ReadOnlyError

        raise ReadOnlyError(
            QT_TRANSLATE_NOOP("Messages", "{path} cannot be written: it cannot be upgraded"),
            path=database.sqlite_path,
        )
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    if database.engine.dialect.name == "sqlite":
        from optin_desk.storage.change_count import count_every_table

        with database.engine.begin() as connection:
            count_every_table(connection)
    if database.engine.dialect.name == "postgresql":
        from optin_desk.storage.server_roles import revoke_ledger_rewrites

        with database.engine.begin() as connection:
            revoke_ledger_rewrites(connection)
