"""Replies in bulk: paste or open them, see how each was read, record the ticked ones together."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from optin_desk.documents.lists import ListError
from optin_desk.documents.replies_in import IncomingReply, read_replies_file, read_replies_text
from optin_desk.domain.phones import format_for_people
from optin_desk.domain.replies import ReplyKind
from optin_desk.services.profile import load_profile
from optin_desk.services.replies import AppliedReplies, ReplyRow, apply_replies, read_replies
from optin_desk.ui.context import UiContext
from optin_desk.ui.jobs import Control, Job
from optin_desk.ui.labels import READINGS, label
from optin_desk.ui.row_model import Column, RowTableModel
from optin_desk.ui.words import said

REPLY_FILTERS = "Replies (*.csv *.txt *.tsv *.xlsx);;All files (*)"


class RepliesPanel(QWidget):
    """Read a batch of replies; clear opt-outs come ticked, everything else waits for staff."""

    def __init__(
        self, context: UiContext, after_recording: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._after_recording = after_recording
        self._replies: list[IncomingReply] = []
        self._region = ""
        self.task: Job | None = None
        self.recording: Job | None = None
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(
            self.tr(
                "Paste replies here, one per line: '+34 612 345 678: BAJA', "
                "or chat lines copied from WhatsApp, or a table with number and message."
            )
        )
        self.paste.setMaximumHeight(90)
        self.open_button = QPushButton(self.tr("Open &file…"))
        self.read_button = QPushButton(self.tr("Read &replies"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(self.tr("Row"), lambda r: str(r.row)),
                Column(self.tr("From"), self._sender_shown),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Message"), lambda r: r.message),
                Column(self.tr("Read as"), lambda r: label(READINGS[r.kind])),
                Column(self.tr("Why"), _why),
                Column(self.tr("Language"), lambda r: r.language),
                Column(self.tr("Confirmation"), lambda r: r.confirmation),
            ],
            checkable=lambda r: r.recordable,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.record_button = QPushButton(self.tr("Record the &ticked replies"))
        self.record_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.paste, 1)
        side = QVBoxLayout()
        side.addWidget(self.open_button)
        side.addWidget(self.read_button)
        side.addStretch(1)
        top.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.open_button.clicked.connect(self.open_file)
        self.read_button.clicked.connect(self.read_pasted)
        self.record_button.clicked.connect(self.record_ticked)
        self.model.dataChanged.connect(lambda *_: self._show_counts())

    def open_file(self) -> None:
        """Read replies from a file staff choose."""
        path = self._context.dialogs.open_file(self, self.tr("Open replies"), REPLY_FILTERS)
        if path is None:
            return
        try:
            replies = read_replies_file(path)
        except ListError as error:
            self._context.dialogs.show_error(self, self.tr("Open replies"), said(error))
            return
        except OSError as error:
            self._context.dialogs.show_error(
                self, self.tr("Open replies"), f"{path.name}: {error.strerror or error}"
            )
            return
        self._read(replies)

    def read_pasted(self) -> None:
        """Read the replies pasted into the box."""
        try:
            replies = read_replies_text(self.paste.toPlainText())
        except ListError as error:
            self._context.dialogs.show_error(self, self.tr("Read replies"), said(error))
            return
        self._read(replies)

    def _read(self, replies: list[IncomingReply]) -> None:
        """Classify in the background, with its own Session; the window stays responsive."""
        if self.task is not None:
            return
        self._replies = replies
        self.read_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %n replies…", "", len(replies)))
        database = self._context.database

        def work(_: Control) -> list[ReplyRow]:
            with database.reading() as session:
                return read_replies(session, replies)

        def failed(text: str) -> None:
            self.read_button.setEnabled(True)
            self.summary.setText("")
            self._context.dialogs.show_error(self, self.tr("Read replies"), text)

        def ended() -> None:
            self.task = None

        self.task = self._context.jobs.start(work, self._show, failed, ended=ended)

    def _sender_shown(self, row: ReplyRow) -> str:
        """The number a reply came from as the shop writes numbers (as given when unreadable)."""
        return format_for_people(row.phone, self._region) if row.phone else row.sender

    def _show(self, rows: list[ReplyRow]) -> None:
        self._region = self._context.read(load_profile).country
        self.read_button.setEnabled(True)
        self.model.set_rows(rows, [row.clear_opt_out for row in rows])
        self.table.resizeColumnsToContents()
        self._show_counts()

    def _show_counts(self) -> None:
        rows: list[ReplyRow] = self.model.rows()
        ticked: list[ReplyRow] = self.model.ticked_rows()
        clear = sum(r.clear_opt_out for r in rows)
        maybe = sum(r.kind is ReplyKind.MAYBE_OPT_OUT and not r.problem for r in rows)
        requests = sum(r.kind is ReplyKind.OPT_IN_REQUEST and not r.problem for r in rows)
        skipped = sum(bool(r.problem) for r in rows)
        # One numerus phrase per count, placed by a template translators can reorder.
        self.summary.setText(
            self.tr("%1: %2, %3, %4, %5. Tick what to record.")
            .replace("%1", self.tr("%n replies", "", len(rows)))
            .replace("%2", self.tr("%n clear opt-outs", "", clear))
            .replace("%3", self.tr("%n for you to decide", "", maybe))
            .replace("%4", self.tr("%n opt-in requests", "", requests))
            .replace("%5", self.tr("%n that cannot be recorded", "", skipped))
        )
        self.record_button.setEnabled(bool(ticked))
        self.record_button.setText(self.tr("Record the &ticked replies (%n)", "", len(ticked)))

    def record_ticked(self) -> None:
        """Record every ticked reply together, after one confirmation."""
        ticked: list[ReplyRow] = self.model.ticked_rows()
        if not ticked:
            return
        outs = sum(r.kind is not ReplyKind.OPT_IN_REQUEST for r in ticked)
        ins = len(ticked) - outs
        question = (
            self.tr("Record %1 (each with its confirmation) and %2 by WhatsApp chat?")
            .replace("%1", self.tr("%n opt-outs", "", outs))
            .replace("%2", self.tr("%n opt-ins", "", ins))
        )
        if not self._context.dialogs.confirm(self, self.tr("Record replies"), question):
            return
        if self.recording is not None:
            return
        staff = self._context.recorder(self, self.tr("Record replies"))
        if staff is None:
            return
        database = self._context.database

        def work(_: Control) -> AppliedReplies:
            with database.sessions() as session:
                return apply_replies(session, ticked, staff)

        def failed(text: str) -> None:
            self._show_counts()
            self._context.dialogs.show_error(self, self.tr("Record replies"), text)

        def ended() -> None:
            self.recording = None

        self.record_button.setEnabled(False)
        self.summary.setText(self.tr("Recording %n replies…", "", len(ticked)))
        self.recording = self._context.jobs.start(work, self._recorded, failed, ended=ended)

    def _recorded(self, done: AppliedReplies) -> None:
        self._context.status(
            self.tr("Recorded %1 and %2; the confirmations wait to be sent")
            .replace("%1", self.tr("%n opt-outs", "", len(done.opted_out)))
            .replace("%2", self.tr("%n opt-ins", "", len(done.opted_in)))
        )
        self._after_recording()
        self._read(self._replies)


def _why(row: ReplyRow) -> str:
    """Why a reply was read as it was, or why it cannot be recorded, in the window's language."""
    return said(row.problem or row.why)
