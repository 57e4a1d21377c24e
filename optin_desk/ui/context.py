"""What every page is given: the database, the dialog seam, and how to report outcomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from optin_desk.services.errors import InputError, MissingResourceError, RecordsSayNo
from optin_desk.storage.engine import Database
from optin_desk.ui.dialogs import Dialogs

T = TypeVar("T")
RECORDED_BY_KEY = "signup/recorded_by"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UiContext", text)


def database_problem(error: SQLAlchemyError, database: Database | None = None) -> str:
    """What a database failure means for the person at the counter, and what to do."""
    from optin_desk.services.backups import restoring
    from optin_desk.services.server_trouble import ServerTrouble, trouble_of

    kind = trouble_of(error)
    if kind is ServerTrouble.LOGIN:
        return _tr(
            "The database server refused the user name or password this computer uses. "
            "Nothing was recorded. Ask whoever set up the server for the right address."
        )
    if kind is ServerTrouble.NO_DATABASE:
        return _tr(
            "The database server has no records of that name. Nothing was recorded. Ask "
            "whoever set up the server for the right address."
        )
    if kind is ServerTrouble.LOST:
        return _tr(
            "The connection to the database server was lost in the middle. The server keeps a "
            "save whole or not at all: check the network, then try again."
        )
    if kind is ServerTrouble.UNREACHABLE:
        return _tr(
            "The database server cannot be reached. Check that it is switched on and that "
            "this computer is on the network, then try again. Nothing was recorded."
        )
    text = str(getattr(error, "orig", error)).lower()
    path = database.sqlite_path if database is not None else None
    if ("locked" in text or "busy" in text) and restoring(path):
        return _tr(
            "The records are being restored from a backup. Nothing was recorded: "
            "try again in a moment."
        )
    if "locked" in text or "busy" in text:
        return _tr(
            "The records are busy with another program. Nothing was lost: "
            "wait a moment and try again."
        )
    if "full" in text:
        return _tr("The disk is full. Free some space, then try again; nothing was recorded.")
    if "readonly" in text or "read-only" in text:
        return _tr("The records file cannot be written. Check that the folder is writable.")
    if "unable to open" in text:
        return _tr("The records file cannot be opened. Check that the folder still exists.")
    return _tr("The records could not be saved (%s). Nothing was recorded; try again.") % text


@dataclass(frozen=True)
class UiContext:
    """Shared by the pages of one window."""

    database: Database
    dialogs: Dialogs
    settings: QSettings
    status: Callable[[str], None]

    def act(self, parent: QWidget, title: str, work: Callable[[Session], T]) -> T | None:
        """Run one user action in its own Session; show what went wrong instead of raising."""
        try:
            with self.database.sessions() as session:
                return work(session)
        except (InputError, RecordsSayNo, MissingResourceError) as error:
            self.dialogs.show_error(parent, title, str(error))
        except SQLAlchemyError as error:
            self.dialogs.show_error(parent, title, database_problem(error, self.database))
        return None

    def staff_name(self) -> str:
        """Who is recording at this computer (remembered from the last sign-up saved)."""
        return str(self.settings.value(RECORDED_BY_KEY, "") or "")

    def remember_staff_name(self, name: str) -> None:
        """Remember who is recording, for the next entry and the next run."""
        self.settings.setValue(RECORDED_BY_KEY, name.strip())

    def owner_pin(self, parent: QWidget, action: str) -> tuple[bool, str | None]:
        """Ask for the owner PIN when one is set: (go ahead, the PIN typed or None)."""
        from optin_desk.services.owner import pin_is_set

        if not self.read(pin_is_set):
            return True, None
        typed = self.dialogs.ask_secret(
            parent, _tr("Owner PIN"), _tr("%s needs the owner PIN:") % action
        )
        return typed is not None, typed

    def read(self, work: Callable[[Session], T]) -> T:
        """Run a read in its own read-only Session (errors propagate to the caller)."""
        with self.database.reading() as session:
            return work(session)
