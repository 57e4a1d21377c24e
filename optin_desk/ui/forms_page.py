"""The Forms page: make a batch of serialised consent forms, look at it, save or print it."""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from optin_desk.documents.templates import available_languages, language_template
from optin_desk.domain.when import utc_now
from optin_desk.services.form_sample import sample_form
from optin_desk.services.forms import (
    MAX_FORMS,
    BatchView,
    MadeBatch,
    PrintedBatch,
    PrintRequest,
    batch_views,
    customer_language,
    default_paper,
    make_forms,
    record_batch,
)
from optin_desk.services.paper_anchor import paper_anchor
from optin_desk.services.profile import Profile, load_profile
from optin_desk.ui.category_languages import UntranslatedWarning
from optin_desk.ui.context import UiContext
from optin_desk.ui.empty_state import EmptyState
from optin_desk.ui.jobs import Cancelled, Control, Job
from optin_desk.ui.labels import PAPERS, label, language_name
from optin_desk.ui.recorded_by import RecordedBy
from optin_desk.ui.row_model import Column, RowTableModel
from optin_desk.ui.table_fit import ColumnFitter, Giving, fit_columns

BATCH_CUT = (1, 4)
"""The batches' columns of names, cut when long (whole in the tooltip): by, for."""
BATCH_GIVING = Giving(wrapping=(0, 1, 3, 4), cut=BATCH_CUT, most=80, padding=10)
"""The printed batches on a small screen: the date over its time, the wording's language over
its version and the names on two lines, a name cut at 80 pixels; a cell's margins as Qt draws
them."""


