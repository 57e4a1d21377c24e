"""Opt-outs whose confirmation still has to go out, oldest first; and the suppression list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.phones import format_for_people
from optin_desk.domain.when import local_display
from optin_desk.services.handle import Session
from optin_desk.services.optouts import (
    PendingConfirmation,
    export_suppression,
    mark_confirmation_sent,
    pending_confirmations,
)
from optin_desk.services.profile import Profile
from optin_desk.ui.context import UiContext
from optin_desk.ui.empty_state import EmptyState
from optin_desk.ui.labels import scope_text
from optin_desk.ui.row_model import Column, RowTableModel


def whatsapp_link(e164: str, text: str) -> str:
    """A click-to-chat link that opens WhatsApp on `e164` with `text` typed in."""
    return f"https://wa.me/{e164.lstrip('+')}?text={quote(text, safe='')}"


def waited(span: timedelta) -> str:
    """How long something has waited, as people say it."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        count = max(minutes, 0)
        return QCoreApplication.translate("FollowUp", "%n min", "", count)
    if minutes < 48 * 60:
        count = minutes // 60
        return QCoreApplication.translate("FollowUp", "%n h", "", count)
    count = minutes // (24 * 60)
    return QCoreApplication.translate("FollowUp", "%n days", "", count)


class FollowUpPanel(QWidget):
    """The confirmations waiting to be sent: copy, open in WhatsApp, mark sent."""

    counted = Signal(int)

    def __init__(
        self,
        context: UiContext,
        profile: Callable[[], Profile | None],
        sender: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._profile = profile
        self._sender = sender
        self.model = RowTableModel(
            [
                Column(self.tr("Recorded"), lambda p: local_display(p.recorded_at)),
                Column(self.tr("Waiting"), lambda p: waited(p.waiting)),
                Column(self.tr("WhatsApp number"), lambda p: self._number(p.phone)),
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("What stops"), lambda p: self._scope_label(p.scope)),
                Column(self.tr("Confirmation"), lambda p: p.confirmation_text),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = EmptyState(
            self.table,
            lambda: self.tr(
                "No confirmation waits: every opt-out recorded here was confirmed. When "
                "you log a STOP, its confirmation waits here until you mark it sent."
            ),
        )
        self.copy_button = QPushButton(self.tr("Copy confirmation"))
        self.whatsapp_button = QPushButton(self.tr("Open in WhatsApp"))
        self.mark_sent_button = QPushButton(self.tr("&Mark sent"))
        self.suppression_button = QPushButton(self.tr("Export suppression list…"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Opt-outs whose confirmation is not marked sent, oldest first:"))
        )
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.whatsapp_button, self.mark_sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.suppression_button)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.copy_button.clicked.connect(self._copy)
        self.whatsapp_button.clicked.connect(self._open_whatsapp)
        self.mark_sent_button.clicked.connect(self.mark_sent)
        self.suppression_button.clicked.connect(self.export_suppression)

    def _number(self, e164: str) -> str:
        profile = self._profile()
        return format_for_people(e164, profile.country if profile else "")

    def _scope_label(self, scope: str) -> str:
        profile = self._profile()
        return scope_text(scope, profile.categories if profile else ())

    def load(self) -> None:
        """Read what is waiting again."""
        rows = self._context.read(pending_confirmations)
        self.model.set_rows(rows)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.counted.emit(len(rows))
        self._chosen_changed()

    def chosen(self) -> PendingConfirmation | None:
        """The opt-out chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        chosen: PendingConfirmation = self.model.row_at(rows[0].row())
        return chosen

    def _chosen_changed(self, *_args: object) -> None:
        chosen = self.chosen() is not None
        for button in (self.copy_button, self.whatsapp_button, self.mark_sent_button):
            button.setEnabled(chosen)

    def _copy(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            QGuiApplication.clipboard().setText(chosen.confirmation_text)
            self._context.status(self.tr("Confirmation copied"))

    def _open_whatsapp(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self._context.dialogs.open_url(whatsapp_link(chosen.phone, chosen.confirmation_text))

    def mark_sent(self) -> None:
        """Mark the chosen opt-out's confirmation as sent now, from the chosen number."""
        chosen = self.chosen()
        if chosen is None:
            return
        staff = self._context.recorder(self, self.tr("Mark sent"))
        if staff is None:
            return
        sender = self._sender()

        def mark(session: Session) -> bool:
            mark_confirmation_sent(session, chosen.event_id, by=staff, sent_from=sender)
            return True

        if self._context.act(self, self.tr("Mark sent"), mark):
            self._context.status(
                self.tr("Confirmation to %s marked sent") % self._number(chosen.phone)
            )
        self.load()

    def export_suppression(self) -> None:
        """Save everyone opted out of something to a CSV file (owner PIN: names and numbers)."""
        go, pin = self._context.owner_pin(self, self.tr("Exporting the suppression list"))
        if not go:
            return
        target = self._context.dialogs.save_file(
            self, self.tr("Export suppression list"), "suppression.csv", "CSV (*.csv)"
        )
        if target is None:
            return
        count = self._context.act(
            self, self.tr("Export suppression list"), lambda s: export_suppression(s, target, pin)
        )
        if count is not None:
            self._context.status(
                self.tr("%n opt-outs written to %1", "", count).replace("%1", target.name)
            )
