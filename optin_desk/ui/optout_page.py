"""The Opt-outs page: log an opt-out with the confirmation it sends; follow up; replies in bulk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from optin_desk.documents.templates import available_languages, language_template
from optin_desk.domain.consent import OPT_OUT_METHODS, SCOPE_ALL, SCOPE_MARKETING, Method
from optin_desk.domain.phones import format_for_people, parse_phone
from optin_desk.domain.when import utc_now
from optin_desk.services.consent import OptOutRequest, preview_confirmation, record_opt_out
from optin_desk.services.contacts import contact_status
from optin_desk.services.directory import contact_page
from optin_desk.services.errors import InputError
from optin_desk.services.profile import Profile, load_profile
from optin_desk.ui.confirmation_sending import copy_for_chat, open_chat
from optin_desk.ui.context import UiContext
from optin_desk.ui.fold import scroll_page
from optin_desk.ui.followup_panel import FollowUpPanel
from optin_desk.ui.labels import (
    METHODS,
    OPT_OUT_REASONS,
    OTHER_REASON,
    category_choice,
    consent_summary,
    label,
)
from optin_desk.ui.palette import ERROR_STYLE
from optin_desk.ui.recorded_by import RecordedBy
from optin_desk.ui.replies_panel import RepliesPanel
from optin_desk.ui.words import said

OPT_OUT_WAYS = (
    Method.WHATSAPP_REPLY,
    Method.IN_PERSON,
    Method.PHONE_CALL,
    Method.EMAIL,
    Method.LETTER,
    Method.OTHER,
)


class OptOutsPage(QWidget):
    """Find the person, say what stops and how it came, send and keep the confirmation."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._profile: Profile | None = None
        self._phone = ""
        self._written_text = ""
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(
            self.tr("Their WhatsApp number in any form, or their name")
        )
        self.matches = QListWidget()
        self.matches.setMaximumHeight(90)
        self.matches.setVisible(False)
        self.person = QLabel()
        self.person.setWordWrap(True)
        self.scope = QComboBox()
        self.method = QComboBox()
        for method in OPT_OUT_WAYS:
            assert method in OPT_OUT_METHODS
            self.method.addItem(label(METHODS[method]), method.value)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("What they said or wrote (optional)"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(not given)"), "")
        for reason in OPT_OUT_REASONS:
            self.reason.addItem(label(reason), reason)
        self.reason.addItem(label(OTHER_REASON), OTHER_REASON)
        self.reason_other = QLineEdit()
        self.reason_other.setPlaceholderText(self.tr("Their reason, in a few words"))
        self.reason_other.setVisible(False)
        self.language = QComboBox()
        for code in available_languages():
            self.language.addItem(language_template(code).name, code)
        self.send_from = QComboBox()
        self.recorded_by = RecordedBy(context)
        self.confirmation = QPlainTextEdit()
        self.confirmation.setTabChangesFocus(True)
        self.confirmation.setMaximumHeight(110)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.rewrite_button = QPushButton(self.tr("Write it &again"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.whatsapp_button = QPushButton(self.tr("Open in &WhatsApp"))
        self.sent = QCheckBox(self.tr("Confirmation &sent"))
        self.record_button = QPushButton(self.tr("&Record opt-out"))
        self.record_button.setDefault(True)
        self.followup = FollowUpPanel(
            context, lambda: self._profile, lambda: str(self.send_from.currentData() or "")
        )
        self.replies = RepliesPanel(context, self._after_replies)
        self._build()
        self._connect()
        self._show_person()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.find_box)
        form.addRow("", self.matches)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("What s&tops:"), self.scope)
        form.addRow(self.tr("&How it came:"), self.method)
        form.addRow(self.tr("Their wor&ds:"), self.words)
        reason = QHBoxLayout()
        reason.addWidget(self.reason)
        reason.addWidget(self.reason_other, 1)
        reason_label = QLabel(self.tr("Reaso&n:"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, reason)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Send &from:"), self.send_from)
        form.addRow(self.tr("C&onfirmation:"), self.confirmation)
        form.addRow(self.tr("Recorded b&y:"), self.recorded_by)
        form.addRow("", self.problem)
        actions = QHBoxLayout()
        for widget in (self.rewrite_button, self.copy_button, self.whatsapp_button, self.sent):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.record_button)
        form.addRow(actions)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.followup, self.tr("Waiting for confirmation"))
        self.tabs.addTab(self.replies, self.tr("Replies in bulk"))
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        scroll_page(self, layout)  # a small screen scrolls; nothing is out of reach

    def _connect(self) -> None:
        self.find_box.textChanged.connect(self._find_changed)
        self.find_box.installEventFilter(self)
        self.matches.itemActivated.connect(self._match_chosen)
        self.matches.itemClicked.connect(self._match_chosen)
        self.find_box.returnPressed.connect(self._take_first_match)
        for combo in (self.scope, self.language):
            combo.currentIndexChanged.connect(lambda _index: self._rewrite(force=False))
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.confirmation.textChanged.connect(self._check_confirmation)
        self.rewrite_button.clicked.connect(lambda: self._rewrite(force=True))
        self.copy_button.clicked.connect(self.copy_confirmation)
        self.whatsapp_button.clicked.connect(self.open_in_whatsapp)
        self.record_button.clicked.connect(self.record)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self).activated.connect(self.record)
        self.followup.counted.connect(
            lambda count: self.tabs.setTabText(
                0, self.tr("Waiting for confirmation (%n)", "", count)
            )
        )

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the shop's categories and numbers, and the follow-up list."""
        profile = self._context.read(load_profile)
        self._profile = profile
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All marketing messages"), SCOPE_MARKETING)
        self.scope.addItem(self.tr("Everything (service messages too)"), SCOPE_ALL)
        for category in profile.active_categories:
            self.scope.addItem(category_choice(category), category.key)
        index = self.scope.findData(current)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)
        self.send_from.clear()
        for number in profile.senders:
            self.send_from.addItem(format_for_people(number, profile.country), number)
        self.send_from.setEnabled(bool(profile.senders))
        if not self._phone:
            self.language.setCurrentIndex(max(self.language.findData(profile.language), 0))
        self.recorded_by.refresh()
        self.followup.load()
        self._show_person()

    def start_for(self, phone: str) -> None:
        """Begin an opt-out for this number (from a contact, say)."""
        self.find_box.setText(phone)
        self._take_first_match()
        self.words.setFocus()

    # --- finding the person ----------------------------------------------------------------

    def _find_changed(self, text: str) -> None:
        self.matches.clear()
        self._phone = ""
        if text.strip():
            found = self._context.read(lambda s: contact_page(s, text, limit=6))
            region = self._profile.country if self._profile else ""
            for row in found:
                shown = format_for_people(row.phone_e164, region)
                item = QListWidgetItem(f"{row.name or self.tr('(no name)')}  ·  {shown}")
                item.setData(Qt.ItemDataRole.UserRole, row.phone_e164)
                self.matches.addItem(item)
            parsed = parse_phone(text, self._profile.country) if self._profile else None
            if parsed is not None and parsed.e164:
                self._phone = parsed.e164
            elif len(found) == 1:
                self._phone = found[0].phone_e164
        self.matches.setVisible(self.matches.count() > 0)
        self._show_person()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Down in the search box moves into the list of matches."""
        if (
            watched is self.find_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.matches.count()
        ):
            self.matches.setFocus()
            self.matches.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _match_chosen(self, item: QListWidgetItem) -> None:
        self._phone = str(item.data(Qt.ItemDataRole.UserRole))
        self._show_person()
        self.scope.setFocus()

    def _take_first_match(self) -> None:
        if not self._phone and self.matches.count():
            self._match_chosen(self.matches.item(0))
        if self._phone:
            self.scope.setFocus()

    def _show_person(self) -> None:
        enabled = bool(self._phone)
        for widget in (self.record_button, self.copy_button, self.whatsapp_button):
            widget.setEnabled(enabled)
        if not self._phone or self._profile is None:
            if not self.find_box.text().strip() or not self._profile:
                hint = self.tr("Type their number or name; a number not on file can opt out too.")
            elif self.matches.count():
                hint = self.tr(
                    "%n people match: choose one (Down, then Enter)", "", self.matches.count()
                )
            else:
                senders, country = self._profile.senders, self._profile.country
                example = format_for_people(senders[0], country) if senders else "+44 7911 123456"
                hint = self.tr("No one found: type the full number, e.g. %s") % example
            self.person.setText(hint)
            self._rewrite(force=True)
            return
        status = self._context.read(lambda s: contact_status(s, self._phone))
        shown = format_for_people(status.phone, self._profile.country)
        if status.known:
            self.person.setText(
                f"{status.name or self.tr('(no name)')} · {shown} — {consent_summary(status)}"
            )
        else:
            self.person.setText(
                self.tr("%s is not on file: the opt-out is kept all the same.") % shown
            )
        language = status.language or self._profile.language
        index = self.language.findData(language)
        if index >= 0:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
        self._rewrite(force=True)

    # --- the confirmation ------------------------------------------------------------------

    def request(self) -> OptOutRequest:
        """The page as an opt-out request."""
        reason = str(self.reason.currentData() or "")
        if reason == OTHER_REASON:
            reason = self.reason_other.text().strip() or "other"
        return OptOutRequest(
            phone=self._phone,
            scope=str(self.scope.currentData() or SCOPE_MARKETING),
            method=str(self.method.currentData()),
            words=self.words.text(),
            reason=reason,
            by=self.recorded_by.name(),
            language=str(self.language.currentData() or ""),
            confirmation=self.confirmation.toPlainText(),
            sent_at=utc_now() if self.sent.isChecked() else None,
            sent_from=str(self.send_from.currentData() or ""),
        )

    def _rewrite(self, force: bool) -> None:
        """Write the confirmation from the template (unless staff edited it and not forced)."""
        if not force and self.confirmation.toPlainText() != self._written_text:
            return
        if not self._phone:
            self._written_text = ""
            self.confirmation.setPlainText("")
            return
        request = OptOutRequest(
            self._phone,
            str(self.scope.currentData() or SCOPE_MARKETING),
            Method.OTHER.value,
            language=str(self.language.currentData() or ""),
        )
        try:
            text = self._context.read(lambda s: preview_confirmation(s, request))
        except InputError as error:
            text = ""
            self.problem.setText(said(error))
        self._written_text = text
        self.confirmation.setPlainText(text)

    def _check_confirmation(self) -> None:
        """Staff may edit the text, but it must keep naming the shop and how to opt in again."""
        text = self.confirmation.toPlainText()
        problem = ""
        if self._phone and text.strip():
            request = OptOutRequest(
                self._phone,
                str(self.scope.currentData() or SCOPE_MARKETING),
                Method.OTHER.value,
                language=str(self.language.currentData() or ""),
                confirmation=text,
            )
            try:
                self._context.read(lambda s: preview_confirmation(s, request))
            except InputError as error:
                problem = said(error)
        elif self._phone:
            problem = self.tr("The confirmation is empty: press Write it again.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = bool(self._phone) and not problem
        for widget in (self.record_button, self.copy_button, self.whatsapp_button):
            widget.setEnabled(ok)

    def _reason_changed(self) -> None:
        other = self.reason.currentData() == OTHER_REASON
        self.reason_other.setVisible(other)
        if other:
            self.reason_other.setFocus()

    def copy_confirmation(self) -> None:
        """Put the confirmation on the clipboard, to paste into the chat."""
        copy_for_chat(self._context, self.confirmation.toPlainText())
        self.sent.setChecked(True)

    def open_in_whatsapp(self) -> None:
        """Open WhatsApp on the person's chat with the confirmation typed in."""
        if self._phone:
            text, sender = self.confirmation.toPlainText(), self.send_from.currentText()
            open_chat(self._context, self._phone, text, sender)
            self.sent.setChecked(True)

    # --- recording -------------------------------------------------------------------------

    def record(self) -> None:
        """Record the opt-out with its confirmation (and when it was sent, if it was)."""
        if not self.record_button.isEnabled():
            return
        if self.recorded_by.required() is None:
            return
        request = self.request()
        done = self._context.act(
            self, self.tr("Record opt-out"), lambda s: record_opt_out(s, request)
        )
        if done is None:
            return
        self.recorded_by.remember()
        sent = self.tr("confirmation sent") if request.sent_at else self.tr("confirmation to send")
        line = self.tr("Opted out %s (%s); %s") % (done.name or done.phone, request.scope, sent)
        self._context.status("; ".join([line, *map(said, done.warnings)]))
        self.find_box.clear()
        self.words.clear()
        self.reason.setCurrentIndex(0)
        self.reason_other.clear()
        self.sent.setChecked(False)
        self.followup.load()
        self.find_box.setFocus()

    def _after_replies(self) -> None:
        self.followup.load()
