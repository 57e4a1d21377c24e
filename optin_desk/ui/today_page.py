"""The Today page: what needs doing today, at a glance, each figure a link to its page.

The figures are read off the GUI thread (one job of the window's runner, one short query each,
see `services.today`); the page shows them when they arrive and reads them again when the
records change or when it is shown again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.check import Verdict
from optin_desk.domain.messages import Said
from optin_desk.domain.when import local_display
from optin_desk.ui.bidi import written
from optin_desk.ui.context import UiContext
from optin_desk.ui.jobs import Control
from optin_desk.ui.palette import ERROR_STYLE, OK_STYLE
from optin_desk.ui.today_cards import Card, KindsTable
from optin_desk.ui.today_cards import count_text as number
from optin_desk.ui.words import said

if TYPE_CHECKING:  # the services load SQLAlchemy: once the records are open
    from optin_desk.services.today import TodaySnapshot, Verification

CARD_COLUMNS = 2


class TodayPage(QWidget):
    """People on file, sign-ups, waiting confirmations, forms out, checks, backup, ledger."""

    page_requested = Signal(str)
    """A link was followed: the key of the page to show (see `ui.navigation.PAGES`)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._reading = False
        self._again = False
        self.snapshot: TodaySnapshot | None = None
        self.people = Card(self.tr("People on file"), self.tr("Open Contacts"), "contacts", self)
        self.kinds = KindsTable(self.people)  # agreed and stopped, per kind of message
        self.people.column.insertWidget(self.people.column.indexOf(self.people.detail), self.kinds)
        self.signups = Card(
            self.tr("Sign-ups in the last 7 days"), self.tr("Type in sign-ups"), "sign-ups", self
        )
        self.waiting = Card(
            self.tr("Opt-out confirmations waiting"), self.tr("Send them"), "opt-outs", self
        )
        self.forms = Card(
            self.tr("Printed forms not yet entered"), self.tr("Open Forms"), "forms", self
        )
        self.check = Card(self.tr("Last list checked"), self.tr("Check a list"), "check-list", self)
        self.backup = Card(self.tr("Last backup"), self.tr("Back up in Settings"), "settings", self)
        self.ledger = Card(self.tr("Records verified"), self.tr("Open Settings"), "settings", self)
        self.verify_button = QPushButton(self.tr("&Verify the records now"))
        self.verify_button.clicked.connect(self.verify_now)
        self.ledger.column.addWidget(self.verify_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._found: list[str] = []  # what the last verify here found beside the chain
        self._figures_unread = False  # the message says the figures could not be read
        cards = (
            self.people,
            self.signups,
            self.waiting,
            self.forms,
            self.check,
            self.backup,
            self.ledger,
        )
        grid = QGridLayout()
        for index, card in enumerate(cards):
            card.link.linkActivated.connect(self.page_requested.emit)
            grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
        for place in range(CARD_COLUMNS):
            grid.setColumnStretch(place, 1)  # cards of one width, whatever they hold
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(grid)
        column.addWidget(self.message)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def reading(self) -> bool:
        """Whether the figures are being read."""
        return self._reading

    def refresh(self) -> None:
        """Read the figures again, off the GUI thread (once more if a read is under way)."""
        if self._reading:
            self._again = True
            return
        if not self._context.slot.is_ready:  # the window asks again once they are open
            return
        self._reading = True
        database = self._context.database

        def work(_control: Control) -> TodaySnapshot:
            from optin_desk.services.today import today_snapshot

            with database.reading() as session:
                return today_snapshot(session)

        self._context.jobs.start(work, self.show_snapshot, self._failed, ended=self._read)

    def _read(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, text: str) -> None:
        self._figures_unread = True
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("The figures could not be read: %1").replace("%1", text))

    def _verify_failed(self, text: str) -> None:
        self._figures_unread = False
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("The records could not be verified: %1").replace("%1", text))

    def show_snapshot(self, snapshot: TodaySnapshot) -> None:
        """Show every figure of `snapshot`."""
        self.snapshot = snapshot
        if self._figures_unread:  # what a verification said stays until the next one
            self._figures_unread = False
            self.message.setStyleSheet("")
            self.message.setText("")
        self.people.show_figure(number(snapshot.people), "")
        self.kinds.show_kinds(snapshot.kinds)
        self.signups.show_figure(
            number(snapshot.signups_week),
            self.tr("People who agreed to messages (imports not counted)."),
        )
        if snapshot.oldest_waiting is None:
            waiting = self.tr("Nothing waits: every opt-out was confirmed.")
        else:
            days = (snapshot.taken_at - snapshot.oldest_waiting).days
            waiting = (
                self.tr("The oldest has waited since today.")
                if days < 1
                else self.tr("The oldest has waited %n days.", "", days)
            )
        self.waiting.show_figure(number(snapshot.confirmations_waiting), escape(waiting))
        self.forms.show_figure(
            number(snapshot.forms_outstanding),
            escape(
                self.tr("%n forms printed in all.", "", snapshot.forms_printed)
                if snapshot.forms_printed
                else self.tr("No forms printed yet.")
            ),
        )
        self._show_check(snapshot)
        self._show_backup(snapshot)
        self._show_ledger(snapshot)

    def _show_check(self, snapshot: TodaySnapshot) -> None:
        last = snapshot.last_check
        if last is None:
            self.check.show_figure(
                self.tr("None yet"),
                escape(self.tr("Check your list before every broadcast.")),
            )
            return
        send = last.counts.get(Verdict.SEND.value, 0)
        detail = self.tr("%1, %2: %3 of %n rows may be sent the message.", "", last.rows)
        detail = (
            detail.replace("%1", written(local_display(last.at)))
            .replace("%2", last.category_label)
            .replace("%3", number(send))
        )
        self.check.show_figure(local_display(last.at)[:10], escape(detail))

    def _show_backup(self, snapshot: TodaySnapshot) -> None:
        if snapshot.last_backup is None:
            self.backup.show_figure(
                self.tr("None yet"),
                f"<span style='{ERROR_STYLE}'>"
                + escape(self.tr("No backup of these records was made yet."))
                + "</span>",
            )
            return
        detail = self.tr("%1: %n entries, checked.", "", snapshot.last_backup_events)
        self.backup.show_figure(
            self._day(snapshot.last_backup, snapshot),
            escape(detail.replace("%1", written(local_display(snapshot.last_backup)))),
        )

    def _day(self, moment: datetime, snapshot: TodaySnapshot) -> str:
        """'Today', or the local date."""
        if moment.astimezone().date() == snapshot.taken_at.astimezone().date():
            return self.tr("Today")
        return local_display(moment)[:10]

    def _show_ledger(self, snapshot: TodaySnapshot) -> None:
        from optin_desk.services.today import BY_BACKUP

        done: Verification | None = snapshot.verified
        entries = self.tr("The ledger holds %n entries.", "", snapshot.ledger_events)
        if done is None:
            self.ledger.show_figure(
                self.tr("Not yet"), escape(entries + " " + self.tr("Verify them now."))
            )
            return
        if not done.ok:
            self.ledger.show_figure(
                self.tr("Broken"),
                f"<span style='{ERROR_STYLE}'>"
                + escape(self.tr("The last verification found the records changed: run verify."))
                + "".join(f"<br>{escape(line)}" for line in self._found)
                + "</span>",
            )
            return
        by_backup = done.by == BY_BACKUP
        how = (
            self.tr(
                "%1: the chain was checked in the backup; verify them to check the consent "
                "table, the wordings and the scans too."
            )
            if by_backup
            else self.tr("%1: verified on their own.")
        ).replace("%1", written(local_display(done.at)))
        # green only for a whole verification: a backup checks the chain, not what is beside it
        style = OK_STYLE if snapshot.verified_today and not by_backup else ""
        self.ledger.show_figure(
            self._day(done.at, snapshot),
            f"<span style='{style}'>{escape(how)}</span> {escape(entries)}",
        )

    def verify_now(self) -> None:
        """Recompute the whole chain in the background; remember when and how it went."""
        database = self._context.database
        self.verify_button.setEnabled(False)
        self._figures_unread = False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Verifying the records…"))

        def work(_control: Control) -> tuple[bool, bool, list[Said]]:
            from optin_desk.services.today import note_verification
            from optin_desk.services.verify_checks import verify_everything

            report, around = verify_everything(database)
            if not database.read_only:
                with database.sessions() as session:
                    note_verification(session, replace(report, ok=report.ok and around.ok))
            return report.ok, around.ok, [finding.said for finding in around.findings]

        def done(outcome: tuple[bool, bool, list[Said]]) -> None:
            chain_ok, around_ok, findings = outcome
            self.message.setStyleSheet(OK_STYLE if chain_ok and around_ok else ERROR_STYLE)
            if not chain_ok:
                top = self.tr("The chain is broken: run verify on the command line for details.")
            elif not around_ok:
                top = self.tr("The chain holds, but what lies beside it was changed:")
            else:
                top = self.tr("The records verified: no entry was changed or removed.")
            self._found = [said(found) for found in findings[:5]]
            self._figures_unread = False
            self.message.setText("\n".join([top, *self._found]))
            self.refresh()

        self._context.jobs.start(work, done, self._verify_failed, ended=self._verified)

    def _verified(self) -> None:
        self.verify_button.setEnabled(True)