class FormsPage(QWidget):
    """Print forms in batches (each form its own serial) and see what came back."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._profile: Profile | None = None
        self.job: Job | None = None
        self.made: MadeBatch | None = None
        """The batch shown: made, and recorded only once it is saved or printed."""
        self.last: PrintedBatch | None = None
        """The batch shown, once recorded."""
        self._pdf: Path | None = None
        self._drafts: tempfile.TemporaryDirectory[str] | None = None
        self._sample_dir = QTemporaryDir()
        self.sample_shown = False
        self.count = QSpinBox()
        self.count.setRange(1, MAX_FORMS)
        self.count.setValue(20)
        self.language = QComboBox()
        for code in available_languages():
            self.language.addItem(language_template(code).name, code)
        self.paper = QComboBox()
        for name, value in PAPERS:
            self.paper.addItem(label(name), value)
        self.for_number = QLineEdit()
        self.for_number.setPlaceholderText(self.tr("a customer's number, for a pre-filled form"))
        self.made_by = RecordedBy(context)
        self.make_button = QPushButton(self.tr("&Make the forms"))
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.untranslated = UntranslatedWarning(context)
        self.language.currentIndexChanged.connect(self._check_language)
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.batches_model = RowTableModel(
            [
                Column(self.tr("Printed"), lambda b: b.printed_at),
                Column(self.tr("By"), lambda b: b.printed_by),
                Column(self.tr("Forms"), lambda b: str(b.count)),
                Column(  # the wording is per language: "Español v1"
                    self.tr("Wording"),
                    lambda b: f"{language_name(b.language)} v{b.wording_version}",
                ),
                Column(self.tr("For"), lambda b: b.for_name),
                Column(self.tr("Returned"), lambda b: str(b.returned)),
                Column(self.tr("Outstanding"), lambda b: str(b.outstanding)),
            ],
            parent=self,
        )
        self.batches = QTableView()
        self.batches.setModel(self.batches_model)
        self.batches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batches.horizontalHeader().setStretchLastSection(True)
        self.batches.verticalHeader().setVisible(False)
        # a row as tall as its cells: a date over its time needs two lines of the font in use
        self.batches.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # every column in sight at 1024x768, each title whole: titles wrap and columns give
        # way, a date over its time, a name cut (whole in its tooltip); see ui.table_fit
        self._columns = ColumnFitter(self.batches, partial(fit_columns, giving=BATCH_GIVING))
        self.empty = EmptyState(
            self.batches,
            lambda: self.tr(
                "No forms printed yet. Choose how many above and press Make the forms: "
                "each printing is listed here with how many came back."
            ),
        )
        self._build()
        self.make_button.clicked.connect(self.make_forms)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_copy)
        self.print_button.clicked.connect(self.print_forms)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("How &many:"), self.count)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Pa&per:"), self.paper)
        form.addRow(self.tr("Pre-&filled for:"), self.for_number)
        form.addRow(self.tr("&By:"), self.made_by)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        left = QVBoxLayout()
        explanation = QLabel(
            self.tr(
                "Each form gets its own serial, printed and in a QR code. When a signed "
                "form comes back, type its serial on the Sign-ups page: the sign-up is "
                "linked to the wording printed on it."
            )
        )
        explanation.setWordWrap(True)
        left.addWidget(explanation)
        left.addLayout(form)
        left.addWidget(self.untranslated)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.message)
        left.addWidget(QLabel(self.tr("Printed batches:")))
        left.addWidget(self.batches, 1)
        side = QWidget()
        side.setLayout(left)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        right.addLayout(actions)
        viewer = QWidget()
        viewer.setLayout(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(viewer)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 600])  # at 1024x768 the batches' columns need 540 pixels
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """Defaults from the shop (language, paper) and the list of batches."""
        self._profile = self._context.read(load_profile)
        if self.language.currentIndex() <= 0:
            index = self.language.findData(self._profile.language)
            self.language.setCurrentIndex(max(index, 0))
        self.paper.setCurrentIndex(
            max(self.paper.findData(default_paper(self._profile.country)), 0)
        )
        self._check_language()
        self.made_by.refresh()
        self._load_batches()
        if self._pdf is None and not self.sample_shown:
            self._show_sample()

    def _show_sample(self) -> None:
        """Before the first batch: a sample page in the shop's language (nothing recorded)."""
        self.sample_shown = True
        database = self._context.database
        target = Path(self._sample_dir.path()) / "sample.pdf"

        def work(_control: Control) -> Path:
            with database.reading() as session:
                return sample_form(session, target)

        def done(path: Path) -> None:
            if self._pdf is None:
                self.document.load(str(path))
                self.message.setText(
                    self.tr("A sample page: each form you make carries its own serial here.")
                )

        def failed(text: str) -> None:
            self.message.setText(self.tr("No sample page could be made: %1").replace("%1", text))

        self._context.jobs.start(work, done, failed)

    def _show_pdf(self, path: Path) -> None:
        """Preview a batch's PDF and let it be saved or printed."""
        self._pdf = path
        self.document.load(str(path))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def _load_batches(self) -> None:
        rows: list[BatchView] = self._context.read(batch_views)
        self.batches_model.set_rows(rows)
        self._columns.fit()

    def _check_language(self) -> None:
        if self._profile is not None:
            self.untranslated.show_for(str(self.language.currentData()))

    def start_for(self, phone: str) -> None:
        """Prepare one pre-filled form for this customer, in their language when known."""
        known = self._context.read(lambda s: customer_language(s, phone))
        if known:
            self.language.setCurrentIndex(max(self.language.findData(known), 0))
        self.for_number.setText(phone)
        self.count.setValue(1)
        self.make_button.setFocus()

    def make_forms(self) -> None:
        """Write the batch in the background; the window stays responsive."""
        if self.job is not None:
            return
        database = self._context.database
        if self._drafts is None:  # owner-only, removed when the window closes
            self._drafts = tempfile.TemporaryDirectory(prefix="optin-desk-forms-")
            self.destroyed.connect(self._drafts.cleanup)
        stamp = utc_now().strftime("%Y%m%d-%H%M%S")
        target = Path(self._drafts.name) / f"forms-{stamp}.pdf"
        pre_filled = self.for_number.text().strip()
        request = PrintRequest(
            count=1 if pre_filled else self.count.value(),
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            for_phone=pre_filled,
        )

        def work(control: Control) -> MadeBatch:
            anchor = paper_anchor(database, None)  # no PIN asked: a locked key, a kept one
            with database.sessions() as session:
                made = make_forms(
                    session,
                    request,
                    target,
                    progress=lambda done: control.progress(done, request.count),
                    cancelled=control.stop_requested,
                    anchor=anchor,
                )
            if made is None:
                raise Cancelled
            return made

        self.make_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, request.count)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.message.setText(self.tr("Making %n forms…", "", request.count))
        self.job = self._context.jobs.start(
            work,
            self._finished,
            self._failed,
            cancelled=self._cancelled,
            progress=self._progress,
            ended=self._job_ended,
        )

    def cancel(self) -> None:
        """Stop the batch being made; nothing of it is kept."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Block until the work has ended (tests)."""
        return self.job is None or self.job.wait(milliseconds)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finished(self, made: MadeBatch) -> None:
        self.made, self.last = made, None
        self._show_pdf(made.target)
        first, last = made.serials[0], made.serials[-1]
        self.message.setText(
            self.tr(
                "%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: "
                "the batch is recorded then.",
                "",
                len(made.serials),
            )
            .replace("%1", language_name(made.language))
            .replace("%2", str(made.wording_version))
            .replace("%3", first)
            .replace("%4", last)
        )
        self.for_number.clear()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self._context.dialogs.show_error(self, self.tr("Make forms"), text)

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled: no forms were made and no serials used."))

    def _job_ended(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.make_button.setEnabled(True)

    def _record(self) -> bool:
        """Record the batch shown (once), with who made it; False when it could not be."""
        made = self.made
        if made is None:
            return False
        if self.last is not None:
            return True
        by = self.made_by.required()
        if by is None:
            return False
        recorded = self._context.act(
            self, self.tr("Record the batch"), lambda s: record_batch(s, made, by)
        )
        if recorded is None:
            return False
        self.last = recorded
        self.made_by.remember()
        self._load_batches()
        return True

    def save_copy(self) -> None:
        """Save the batch's PDF where the person chooses, and record the batch."""
        if self._pdf is None or (self.last is None and self.made_by.required() is None):
            return
        target = self._context.dialogs.save_file(
            self, self.tr("Save the forms"), self._pdf.name, "PDF (*.pdf)"
        )
        if target is None:
            return
        try:
            shutil.copyfile(self._pdf, target)
        except OSError as error:
            self._context.dialogs.show_error(
                self, self.tr("Save the forms"), f"{target}: {error.strerror or error}"
            )
            return
        if not self._record():
            target.unlink(missing_ok=True)  # serials not recorded: the copy would mislead
            return
        self._context.status(self.tr("Forms saved to %s") % target)

    def print_forms(self) -> None:
        """Print the batch through the system's print dialog, and record the batch."""
        if self._pdf is None or (self.last is None and self.made_by.required() is None):
            return
        if self._context.dialogs.print_pdf(self, self._pdf) and self._record():
            self._context.status(self.tr("Forms sent to the printer"))

    def pdf_path(self) -> Path | None:
        """The PDF shown (the batch made last)."""
        return self._pdf
