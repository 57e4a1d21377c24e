"""Settings: which records this computer opens (a file here, or the shop's server)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optin_desk.services.errors import InputError
from optin_desk.services.this_computer import (
    RecordsPeek,
    choose_records,
    peek_records,
    records_choice,
)
from optin_desk.ui.context import UiContext
from optin_desk.ui.jobs import Control, Job
from optin_desk.ui.words import said


class RecordsPlace(QGroupBox):
    """Where the records are, and pointing this computer at others from the next start.

    Other records are tried first (opened without creating or upgrading anything): only
    records that open, and the shop they belong to, can be chosen."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Records this computer opens"))
        self._context = context
        self._tried: str | None = None
        self._job: Job | None = None
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.location = QLineEdit()
        self.location.setPlaceholderText(
            self.tr("a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE")
        )
        self.location.setAccessibleName(self.tr("Other records"))
        self.location.textChanged.connect(self._changed)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.browse = QPushButton(self.tr("&File…"))
        self.browse.clicked.connect(self.choose_file)
        self.try_button = QPushButton(self.tr("&Try them"))
        self.try_button.clicked.connect(self.try_location)
        self.use_button = QPushButton(self.tr("&Use from the next start"))
        self.use_button.clicked.connect(self.use_location)
        self.default_button = QPushButton(self.tr("Back to this computer's own &file"))
        self.default_button.clicked.connect(self.use_default)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        self.show_current()

    def show_current(self) -> None:
        """Say which records are open and which this computer will open next time."""
        text = self.tr("Open now: %1").replace("%1", self._context.database.where)
        chosen = records_choice()
        if chosen is not None:
            text += "\n" + self.tr("Opened at each start: %1").replace("%1", chosen)
        self.current.setText(text)
        self.default_button.setEnabled(chosen is not None)
        self.use_button.setEnabled(self._tried is not None and self._tried == self._typed())

    def _typed(self) -> str:
        return self.location.text().strip()

    def _changed(self) -> None:
        self.use_button.setEnabled(self._tried is not None and self._tried == self._typed())

    def choose_file(self) -> None:
        """Pick a records file (through the dialog seam)."""
        path = self._context.dialogs.open_file(
            self, self.tr("Records file"), self.tr("OptIn Desk records (*.sqlite3)")
        )
        if path is not None:
            self.location.setText(str(path))

    def try_location(self) -> None:
        """Open the typed records off the GUI thread and say whose they are."""
        if self._job is not None:
            return
        location = self._typed()
        self._tried = None
        self.try_button.setEnabled(False)
        self.outcome.setText(self.tr("Trying…"))

        def work(_: Control) -> RecordsPeek:
            return peek_records(location)

        def done(peek: RecordsPeek) -> None:
            self._tried = location
            if peek.shop is None:
                words = self.tr("These records open, but no shop is set up in them yet.")
            else:
                words = self.tr("These are the records of %1: %n entries.", "", peek.events)
                words = words.replace("%1", peek.shop)
            self.outcome.setText(words)

        def failed(words: str) -> None:
            self.outcome.setText(self.tr("These records cannot be used: %1").replace("%1", words))

        def ended() -> None:
            self._job = None
            self.try_button.setEnabled(True)
            self.show_current()

        self._job = self._context.jobs.start(work, done, failed, ended=ended)

    def use_location(self) -> None:
        """Open the records just tried at every start of this computer from now on."""
        if self._tried is None or self._tried != self._typed():
            return
        try:
            choose_records(self._tried)
        except (InputError, OSError) as error:
            self.outcome.setText(said(error))
            return
        self.outcome.setText(self.tr("Done: close OptIn Desk and start it again to use them."))
        self._context.status(self.tr("This computer will open other records from the next start"))
        self.show_current()

    def use_default(self) -> None:
        """Go back to the records file in this user's data folder from the next start."""
        try:
            choose_records(None)
        except OSError as error:
            self.outcome.setText(str(error))
            return
        self.outcome.setText(
            self.tr("Done: from the next start this computer opens its own records file.")
        )
        self.show_current()
