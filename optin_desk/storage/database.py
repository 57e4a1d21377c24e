"""An open database (engine, sessionmaker, data folder): what storage modules hand around.

Below both `engine` (which opens one) and `migrate` (which upgrades one), so neither needs
the other to name it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

READ_ONLY_OPTION = "optin_desk_read_only"
"""Execution option of a read: on SQLite it begins a plain (deferred) transaction."""


@dataclass(frozen=True)
class Database:
    """An open database: its engine, the one sessionmaker, and its data folder."""

    engine: Engine
    sessions: sessionmaker[Session]
    data_dir: Path
    url: URL
    read_only: bool = False
    """True when the file (or its folder) cannot be written: reads work, writes are refused."""

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file, or None for another database."""
        if self.url.get_backend_name() != "sqlite" or not self.url.database:
            return None
        if self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def where(self) -> str:
        """Where the records are, as a person reads it (the file's path, or the URL)."""
        path = self.sqlite_path
        return str(path) if path is not None else self.url.render_as_string()

    @property
    def evidence_dir(self) -> Path:
        """Where evidence files (scans) are stored, by sha256."""
        return self.data_dir / "evidence"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A Session for reads only: on SQLite it never waits for, nor blocks, a writer."""
        with self.sessions() as session:
            session.connection(execution_options={READ_ONLY_OPTION: True})
            yield session
            session.rollback()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
