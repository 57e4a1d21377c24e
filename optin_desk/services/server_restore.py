"""Restoring a pg_dump of the records on a PostgreSQL server, with SQLite's promises.

The dump is loaded into a new database beside the live one and its ledger checked there. Then,
holding the writers' lock of the live database (every save on any computer waits): every
opt-out and erasure the live records gained since the dump is recorded again in the copy (the
same code as on SQLite), the copy's chain is checked, and two renames swap it in. The replaced
database is kept under its new name. Anything failing before the swap drops the copy and leaves
the live database as it was.

Others connected at the swap are refused unless the caller passes `disconnect` (--force):
ending another computer's session in the middle of a save is the user's call, not the
program's; their program says the server dropped it, and nothing is half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural
from optin_desk.domain.when import utc_now
from optin_desk.services.backup_files import REQUIRED_TABLES
from optin_desk.services.errors import InputError
from optin_desk.services.restore_plan import RestorePlan, plan_restore
from optin_desk.services.restore_reapply import reapply, refuse_other_shop
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.server_backup import ServerBackupError
from optin_desk.storage.server_restore import (
    OthersConnectedError,
    database_exists,
    drop_database,
    load_dump,
    may_restore,
    swap_in,
    writers_held,
)

KEPT_STAMP = "%Y%m%dt%H%M%Sz"
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's code for a lock waited on too long
NAME_LIMIT = 63  # PostgreSQL cuts longer names short, silently


def _reason(error: BaseException) -> str:
    return " ".join(str(getattr(error, "orig", None) or error).split())[:300]


def _loaded(database: Database, source: Path) -> URL:
    """The dump loaded into a new database on the live one's server (InputError if not)."""
    if not source.is_file():
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{source} does not exist"),
            source=source,
        )
    try:
        allowed = may_restore(database.url)
    except SQLAlchemyError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the server could not be asked ({reason}); nothing was changed"
            ),
            reason=_reason(error),
        ) from None
    if not allowed:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "restoring on a server is for the records' owner role (it owns the database "
                "and may create databases): run it with the owner's URL; nothing was changed",
            ),
        )
    try:
        return load_dump(database.url, source)
    except SQLAlchemyError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "no new database could be made for the restore ({reason}); nothing was changed",
            ),
            reason=_reason(error),
        ) from None
    except ServerBackupError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed",
            ),
            name=source.name,
            error=error,
        ) from None


def _open_checked(scratch: URL, source: Path) -> Database:
    """The loaded copy, brought to this version's schema, its ledger verified as it came."""
    location = scratch.render_as_string(hide_password=False)
    probe = create_engine(location)
    try:
        tables = set(inspect(probe).get_table_names())
    finally:
        probe.dispose()
    if not tables >= REQUIRED_TABLES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} holds no OptIn Desk records; nothing was changed"
            ),
            name=source.name,
        )
    copy = open_database(location)
    with copy.reading() as session:
        report = verify_ledger(session)
    if not report.ok:
        copy.dispose()
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} fails the ledger check at event {broken_event_id}: {problem}; "
                "nothing was changed",
            ),
            name=source.name,
            broken_event_id=report.broken_event_id,
            problem=report.problem,
        )
    return copy


def preview_server_restore(database: Database, source: Path) -> RestorePlan:
    """What restoring the dump `source` would lose and re-apply; the live records untouched."""
    scratch = _loaded(database, source)
    try:
        copy = _open_checked(scratch, source)
        try:
            with database.reading() as live, copy.reading() as old:
                return plan_restore(live, old)
        finally:
            copy.dispose()
    finally:
        drop_database(database.url, str(scratch.database))


def _kept_name(database: Database) -> str:
    """A new name for the replaced database: `<live>_replaced_<stamp>`."""
    for count in range(1000):  # two restores may fall in one second
        tail = f"_replaced_{utc_now().strftime(KEPT_STAMP)}" + (f"_{count}" if count else "")
        name = str(database.url.database)[: NAME_LIMIT - len(tail)] + tail
        if not database_exists(database.url, name):
            return name
    raise InputError(
        QT_TRANSLATE_NOOP("Messages", "too many restores of these records this second; try again")
    )


def restore_on_server(
    database: Database,
    source: Path,
    pin: str | None,
    *,
    other_shop: bool,
    disconnect: Callable[[int], None] | None,
) -> tuple[int, str, str, RestorePlan, int]:
    """Replace the live database with the dump `source` (the owner PIN already checked).

    Returns events, head, the kept database's name, the plan and the numbers erased again."""

    scratch = _loaded(database, source)  # another shop's is refused below, before any change
    swapped = False
    copy: Database | None = None
    try:
        kept = _kept_name(database)
        copy = _open_checked(scratch, source)
        with writers_held(database.url) as held:
            with database.reading() as now_live, copy.reading() as old:
                plan = plan_restore(now_live, old)
            refuse_other_shop(database, plan, other_shop, pin)
            erased = reapply(copy, plan, source.name, pin)
            with copy.reading() as session:
                report = verify_ledger(session)
            if not report.ok:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the restored copy fails its ledger check: {problem}"
                    ),
                    problem=report.problem,
                )
            copy.dispose()
            database.dispose()
            swap_in(database.url, held, str(scratch.database), kept, disconnect)
        swapped = True
    except OthersConnectedError as error:
        count = error.count
        raise InputError(
            Plural.translate(
                "Messages",
                "%n other (connection is|connections are) open to the records (a window on "
                "another computer?): close (it|them) and try again, or give --force to "
                "disconnect (it|them); nothing was changed",
                None,
                count,
            ),
            error.count,
        ) from None
    except (ServerBackupError, SQLAlchemyError, OSError) as error:
        if getattr(getattr(error, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a save on another computer held the records too long; try the restore "
                    "again in a moment; the records were left as they were",
                ),
            ) from None
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the restore failed ({reason}); the records were left as they were"
            ),
            reason=_reason(error),
        ) from None
    finally:
        if copy is not None:
            copy.dispose()
        if not swapped:
            drop_database(database.url, str(scratch.database))
    database.dispose()
    return report.count, report.head, kept, plan, erased
