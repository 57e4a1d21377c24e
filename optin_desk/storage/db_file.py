"""The database file before SQLite opens it: where it may be created, and owner-only.

A mistyped `--db` must not leave folders and an empty database behind: only the default
data folder is created when missing, and only the commands that set up a shop (and the
window on its default location) create a new database file. A new file is created
readable by its owner only; SQLite gives its -wal and -shm files the same mode.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError
from optin_desk.private_files import create_private_file, private_folder, remove_stale_partials
from optin_desk.storage.location import refuse_network_share


class DatabaseLocationError(WordedError):
    """The chosen database cannot be opened where it is said to be (one line, what to do)."""


def prepare_database_file(path: Path, *, default: bool, create: bool) -> None:
    """Check the place of a SQLite file; create it (empty, owner-only) when allowed.

    `default` says the path is the default location in the user's data folder (its
    folder may be made); `create` says a missing file may be created. Temporary copies
    left beside the records by a killed process are removed on the way.
    """
    folder = path.parent
    if path.is_dir():
        raise DatabaseLocationError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} is a folder: give the database file, for example {file}"
            ),
            path=path,
            file=path / "optin-desk.sqlite3",
        )
    if not folder.is_dir():
        if not default:
            raise DatabaseLocationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "the folder {folder} does not exist: check the --db path (nothing was created)",
                ),
                folder=folder,
            )
        if create:
            private_folder(folder)
    refuse_network_share(path)
    if not path.exists():
        if not create:
            if default:
                raise DatabaseLocationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "there are no records yet: set up the shop with 'optin-desk init'",
                    )
                )
            raise DatabaseLocationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "there are no records at {path} yet: set up the shop with 'optin-desk init' "
                    "and this --db, or check the path",
                ),
                path=path,
            )
        with contextlib.suppress(FileExistsError):  # another process made it first
            create_private_file(path)
    remove_stale_partials(folder, folder / "backups", folder / "evidence")
    # a restore's working copy (the whole records) left by a restore killed before its end
    remove_stale_partials(folder, pattern=f"{path.stem}.restoring-*")
