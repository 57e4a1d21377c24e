"""What every page is given: the database, the dialog seam, and how to report outcomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from optin_desk.services.errors import InputError, MissingResourceError, RecordsSayNo
from optin_desk.ui.dialogs import Dialogs
from optin_desk.ui.failures import failure_words
from optin_desk.ui.records_slot import RecordsSlot

if TYPE_CHECKING:  # SQLAlchemy loads after the window's first paint (ui.records_slot)
    from optin_desk.services.first_look import QuickRecords
    from optin_desk.services.handle import Records, Session
    from optin_desk.ui.jobs import Jobs

T = TypeVar("T")


@dataclass(frozen=True)
class UiContext:
    """Shared by the pages of one window."""

    slot: RecordsSlot
    """The records, opening in the background until `slot.is_ready`."""
    dialogs: Dialogs
    settings: QSettings
    status: Callable[[str], None]
    jobs: Jobs
    """Every long piece of work of the window runs through this (see `ui.jobs`)."""

    @property
    def database(self) -> Records:
        """The records (waiting for them while they are still opening)."""
        return self.slot.wait()

    def first_or_read(
        self, first: Callable[[QuickRecords], T | None], work: Callable[[Session], T]
    ) -> T:
        """What the first look answers while the records are opening; else `work`, read."""
        look = self.slot.first_look
        answer = None if look is None else first(look)
        return self.read(work) if answer is None else answer

    def act(self, parent: QWidget, title: str, work: Callable[[Session], T]) -> T | None:
        """Run one user action in its own Session; show what went wrong instead of raising."""
        from optin_desk.services.handle import RecordsError

        try:
            with self.database.sessions() as session:
                return work(session)
        except (InputError, RecordsSayNo, MissingResourceError, RecordsError) as error:
            self.dialogs.show_error(parent, title, failure_words(error, self.database) or "")
        return None

    def staff_name(self) -> str:
        """Who is recording at this computer (the name last chosen in a "Recorded by" field,
        remembered in this computer's own settings file, not the shared records)."""
        from optin_desk.services.this_computer import remembered_recorder

        return remembered_recorder()

    def recorder(self, parent: QWidget, title: str) -> str | None:
        """Who records an action of a page without its own "Recorded by" field (the name last
        chosen in one); None after saying that a name is needed."""
        name = self.staff_name()
        if not name:
            self.dialogs.show_error(
                parent,
                title,
                QCoreApplication.translate(
                    "UiContext",
                    "Say who is recording first: choose or type your name in “Recorded by” "
                    "(on the Opt-outs page). Nothing was recorded.",
                ),
            )
            return None
        return name

    def owner_pin(self, parent: QWidget, action: str) -> tuple[bool, str | None]:
        """Ask for the owner PIN when one is set: (go ahead, the PIN typed or None)."""
        from optin_desk.services.owner import pin_is_set

        if not self.read(pin_is_set):
            return True, None
        typed = self.dialogs.ask_secret(
            parent,
            QCoreApplication.translate("UiContext", "Owner PIN"),
            QCoreApplication.translate("UiContext", "%s needs the owner PIN:") % action,
        )
        return typed is not None, typed

    def read(self, work: Callable[[Session], T]) -> T:
        """Run a read in its own read-only Session (errors propagate to the caller)."""
        with self.database.reading() as session:
            return work(session)
