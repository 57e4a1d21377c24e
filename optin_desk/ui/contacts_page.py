"""Contacts: find anyone by name or number, see who agreed to what, and act on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.consent import Action
from optin_desk.domain.phones import format_for_people
from optin_desk.services.directory_rows import ContactRow, PageCursor
from optin_desk.ui import lazy_services
from optin_desk.ui.bidi import select_row, written
from optin_desk.ui.contacts_model import ContactsModel
from optin_desk.ui.context import UiContext
from optin_desk.ui.empty_state import EmptyState, no_contacts_words
from optin_desk.ui.labels import person_name
from optin_desk.ui.recorded_by import RecordedBy
from optin_desk.ui.table_fit import ColumnFitter
from optin_desk.ui.timeline import describe_event

if TYPE_CHECKING:  # the services load SQLAlchemy: after the first paint, or when first used
    from optin_desk.services.profile_values import Profile

SEARCH_DELAY_MS = 120
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
VOIDABLE_ROLE = Qt.ItemDataRole.UserRole + 2
ACTION_ROLE = Qt.ItemDataRole.UserRole + 3


class ContactsPage(QWidget):
    """Search, the table of contacts, and the selected person's timeline."""

    new_opt_in_requested = Signal(str)
    opt_out_requested = Signal(str)
    form_requested = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self._context = context
        self._profile: Profile | None = None
        self.model: ContactsModel | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or number, in any format"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # widths: rows in sight
        self._columns = ColumnFitter(self.table)  # every column in sight on a small screen
        self.empty = EmptyState(self.table, lambda: no_contacts_words(self.search.text()))
        self.who = QLabel()
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(self.tr("History of the selected contact"))
        self.opt_in_button = QPushButton(self.tr("New o&pt-in…"))
        self.opt_out_button = QPushButton(self.tr("Record opt-&out…"))
        self.void_button = QPushButton(self.tr("&Void entry…"))
        self.scan_button = QPushButton(self.tr("Open s&can"))
        self.erase_button = QPushButton(self.tr("&Erase on request…"))
        self.proof_button = QPushButton(self.tr("P&roof of consent…"))
        self.form_button = QPushButton(self.tr("Pre-filled &form"))
        for button in (
            self.proof_button,
            self.form_button,
            self.opt_in_button,
            self.opt_out_button,
            self.void_button,
            self.scan_button,
            self.erase_button,
        ):
            button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_selected)
        self.proof_button.clicked.connect(self.save_proof)
        self.form_button.clicked.connect(self._form_for_selected)
        self.opt_in_button.clicked.connect(self._new_opt_in)
        self.opt_out_button.clicked.connect(self.record_opt_out)
        self.void_button.clicked.connect(self.void_selected_event)
        self.scan_button.clicked.connect(self.open_scan)
        self.timeline.currentItemChanged.connect(self._event_chosen)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._apply_search)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.search.setFocus)

        # two rows: what staff record, then what goes out of the shop; one row of seven
        # buttons made the window wider than a 1024-pixel screen in most languages
        recording = QHBoxLayout()
        for button in (self.opt_in_button, self.opt_out_button, self.void_button, self.scan_button):
            recording.addWidget(button)
        recording.addStretch()
        papers = QHBoxLayout()
        papers.addStretch()
        for button in (self.form_button, self.proof_button, self.erase_button):
            papers.addWidget(button)
        actions = QVBoxLayout()
        actions.addLayout(recording)
        actions.addLayout(papers)
        self.recorded_by = RecordedBy(self._context)  # voids and erasures say who
        who_records = QHBoxLayout()
        who_records.addWidget(QLabel(self.tr("Recorded by:")))
        who_records.addWidget(self.recorded_by, 1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.who)
        detail_layout.addWidget(self.timeline)
        detail_layout.addLayout(who_records)
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """Build the table for the shop's current categories; keep the chosen person chosen."""
        chosen = self.selected_phone()
        profile = self._context.first_or_read(lambda look: look.profile, lazy_services.load_profile)
        self._profile = profile
        self.recorded_by.refresh()
        context = self._context

        def load(search: str, cursor: PageCursor | None) -> list[ContactRow]:
            look = context.slot.first_look  # while the records open: the first pages
            page = None if look is None else look.contact_page(search, cursor)
            if page is not None:
                return page
            return context.read(lambda session: lazy_services.contact_page(session, search, cursor))

        self.model = ContactsModel(load, profile.categories, profile.country, self)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._contact_chosen)
        self.empty.track_model()
        self.model.set_search(self.search.text())
        self._columns.fit()
        if chosen is None or not self._select(chosen):
            self._show_contact(None)

    def _apply_search(self) -> None:
        self._debounce.stop()
        if self.model is not None:
            self.model.set_search(self.search.text())
            if self.model.rowCount() == 1:
                select_row(self.table, 0)
            else:
                self._show_contact(None)

    # --- the selected person --------------------------------------------------------------

    def selected_phone(self) -> str | None:
        """The E.164 number of the selected contact."""
        if self.model is None or self.table.selectionModel() is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.phone_e164 if row else None

    def _contact_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_contact(self.selected_phone())

    def _show_contact(self, phone: str | None) -> None:
        self.timeline.clear()
        for button in (
            self.opt_in_button,
            self.opt_out_button,
            self.erase_button,
            self.proof_button,
            self.form_button,
        ):
            button.setEnabled(phone is not None)
        self.void_button.setEnabled(False)
        self.scan_button.setEnabled(False)
        if phone is None or self._profile is None:
            self.who.setText(self.tr("Choose a contact to see their history."))
            return
        profile = self._profile
        self._context.slot.wait()  # the services load once the records are open
        from optin_desk.services.contacts import contact_history

        status, events = self._context.read(lambda s: contact_history(s, phone))
        shown = written(format_for_people(status.phone, profile.country))
        self.who.setText(f"<b>{_escape(person_name(status.name))}</b> — {shown}")
        for event in reversed(events):
            item = QListWidgetItem(describe_event(event, profile))
            item.setData(EVENT_ID_ROLE, event.id)
            item.setData(EVIDENCE_ROLE, event.evidence_sha256 or "")
            voidable = event.action is not Action.VOID and not event.voided_by_event_id
            item.setData(VOIDABLE_ROLE, voidable)
            item.setData(ACTION_ROLE, event.action.value)
            if event.voided_by_event_id:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.gray)
            elif event.action is Action.VOID:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.timeline.addItem(item)

    def _event_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.void_button.setEnabled(bool(current and current.data(VOIDABLE_ROLE)))
        self.scan_button.setEnabled(bool(current and current.data(EVIDENCE_ROLE)))

    # --- actions --------------------------------------------------------------------------

    def _new_opt_in(self) -> None:
        phone = self.selected_phone()
        if phone:
            self.new_opt_in_requested.emit(phone)

    def record_opt_out(self) -> None:
        """Open the Opt-outs page for the selected person."""
        phone = self.selected_phone()
        if phone:
            self.opt_out_requested.emit(phone)

    def _form_for_selected(self) -> None:
        phone = self.selected_phone()
        if phone:
            self.form_requested.emit(phone)

    def save_proof(self) -> None:
        """Save the selected person's proof of consent, as PDF or JSON."""
        phone = self.selected_phone()
        if phone is not None:
            self._context.slot.wait()  # the services load once the records are open
            from optin_desk.ui.proof_saving import save_proof_of

            save_proof_of(self._context, self, phone)

    def void_selected_event(self) -> None:
        """Void the entry chosen in the timeline, with a reason."""
        item = self.timeline.currentItem()
        phone = self.selected_phone()
        if item is None or phone is None:
            return
        event_id, by = int(item.data(EVENT_ID_ROLE)), self.recorded_by.required()
        if by is None:
            return
        reason = self._context.dialogs.ask_text(
            self,
            self.tr("Void entry #%d") % event_id,
            self.tr("Why is this entry wrong? (kept with the record)"),
        )
        if reason is None:
            return
        go, pin = True, None
        if item.data(ACTION_ROLE) == Action.OPT_OUT.value:  # it would opt the person back in
            go, pin = self._context.owner_pin(self, self.tr("Voiding an opt-out"))
        if not go:
            return
        self._context.slot.wait()  # the services load once the records are open
        from optin_desk.services.voids import void_event

        done = self._context.act(
            self, self.tr("Void entry"), lambda s: void_event(s, event_id, reason, by, pin)
        )
        if done is not None:
            self.recorded_by.remember()
            self._context.status(self.tr("Voided entry #%d: %s") % (event_id, reason))
            self._after_change(phone)

    def erase_selected(self) -> None:
        """Erase the chosen person's name, number and scans, after asking (ui.erasure_steps)."""
        phone, by = self.selected_phone(), self.recorded_by.required()
        if phone is None or by is None:
            return
        shown = format_for_people(phone, self._profile.country) if self._profile else phone
        self._context.slot.wait()  # the services load once the records are open
        from optin_desk.ui.erasure_steps import erase_on_request

        if erase_on_request(self, self._context, phone, shown, by) is not None:
            if self.model is not None:
                self.model.reload()
            self._show_contact(None)

    def open_scan(self) -> None:
        """Open the scan of the chosen entry."""
        item = self.timeline.currentItem()
        if item is None or not item.data(EVIDENCE_ROLE):
            return
        self._context.slot.wait()  # the services load once the records are open
        from optin_desk.services.contacts import scan_file

        path = scan_file(self._context.database, str(item.data(EVIDENCE_ROLE)))
        if not path.is_file():
            self._context.dialogs.show_error(
                self,
                self.tr("Open scan"),
                self.tr("The scan is missing from %s. Restore the evidence folder from a backup.")
                % path.parent.parent,
            )
            return
        self._context.dialogs.open_externally(path)

    def _after_change(self, phone: str) -> None:
        if self.model is not None:
            self.model.reload()
        if not self._select(phone):
            self._show_contact(phone)

    def _select(self, phone: str) -> bool:
        """Select the loaded row of this number; False when it is not loaded."""
        model = self.model
        if model is None:
            return False
        for row in range(model.rowCount()):
            found = model.row_at(row)
            if found is not None and found.phone_e164 == phone:
                select_row(self.table, row)
                return True
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
