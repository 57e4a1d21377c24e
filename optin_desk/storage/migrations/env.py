"""Alembic environment: runs on the connection the app hands over (or the configured URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from optin_desk.storage.engine import make_engine, resolve_url
from optin_desk.storage.models import Base

target_metadata = Base.metadata
EXPRESSION_INDEXES = frozenset({"ix_contacts_sort_name"})
"""Indexes made by hand in a migration, not declared on the models (see models.Contact)."""


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # PostgreSQL reflects expression indexes (SQLite does not): leave the hand-made ones be.
    return not (type_ == "index" and reflected and name in EXPRESSION_INDEXES)


def _run(connection: Connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # Batch migrations recreate tables: foreign keys must be off, outside the transaction,
        # so the pragma goes straight to the driver (SQLAlchemy would begin a transaction).
        _driver_pragma(connection, "PRAGMA foreign_keys = OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
    if is_sqlite:
        _driver_pragma(connection, "PRAGMA foreign_keys = ON")


def _driver_pragma(connection: Connection, pragma: str) -> None:
    if connection.in_transaction():
        connection.commit()
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(pragma)


def run_migrations_online() -> None:
    """Run on the given connection, or open one on the configured URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(resolve_url(context.config.get_main_option("sqlalchemy.url")))
    with engine.connect() as fresh:
        _run(fresh)
    engine.dispose()


run_migrations_online()
