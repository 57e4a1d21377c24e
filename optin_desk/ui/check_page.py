"""Check list: bring the list you are about to send to; see who may get this kind of message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from optin_desk.documents.lists import ListError, RecipientList, recipients_from_table
from optin_desk.domain.check import Verdict, default_check_category
from optin_desk.services.check import CheckCancelled, CheckResult, record_sent, run_check
from optin_desk.services.profile import load_profile
from optin_desk.ui.check_columns import results_fitter
from optin_desk.ui.check_files import save_rows
from optin_desk.ui.check_model import (
    OPTION_COLUMN,
    VERDICT_COLUMN,
    CheckResultsModel,
    VerdictFilter,
)
from optin_desk.ui.check_summary import counts_line, which_check
from optin_desk.ui.context import UiContext
from optin_desk.ui.drops import accept_file_drag, dropped_file
from optin_desk.ui.empty_state import EmptyState
from optin_desk.ui.jobs import Cancelled, Control, Job
from optin_desk.ui.kept_checks_box import KeptChecksBox
from optin_desk.ui.labels import VERDICTS, category_choice, label
from optin_desk.ui.list_loading import LoadedList, load_file, load_text
from optin_desk.ui.list_preview import show_choices, show_preview
from optin_desk.ui.words import said

LIST_FILTERS = "Lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf);;All files (*)"


class CheckPage(QWidget):
    """Open, drop or paste a list; check it for one category; export; record as sent."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPage")
        self.setAcceptDrops(True)
        self._context = context
        self._loaded: LoadedList | None = None
        self._recipients: RecipientList | None = None
        self.job: Job | None = None
        self.loading: Job | None = None
        self.result: CheckResult | None = None
        self._region = ""
        self._names: dict[str, str] = {}

        self.open_button = QPushButton(self.tr("&Open list…"))
        self.open_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton(self.tr("&Paste list"))
        self.paste_button.clicked.connect(self.paste)
        self.source_label = QLabel(self.tr("Open a list, drop a file here, or paste one."))
        self.kept = KeptChecksBox(context, self._show_kept, self._say, lambda: self._names, self)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.phone_column = QComboBox()
        self.name_column = QComboBox()
        self.category = QComboBox()
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(180)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.start_check)
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.verdict_filter = QComboBox()
        self.verdict_filter.addItem(self.tr("All rows"), "")
        for verdict in Verdict:
            self.verdict_filter.addItem(label(VERDICTS[verdict]), verdict.value)
        self.verdict_filter.setAccessibleName(self.tr("Show verdict"))
        self.results_model = CheckResultsModel(self)
        self.filtered = VerdictFilter(self)
        self.filtered.setSourceModel(self.results_model)
        self.results = QTableView()
        self.results.setModel(self.filtered)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().setVisible(False)
        self.empty = EmptyState(self.results, self._why_empty)
        # The opt-out flag beside the verdict; the reason last, keeping room to be read.
        self.results.horizontalHeader().moveSection(OPTION_COLUMN, VERDICT_COLUMN + 1)
        self._columns = results_fitter(self.results)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.allowed_button = QPushButton(self.tr("Save &allowed list…"))
        self.sent_button = QPushButton(self.tr("Record as &sent"))
        for button in (self.report_button, self.allowed_button, self.sent_button):
            button.setEnabled(False)
        self.report_button.clicked.connect(self.save_report)
        self.allowed_button.clicked.connect(self.save_allowed)
        self.sent_button.clicked.connect(self.record_as_sent)
        self.verdict_filter.currentIndexChanged.connect(
            lambda _: self.filtered.show_verdict(str(self.verdict_filter.currentData()))
        )
        self.sheet.activated.connect(self._sheet_chosen)
        self.phone_column.activated.connect(lambda _: self._columns_changed())
        self.name_column.activated.connect(lambda _: self._columns_changed())
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.paste_button)
        top.addWidget(self.source_label, 1)
        top.addWidget(self.kept)
        choices = QFormLayout()
        choices.addRow(self.tr("S&heet:"), self.sheet)
        choices.addRow(self.tr("&Numbers in column:"), self.phone_column)
        choices.addRow(self.tr("Na&mes in column:"), self.name_column)
        choices.addRow(self.tr("Kind of &message:"), self.category)
        run = QHBoxLayout()
        run.addWidget(self.check_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress, 1)
        run.addStretch()
        filters = QHBoxLayout()
        filters.addWidget(self.counts, 1)
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.verdict_filter)
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.report_button)
        actions.addWidget(self.allowed_button)
        actions.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview)
        layout.addLayout(choices)
        layout.addLayout(run)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(actions)

    # --- loading a list --------------------------------------------------------------------

    def _why_empty(self) -> str:
        if self.results_model.rowCount() == 0:
            return self.tr(
                "No list checked yet. Paste a list of numbers or open a file, then check "
                "it: every row gets its verdict here."
            )
        return self.tr("No row has this verdict. Choose “All rows” to see every row.")

    def refresh(self) -> None:
        """Offer the shop's current categories."""
        profile = self._context.read(load_profile)
        self._region = profile.country
        self._names = {c.key: c.label for c in profile.categories}
        chosen = self.category.currentData()
        self.category.clear()
        for category in profile.active_categories:
            self.category.addItem(category_choice(category), category.key)
        if chosen is None:  # nothing chosen yet: most broadcasts are marketing
            chosen = default_check_category(profile.categories)
        index = self.category.findData(chosen)
        self.category.setCurrentIndex(max(index, 0))
        self.kept.refresh()
        busy = (self.result, self._recipients, self.job, self.loading)
        if busy == (None, None, None, None):  # nothing on the page yet: the last check kept
            self.kept.show_latest(lambda: self.result is not None or self._recipients is not None)

    def choose_file(self) -> None:
        """Pick a list file."""
        path = self._context.dialogs.open_file(self, self.tr("Open a recipient list"), LIST_FILTERS)
        if path is not None:
            self.load_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        """Accept a dragged list file."""
        accept_file_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        """Load the first dropped file."""
        path = dropped_file(event)
        if path is not None:
            self.load_file(path)

    def paste(self) -> None:
        """Check the text on the clipboard (a copied column or table)."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._say(self.tr("The clipboard holds no text: copy the numbers first."))
            return
        self.load_text(text)

    def load_text(self, text: str) -> None:
        """Use pasted text as the list (read off the GUI thread)."""
        source = self.tr("pasted text")
        self._read(lambda _: load_text(text, source))

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read a list file off the GUI thread, once, and show its first rows."""
        unreadable = self.tr("%s cannot be read: %s")
        self._read(lambda _: load_file(path, sheet, unreadable))

    def _read(self, work: Callable[[Control], LoadedList]) -> None:
        if self.loading is not None:
            return
        self.check_button.setEnabled(False)
        self.loading = self._context.jobs.start(work, self._use, self._say, ended=self._read_ended)

    def _read_ended(self) -> None:
        self.loading = None
        self.check_button.setEnabled(self._recipients is not None and self.job is None)

    def _use(self, loaded: LoadedList) -> None:
        self._loaded = loaded
        self._recipients = loaded.cards or loaded.detected
        self.result = None
        self.kept.forget_choice()
        self.results_model.set_rows(())
        self.counts.clear()
        for button in (self.report_button, self.allowed_button, self.sent_button):
            button.setEnabled(False)
        show_choices(self.sheet, self.phone_column, self.name_column, loaded)
        show_preview(self.preview, loaded)
        self.source_label.setText(
            self.tr("%1 — %n records", "", loaded.records).replace("%1", loaded.source)
        )
        if self._recipients is None:
            self._say(self.tr("Choose the column that holds the phone numbers."))
        else:
            self._say("")

    def _sheet_chosen(self, _index: int) -> None:
        if self._loaded is not None and self._loaded.path is not None:
            self.load_file(self._loaded.path, self.sheet.currentText())

    def _columns_changed(self) -> None:
        """The person chose other columns: build the list again with them, once."""
        self._recipients = self._chosen_recipients()
        self.check_button.setEnabled(
            self._recipients is not None and self.job is None and self.loading is None
        )
        if self._recipients is not None:
            self._say("")

    def _chosen_recipients(self) -> RecipientList | None:
        loaded = self._loaded
        if loaded is None or loaded.table is None:
            return loaded.cards if loaded is not None else None
        column = self.phone_column.currentData()
        if not column:
            self._say(self.tr("Choose the column that holds the phone numbers."))
            return None
        try:
            return recipients_from_table(
                loaded.table,
                loaded.source,
                "text",
                str(column),
                str(self.name_column.currentData()),
            )
        except ListError as error:
            self._say(said(error))
            return None

    # --- checking ---------------------------------------------------------------------

    def start_check(self) -> None:
        """Check the list in a worker thread; the window stays responsive."""
        recipients = self._recipients
        if recipients is None or self.job is not None or self.loading is not None:
            return
        database = self._context.database
        category = str(self.category.currentData())
        digest, by = self._loaded.digest if self._loaded else "", self._context.staff_name()

        def work(control: Control) -> CheckResult:
            try:
                with database.sessions() as session:
                    return run_check(
                        session,
                        recipients,
                        category,
                        digest,
                        by,
                        progress=control.progress,
                        cancelled=control.stop_requested,
                    )
            except CheckCancelled:
                raise Cancelled from None

        self.check_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, max(len(recipients.rows), 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Checking %n rows…", "", len(recipients.rows)))
        self.job = self._context.jobs.start(
            work,
            self._finished,
            self._say,
            cancelled=self._cancelled,
            progress=self._progress,
            ended=self._job_ended,
        )

    def cancel_check(self) -> None:
        """Stop the running check; nothing of it is kept."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: CheckResult, fresh: bool = True, latest: bool = True) -> None:
        self.result = result
        self.results_model.set_rows(result.rows, self._region)
        self._columns.fit()
        self.counts.setText(counts_line(result))
        category = self._names.get(result.category, result.category)
        self._say(which_check(result, category, fresh, latest))
        self.report_button.setEnabled(True)
        self.allowed_button.setEnabled(True)
        self.sent_button.setEnabled(not result.sent_at)
        if fresh:
            self.kept.refresh()
            line = self.tr("Checked %n rows: %1 may be sent to", "", len(result.rows))
            self._context.status(line.replace("%1", str(result.counts.get("send", 0))))

    def _show_kept(self, kept: CheckResult, latest: bool) -> None:
        """A kept check, as it was judged (the last one, or one chosen from those kept)."""
        self._finished(kept, fresh=False, latest=latest)

    def _cancelled(self) -> None:
        self._say(self.tr("The check was cancelled; nothing was kept."))

    def _job_ended(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.check_button.setEnabled(self._recipients is not None and self.loading is None)

    # --- after a check -------------------------------------------------------------------

    def save_report(self) -> None:
        """Every row with its verdict, as CSV."""
        self._save(self.tr("Save the report"), "report.csv", allowed=False)

    def save_allowed(self) -> None:
        """The rows that may be sent to, as CSV for a WhatsApp tool."""
        self._save(self.tr("Save the allowed list"), "allowed.csv", allowed=True)

    def _save(self, title: str, suggested: str, allowed: bool) -> None:
        if self.result is not None:
            save_rows(self._context, self, self.result.rows, (title, suggested), allowed)

    def record_as_sent(self) -> None:
        """Record the `send` rows as messaged now."""
        result = self.result
        if result is None:
            return
        question = self.tr(
            "Record %n people as sent a “%1” message now?", "", result.counts.get("send", 0)
        )
        question = question.replace("%1", self._names.get(result.category, result.category))
        if not self._context.dialogs.confirm(self, self.tr("Record as sent"), question):
            return
        done = self._context.act(
            self, self.tr("Record as sent"), lambda s: record_sent(s, result.check_id)
        )
        if done is not None:
            self.sent_button.setEnabled(False)
            self._context.status(self.tr("Recorded %n messages as sent", "", done))

    def _say(self, text: str) -> None:
        self.message.setText(text)
