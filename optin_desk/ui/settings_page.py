"""Settings: the shop's profile, numbers, categories, staff, and its own wording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from optin_desk.documents.templates import language_template
from optin_desk.domain.check import CheckSettings
from optin_desk.domain.phones import format_for_people
from optin_desk.domain.when import local_display
from optin_desk.services.check import check_settings
from optin_desk.services.privacy import stored_privacy
from optin_desk.services.profile import Profile, load_profile
from optin_desk.services.records import MIN_HEAD_PREFIX
from optin_desk.services.settings import (
    ProfileUpdate,
    preview_wording,
    save_settings,
    staff_names,
)
from optin_desk.services.shop_texts import effective_template
from optin_desk.ui.category_languages import CategoryLanguageEditor
from optin_desk.ui.context import UiContext
from optin_desk.ui.fold import FoldingScroll
from optin_desk.ui.jobs import Control, Job
from optin_desk.ui.language_box import LanguageBox
from optin_desk.ui.palette import ERROR_STYLE
from optin_desk.ui.placeholders import Placeholders
from optin_desk.ui.privacy_box import PrivacyBox
from optin_desk.ui.quality_settings import QualityThresholds
from optin_desk.ui.record_keeping_box import RecordKeepingBox
from optin_desk.ui.records_place import RecordsPlace
from optin_desk.ui.shop_fields import CategoryTable, fill_countries
from optin_desk.ui.words import said


class SettingsPage(QWidget):
    """Edit everything about the shop; a changed wording becomes a new version on save."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._context = context
        self._profile: Profile | None = None
        self._loading = False
        self.business = QLineEdit()
        self.address = QLineEdit()
        self.country = QComboBox()
        self.senders = QPlainTextEdit()
        self.senders.setMaximumHeight(70)
        self.staff = QPlainTextEdit()
        self.staff.setMaximumHeight(70)
        self.staff.setPlaceholderText(self.tr("One name per line"))
        self.categories = CategoryTable(with_archive=True)
        self.languages = CategoryLanguageEditor(context)
        self.privacy = PrivacyBox()
        self.record_keeping = RecordKeepingBox()  # issue 15: what proofs say
        add = QPushButton(self.tr("&Add category"))
        add.clicked.connect(self.categories.add_blank)
        self.statement_template = QPlainTextEdit()
        self.statement_preview = QPlainTextEdit()
        self.statement_preview.setReadOnly(True)
        self.confirmation_template = QPlainTextEdit()
        self.confirmation_preview = QPlainTextEdit()
        self.confirmation_preview.setReadOnly(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.head_label = QLabel()
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head_label.setWordWrap(True)
        self._head = ""
        self.copy_head_button = QPushButton(self.tr("Cop&y"))
        self.copy_head_button.setToolTip(self.tr("Copy the whole ledger head, to keep elsewhere"))
        self.copy_head_button.clicked.connect(self.copy_head)
        self.statement_placeholders = Placeholders(confirmation=False)
        self.confirmation_placeholders = Placeholders(confirmation=True)
        self.kind_note = QLabel(
            self.tr(
                "A saved kind of message keeps its kind (service or marketing): the consent "
                "people gave was for that. To change it, archive it and add a new one."
            )
        )
        self.kind_note.setWordWrap(True)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.pin_button = QPushButton(self.tr("Owner &PIN…"))
        self.pin_button.clicked.connect(self.change_pin)
        self.backup_button.clicked.connect(self.back_up_now)
        self._backup: Job | None = None
        self.long_gap = self._days_box(1, 3650, self.tr(" days"))
        self.unengaged = self._days_box(1, 3650, self.tr(" days"))
        self.cap_messages = self._days_box(1, 100, "")
        self.cap_days = self._days_box(1, 365, self.tr(" days"))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(self.tr("&Revert"))
        revert.clicked.connect(self.refresh)

        profile_box = QGroupBox(self.tr("Business"))
        form = QFormLayout(profile_box)
        form.addRow(self.tr("&Name:"), self.business)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("Default &country:"), self.country)
        form.addRow(self.tr("&WhatsApp numbers:"), self.senders)
        form.addRow(self.tr("S&taff:"), self.staff)
        categories_box = QGroupBox(self.tr("Kinds of messages (archived, never deleted)"))
        categories_layout = QVBoxLayout(categories_box)
        categories_layout.addWidget(self.categories)
        categories_layout.addWidget(self.kind_note)
        categories_layout.addWidget(add)
        wording_box = QGroupBox(self.tr("Wording (placeholders start with $)"))
        wording = QFormLayout(wording_box)
        wording.addRow(self.tr("Consent statement:"), self.statement_template)
        wording.addRow("", self.statement_placeholders)
        wording.addRow(self.tr("Preview:"), self.statement_preview)
        wording.addRow(self.tr("Opt-out confirmation:"), self.confirmation_template)
        wording.addRow("", self.confirmation_placeholders)
        wording.addRow(self.tr("Preview:"), self.confirmation_preview)
        rules_box = QGroupBox(self.tr("Broadcast rules (Check list)"))
        rules = QFormLayout(rules_box)
        rules.addRow(self.tr("Opt-out option again after a &gap of:"), self.long_gap)
        rules.addRow(self.tr("&Unengaged after nothing for:"), self.unengaged)
        cap = QHBoxLayout()
        cap.addWidget(self.cap_messages)
        cap.addWidget(QLabel(self.tr("marketing messages at most in")))
        cap.addWidget(self.cap_days)
        cap_label = QLabel(self.tr("Marketing &cap:"))
        cap_label.setBuddy(self.cap_messages)
        rules.addRow(cap_label, cap)
        safety_box = QGroupBox(self.tr("Keeping the records safe"))
        safety = QFormLayout(safety_box)
        head = QHBoxLayout()
        head.addWidget(self.head_label, 1)
        head.addWidget(self.copy_head_button)
        safety.addRow(self.tr("Ledger head:"), head)
        safety.addRow(self.tr("Last backup:"), self.backup_label)
        safety.addRow("", self.backup_button)
        safety.addRow(self.tr("Owner PIN:"), self.pin_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(profile_box)
        left.addWidget(categories_box)
        left.addWidget(self.languages)
        left.addWidget(safety_box)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(wording_box, 1)
        right.addWidget(rules_box)
        right.addWidget(self.privacy)
        right.addWidget(self.record_keeping)
        self.quality_thresholds = QualityThresholds(self._context)  # issue 19
        right.addWidget(self.quality_thresholds)
        right.addWidget(RecordsPlace(self._context))
        self.language_box = LanguageBox(context.settings)  # issue 17: per computer
        right.addWidget(self.language_box)
        columns.addLayout(right, 1)
        # On a small screen the columns fold and scroll; Save and Revert stay in view below.
        left.addStretch(1)
        right.addStretch(1)
        self.page_scroll = FoldingScroll(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_scroll, 1)
        layout.addLayout(buttons)

        for editor in (self.business, self.address):
            editor.textChanged.connect(self._update_preview)
        for text_editor in (self.statement_template, self.confirmation_template):
            text_editor.textChanged.connect(self._update_preview)
        self.categories.itemChanged.connect(self._update_preview)

    @staticmethod
    def _days_box(low: int, high: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(suffix)
        return box

    def refresh(self) -> None:
        """Load the stored settings into the page."""
        profile, staff, template = self._context.read(
            lambda s: (
                load_profile(s),
                staff_names(s),
                effective_template(s, load_profile(s).language),
            )
        )
        self._profile = profile
        self._loading = True
        self.business.setText(profile.name)
        self.address.setText(profile.address)
        self.country.clear()
        fill_countries(self.country, profile.country)
        self.senders.setPlainText(
            "\n".join(format_for_people(s, profile.country) for s in profile.senders)
        )
        self.staff.setPlainText("\n".join(staff))
        self.categories.setRowCount(0)
        for category in profile.categories:
            self.categories.add_category(category, key_editable=False)
        keywords = language_template(profile.language)
        self.statement_placeholders.show_keyword(keywords.stop_keyword)
        self.confirmation_placeholders.show_keyword(keywords.start_keyword)
        self.statement_template.setPlainText(template.statement)
        self.confirmation_template.setPlainText(template.confirmation)
        rules = self._context.read(check_settings)
        self.long_gap.setValue(rules.long_gap_days)
        self.unengaged.setValue(rules.unengaged_days)
        self.cap_messages.setValue(rules.cap_messages)
        self.cap_days.setValue(rules.cap_days)
        privacy = self._context.read(stored_privacy)
        self.privacy.load(privacy, profile.country)
        self.record_keeping.load(privacy)
        self.languages.refresh()
        self.quality_thresholds.refresh()
        self._loading = False
        self._update_preview()
        self.show_safety()

    def show_safety(self) -> None:
        """The ledger head (write it down: `verify --head` proves nothing before it changed)
        and the last backup."""
        from optin_desk.services.backups import last_backup
        from optin_desk.services.records import ledger_head

        database = self._context.database
        events, head = self._context.read(ledger_head)
        self._head = head
        self.head_label.setText(
            self.tr("%1… (%n entries)", "", events).replace("%1", head[:MIN_HEAD_PREFIX])
        )
        self.head_label.setToolTip(head)
        last = last_backup(database)
        if last is None:
            self.backup_label.setText(self.tr("none yet"))
        else:
            self.backup_label.setText(
                self.tr("%1 — %n entries, checked — %2", "", last.events)
                .replace("%1", local_display(last.made_at))
                .replace("%2", str(last.path))
            )

    def copy_head(self) -> None:
        """Put the whole ledger head on the clipboard (to write down or keep elsewhere)."""
        QGuiApplication.clipboard().setText(self._head)
        self._context.status(self.tr("Ledger head copied: %1").replace("%1", self._head))

    def change_pin(self) -> None:
        """Set, change or (left empty) remove the owner PIN."""
        from optin_desk.services.owner import set_owner_pin

        go, current = self._context.owner_pin(self, self.tr("Changing the owner PIN"))
        if not go:
            return
        new = self._context.dialogs.ask_secret(
            self,
            self.tr("Owner PIN"),
            self.tr("New owner PIN (6 or more characters; leave empty to remove it):"),
        )
        if new is None:
            return
        done = self._context.act(
            self, self.tr("Owner PIN"), lambda s: set_owner_pin(s, new, current)
        )
        if done is not None:
            self._context.status(self.tr("Owner PIN set") if done else self.tr("Owner PIN removed"))

    def back_up_now(self) -> None:
        """Copy the records to a folder of the person's choosing (a USB stick), checked."""
        from optin_desk.services.backups import BackupInfo, make_backup
        from optin_desk.services.owner import require_owner

        if self._backup is not None:
            return
        go, pin = self._context.owner_pin(self, self.tr("Backing up the records"))
        if not go:
            return
        folder = self._context.dialogs.choose_folder(self, self.tr("Back up the records to…"))
        if folder is None:
            return
        database = self._context.database
        self.backup_button.setEnabled(False)
        self.backup_label.setText(self.tr("Backing up…"))

        def done(made: BackupInfo) -> None:
            self._context.status(
                self.tr("Backed up %n entries to %1", "", made.events).replace("%1", str(made.path))
            )

        def failed(text: str) -> None:
            self._context.dialogs.show_error(self, self.tr("Back up"), text)

        def work(_: Control) -> BackupInfo:
            with database.sessions() as session:  # the PIN first (slow on purpose: not here)
                require_owner(session, pin)
            return make_backup(database, folder, pin)

        self._backup = self._context.jobs.start(work, done, failed, ended=self._backup_ended)

    def _backup_ended(self) -> None:
        self._backup = None
        self.backup_button.setEnabled(True)
        self.show_safety()

    def pending_change(self) -> ProfileUpdate:
        """The page as a settings change."""
        return ProfileUpdate(
            name=self.business.text(),
            address=self.address.text(),
            country=str(self.country.currentData()),
            senders=[x.strip() for x in self.senders.toPlainText().splitlines() if x.strip()],
            categories=self.categories.categories(),
            staff=[x.strip() for x in self.staff.toPlainText().splitlines() if x.strip()],
            statement_template=self.statement_template.toPlainText(),
            confirmation_template=self.confirmation_template.toPlainText(),
            broadcast_rules=CheckSettings(
                long_gap_days=self.long_gap.value(),
                unengaged_days=self.unengaged.value(),
                cap_messages=self.cap_messages.value(),
                cap_days=self.cap_days.value(),
            ),
            privacy=self.record_keeping.apply(self.privacy.privacy()),
        )

    def _update_preview(self) -> None:
        if self._loading or self._profile is None:
            return
        language = self._profile.language
        preview = preview_wording(self.pending_change(), language)
        self.statement_preview.setPlainText(preview.statement)
        self.confirmation_preview.setPlainText(preview.confirmation)
        self.problems.setText("\n".join(f"• {said(p)}" for p in preview.problems))

    def save(self) -> None:
        """Save; old records keep the wording version they were given."""
        change = self.pending_change()
        go, pin = self._context.owner_pin(self, self.tr("Saving settings"))
        if not go:
            return
        saved = self._context.act(
            self, self.tr("Save settings"), lambda s: save_settings(s, change, pin)
        )
        if saved is None:
            return
        self._context.status(self.tr("Settings saved"))
        self.refresh()
