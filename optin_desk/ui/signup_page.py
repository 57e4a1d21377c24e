"""Sign-up entry: typing in a stack of signed paper forms, keyboard first."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.consent import FORM_METHODS, OPT_IN_METHODS, Method
from optin_desk.domain.phones import format_for_people, parse_phone
from optin_desk.ui import lazy_services
from optin_desk.ui.context import UiContext
from optin_desk.ui.drops import accept_file_drag, dropped_file
from optin_desk.ui.labels import (
    METHODS,
    category_box_text,
    label,
    scope_labels,
    status_summary,
)
from optin_desk.ui.palette import ERROR_STYLE, OK_STYLE
from optin_desk.ui.recorded_by import RecordedBy
from optin_desk.ui.serial_feedback import serial_feedback, serial_widgets
from optin_desk.ui.words import said

if TYPE_CHECKING:  # the services load SQLAlchemy: after the first paint, or when first used
    from optin_desk.services.consent import OptInRequest, Recorded
    from optin_desk.services.profile_values import Profile

BOX_COLUMNS = 2
"""Ticks for the kinds of message go in a grid this wide: six kinds fit a 1024-pixel screen."""
SCAN_FILTERS = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)"


class SignupPage(QWidget):
    """One paper form after another: Enter saves and starts the next."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signupPage")
        self.setAcceptDrops(True)
        self._context = context
        self._profile: Profile | None = None
        self._last: Recorded | None = None
        self._entered = 0
        self._looked_up = ""
        self.category_boxes: dict[str, QCheckBox] = {}
        self._box_shortcuts: list[QShortcut] = []

        self.serial, self.serial_feedback, self.elsewhere = serial_widgets()
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("as written on the form"))
        self.phone_feedback = QLabel()
        self.on_file = QLabel()
        self.on_file.setWordWrap(True)
        self.categories_row = QGridLayout()
        self.signed = QDateEdit()
        self.signed.setCalendarPopup(True)
        # 2026-12-01 in Arabic too: set before the format, as Qt turns a right-to-left
        # widget's sections round when the format is set
        self.signed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.signed.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox()
        for method in sorted(OPT_IN_METHODS, key=lambda m: m is not Method.PAPER_FORM):
            self.method.addItem(label(METHODS[method]), method.value)
        self.recorded_by = RecordedBy(context)
        self.scan = QLineEdit()
        self.scan.setReadOnly(True)
        self.scan.setPlaceholderText(self.tr("drop the scanned form here"))
        choose_scan = QPushButton(self.tr("Choose s&can…"))
        choose_scan.clicked.connect(self.choose_scan)
        self.note = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.counter = QLabel()
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Entries saved this session"))
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button = QPushButton(self.tr("&Save and next (Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Undo last"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)

        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 2)
        phone_row.addWidget(self.phone_feedback, 3)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan)
        scan_row.addWidget(choose_scan)
        form = QFormLayout()
        serial_row = QHBoxLayout()
        serial_row.addWidget(self.serial, 2)
        serial_row.addWidget(self.serial_feedback, 3)
        serial_label = QLabel(self.tr("Form s&erial:"))
        serial_label.setBuddy(self.serial)
        form.addRow(serial_label, serial_row)
        form.addRow("", self.elsewhere)
        form.addRow(self.tr("&Name:"), self.name)
        phone_label = QLabel(self.tr("WhatsApp n&umber:"))
        phone_label.setBuddy(self.phone)
        form.addRow(phone_label, phone_row)
        form.addRow("", self.on_file)
        form.addRow(self.tr("Agreed to:"), self.categories_row)
        form.addRow(self.tr("&Date signed:"), self.signed)
        form.addRow(self.tr("&How:"), self.method)
        form.addRow(self.tr("&Recorded by:"), self.recorded_by)
        form.addRow(self.tr("Scan:"), scan_row)
        form.addRow(self.tr("N&ote:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Saved this session (newest first):")))
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)

        self.phone.textChanged.connect(self._phone_changed)
        self.serial.textChanged.connect(self._serial_changed)
        self.serial.editingFinished.connect(lambda: self._serial_changed(self.serial.text(), True))
        self.elsewhere.toggled.connect(lambda: self._serial_changed(self.serial.text(), True))
        self.method.currentIndexChanged.connect(self._method_changed)
        elsewhere_key = QShortcut(QKeySequence("Alt+F"), self)
        elsewhere_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        elsewhere_key.activated.connect(self.elsewhere.toggle)
        for sequence in ("Return", "Enter", "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self._show_counter()
        context.slot.ready.connect(self._records_open)

    def _records_open(self) -> None:
        """Judge what was typed while the records were opening (typing never waits)."""
        typed = self.serial.text()
        self._serial_changed(typed, bool(typed.strip()) and not self.serial.hasFocus())
        self._phone_changed(self.phone.text())

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the shop's categories and staff names (after setup or settings)."""
        profile = self._context.first_or_read(lambda look: look.profile, lazy_services.load_profile)
        self._profile = profile
        for box in self.category_boxes.values():
            self.categories_row.removeWidget(box)
            box.deleteLater()
        self.category_boxes = {}
        for shortcut in self._box_shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._box_shortcuts = []
        for index, category in enumerate(profile.active_categories, start=1):
            box = QCheckBox(category_box_text(index, category))
            box.setToolTip(category.description)
            self.categories_row.addWidget(
                box, (index - 1) // BOX_COLUMNS, (index - 1) % BOX_COLUMNS
            )
            self.category_boxes[category.key] = box
            if index < 10:
                # Not a mnemonic: those click after a 100 ms animation, and a quick Enter
                # would save the form before the box is ticked.
                shortcut = QShortcut(QKeySequence(f"Alt+{index}"), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(box.toggle)
                self._box_shortcuts.append(shortcut)
        self.recorded_by.refresh()
        today = QDate.currentDate()
        self.signed.setMaximumDate(today)
        self.signed.setDate(today)
        self._phone_changed(self.phone.text())

    # --- as you type ---------------------------------------------------------------------

    def _paper(self) -> bool:
        """True when the method chosen is a paper form, whose sign-up names its serial."""
        return Method(self.method.currentData()) in FORM_METHODS

    def _method_changed(self) -> None:
        if not self.serial.text().strip():  # a serial left out is said for the new method
            self._serial_changed("", False)

    def _serial_changed(self, text: str, finished: bool = False) -> None:
        """Say whether the form is ours and ready, mistyped, never printed or already in, or
        left out of a paper form (ui.serial_feedback)."""
        elsewhere, paper = self.elsewhere.isChecked(), self._paper()
        if not self._context.slot.is_ready:
            return  # judged once the records are open
        check = self._context.read(lambda s: lazy_services.check_serial(s, text, elsewhere, paper))
        shown = serial_feedback(check, text, finished)
        self.serial_feedback.setStyleSheet(shown.style)
        self.serial_feedback.setText(shown.words)
        if shown.ready and check.prefilled_phone and not self.phone.text().strip():
            self.phone.setText(check.prefilled_phone)

    def _phone_changed(self, text: str) -> None:
        if self._profile is None:
            return
        if not text.strip():
            self.phone_feedback.clear()
            self.on_file.clear()
            self._looked_up = ""
            return
        parsed = parse_phone(text, self._profile.country)
        if parsed.e164 is None:
            self.phone_feedback.setStyleSheet(ERROR_STYLE)
            why = said(parsed.reason or "")
            self.phone_feedback.setText(f"✗ {why}")
            self.on_file.clear()
            self._looked_up = ""
            return
        self.phone_feedback.setStyleSheet(OK_STYLE)
        self.phone_feedback.setText(f"✓ {format_for_people(parsed.e164, self._profile.country)}")
        if parsed.e164 != self._looked_up and self._context.slot.is_ready:
            self._looked_up = parsed.e164
            phone = parsed.e164
            status = self._context.read(lambda s: lazy_services.contact_status(s, phone))
            self.on_file.setText(status_summary(status) if status.known else "")
            if status.known and not self.name.text().strip():
                self.name.setText(status.name)

    # --- actions -------------------------------------------------------------------------

    def choose_scan(self) -> None:
        """Pick the scan of the signed form."""
        path = self._context.dialogs.open_file(
            self, self.tr("Scan of the signed form"), SCAN_FILTERS
        )
        if path is not None:
            self.scan.setText(str(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        """Accept a dragged file as the scan."""
        accept_file_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        """Take the first dropped file as the scan."""
        path = dropped_file(event)
        if path is not None:
            self.scan.setText(str(path))

    def request(self) -> OptInRequest | None:
        """The form as an opt-in request, or None after saying what is missing."""
        if self._profile is None:
            return None
        parsed = parse_phone(self.phone.text(), self._profile.country)
        if parsed.number is None:
            why = said(parsed.reason or "")
            self._say(self.tr("The WhatsApp number: %s.") % why, self.phone)
            return None
        elsewhere, paper = self.elsewhere.isChecked(), self._paper()
        serial = self.serial.text()
        form = self._context.read(lambda s: lazy_services.check_serial(s, serial, elsewhere, paper))
        from optin_desk.services.consent import OptInRequest  # loaded by the check

        if not form.usable:
            self._serial_changed(self.serial.text(), True)
            self._say(
                self.tr("The form serial: %s.") % lazy_services.serial_words(form), self.serial
            )
            return None
        scopes = [key for key, box in self.category_boxes.items() if box.isChecked()]
        if not scopes:
            self._say(self.tr("Tick at least one kind of message the person agreed to."), None)
            return None
        by = self.recorded_by.required()
        if by is None:
            self._say(self.tr("Say who is recording: choose or type your name."), None)
            return None
        day = self.signed.date()
        at = date(day.year(), day.month(), day.day())  # a form carries its day, not a time
        return OptInRequest(
            phone=parsed.number,  # read once here; the service does not read it again
            scopes=scopes,
            method=Method(self.method.currentData()),
            name=self.name.text(),
            at=at,
            by=by,
            serial=self.serial.text(),
            printed_elsewhere=elsewhere,
            evidence=Path(self.scan.text()) if self.scan.text() else None,
            note=self.note.text(),
        )

    def save(self) -> None:
        """Record the form, then clear it for the next one (a failed save keeps it as typed);
        pressed while the records are still opening, it waits for them, then saves."""
        self._context.slot.wait()  # the services load once the records are open
        from optin_desk.ui.opt_in_questions import request_to_save

        request = request_to_save(self._context, self, self.request)
        if request is None:
            return
        store = self._context.database.evidence_dir
        recorded = self._context.act(
            self, self.tr("Save sign-up"), lambda s: lazy_services.record_opt_in(s, request, store)
        )
        if recorded is None:
            return
        self._last = recorded
        self._entered += 1
        self.recorded_by.remember()
        labels = scope_labels(recorded.scopes, self._profile.categories if self._profile else ())
        who = recorded.name or recorded.phone
        self._context.status(
            "; ".join([self.tr("Saved %s: %s") % (who, labels), *recorded.warnings])
        )
        shown = format_for_people(recorded.phone, self._profile.country) if self._profile else ""
        stamp = datetime.now().strftime("%H:%M")
        self.recent.insertItem(0, f"{stamp}  {who} — {shown} — {labels}")
        self._say("", None)
        self.undo_button.setEnabled(True)
        self._show_counter()
        self.clear_for_next()

    def undo_last(self) -> None:
        """Void the last saved entry, with a reason."""
        if self._last is None:
            return
        last = self._last
        reason = self._context.dialogs.ask_text(
            self, self.tr("Undo last"), self.tr("Why is this entry wrong? (kept with the record)")
        )
        if reason is None:
            return
        by = self.recorded_by.required()
        if by is None:
            return
        done = self._context.act(
            self,
            self.tr("Undo last"),
            lambda s: lazy_services.void_events(s, last.event_ids, reason, by),
        )
        if done is None:
            return
        self._last = None
        self._entered = max(self._entered - 1, 0)
        newest = self.recent.item(0)
        if newest is not None:
            font = newest.font()
            font.setStrikeOut(True)
            newest.setFont(font)
            newest.setText(newest.text() + self.tr("  (voided: %s)") % reason)
        self.undo_button.setEnabled(False)
        self._show_counter()
        self._context.status(self.tr("Voided the entry of %s") % (last.name or last.phone))

    def clear_for_next(self) -> None:
        """Empty the per-form fields; keep date, method and who records."""
        for field in (self.serial, self.name, self.phone, self.note, self.scan):
            field.clear()
        for box in self.category_boxes.values():
            box.setChecked(False)
        self.elsewhere.setChecked(False)
        self.serial.setFocus()

    def start_for(self, phone: str) -> None:
        """Begin an entry for a known number (from the Contacts page)."""
        self.clear_for_next()
        self.method.setCurrentIndex(self.method.findData(Method.IN_PERSON.value))
        self.phone.setText(phone)
        self.name.setFocus()

    # --- helpers -------------------------------------------------------------------------

    def _say(self, text: str, focus: QWidget | None) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        if focus is not None:
            focus.setFocus()

    def _show_counter(self) -> None:
        self.counter.setText(self.tr("Entered this session: %d") % self._entered)
